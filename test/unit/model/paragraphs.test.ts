/**
 * Numbered paragraphs read again after an edit: an item whose every field
 * reads the same gives the same paragraph as before, and the model is what a
 * fresh reading gives.
 */
import { strict as assert } from 'node:assert';
import { editedOnce, model } from '../../helpers/drafts';

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

describe('the text of a numbered paragraph', () => {
  const textOf = (item: string) => {
    const draft = ['# Body', '## Recommendations', '1. Offer return home interviews.', '## The experiences and progress of children who need help and protection', item, ''].join('\n\n');
    return model(draft).paragraphs[1].text;
  };

  it('keeps its blocks apart: a paragraph that a page break split mid-sentence, and a nested list', () => {
    assert.equal(textOf('2. Children benefit from a summary of their health\n\n   history, and are supported.'), 'Children benefit from a summary of their health\nhistory, and are supported.');
    assert.equal(textOf('2. Young people have:\n   - a summary of their health history\n   - are supported'), 'Young people have:\na summary of their health history\nare supported');
    assert.equal(textOf('2. Figures:\n\n   | Year | Children |\n   | --- | --- |\n   | 2016 | 240 |'), 'Figures:\nYear Children\n2016 240');
  });
});
