/**
 * Whole-draft mutations of the Sutton report for the recommendation rules:
 * every problem of every rule is asserted, so a mutation shows exactly what a
 * writer would see and nothing else.
 */
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/engine/fixes';
import { corpus, deleteParagraph, lintText, summarise } from '../helpers/drafts';

/** The published Sutton report's own warnings, real slips of the published text (asserted by their rules' tests). */
const baseline = (shift = 0) => [
  '60:3 warning contents Expected a contents row for `Executive summary`, found none',
  `${353 + shift}:221 warning acronyms Acronym \`MASE\` is never introduced`,
];

const withoutBaseline = (lines: string[], shift = 0) => {
  const base = new Set(baseline(shift));
  return lines.filter((l) => !base.has(l));
};

describe('mutations of the Sutton report: recommendations', () => {
  const sutton = corpus('sutton-2017');

  it('the published report gives only its known warnings', () => {
    assert.deepEqual(summarise(sutton, lintText(sutton)), baseline());
  });

  it('a marker pointing at a missing recommendation gives one error at the number, with what it may have meant', () => {
    const text = sutton.replace(/(\n23\. [^\n]*)\(Recommendation\)/, '$1(Recommendation 99)');
    assert.notEqual(text, sutton);
    const problems = lintText(text);
    assert.deepEqual(summarise(text, problems), [
      baseline()[0],
      '210:481 error recommendation-reference Recommendation `99` does not exist: recommendations are `1` to `10`, `81`',
      baseline()[1],
    ]);
    const problem = problems.find((p) => p.ruleId === 'recommendation-reference')!;
    assert.deepEqual(problem.suggestions?.map((s) => s.title), ['Link the marker to recommendation 5']);
    assert.match(applyEdits(text, problem.suggestions![0].edits), /\n23\. [^\n]*\(Recommendation 5\)/);
  });

  it('dropping a recommendation gives the gap in numbering, and the marker that supported it is left without a clear recommendation', () => {
    // Recommendation 5 (culture and ethnicity in assessments) is what finding 23 supports.
    const text = deleteParagraph(sutton, 5);
    const lines = summarise(text, lintText(text));
    assert.deepEqual(withoutBaseline(lines, -2), [
      '141:1 error paragraph-numbering Expected paragraph `5`, found `6`: paragraph `5` is missing',
      '208:465 warning recommendation-reference Cannot tell which recommendation this marker supports: `3` or `1` (confidence `0.04`)',
      // Finding 65 was linked to 3 partly because 3 needed a finding; the orphaned finding 23 now
      // competes for 3, so 65 is honestly flagged too.
      '322:596 warning recommendation-reference Cannot tell which recommendation this marker supports: `2` or `3` (confidence `0.04`)',
    ]);
    assert.equal(lines.length, 5);
  });

  it('dropping a recommendation that two findings support leaves both without a clear recommendation and nothing unsupported', () => {
    const text = deleteParagraph(sutton, 4);
    const lines = withoutBaseline(summarise(text, lintText(text)), -2);
    assert.equal(lines[0], '139:1 error paragraph-numbering Expected paragraph `4`, found `5`: paragraph `4` is missing');
    assert.ok(lines.slice(1).every((l) => / warning recommendation-reference Cannot tell which recommendation this marker supports: /.test(l)), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('recommendation-support')), lines.join('\n'));
  });
});
