import { strict as assert } from 'node:assert';
import { corpus, deleteParagraph, lintRule, offsetOf, replaceOnce, where } from '../../helpers/drafts';
import { fixRule } from '../../helpers/rule-only';

const draft = (...items: string[]) => `# Body\n\n## Inspection findings\n\n${items.join('\n\n')}\n`;

describe('paragraph-numbering', () => {
  it('accepts 1 to N with no gap', () => {
    assert.deepEqual(lintRule(draft('1. One.', '2. Two.', '3. Three.'), 'paragraph-numbering'), []);
  });

  it('accepts the Sutton report, numbered 1 to 95 across all its parts', () => {
    assert.deepEqual(lintRule(corpus('sutton-2017'), 'paragraph-numbering'), []);
  });

  it('reports a gap in numbering once, at the gap', () => {
    const text = deleteParagraph(corpus('sutton-2017'), 40);
    const problems = lintRule(text, 'paragraph-numbering');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, 'Expected paragraph `40`, found `41`: paragraph `40` is missing');
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '41. ')));
  });

  it('points at a missing number written where it belongs but not read as a numbered paragraph, and fixes it', () => {
    for (const [written, after, what] of [
      ['2.\u00A0Two.', 'a non-breaking space', 'NBSP'],
      ['2.Two.', '`T`', 'no space'],
    ]) {
      const text = draft('1. One.', written, '3. Three.');
      const problems = lintRule(text, 'paragraph-numbering');
      assert.deepEqual(
        problems.map((p) => [where(text, p.span.start), p.message]),
        [[where(text, offsetOf(text, '2.')), `Expected paragraph \`2\` as a numbered paragraph, found \`2.\` followed by ${after}: Markdown reads a number as a paragraph's only when a space follows it`]],
        what,
      );
      assert.equal(fixRule(text, 'paragraph-numbering'), draft('1. One.', '2. Two.', '3. Three.'), what);
    }
    // Only where the number belongs, between the paragraphs before and after it: not written further on.
    const later = draft('1. One.', '3. Three.', 'Text.', '2.\u00A0Two.', '4. Four.');
    assert.deepEqual(lintRule(later, 'paragraph-numbering').map((p) => p.message), ['Expected paragraph `2`, found `3`: paragraph `2` is missing']);
  });

  it('reports a repeated number once', () => {
    const problems = lintRule(draft('1. One.', '2. Two.', '2. Again.', '3. Three.'), 'paragraph-numbering');
    assert.deepEqual(
      problems.map((p) => p.message),
      ['Expected paragraph `3`, found `2` again'],
    );
  });

  it('reports a mistyped number once, when the paragraphs after it carry on from the expected number', () => {
    const text = replaceOnce(corpus('sutton-2017'), '\n41. ', '\n42. ');
    const problems = lintRule(text, 'paragraph-numbering');
    assert.deepEqual(problems.map((p) => p.message), ['Expected paragraph `41`, found `42`']);
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '42. Children looked after make good progress')));
    assert.equal(problems[0].fix?.title, 'Renumber paragraph 41');
  });

  it('reports a stray number the paragraphs after it go on without once, with a hint when it may be a wrapped line', () => {
    const wrapped = '# Body\n\n## Inspection findings\n\n1. One.\n\n2. The number rose over the year to January\n2017.\n\n3. Three.\n\n4. Four.\n';
    assert.deepEqual(lintRule(wrapped, 'paragraph-numbering').map((p) => p.message), [
      'Expected paragraph `3`, found `2017`, which the paragraphs after it do not follow: a line that starts with a number and a full stop is a numbered paragraph of its own (if it continues the paragraph before, indent it, or write `2017\\.`)',
    ]);
    const stray = lintRule(draft('1. One.', '2. Two.', '42. A paragraph that has plenty of words of its own in it.', '3. Three.', '4. Four.'), 'paragraph-numbering');
    assert.deepEqual(stray.map((p) => p.message), ['Expected paragraph `3`, found `42`, which the paragraphs after it do not follow']);
    // Indented, the line continues the paragraph, and the numbering is whole.
    assert.deepEqual(lintRule(wrapped.replace('\n2017.', '\n   2017.'), 'paragraph-numbering'), []);
    // A small number on the line right after a paragraph, with a long line after it: a wrapped line too.
    const small = wrapped.replace('to January\n2017.', 'from 7 to\n9. children in the year, which is far more than the year before it and more than');
    assert.deepEqual(lintRule(small, 'paragraph-numbering').map((p) => p.message), [
      'Expected paragraph `3`, found `9`, which the paragraphs after it do not follow: a line that starts with a number and a full stop is a numbered paragraph of its own (if it continues the paragraph before, indent it, or write `9\\.`)',
    ]);
    // A paragraph that stops mid-sentence after a closing quote is wrapped too.
    const quoted = wrapped.replace('to January\n2017.', 'from 7 to the ‘front door’\n9. children in the year, which is far more than the year before it and more than');
    assert.match(lintRule(quoted, 'paragraph-numbering')[0].message, /indent it, or write `9\\\.`/);
    // In a tight list each item ends its sentence: a mistyped number there is no wrapped line.
    const tight = '# Body\n\n## Recommendations\n\n1. Improve the timeliness of assessments.\n2. Strengthen management oversight of plans.\n7. Improve the timeliness of reviews of plans for children.\n3. Ensure that children are seen alone.\n';
    assert.deepEqual(lintRule(tight, 'paragraph-numbering').map((p) => p.message), ['Expected paragraph `3`, found `7`, which the paragraphs after it do not follow']);
  });

  it('reports two swapped neighbours once', () => {
    const problems = lintRule(draft('1. One.', '3. Three.', '2. Two.', '4. Four.'), 'paragraph-numbering');
    assert.deepEqual(problems.map((p) => p.message), ['Expected paragraph `2`, found `3`: paragraphs `2` and `3` are swapped']);
  });

  it('reports a restart', () => {
    const problems = lintRule(draft('1. One.', '2. Two.', '1. Again.', '2. More.'), 'paragraph-numbering');
    assert.equal(problems[0].message, 'Expected paragraph `3`, found `1`: numbering restarts');
  });

  it('reports a jump of several numbers once', () => {
    const problems = lintRule(draft('1. One.', '2. Two.', '7. Seven.', '8. Eight.'), 'paragraph-numbering');
    assert.deepEqual(problems.map((p) => p.message), ['Expected paragraph `3`, found `7`: paragraphs `3` to `6` are missing']);
  });

  it('reads the number that is written, not the one a renderer would show', () => {
    // A renderer numbers a list from its first item; the written 5 is what counts.
    const problems = lintRule(draft('1. One.', '2. Two.\n\nText between.\n\n5. Five.'), 'paragraph-numbering');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /found `5`/);
  });

  it('renumbers and updates numbered markers that point at moved recommendations', () => {
    const text = [
      '# Body',
      '## Recommendations',
      '1. Ensure one.',
      '3. Ensure three.',
      '## Inspection findings',
      '4. A finding. (Recommendation 3)',
      '5. Another finding. (Recommendation 1)',
      '',
    ].join('\n\n');
    // This snippet is no whole report: only the numbering fix is under test.
    const fixed = fixRule(text, 'paragraph-numbering');
    assert.equal(
      fixed,
      [
        '# Body',
        '## Recommendations',
        '1. Ensure one.',
        '2. Ensure three.',
        '## Inspection findings',
        '3. A finding. (Recommendation 2)',
        '4. Another finding. (Recommendation 1)',
        '',
      ].join('\n\n'),
    );
  });

  it('offers one fix that renumbers the rest, titled with the range', () => {
    const text = draft('1. One.', '2. Two.', '4. Four.', '5. Five.');
    const [p] = lintRule(text, 'paragraph-numbering');
    assert.equal(p.fix?.title, 'Renumber paragraphs 3 to 4');
  });
});
