import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, offsetOf, replaceOnce, summarise, where } from '../../helpers/drafts';

const check = (text: string) => summarise(text, lintRule(text, 'footnotes'));

describe('footnotes', () => {
  it('accepts references that all have definitions, each referenced', () => {
    assert.deepEqual(check('# Body\n\nOne[^1] and two[^note].\n\n[^1]: First.\n\n[^note]: Second.\n'), []);
  });

  for (const name of corpusNames) {
    it(`accepts the footnotes of ${name}`, () => {
      assert.deepEqual(lintRule(corpus(name), 'footnotes'), []);
    });
  }

  it('reports a reference with no definition, although Markdown shows it as plain text', () => {
    const text = '# Body\n\nOne[^1] and three[^3].\n\n[^1]: First.\n';
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, '[^3]'))} error footnotes Expected a definition of footnote \`[^3]\`, found none`]);
  });

  it('reports a missing definition once, at the first reference, pointing at the others', () => {
    const text = '# Body\n\nOne[^3].\n\nTwo[^3].\n';
    const problems = lintRule(text, 'footnotes');
    assert.deepEqual(summarise(text, problems), [`${where(text, offsetOf(text, '[^3]'))} error footnotes Expected a definition of footnote \`[^3]\`, found none`]);
    assert.deepEqual(problems[0].related!.map((r) => where(text, r.span.start)), [where(text, offsetOf(text, '[^3]', 1))]);
  });

  it('finds an undefined reference in a heading', () => {
    const text = replaceOnce(corpus('sutton-2017'), /\n\[\^2\]: [^\n]*\n/, '\n');
    assert.deepEqual(check(text), ['75:48 error footnotes Expected a definition of footnote `[^2]`, found none']);
  });

  it('ignores `[^x]` in code and escaped brackets', () => {
    assert.deepEqual(check('# Body\n\nWrite `[^3]` for a footnote, or \\[^4].\n\n```\n[^5]\n```\n'), []);
  });

  it('reports a definition never referenced, as a warning', () => {
    const text = '# Body\n\nNo references.\n\n[^7]: Orphan.\n';
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, '[^7]'))} warning footnotes Footnote \`[^7]\` is defined but never referenced`]);
  });

  it('reports a second definition of one label, pointing at the first', () => {
    const text = '# Body\n\nOne[^1].\n\n[^1]: First.\n\n[^1]: Again.\n';
    const problems = lintRule(text, 'footnotes');
    assert.deepEqual(summarise(text, problems), [
      `${where(text, offsetOf(text, '[^1]: Again'))} error footnotes Footnote \`[^1]\` is defined again; only the first definition is used`,
    ]);
    assert.equal(where(text, problems[0].related![0].span.start), where(text, offsetOf(text, '[^1]: First')));
  });

  it('offers no automatic fix: only the writer knows the missing text', () => {
    const problems = lintRule('# Body\n\nOne[^3].\n\n[^7]: Orphan.\n', 'footnotes');
    assert.equal(problems.length, 2);
    assert.ok(problems.every((p) => p.fix === undefined));
  });

  it('can be set to warnings only', () => {
    const problems = lintRule('# Body\n\nOne[^3].\n', 'footnotes', { severity: 'warning' });
    assert.deepEqual(problems.map((p) => p.severity), ['warning']);
  });
});
