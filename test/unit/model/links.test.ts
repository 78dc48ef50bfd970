import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_LINK_THRESHOLD, topThree } from '../../../server/src/model/links';
import { jointTotals } from '../../../server/src/model/assignment';
import { porterStem } from '../../../server/src/model/stem';
import { tfidfIndex } from '../../../server/src/model/similarity';
import { corpus, corpusLinks, corpusNames, model } from '../../helpers/drafts';
import { leaversFinding, leaversRec, missingFinding, missingRec, recommendationDraft } from '../../helpers/recommendation-drafts';

/** Finding number -> linked recommendation id, for every marker in a finding. */
function linked(text: string, confidentOnly = false): Record<string, string | undefined> {
  const r = model(text);
  const out: Record<string, string | undefined> = {};
  for (const l of r.links) {
    const p = r.paragraphs[r.markers[l.markerIndex].paragraphIndex!];
    if (!confidentOnly || l.explicit || l.confidence >= DEFAULT_LINK_THRESHOLD) out[String(p.number)] = l.recommendationId;
  }
  return out;
}

describe('recommendation links', () => {
  it('takes a marker\'s three best recommendations as a stable sort of their totals would, ties and impossible ones included', () => {
    const value = fc.oneof(fc.constantFrom(0, 0.5, 1, -Infinity), fc.double({ min: -5, max: 5, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 16 }), (row) => {
        const sorted = row.map((_, i) => i).sort((a, b) => row[b] - row[a]);
        assert.deepEqual(topThree(row), sorted.slice(0, 3), JSON.stringify(row));
      }),
      { seed: 20261127, numRuns: 3_000 },
    );
  });

  it('links all 12 markers of the Sutton report to the labelled recommendation, with confidence', () => {
    const expected = Object.fromEntries(Object.entries(corpusLinks('sutton-2017')).map(([k, v]) => [k, String(v)]));
    assert.deepEqual(linked(corpus('sutton-2017'), true), expected);
    assert.equal(linked(corpus('sutton-2017'))['13'], '4');
    assert.equal(linked(corpus('sutton-2017'))['20'], '4');
    assert.equal(linked(corpus('sutton-2017'))['95'], '81');
  });

  it('never links a marker of the dev corpus confidently to the wrong recommendation, but for one ambiguous finding', () => {
    const wrong: string[] = [];
    for (const name of corpusNames) {
      const labels = corpusLinks(name);
      for (const [n, rec] of Object.entries(linked(corpus(name), true))) {
        if (labels[n] !== undefined && String(labels[n]) !== rec) wrong.push(`${name} ${n} -> ${rec}, labelled ${labels[n]}`);
      }
    }
    // Isles of Scilly 32 talks of both recommendation 4 (living arrangements on the mainland) and
    // 5 (supported accommodation on the mainland); both cite paragraph 31. See docs/recommendation-links.md.
    assert.deepEqual(wrong, ['isles-of-scilly-2016 32 -> 5, labelled 4']);
  });

  it('links a named marker to its number with full confidence', () => {
    const r = model(recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} (Recommendation 2)`] }));
    assert.deepEqual({ ...r.links[0], candidates: [] }, { markerIndex: 0, recommendationId: '2', confidence: 1, explicit: true, candidates: [] });
  });

  it('links a marker naming several numbers to the first that exists', () => {
    const r = model(recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} (recommendations 9, 2)`] }));
    assert.equal(r.links[0].recommendationId, '2');
  });

  it('explains a link by the words and phrases the finding and the recommendation share', () => {
    const r = model(recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} (Recommendation)`, `${leaversFinding} (Recommendation)`] }));
    assert.equal(r.links[0].recommendationId, '1');
    assert.ok(r.links[0].candidates[0].shared.includes('return home'), r.links[0].candidates[0].shared.join(', '));
    assert.equal(r.links[1].recommendationId, '2');
    assert.ok(r.links[1].candidates[0].shared.includes('care leavers'), r.links[1].candidates[0].shared.join(', '));
  });

  it('links the markers of a part with more than 16 recommendations one by one, each to its best fit', () => {
    const topics = ['missing children', 'care leavers', 'foster carers', 'adoption panels', 'school attendance', 'health assessments', 'youth offending', 'private fostering', 'child sexual exploitation', 'domestic abuse', 'early help', 'front door', 'supervision', 'caseloads', 'pathway plans', 'personal education plans', 'disabled children'];
    const recommendations = topics.map((t) => `Improve the quality of work on ${t} and its oversight.`);
    const findings = [`Work on ${topics[3]} is weak and lacks oversight. (Recommendation)`, `Work on ${topics[16]} is weak and lacks oversight. (Recommendation)`];
    const r = model(recommendationDraft({ recommendations, findings }));
    assert.equal(r.recommendations.length, 17);
    assert.deepEqual(r.links.map((l) => l.recommendationId), ['4', '17']);
    assert.ok(r.links.every((l) => l.candidates.length === 3 && l.candidates[0].shared.length > 0));
  });

  it('lets a recommendation that no other marker covers claim a finding that fits it second best', () => {
    // Two findings about missing children, one of which also concerns accommodation: the
    // assignment gives recommendation 2 its one plausible finding.
    const r = model(
      recommendationDraft({
        recommendations: [missingRec, leaversRec],
        findings: [`${missingFinding} (Recommendation)`, `Care leavers who go missing from home are not always offered a return home interview, and some live in unsuitable accommodation. (Recommendation)`],
      }),
    );
    assert.deepEqual(r.links.map((l) => l.recommendationId), ['1', '2']);
  });

  it('computes joint totals exactly: each option is the best assignment that includes it', () => {
    // Two markers both prefer recommendation 0; covering recommendation 1 is worth 0.5.
    const totals = jointTotals([[1, 0.6], [0.9, 0.1]], [0.5, 0.5]);
    // Marker 0 on 0: best is marker 1 on 0 (0.9) or 1 (0.1 + 0.5); 1 + 0.5 + max(0.9, 0.6) = 2.4
    assert.deepEqual(totals.map((row) => row.map((x) => Math.round(x * 100) / 100)), [[2.4, 2.5], [2.5, 2.1]]);
  });

  it('stems words so that related forms meet', () => {
    assert.equal(porterStem('cultural'), porterStem('culture'));
    assert.equal(porterStem('ethnicity'), porterStem('ethnic'));
    assert.equal(porterStem('assessments'), porterStem('assessed'));
  });

  it('weights words by how rare they are in the report', () => {
    const index = tfidfIndex(['children children children', 'children missing', 'children leavers']);
    const a = index.compare('children missing', 'children missing');
    assert.ok(Math.abs(a.score - 1) < 1e-9);
    assert.ok(index.compare('children missing', 'children leavers').score < 0.5);
  });
});
