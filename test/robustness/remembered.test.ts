/**
 * Random edits over real drafts: what the model remembers between versions
 * (acronyms of each text run, document frequencies updated from the changed
 * paragraphs) gives, after every edit, exactly what reading afresh gives.
 * The incremental-versus-full comparison of `analysis-edits.test.ts` cannot
 * see this, because both analyses share the same memory.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readAcronyms, readAcronymsAfresh } from '../../server/src/model/acronyms';
import { buildReport } from '../../server/src/model/build';
import { readCodeSpans } from '../../server/src/model/code';
import { tfidfIndex } from '../../server/src/model/similarity';
import { parseMarkdown } from '../../server/src/parse/parse';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { applyEdit, corpusNames, describeEdit, editSequence, startText } from './edits';

const profile = defaultProfile();
const unrelated = Array.from({ length: 40 }, (_, i) => `unrelated document ${i} about the weather`);

describe('what the model remembers, after random edits', () => {
  it('reads the same acronyms as reading every text run afresh', () => {
    fc.assert(
      fc.property(editSequence(corpusNames, 12, 6000), (seq) => {
        let text = startText(seq);
        const steps = [undefined, ...seq.edits];
        steps.forEach((edit, k) => {
          if (edit) text = applyEdit(text, edit);
          const root = parseMarkdown(text);
          const code = readCodeSpans(root);
          assert.deepEqual(readAcronyms(text, root, code), readAcronymsAfresh(text, root, code), `after ${seq.edits.slice(0, k).map(describeEdit).join(', ') || 'no edit'}`);
        });
      }),
      { numRuns: 25, seed: Number(process.env.ROBUSTNESS_SEED ?? 7) },
    );
  });

  it('links markers as it would with document frequencies counted afresh', () => {
    fc.assert(
      fc.property(editSequence(['sutton-2017', 'isles-of-scilly-2016', 'kent-2017'], 6), (seq) => {
        let text = startText(seq);
        buildReport(text, profile);
        for (const [k, edit] of seq.edits.entries()) {
          text = applyEdit(text, edit);
          const root = parseMarkdown(text);
          const remembered = buildReport(text, profile, root);
          tfidfIndex(unrelated);
          const afresh = buildReport(text, profile, root);
          assert.deepEqual(remembered.links, afresh.links, `after ${seq.edits.slice(0, k + 1).map(describeEdit).join(', ')}`);
        }
      }),
      { numRuns: 6, seed: Number(process.env.ROBUSTNESS_SEED ?? 11) },
    );
  });
});
