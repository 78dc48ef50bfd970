import { strict as assert } from 'node:assert';
import { model } from '../../helpers/drafts';
import { missingFinding, missingRec, recommendationDraft } from '../../helpers/recommendation-drafts';

/** The citations of a recommendation, as `raw -> numbers`. */
function cited(recText: string): string[] {
  const r = model(recommendationDraft({ recommendations: [recText], findings: [missingFinding] }));
  return r.citations.map((c) => `${c.raw} -> ${c.numbers.map((n) => n.value).join(',')} in ${c.recommendationId ?? '-'}`);
}

describe('paragraph citations in the model', () => {
  it('reads every published shape, with the recommendation that holds it', () => {
    assert.deepEqual(cited(`${missingRec} (paragraph 17)`), ['paragraph 17 -> 17 in 1']);
    assert.deepEqual(cited(`${missingRec} (Paragraph 11).`), ['Paragraph 11 -> 11 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraphs 33, 154)`), ['paragraphs 33, 154 -> 33,154 in 1']);
    assert.deepEqual(cited(`${missingRec} (see paragraph 12)`), ['paragraph 12 -> 12 in 1']);
    assert.deepEqual(cited(`${missingRec} (page 12, paragraph 17)`), ['paragraph 17 -> 17 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraphs 33 and 35)`), ['paragraphs 33 and 35 -> 33,35 in 1']);
  });

  it('expands ranges written with `to`, a hyphen or an en dash', () => {
    assert.deepEqual(cited(`${missingRec} (paragraphs 20 to 24)`), ['paragraphs 20 to 24 -> 20,21,22,23,24 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraphs 20-22)`), ['paragraphs 20-22 -> 20,21,22 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraphs 20–22, 30)`), ['paragraphs 20–22, 30 -> 20,21,22,30 in 1']);
    // Written backwards, or too wide to mean, a range is its two ends.
    assert.deepEqual(cited(`${missingRec} (paragraphs 13 to 250)`), ['paragraphs 13 to 250 -> 13,250 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraphs 22 to 20)`), ['paragraphs 22 to 20 -> 22,20 in 1']);
  });

  it('reads citations in prose outside recommendations', () => {
    const r = model(recommendationDraft({ recommendations: [missingRec], findings: [`${missingFinding} This is as set out in paragraph 1.`] }));
    assert.deepEqual(r.citations.map((c) => [c.raw, c.recommendationId, c.paragraphIndex]), [['paragraph 1', undefined, 1]]);
  });

  it('does not take another document’s paragraph for a citation', () => {
    assert.deepEqual(cited(`${missingRec}, as paragraph 19 of Schedule 2 to the Children Act 1989 requires`), []);
    assert.deepEqual(cited(`${missingRec}, following paragraph 3.4 of the statutory guidance`), []);
    assert.deepEqual(cited(`${missingRec} (see paragraph 2 of this report)`), ['paragraph 2 -> 2 in 1']);
  });

  it('does not take a number the report lacks, after another document named in its sentence, for a citation', () => {
    for (const words of [
      'as staff do not always follow ‘Working Together to Safeguard Children’ (paragraph 150)',
      'as set out in the inspection framework (paragraph 150)',
      'as the board’s annual report says (paragraph 150)',
      'in line with the Public Law Outline (Practice Direction 12A, paragraph 150)',
    ]) {
      assert.deepEqual(cited(`${missingRec} ${words}`), [], words);
    }
    // A paragraph the report has is its own, whatever the sentence names; one it lacks, without a document, is a slip.
    assert.deepEqual(cited(`${missingRec} as the inspection framework expects (paragraph 2)`), ['paragraph 2 -> 2 in 1']);
    assert.deepEqual(cited(`${missingRec}. Plans are late (paragraph 150)`), ['paragraph 150 -> 150 in 1']);
    for (const words of ['. The board should review the impact (paragraph 150)', '. Delivery of the early help framework is slow (paragraph 150)', ', as this inspection found (paragraph 150)']) {
      assert.deepEqual(cited(`${missingRec}${words}`), ['paragraph 150 -> 150 in 1'], words);
    }
  });

  it('does not take a paragraph numbered as another document numbers them, or named by its chapter or annex, for a citation', () => {
    for (const words of [
      'in line with paragraphs 3.4 and 3.5 of the statutory guidance',
      '(Working Together to Safeguard Children 2015, paragraph 3.4)',
      'as paragraph 19B requires',
      '(Working Together to Safeguard Children 2015, chapter 1, paragraph 4)',
      'following Annex A paragraph 2',
      'as section 47, paragraphs 5 to 7 set out',
    ]) {
      assert.deepEqual(cited(`${missingRec} ${words}`), [], words);
    }
    assert.deepEqual(cited(`${missingRec} (page 12, paragraph 2)`), ['paragraph 2 -> 2 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraph 2).`), ['paragraph 2 -> 2 in 1']);
    assert.deepEqual(cited(`${missingRec}, as paragraph 19 of Schedule 2, paragraph 2 of this report`), ['paragraph 2 -> 2 in 1']);
  });

  it('takes one number after `paragraph`, and a list after `paragraphs` only while it goes on as a list', () => {
    assert.deepEqual(cited(`${missingRec}, as set out in paragraph 35, 224 children were looked after`), ['paragraph 35 -> 35 in 1']);
    assert.deepEqual(cited(`${missingRec}. As noted in paragraph 40, 100% of children sat examinations`), ['paragraph 40 -> 40 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraph 21 and 2015–16 performance data)`), ['paragraph 21 -> 21 in 1']);
    assert.deepEqual(cited(`${missingRec}, as paragraphs 35 and 36, 224 children were looked after`), ['paragraphs 35 and 36 -> 35,36 in 1']);
    assert.deepEqual(cited(`${missingRec}, as paragraphs 33, 154 and 160 show`), ['paragraphs 33, 154 and 160 -> 33,154,160 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraphs 20–22, 30).`), ['paragraphs 20–22, 30 -> 20,21,22,30 in 1']);
    assert.deepEqual(cited(`${missingRec} (paragraph 20 to 22)`), ['paragraph 20 to 22 -> 20,21,22 in 1']);
  });

  it('does not take a paragraph of a document named by its title and year, its regulations, a handbook or guidance for a citation', () => {
    for (const words of [
      'in line with Working Together to Safeguard Children 2015, paragraph 127',
      '(Working Together 2015, paragraph 112)',
      'as set out at paragraph 127 in Working Together to Safeguard Children',
      'under The Care Planning, Placement and Case Review (England) Regulations 2010, paragraph 112',
      'as Working Together 2015, chapter 1 (paragraph 127) expects',
      'as the inspection handbook (paragraph 212) describes',
      'as required by Working Together to Safeguard Children (2015), paragraph 150',
      'under the Children Act 1989 guidance and regulations volume 2 (paragraph 150)',
      'as noted in the 2013 report (paragraph 150)',
      'as found at the 2014 inspection report, paragraph 150',
      'as sub-paragraph 150 requires',
      'as Working Together to Safeguard Children (March 2015), paragraph 127 expects',
      "as 'Working Together to Safeguard Children' (HM Government, 2015), paragraph 127 expects",
      'as the guidance on children who go missing from home or care (January 2014), paragraph 112 sets out',
      'as set out in paragraph 127 in ‘Working Together to Safeguard Children’',
      'in line with the Care Planning Regulations, paragraph 112',
      'as the Children Act 1989, paragraph 112 requires',
      'as Working Together (HM Government, 2015), (paragraph 45) sets out',
      'as Working Together (March 2015), (paragraph 45) sets out',
      'in line with the Care Planning Regulations, (paragraph 45)',
    ]) {
      assert.deepEqual(cited(`${missingRec} ${words}`), [], words);
    }
    assert.deepEqual(cited(`${missingRec} (see paragraph 12 in this report)`), ['paragraph 12 -> 12 in 1']);
    // The report's own paragraphs, however close those words come.
    for (const [words, found] of [
      ['as practice has improved (since 2015), paragraph 2 shows', 'paragraph 2 -> 2 in 1'],
      ['as at the last inspection (in 2014), (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['as contact volume doubled (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['because the volume rose (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['as this 2017 report (paragraph 2) sets out', 'paragraph 2 -> 2 in 1'],
      ['so that visits meet regulations (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['as they act (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      // A recommendation cites its finding after naming an Act, regulations, or a date.
      ['under section 20 of the Children Act 1989 (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['to meet the Care Planning Regulations (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['under the Care Planning Regulations 2010 (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['as set out in its plan (March 2016) (paragraph 2)', 'paragraph 2 -> 2 in 1'],
      ['as good practice (2015), paragraph 2 shows', 'paragraph 2 -> 2 in 1'],
    ]) {
      assert.deepEqual(cited(`${missingRec} ${words}`), [found], words);
    }
  });

  it('ignores citations in code', () => {
    assert.deepEqual(cited(`${missingRec} \`(paragraph 17)\``), []);
  });
});
