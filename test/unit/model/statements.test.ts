/**
 * Judgement sentences read again after an edit: a heading or paragraph the
 * parser gives back unchanged keeps its statement (moved with it), and the
 * model is what a fresh reading gives.
 */
import { strict as assert } from 'node:assert';
import { editedOnce } from '../../helpers/drafts';

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

  const areas = (statements: readonly { area?: string; grade: { grade?: string } }[]) => statements.map((s) => `${s.area}: ${s.grade.grade}`);

  it('reads the draft\'s sentences: the executive summary\'s opening and each judged section\'s', () => {
    const { before } = editedOnce(draft, (text) => text);
    assert.deepEqual(areas(before.statements), ['overall: good', 'adoption: requires-improvement', 'lscb: good']);
  });

  it('moves the statements after an edit and keeps those before it, as a fresh reading reads them', () => {
    const { before, seen, after, fresh } = editedOnce(draft, (text) => text.replace('Adopters are', 'All the adopters are'));
    assert.deepEqual(after.statements, fresh.statements);
    // The parser reads the block before an edited one again (a new node): the adoption heading is read again.
    assert.equal(after.statements[0], before.statements[0], 'the opening sentence, well before the edit, is the one read before');
    assert.equal(after.statements[2], before.statements[2], 'the board\'s sentence, after the edit, is the one read before, moved');
    const by = 'All the a'.length - 'A'.length;
    const [was, is] = [seen.statements[2], after.statements[2]];
    assert.equal(is.span.start, was.span.start + by);
    assert.equal(is.grade.span.start, was.grade.span.start + by);
    assert.equal(is.labelSpan.end, was.labelSpan.end + by);
  });

  it('reads an edited sentence again', () => {
    const { after, fresh } = editedOnce(draft, (text) => text.replace('Board is good', 'Board is inadequate'));
    assert.deepEqual(after.statements, fresh.statements);
    assert.deepEqual(areas(after.statements), ['overall: good', 'adoption: requires-improvement', 'lscb: inadequate']);
  });

  it('reads a paragraph for the executive summary\'s opening only while it stands in the executive summary', () => {
    const { after, fresh } = editedOnce(draft, (text) => text.replace('## Executive summary', '## Summary'));
    assert.deepEqual(after.statements, fresh.statements);
    assert.deepEqual(areas(after.statements), ['adoption: requires-improvement', 'lscb: good']);
  });
});
