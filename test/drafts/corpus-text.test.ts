/**
 * The published reports and the text rules (contents, footnotes, acronyms,
 * disable comments): no errors, and each warning is a real slip of the
 * published text, named here.
 */
import { itGivesOnlyItsRealSlips, type CorpusName } from '../helpers/drafts';

const mine = new Set(['contents', 'footnotes', 'acronyms', 'unused-disable-directive']);

/** The real slips each published report holds, as these rules report them. */
const slips: Record<CorpusName, string[]> = {
  'sutton-2017': [
    // The contents table leaves out the executive summary, which the other four reports
    // list first (`| Executive summary | 2 |`); the report has `## Executive summary`.
    '60:3 warning contents Expected a contents row for `Executive summary`, found none',
    // `MASE` (the multi-agency sexual exploitation panel) is used three times and never
    // expanded; recommendation 10 writes the words out but gives no `(MASE)`.
    '353:221 warning acronyms Acronym `MASE` is never introduced',
  ],
  'kent-2017': [],
  'kensington-and-chelsea-2016': [
    // `The tri-borough JSNA` is never expanded (joint strategic needs assessment).
    '444:172 warning acronyms Acronym `JSNA` is never introduced',
    // The board section uses `SCRs` and `SCR` throughout and never expands them
    // (serious case reviews).
    '470:88 warning acronyms Acronym `SCRs` is never introduced',
    // A typing slip for `LSCB`: `training provided through the LCSB`.
    '518:309 warning acronyms Acronym `LCSB` is never introduced',
  ],
  'hackney-2016': [
    // The national Pause programme written `PAUSE`, as if an acronym, and never expanded
    // or written as the name it is.
    '46:156 warning acronyms Acronym `PAUSE` is never introduced',
  ],
  'isles-of-scilly-2016': [
    // `the BLOOM service`: a service name in capitals, read as an acronym that is never
    // introduced.
    '42:602 warning acronyms Acronym `BLOOM` is never introduced',
    // The contents table leaves out `Recommendations`, although the report has
    // `## Recommendations` (with two recommendations) between `Information about this local
    // authority area` and `Summary for children and young people`.
    '59:3 warning contents Expected a contents row for `Recommendations`, found none',
  ],
};

describe('published reports: contents, footnotes, acronyms, disable comments', () => {
  itGivesOnlyItsRealSlips(mine, slips);
});
