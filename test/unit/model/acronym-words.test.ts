import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { acronymWord } from '../../../server/src/model/acronyms';

/** Any capitalised word standing alone: what was matched before words with one capital were left out. */
const capitalisedWord = /(?<![\p{L}\p{N}_&./@\\])([A-Z][A-Za-z&]*[A-Za-z])(?![\p{L}\p{N}_&])/gu;

const twoCapitals = (w: string) => (w.match(/[A-Z]/g) ?? []).length >= 2;
const found = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[1]]);

describe('words that may be acronyms', () => {
  it('are the capitalised words with a second capital, in the corpus', () => {
    const corpus = path.join(__dirname, '..', '..', 'fixtures', 'corpus');
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.report.md'))) {
      const text = readFileSync(path.join(corpus, name), 'utf8');
      const words = found(acronymWord, text);
      assert.ok(words.length > 50, name);
      assert.deepEqual(words, found(capitalisedWord, text).filter(([, w]) => twoCapitals(w as string)), name);
    }
  });

  it('are the capitalised words with a second capital, in any text', () => {
    const piece = fc.constantFrom('A', 'B', 'Z', 'a', 'c', 's', '&', '-', '.', '/', '@', '\\', '_', '1', ' ', '(', ')', 'é', 'É', 'ﬁ', '’', "'", 'LSCB', 'MASH', 'SDQs', 'Sutton', 'McDonald', 'IV', 'A&E', 'CiCC', 'eMail');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(found(acronymWord, text), found(capitalisedWord, text).filter(([, w]) => twoCapitals(w as string)), JSON.stringify(text));
      }),
      { numRuns: 10_000, seed: 9 },
    );
  });
});
