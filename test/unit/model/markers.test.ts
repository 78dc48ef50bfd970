import { strict as assert } from 'node:assert';
import { model } from '../../helpers/drafts';
import { leaversRec, missingFinding, missingRec, recommendationDraft } from '../../helpers/recommendation-drafts';

function markers(finding: string) {
  const r = model(recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [finding] }));
  return r.markers.map((m) => ({ raw: m.raw, numbers: m.numbers.map((n) => n.value), plural: m.plural, lowercase: m.lowercase, style: m.style, in: m.paragraphIndex }));
}

describe('recommendation markers in the model', () => {
  it('reads every published spelling', () => {
    assert.deepEqual(markers(`${missingFinding} (Recommendation)`), [{ raw: '(Recommendation)', numbers: [], plural: false, lowercase: false, style: 'after-sentence', in: 2 }]);
    assert.deepEqual(markers('Interviews are not offered (recommendation).'), [{ raw: '(recommendation)', numbers: [], plural: false, lowercase: true, style: 'before-period', in: 2 }]);
    assert.deepEqual(markers('Interviews are not offered. (Recommendation 2)')[0].numbers, [2]);
    assert.deepEqual(markers('Interviews are not offered. (recommendations 1, 2)')[0], { raw: '(recommendations 1, 2)', numbers: [1, 2], plural: true, lowercase: true, style: 'after-sentence', in: 2 });
    assert.deepEqual(markers('Interviews are not offered. (Recommendations)')[0].plural, true);
  });

  it('reads a marker on a line of its own inside the item', () => {
    assert.deepEqual(markers(`${missingFinding}\n(Recommendation)`).map((m) => [m.style, m.in]), [['after-sentence', 2]]);
  });
});
