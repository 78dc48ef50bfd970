/**
 * The published reports and the judgement and structure rules: no errors, and
 * each warning is a real slip of the published text, named here.
 */
import { strict as assert } from 'node:assert';
import { buildReport } from '../../server/src/model/build';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { corpus, itGivesOnlyItsRealSlips, type CorpusName } from '../helpers/drafts';

const mine = new Set(['judgement-grade', 'judgement-consistency', 'judgement-relations', 'headline-judgements', 'required-sections']);

/** The real slips each published report holds, as these rules report them. */
const slips: Record<CorpusName, string[]> = {
  'sutton-2017': [],
  'kent-2017': [],
  'kensington-and-chelsea-2016': [],
  'hackney-2016': [],
  // The Isles of Scilly report writes the grade `Not Judged` with a capital J, in its
  // headline table (key judgement 2, 2.1 and 2.2) and in the section table of key judgement 2.
  'isles-of-scilly-2016': [
    '23:55 warning judgement-grade Expected `Not judged`, found `Not Judged`',
    '24:30 warning judgement-grade Expected `Not judged`, found `Not Judged`',
    '25:50 warning judgement-grade Expected `Not judged`, found `Not Judged`',
    '235:84 warning judgement-grade Expected `Not judged`, found `Not Judged`',
  ],
};

describe('published reports: judgements and structure', () => {
  itGivesOnlyItsRealSlips(mine, slips);

  it('reads every judgement the Sutton report states, each where it is written', () => {
    // Headline overall and rows, the overall sentence opening the executive summary,
    // three section tables, two graded sentences and the board's sentence.
    const report = buildReport(corpus('sutton-2017'), defaultProfile());
    assert.deepEqual(
      report.statements.map((s) => `${s.kind} ${s.area} ${s.grade.grade}`),
      [
        'headline-overall overall good',
        'headline-row help-and-protection good',
        'headline-row looked-after good',
        'headline-row adoption good',
        'headline-row care-leavers requires-improvement',
        'headline-row leadership good',
        'sentence overall good',
        'section-table help-and-protection good',
        'section-table looked-after good',
        'sentence adoption good',
        'sentence care-leavers requires-improvement',
        'section-table leadership good',
        'sentence lscb good',
      ],
    );
  });
});
