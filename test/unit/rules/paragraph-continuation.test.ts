import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, model, offsetOf, where } from '../../helpers/drafts';
import { fixRule } from '../../helpers/rule-only';

const rule = 'paragraph-continuation';

/** Recommendation 1, then findings 2 to `last`, the last written as `lastItem` (its number included), then `after`. */
const draft = (last: number, lastItem: string, after = '', eol = '\n') =>
  [
    '# Body',
    '## Recommendations',
    '1. Offer return home interviews to every child who goes missing.',
    '## The experiences and progress of children who need help and protection',
    ...Array.from({ length: last - 2 }, (_, i) => `${i + 2}. Interviews are not offered.`),
    lastItem,
    ...(after ? [after] : []),
    '',
  ]
    .join('\n\n')
    .replace(/\n/g, eol);

const markerIn = (text: string) => {
  const r = model(text);
  const m = r.markers[0];
  return m?.paragraphIndex === undefined ? undefined : r.paragraphs[m.paragraphIndex].number;
};

describe('paragraph-continuation', () => {
  for (const name of corpusNames) {
    it(`finds nothing to say in ${name}`, () => {
      assert.deepEqual(lintRule(corpus(name), rule), []);
    });
  }

  it('warns at text indented too little to go on with the paragraph above, and the fix indents it into that paragraph', () => {
    const text = draft(14, '14. Children who go missing are not always offered a return home interview, and',
      '  when they are, the interviews are late.\n  (Recommendation)');
    assert.equal(markerIn(text), undefined);
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => [where(text, p.span.start), p.message]), [
      [where(text, offsetOf(text, 'when they are')), 'Expected this paragraph indented 4 spaces, as part of paragraph `14`, found 2: Markdown reads it as a paragraph of its own'],
    ]);
    assert.equal(problems[0].fix?.title, 'Indent it 4 spaces, into paragraph 14');
    const fixed = fixRule(text, rule);
    assert.ok(fixed.endsWith('and\n\n    when they are, the interviews are late.\n    (Recommendation)\n\n'), JSON.stringify(fixed.slice(-120)));
    assert.equal(markerIn(fixed), 14);
    assert.deepEqual(lintRule(fixed, rule), []);
  });

  it('warns at the rest of a sentence left at the margin after a page break, which opens in lower case', () => {
    const text = draft(14, '14. Children who go missing are not always offered a return home interview, and',
      'when they are, the interviews are late.\n(Recommendation)');
    assert.equal(markerIn(text), undefined);
    assert.deepEqual(lintRule(text, rule).map((p) => [where(text, p.span.start), p.message]), [
      [where(text, offsetOf(text, 'when they are')), 'Expected this paragraph indented 4 spaces, as part of paragraph `14`, found 0: Markdown reads it as a paragraph of its own'],
    ]);
    const fixed = fixRule(text, rule);
    assert.ok(fixed.endsWith('and\n\n    when they are, the interviews are late.\n    (Recommendation)\n\n'), JSON.stringify(fixed.slice(-120)));
    assert.equal(markerIn(fixed), 14);
  });

  it('warns at text that a three-digit number makes indented code, where a marker is no marker', () => {
    const text = draft(128, '128. Plans for children are not reviewed often enough.', '    Reviews are late. (Recommendation)');
    assert.equal(model(text).markers.length, 0);
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), [
      'Expected this text indented 5 spaces, as part of paragraph `128`, found 4: Markdown reads it as code',
    ]);
    const fixed = fixRule(text, rule);
    assert.ok(fixed.endsWith('\n\n     Reviews are late. (Recommendation)\n\n'), JSON.stringify(fixed.slice(-80)));
    assert.equal(markerIn(fixed), 128);
  });

  it('indents only the text\'s own lines: a heading, a list or a table right under it stays outside the finding', () => {
    for (const under of ['## Information about this inspection', '- a bullet', '| A | table |', '> A quotation']) {
      const text = draft(128, '128. Plans are late.', ` Reviews are late.\n${under}`);
      const fixed = fixRule(text, rule);
      assert.ok(fixed.endsWith(`\n\n     Reviews are late.\n${under}\n\n`), JSON.stringify(fixed.slice(-100)));
    }
    // Indented code's lines, up to a line indented less than code.
    const code = fixRule(draft(128, '128. Plans are late.', '    Reviews are late.\n    (Recommendation)\nLazy text.'), rule);
    assert.ok(code.endsWith('\n\n     Reviews are late.\n     (Recommendation)\nLazy text.\n\n'), JSON.stringify(code.slice(-100)));
  });

  it('keeps the line ends of a draft written with CR LF', () => {
    const text = draft(14, '14. Plans are late.', '  Reviews are late.\n  (Recommendation)', '\r\n');
    assert.ok(fixRule(text, rule).endsWith('late.\r\n\r\n    Reviews are late.\r\n    (Recommendation)\r\n\r\n'), JSON.stringify(fixRule(text, rule).slice(-80)));
  });

  it('says nothing of text meant to stand apart: unindented, another kind of block, or indented enough to be in the paragraph', () => {
    for (const after of ['Reviews are late.', '  - a bullet list of its own', '  ## A heading', '  > A quotation', '  | A | table |', '   15. The next paragraph', '    Reviews are late.', '\tReviews are late.', '  ---', '  * * *', '  [1]: https://example.org/guidance', '  A heading\n  =========', '  A heading\n  ---', '  A heading written\n  over two lines\n  ---', '  A heading\n  written over\n  three lines\n  ===']) {
      assert.deepEqual(lintRule(draft(14, '14. Plans are late.', after), rule), [], after);
    }
    // A rule under a blank line underlines nothing: the paragraph above it is still one of its own.
    assert.equal(lintRule(draft(14, '14. Plans are late.', '  Reviews are late.\n  So are plans.\n\n  ---'), rule).length, 1);
    // A paragraph's own lines after a blank line, indented to its text, are in it.
    assert.deepEqual(lintRule(draft(9, '9. Plans are late.', '   (Recommendation)'), rule), []);
  });
});
