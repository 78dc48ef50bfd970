/**
 * Judgement sentences read again after an edit: a heading or paragraph the
 * parser gives back unchanged keeps its statement (moved with it), and the
 * model is what a fresh reading gives.
 */
import { strict as assert } from 'node:assert';
import { IncrementalParser } from '../../../server/src/parse/incremental';
import { parseInChunks } from '../../../server/src/parse/chunked';
import { buildReport } from '../../../server/src/model/build';
import { defaultProfile } from '../../../server/src/profiles/profiles';

describe('judgement sentences across edits', () => {
  const draft = [
    '# Sample Borough',
    '',
    '## Executive summary',
    '',
    "Children's services in Sample Borough are good. Leaders know their services well.",
    '',
    'Some plans are not clear enough.',
    '',
    '## The experiences and progress of children looked after and achieving permanence',
    '',
    '1. Most children are seen promptly.',
    '',
    '### The graded judgement for adoption performance is that it requires improvement',
    '',
    '2. Adopters are supported well.',
    '',
    '## The Local Safeguarding Children Board',
    '',
    'The Local Safeguarding Children Board is good',
    '',
    '3. The board knows its partners well.',
    '',
  ].join('\n');

  /** The model of the draft, then of the draft edited by `edit`, through one incremental parser; and the edited text's model read afresh. */
  function editedOnce(edit: (text: string) => string) {
    const profile = defaultProfile();
    const parser = new IncrementalParser();
    const before = buildReport(draft, profile, parser.parse(draft));
    const edited = edit(draft);
    const after = buildReport(edited, profile, parser.parse(edited));
    return { before, after, fresh: buildReport(edited, profile, parseInChunks(edited)) };
  }

  const areas = (statements: readonly { area?: string; grade: { grade?: string } }[]) => statements.map((s) => `${s.area}: ${s.grade.grade}`);

  it('reads the draft\'s sentences: the executive summary\'s opening and each judged section\'s', () => {
    const { before } = editedOnce((text) => text);
    assert.deepEqual(areas(before.statements), ['overall: good', 'adoption: requires-improvement', 'lscb: good']);
  });

  it('moves the statements after an edit and keeps those before it, as a fresh reading reads them', () => {
    const { before, after, fresh } = editedOnce((text) => text.replace('Adopters are', 'All the adopters are'));
    assert.deepEqual(after.statements, fresh.statements);
    // The parser reads the block before an edited one again (a new node): the adoption heading is read again.
    assert.equal(after.statements[0], before.statements[0], 'the opening sentence, well before the edit, is the one read before');
    const by = 'All the a'.length - 'A'.length;
    const [was, is] = [before.statements[2], after.statements[2]];
    assert.equal(is.span.start, was.span.start + by);
    assert.equal(is.grade.span.start, was.grade.span.start + by);
    assert.equal(is.labelSpan.end, was.labelSpan.end + by);
  });

  it('reads an edited sentence again', () => {
    const { after, fresh } = editedOnce((text) => text.replace('Board is good', 'Board is inadequate'));
    assert.deepEqual(after.statements, fresh.statements);
    assert.deepEqual(areas(after.statements), ['overall: good', 'adoption: requires-improvement', 'lscb: inadequate']);
  });

  it('reads a paragraph for the executive summary\'s opening only while it stands in the executive summary', () => {
    const { after, fresh } = editedOnce((text) => text.replace('## Executive summary', '## Summary'));
    assert.deepEqual(after.statements, fresh.statements);
    assert.deepEqual(areas(after.statements), ['adoption: requires-improvement', 'lscb: good']);
  });
});
