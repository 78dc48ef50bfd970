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

  it('reads every recommendation a marker names: lists with `and`, `&` or `, and`, and ranges, each number of a range with the range\'s span', () => {
    assert.deepEqual(markers('Interviews are not offered. (Recommendations 1 and 2)')[0].numbers, [1, 2]);
    assert.deepEqual(markers('Interviews are not offered. (Recommendations 1, & 2)')[0]?.numbers, undefined);
    assert.deepEqual(markers('Interviews are not offered. (Recommendations 1, 3, and 4)')[0].numbers, [1, 3, 4]);
    for (const range of ['2–4', '2-4', '2 to 4', '2 — 4']) {
      assert.deepEqual(markers(`Interviews are not offered. (Recommendations ${range})`)[0].numbers, [2, 3, 4], range);
    }
    assert.deepEqual(markers('Interviews are not offered. (Recommendations 1, 4–6 and 9)')[0].numbers, [1, 4, 5, 6, 9]);
    // A range written backwards, or wider than any report's recommendations, is read as its two ends.
    assert.deepEqual(markers('Interviews are not offered. (Recommendations 6–4)')[0].numbers, [6, 4]);
    assert.deepEqual(markers('Interviews are not offered. (Recommendations 1–90)')[0].numbers, [1, 90]);
    const r = model(recommendationDraft({ recommendations: [missingRec, leaversRec], findings: ['Interviews are not offered. (Recommendations 1–2)'] }));
    const spans = r.markers[0].numbers.map((n) => r.text.slice(n.span.start, n.span.end));
    assert.deepEqual(spans, ['1–2', '1–2']);
  });

  it('does not take another document\'s numbered recommendation for a marker', () => {
    assert.deepEqual(markers('As the 2014 report (recommendation 12) asked, plans are now reviewed. (Recommendation 2)').map((m) => m.raw), ['(Recommendation 2)']);
    assert.deepEqual(markers('Annex A (recommendation 3) is met. Plans are late (Recommendation).').map((m) => m.raw), ['(Recommendation)']);
    // The report's own, after a sentence or a clause of the finding, guidance or a date: markers still.
    assert.deepEqual(markers('Plans are late in 2016, (recommendation 2)').map((m) => m.numbers), [[2]]);
    assert.deepEqual(markers('Plans are not in line with statutory guidance (Recommendation 2)').map((m) => m.numbers), [[2]]);
    assert.deepEqual(markers('The work began in April (2016) (Recommendation 2).').map((m) => m.numbers), [[2]]);
    assert.deepEqual(markers('Plans follow the Care Planning Regulations 2010 (Recommendation 2)').map((m) => m.numbers), [[2]]);
    // After a section of an Act, at the end of the sentence, the report's own recommendation: a marker.
    assert.deepEqual(markers('Some children are accommodated under section 20 (Recommendation 2).').map((m) => m.numbers), [[2]]);
    assert.deepEqual(markers('Annex A (recommendation 2) is met. Plans are late (Recommendation).').map((m) => m.raw), ['(Recommendation)']);
  });

  it('does not take a number no recommendation has, after another document or event named in its sentence, for a marker', () => {
    for (const words of [
      'This was raised in Ofsted’s 2013 report (recommendation 12).',
      'This was raised at the previous inspection (recommendation 12).',
      'This reflects the Munro review of child protection (recommendation 15).',
      'This was raised at the monitoring visit in June 2016 (recommendation 12).',
      'The serious case review (recommendation 12) called for better health assessments.',
      "Ofsted's report of March 2013 made this point (recommendation 12).",
      'The inspection in 2012 found the same (recommendation 12).',
      'The public inquiry found the same (recommendation 12).',
    ]) {
      assert.deepEqual(markers(`${missingFinding} ${words} (Recommendation)`).map((m) => m.raw), ['(Recommendation)'], words);
    }
    // A number the report has is its own recommendation, whatever the sentence names; one it lacks, without a document, is a slip.
    assert.deepEqual(markers('As the review found, plans are late (Recommendation 2)').map((m) => m.numbers), [[2]]);
    assert.deepEqual(markers('Plans are late. The report is late too. Reviews are late (Recommendation 12)').map((m) => m.numbers), [[12]]);
    // Words that name nothing else: this inspection, a verb, guidance or the law a finding holds practice to.
    for (const words of [
      'Managers progress and review child protection plans (Recommendation 12).',
      'This was so at the time of this inspection (Recommendation 12).',
      'Services lack clear direction (Recommendation 12).',
      'Plans are in line with statutory guidance (Recommendation 12).',
      'Visits do not meet the Care Planning Regulations (Recommendation 12).',
      'Since April 2016, managers review plans monthly (Recommendation 12).',
      'In 2016, social workers did not visit children often enough (Recommendation 12).',
      'Plans are not updated after the last review (Recommendation 12).',
      'The quality assurance monitoring report is not read by managers (Recommendation 12).',
    ]) {
      assert.deepEqual(markers(words).map((m) => m.numbers), [[12]], words);
    }
  });

  it('reads a marker on a line of its own inside the item', () => {
    assert.deepEqual(markers(`${missingFinding}\n(Recommendation)`).map((m) => [m.style, m.in]), [['after-sentence', 2]]);
  });
});
