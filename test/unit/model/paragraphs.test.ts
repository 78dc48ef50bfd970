/**
 * Numbered paragraphs read again after an edit: an item whose every field
 * reads the same gives the same paragraph as before, and the model is what a
 * fresh reading gives.
 */
import { strict as assert } from 'node:assert';
import { editedOnce } from '../../helpers/drafts';
import { buildReport } from '../../../server/src/model/build';
import { defaultProfile } from '../../../server/src/profiles/profiles';

describe('numbered paragraphs across edits', () => {
  const draft = [
    '# Sample Borough',
    '',
    '## Recommendations',
    '',
    '1. Improve the timeliness of assessments.',
    '',
    '2. Strengthen management oversight.',
    '',
    '## Summary for children',
    '',
    '3. Most children are seen promptly.',
    '',
    '4. Plans are not always clear. (Recommendation)',
    '',
    '5. Managers know their services well.',
    '',
  ].join('\n');

  it('gives the same paragraphs for the items before an edit, the same ones moved for those after, and a new one for the edited item, as a fresh reading does', () => {
    const { before, seen, after, fresh } = editedOnce(draft, (text) => text.replace('Plans are not', 'Plans for children are not'));
    assert.deepEqual(after.paragraphs, fresh.paragraphs);
    assert.deepEqual(after.recommendations, fresh.recommendations);
    assert.equal(after.paragraphs.length, 5);
    // The parser reads the item before an edited one again (a new node), so paragraph 3 is new too.
    for (const i of [0, 1]) assert.equal(after.paragraphs[i], before.paragraphs[i], `paragraph ${i + 1} is the one read before`);
    for (const i of [2, 3]) assert.notEqual(after.paragraphs[i], before.paragraphs[i], `paragraph ${i + 1} is read again`);
    assert.equal(after.paragraphs[4], before.paragraphs[4], 'paragraph 5 is the one read before, moved');
    assert.equal(after.paragraphs[4].span.start, seen.paragraphs[4].span.start + 'for children '.length);
    assert.equal(after.paragraphs[4].numberSpan.start, seen.paragraphs[4].numberSpan.start + 'for children '.length);
    assert.equal(after.recommendations[0], before.recommendations[0]);
    assert.equal(after.recommendations[0].paragraphIndex, 0);
  });

  it('reads a paragraph again when only its place among the paragraphs changes', () => {
    // Recommendation 2 becomes a bullet, in as many characters: every later paragraph keeps its place in
    // the text (and its node, past the heading) but comes one earlier among the numbered paragraphs.
    const { before, after, fresh } = editedOnce(draft, (text) => text.replace('2. Strengthen', '*  Strengthen'));
    assert.deepEqual(after.paragraphs, fresh.paragraphs);
    assert.equal(after.paragraphs.length, 4);
    assert.equal(after.paragraphs[3].span.start, before.paragraphs[4].span.start);
    assert.equal(after.paragraphs[3].index, 3);
  });
});

describe('numbered lists in sections of prose', () => {
  it('are lists of their own, outside the sequence of numbered paragraphs', () => {
    const text = [
      '# Sample Borough',
      '## Executive summary',
      'The local authority has three priorities:\n\n1. workforce\n2. early help\n3. care leavers.',
      '## Recommendations',
      '1. Improve the timeliness of assessments.',
      '## Summary for children and young people',
      '1. You told us you feel safe.',
      '## The experiences and progress of children who need help and protection',
      '2. Most children are seen promptly.',
      '## The Local Safeguarding Children Board (LSCB)',
      '### Executive summary',
      '1. The board is well led.',
      '### Inspection findings – the Local Safeguarding Children Board',
      '3. The board knows its partners well.',
      '## Information about this inspection',
      '1. Inspectors met leaders.',
      '',
    ].join('\n\n');
    const report = buildReport(text, defaultProfile());
    assert.deepEqual(
      report.paragraphs.map((p) => `${p.number} ${p.role}`),
      ['1 recommendation', '2 finding', '3 finding'],
    );
  });
});
