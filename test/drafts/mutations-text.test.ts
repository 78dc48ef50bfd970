/**
 * Whole-draft mutations of the Sutton report that concern the text rules
 * (footnotes, contents). Each asserts the full list of problems from every
 * rule, so a false positive of any rule shows up here.
 */
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/engine/fixes';
import { corpus, lintText, replaceOnce, summarise } from '../helpers/drafts';

const sutton = () => corpus('sutton-2017');
const problemsOf = (text: string) => summarise(text, lintText(text));

/** The warnings of the published Sutton report's own slips (see corpus-text.test.ts), lines shifted by `shift` after line 60. */
const published = (shift = 0) => [
  '60:3 warning contents Expected a contents row for `Executive summary`, found none',
  `${353 + shift}:221 warning acronyms Acronym \`MASE\` is never introduced`,
];

const contentsOf = (text: string) => {
  const start = text.indexOf('| Section | Page |');
  return text.slice(start, text.indexOf('\n\n', start));
};
/** The published table with the executive summary row the contents fix adds. */
const correctTable = () => replaceOnce(contentsOf(sutton()), '| --- | --- |\n', '| --- | --- |\n| Executive summary |  |\n');

const contentsFix = (text: string) => {
  const p = lintText(text).find((x) => x.ruleId === 'contents' && x.severity === 'error') ?? lintText(text).find((x) => x.ruleId === 'contents');
  assert.ok(p?.fix, 'expected a contents fix');
  return applyEdits(text, p.fix.edits);
};

describe('mutations of the Sutton report: footnotes and contents', () => {
  it('the unchanged report gives only the warnings of its real slips', () => {
    assert.deepEqual(problemsOf(sutton()), published());
  });

  it('removing the definition `[^2]:` gives exactly one footnote error, at the reference in the heading', () => {
    const text = replaceOnce(sutton(), /\n\[\^2\]: [^\n]*\n/, '\n');
    assert.deepEqual(problemsOf(text), [
      published()[0],
      '75:48 error footnotes Expected a definition of footnote `[^2]`, found none',
      published()[1],
    ]);
  });

  it('removing the reference `[^3]` gives exactly one warning, at the orphaned definition', () => {
    const text = replaceOnce(sutton(), 'special schools,[^3] all', 'special schools, all');
    assert.deepEqual(problemsOf(text), [...published(), '491:1 warning footnotes Footnote `[^3]` is defined but never referenced']);
  });

  it('deleting the row `Recommendations` gives one warning, and the fix restores a correct table', () => {
    const text = replaceOnce(sutton(), '| Recommendations | 8 |\n', '');
    assert.deepEqual(problemsOf(text), [
      published()[0],
      '62:3 warning contents Expected a contents row for `Recommendations`, found none',
      published(-1)[1],
    ]);
    const fixed = contentsFix(text);
    assert.equal(contentsOf(fixed), replaceOnce(correctTable(), '| Recommendations | 8 |', '| Recommendations |  |'));
    assert.equal(fixed.slice(fixed.indexOf('## The local authority')), text.slice(text.indexOf('## The local authority')));
    assert.deepEqual(problemsOf(fixed).filter((p) => p.includes(' contents ')), []);
  });

  it('swapping two rows gives one order error, and the fix restores the published order and pages', () => {
    const text = replaceOnce(
      sutton(),
      '| Recommendations | 8 |\n| Summary for children and young people | 9 |\n',
      '| Summary for children and young people | 9 |\n| Recommendations | 8 |\n',
    );
    assert.deepEqual(problemsOf(text), [
      published()[0],
      '62:3 error contents Expected `Summary for children and young people` after `Recommendations`, as the headings are ordered',
      published()[1],
    ]);
    const fixed = contentsFix(text);
    assert.equal(contentsOf(fixed), correctTable());
    assert.deepEqual(problemsOf(fixed), [published(1)[1]]);
  });

  it('retitling a row gives one error, and the fix restores the title and keeps the page', () => {
    const text = replaceOnce(sutton(), '| Leadership, management and governance | 26 |', '| Leadership and management | 26 |');
    assert.deepEqual(problemsOf(text), [
      published()[0],
      '66:3 error contents Expected `Leadership, management and governance`, found `Leadership and management`',
      published()[1],
    ]);
    assert.equal(contentsOf(contentsFix(text)), correctTable());
  });
});
