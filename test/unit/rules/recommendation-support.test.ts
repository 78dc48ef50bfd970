import { strict as assert } from 'node:assert';
import { corpus, lintRule, lintText, offsetOf, where } from '../../helpers/drafts';
import { leaversFinding, leaversRec, missingFinding, missingRec, neutralFinding, recommendationDraft } from '../../helpers/recommendation-drafts';

const rule = 'recommendation-support';

describe('recommendation-support', () => {
  it('accepts recommendations that each have a marked finding', () => {
    const text = recommendationDraft({
      recommendations: [missingRec, leaversRec],
      findings: [`${missingFinding} (Recommendation)`, neutralFinding, `${leaversFinding} (Recommendation 2)`],
    });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('accepts the Sutton report, where every recommendation has a marked finding', () => {
    assert.deepEqual(lintRule(corpus('sutton-2017'), rule), []);
  });

  it('warns, at its number, about a recommendation no marked finding supports', () => {
    const text = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} (Recommendation)`, leaversFinding] });
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => `${p.severity} ${p.message}`), ['warning Expected a finding marked `(Recommendation)` for recommendation `2`, found none']);
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '2. Ensure')));
  });

  it('counts a named marker as support', () => {
    const text = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} (Recommendation 1)`, `${neutralFinding} (Recommendation 2)`] });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('leaves a recommendation that an uncertain marker may support to that marker’s problem', () => {
    const text = recommendationDraft({
      recommendations: [missingRec, leaversRec, leaversRec],
      findings: [`${missingFinding} (Recommendation)`, `${leaversFinding} (Recommendation)`],
    });
    assert.equal(lintText(text).filter((p) => p.ruleId === 'recommendation-reference').length, 1);
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('counts citations as support where the part uses no markers', () => {
    const text = recommendationDraft({ recommendations: [`${missingRec} (paragraph 3)`, `${leaversRec} (paragraph 5)`], findings: [missingFinding, neutralFinding, leaversFinding] });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('reports a recommendation that cites nothing where the others cite their findings', () => {
    const text = recommendationDraft({ recommendations: [`${missingRec} (paragraph 3)`, leaversRec], findings: [missingFinding, leaversFinding] });
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Expected recommendation `2` to cite a finding of its part, found none']);
  });

  it('does not check a part that uses neither markers nor citations', () => {
    const text = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [missingFinding, leaversFinding] });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('checks the board’s part on its own', () => {
    const text = recommendationDraft({
      recommendations: [missingRec],
      findings: [`${missingFinding} (Recommendation)`],
      boardRecommendations: ['The board should publish an annual report that evaluates safeguarding.'],
      boardFindings: ['The board meets often.', 'Partners attend. (Recommendation 1)'],
    });
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Expected a finding marked `(Recommendation)` for recommendation `3`, found none']);
  });

  it('names the genuinely unsupported recommendations of the dev corpus', () => {
    // Kent: no finding of the board carries a marker for recommendation 92 (the labels agree).
    assert.deepEqual(lintRule(corpus('kent-2017'), rule).map((p) => p.message), ['Expected a finding marked `(Recommendation)` for recommendation `92`, found none']);
    // Isles of Scilly: no marker supports 59 (the labels agree); finding 32, the one marker near
    // recommendations 4 and 5 (both cite paragraph 31), is linked to 5, so 4 is reported.
    assert.deepEqual(lintRule(corpus('isles-of-scilly-2016'), rule).map((p) => p.message), [
      'Expected a finding marked `(Recommendation)` for recommendation `4`, found none',
      'Expected a finding marked `(Recommendation)` for recommendation `59`, found none',
    ]);
    for (const name of ['hackney-2016', 'kensington-and-chelsea-2016'] as const) assert.deepEqual(lintRule(corpus(name), rule), [], name);
  });
});


