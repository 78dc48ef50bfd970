/**
 * An ordered list numbered from 1 where numbered paragraphs do not stand (the
 * profile's `numbered: false`: the summaries, the contents, the local
 * authority's information, the information about the inspection) is a list of
 * the section's own, not a restart of the report's numbering; a list there
 * that carries the sequence on, or one that is where the sequence starts, is
 * numbered paragraphs as before.
 */
import { strict as assert } from 'node:assert';
import { corpus, lintText, model, replaceOnce } from '../../helpers/drafts';
import { fixRule } from '../../helpers/rule-only';

describe('ordered lists of a section of their own', () => {
  const sutton = corpus('sutton-2017');
  const numbers = (text: string) => model(text).paragraphs.map((p) => `${p.number} ${p.role}`);
  const problems = (text: string) => lintText(text).map((p) => `${p.severity} ${p.ruleId} ${p.message}`);
  const list = '1. One thing a child may want to know.\n2. Another.\n3. A third.\n\n';

  for (const heading of [
    '## Summary for children and young people\n\n',
    '## Executive summary\n\n',
    '#### Children living in this area\n\n',
    '### The inspection team\n\n',
    '### Executive summary\n\n',
  ]) {
    it(`reads a list numbered from 1 under \`${heading.trim()}\` as the section's own`, () => {
      const text = replaceOnce(sutton, new RegExp(`^${heading}`, 'm'), `${heading}${list}`);
      assert.deepEqual(numbers(text), numbers(sutton));
      assert.deepEqual(problems(text), problems(sutton));
    });
  }

  it('still numbers a list from 1 in a judged section, where it restarts the numbering', () => {
    const heading = '## Leadership, management and governance\n\n';
    const text = replaceOnce(sutton, heading, `${heading}${list}`);
    assert.equal(numbers(text).length, numbers(sutton).length + 3);
    assert.ok(problems(text).some((p) => p.includes('paragraph-numbering') && p.includes('restarts')));
  });

  it('still numbers the recommendations from 1 when their heading is lost and they fall under the local authority', () => {
    const text = replaceOnce(sutton, /^## Recommendations\n\n/m, '');
    // The local authority's recommendations read as findings under the heading before them; the board's are its own.
    assert.deepEqual(numbers(text), numbers(sutton).map((n) => (Number(n.split(' ')[0]) <= 10 ? n.replace(/recommendation$/, 'finding') : n)));
    assert.ok(!problems(text).some((p) => p.includes('paragraph-numbering')));
  });

  it('still numbers the recommendations under a lost heading when another slip restarts the numbering elsewhere, and the fix mends only that slip', () => {
    const lost = replaceOnce(sutton, /^## Recommendations\n\n/m, '');
    const text = replaceOnce(lost, '\n81. ', '\n1. ');
    assert.deepEqual(numbers(text).map((n) => n.split(' ')[0]), numbers(lost).map((n) => (n.startsWith('81 ') ? '1' : n.split(' ')[0])));
    assert.equal(fixRule(text, 'paragraph-numbering'), lost);
  });

  it('reads a list in the summary for children as its own when its last number is where the findings go on, after the recommendations', () => {
    const summary = /## Summary for children and young people\n\n([\s\S]*?)\n\n## /.exec(sutton)![1];
    const numbered = summary.split('\n').map((line, i) => line.replace(/^- /, `${i + 1}. `)).join('\n');
    assert.equal(numbered.split('\n').length, 10);
    const text = replaceOnce(sutton, summary, numbered);
    assert.deepEqual(numbers(text), numbers(sutton));
    assert.deepEqual(problems(text), problems(sutton));
  });

  it("reads the rest of a section's own list after a paragraph that splits it as the section's own", () => {
    const heading = '## Summary for children and young people\n\n';
    const text = replaceOnce(sutton, heading, `${heading}1. One thing.\n\nA word between.\n\n2. Another.\n3. A third.\n\n`);
    assert.deepEqual(numbers(text), numbers(sutton));
    assert.deepEqual(problems(text), problems(sutton));
  });

  it('still numbers findings that carry the sequence on where a judged section lost its heading', () => {
    const text = replaceOnce(sutton, /^## The experiences and progress of children who need help and protection\n\n/m, '');
    assert.deepEqual(numbers(text), numbers(sutton));
    assert.ok(!problems(text).some((p) => p.includes('paragraph-numbering')));
  });
});
