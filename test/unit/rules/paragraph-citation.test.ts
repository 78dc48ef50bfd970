import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes';
import { rules } from '../../../server/src/rules';
import { corpus, fixText, lintRule, offsetOf, replaceOnce, where } from '../../helpers/drafts';
import { leaversFinding, leaversRec, missingFinding, missingRec, neutralFinding, recommendationDraft } from '../../helpers/recommendation-drafts';

const rule = 'paragraph-citation';

describe('paragraph-citation', () => {
  it('accepts citations of the findings that support a recommendation', () => {
    const text = recommendationDraft({
      recommendations: [`${missingRec} (paragraph 3)`, `${leaversRec} (see paragraphs 4, 5)`],
      findings: [missingFinding, neutralFinding, leaversFinding],
    });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('accepts citations that agree with the markers', () => {
    const text = recommendationDraft({
      recommendations: [`${missingRec} (paragraph 3)`, leaversRec],
      findings: [`${missingFinding} (Recommendation)`, neutralFinding, `${leaversFinding} (Recommendation)`],
    });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('accepts the Sutton report, which cites no paragraphs', () => {
    assert.deepEqual(lintRule(corpus('sutton-2017'), rule), []);
  });

  it('reports a citation of a paragraph that does not exist, at the number', () => {
    const text = recommendationDraft({ recommendations: [`${missingRec} (page 12, paragraph 40)`], findings: [missingFinding] });
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => `${p.severity} ${p.message}`), ['error Paragraph `40` does not exist: paragraphs run `1` to `2`']);
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '40)')));
  });

  it('reports a missing paragraph anywhere in the text, e.g. "as set out in paragraph 9"', () => {
    const text = recommendationDraft({ recommendations: [missingRec], findings: [`${missingFinding} This is as set out in paragraph 9.`] });
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Paragraph `9` does not exist: paragraphs run `1` to `2`']);
  });

  it('reports the end of a range that runs past the last paragraph', () => {
    const text = recommendationDraft({ recommendations: [`${missingRec} (paragraphs 2 to 3)`], findings: [missingFinding] });
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Paragraph `3` does not exist: paragraphs run `1` to `2`']);
  });

  it('reports a mistyped range once, at its end, and checks a range for existence only, however wide', () => {
    const sutton = corpus('sutton-2017');
    const rec4 = /^4\. (.*)$/m.exec(sutton)![1];
    const cite = (range: string) => lintRule(replaceOnce(sutton, rec4, `${rec4} (paragraphs ${range})`), rule).map((p) => p.message);
    assert.deepEqual(cite('13 to 140'), ['Paragraph `140` does not exist: paragraphs run `1` to `95`']);
    assert.deepEqual(cite('13 to 250'), ['Paragraph `250` does not exist: paragraphs run `1` to `95`']);
    assert.deepEqual(cite('93 to 97'), ['Paragraph `97` does not exist: paragraphs run `1` to `95`']);
    // Across the board's recommendation: a range is not held to what each paragraph in it is.
    assert.deepEqual(cite('80 to 82'), []);
  });

  it('reports a recommendation citing a recommendation', () => {
    const text = recommendationDraft({ recommendations: [`${missingRec} (paragraph 2)`, leaversRec], findings: [missingFinding, leaversFinding] });
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Expected a finding, found recommendation `2`']);
    assert.deepEqual(problems[0].related?.map((r) => r.message), ['Paragraph 2 is here']);
  });

  it('warns on a recommendation citing a finding of the other part', () => {
    const text = recommendationDraft({
      recommendations: [`${missingRec} (paragraph 4)`],
      findings: [missingFinding],
      boardRecommendations: ['The board should publish an annual report that evaluates safeguarding (paragraph 4).'],
      boardFindings: ['The annual report does not evaluate safeguarding.'],
    });
    assert.deepEqual(lintRule(text, rule).map((p) => `${p.severity} ${p.message}`), ['warning Expected a finding of the local authority, found paragraph `4` of the board']);
  });

  describe('where the markers say which findings support a recommendation', () => {
    const text = recommendationDraft({
      recommendations: [`${missingRec} (paragraph 4)`, `${leaversRec} (paragraph 5)`],
      findings: [`${missingFinding} (Recommendation)`, neutralFinding, `${leaversFinding} (Recommendation)`],
    });
    const problems = lintRule(text, rule);

    it('warns about a citation of a finding not marked for the recommendation, naming the marked one', () => {
      assert.deepEqual(problems.map((p) => `${p.severity} ${p.message}`), ['warning Paragraph `4` is not marked as supporting recommendation `1`; paragraph `3` is']);
      assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '4)')));
    });

    it('fixes it to the marked finding next to the cited one', () => {
      assert.equal(applyEdits(text, problems[0].fix!.edits), replaceOnce(text, '(paragraph 4)', '(paragraph 3)'));
      assert.equal(problems[0].fix!.title, 'Cite paragraph 3 instead of 4');
    });
  });

  it('warns, with no fix, about an extra citation next to one of a marked finding', () => {
    const text = recommendationDraft({
      recommendations: [`${missingRec} (paragraphs 3, 4)`, leaversRec],
      findings: [`${missingFinding} (Recommendation)`, neutralFinding, `${leaversFinding} (Recommendation)`],
    });
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Paragraph `4` is not marked as supporting recommendation `1`']);
    assert.equal(problems[0].fix, undefined);
  });

  it('warns about a citation of a finding marked for another recommendation', () => {
    const text = recommendationDraft({
      recommendations: [missingRec, `${leaversRec} (paragraph 3)`],
      findings: [`${missingFinding} (Recommendation)`, leaversFinding],
    });
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Paragraph `3` is marked as supporting recommendation `1`, not `2`']);
  });

  it('names each wrong citation of the dev corpus as a genuine mistake', () => {
    // Kensington and Chelsea cites `(page N, paragraph M)` two to four paragraphs from the finding it marks.
    assert.deepEqual(lintRule(corpus('kensington-and-chelsea-2016'), rule).map((p) => p.message), [
      'Paragraph `17` is not marked as supporting recommendation `1`; paragraph `15` is',
      'Paragraph `18` is not marked as supporting recommendation `2`; paragraph `14` is',
      'Paragraph `34` is not marked as supporting recommendation `3`; paragraph `31` is',
      'Paragraph `57` is not marked as supporting recommendation `4`; paragraph `55` is',
    ]);
    // The Isles of Scilly cites, in most recommendations, the paragraph just before the marked finding.
    assert.deepEqual(lintRule(corpus('isles-of-scilly-2016'), rule).map((p) => p.message), [
      'Paragraph `11` is not marked as supporting recommendation `1`; paragraph `10` is',
      'Paragraph `26` is not marked as supporting recommendation `3`; paragraph `27` is',
      'Paragraph `31` is not marked as supporting recommendation `5`; paragraph `32` is',
      'Paragraph `26` is not marked as supporting recommendation `6`; paragraph `27` is',
      'Paragraph `64` is not marked as supporting recommendation `57`; paragraph `65` is',
      'Paragraph `67` is not marked as supporting recommendation `58`; paragraph `68` is',
      'Paragraph `68` is not marked as supporting recommendation `60`; paragraph `69` is',
      'Paragraph `71` is not marked as supporting recommendation `61`; paragraph `72` is',
      'Paragraph `80` is not marked as supporting recommendation `62`; paragraph `82` is',
    ]);
    for (const name of ['kent-2017', 'hackney-2016'] as const) assert.deepEqual(lintRule(corpus(name), rule), [], name);
  });

  it('fixes the dev corpus’s wrong citations to converge, changing nothing but the cited numbers', () => {
    for (const name of ['isles-of-scilly-2016', 'kensington-and-chelsea-2016'] as const) {
      const text = corpus(name);
      const only = { rules: Object.fromEntries(rules.map((r) => [r.id, r.id === rule ? ('warning' as const) : ('off' as const)])) };
      const fixed = fixText(text, only);
      assert.notEqual(fixed, text, name);
      assert.deepEqual(lintRule(fixed, rule).filter((p) => p.fix), [], `${name}: nothing fixable is left`);
      // Only digits inside citations changed.
      const changed = diffWords(text, fixed);
      assert.ok(changed.length > 0 && changed.every(([a, b]) => /^\d+$/.test(a) && /^\d+$/.test(b)), `${name}: ${JSON.stringify(changed)}`);
    }
  });
});

/** Word-by-word differences of two texts with the same number of words. */
function diffWords(a: string, b: string): [string, string][] {
  const wa = a.split(/(\d+)/);
  const wb = b.split(/(\d+)/);
  assert.equal(wa.length, wb.length);
  return wa.flatMap((w, i) => (w === wb[i] ? [] : [[w, wb[i]] as [string, string]]));
}

