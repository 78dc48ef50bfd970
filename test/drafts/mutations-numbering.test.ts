/**
 * Whole-draft mutations of the Sutton report that break the paragraph
 * numbering. Each asserts the full list of problems from every rule, so one
 * slip is seen to give one diagnostic, and no other rule reacts to it.
 */
import { strict as assert } from 'node:assert';
import { corpus, deleteParagraph, fixText, lintText, replaceOnce, summarise } from '../helpers/drafts';

const sutton = () => corpus('sutton-2017');
const problemsOf = (text: string) => summarise(text, lintText(text));

/** The published report's own slips (named in corpus-text.test.ts), the acronym one on line `acronymLine`. */
const contentsSlip = '60:3 warning contents Expected a contents row for `Executive summary`, found none';
const acronymSlip = (line: number) => `${line}:221 warning acronyms Acronym \`MASE\` is never introduced`;

describe('mutations of the Sutton report: paragraph numbering', () => {
  it('deleting paragraph 40 gives one numbering error, at the gap', () => {
    const text = deleteParagraph(sutton(), 40);
    assert.deepEqual(problemsOf(text), [
      contentsSlip,
      '270:1 error paragraph-numbering Expected paragraph `40`, found `41`: paragraph `40` is missing',
      acronymSlip(351),
    ]);
  });

  it('repeating a number gives one numbering error, at the repeat', () => {
    const text = replaceOnce(sutton(), '\n42. Nearly all children', '\n41. Nearly all children');
    assert.deepEqual(problemsOf(text), [
      contentsSlip,
      '274:1 error paragraph-numbering Expected paragraph `42`, found `41` again',
      acronymSlip(353),
    ]);
  });

  it('fixing a deleted paragraph renumbers the rest and leaves only the published slips', () => {
    const text = deleteParagraph(sutton(), 40);
    const fixed = fixText(text, { rules: { contents: 'off', acronyms: 'off' } });
    assert.deepEqual(problemsOf(fixed), [contentsSlip, acronymSlip(351)]);
    const numbers = [...fixed.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    assert.deepEqual(numbers, Array.from({ length: 94 }, (_, i) => i + 1));
  });
});
