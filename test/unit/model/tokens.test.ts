import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { tokens, wordEnd } from '../../../server/src/model/tokens';

const corpus = path.join(__dirname, '..', '..', 'fixtures', 'corpus');

/** A word: a letter, then letters, apostrophes and hyphens (what the scan replaced). */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The words the scan finds, as [start, word], scanning as `tokens` does. */
function scanned(text: string): [number, string][] {
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; ) {
    const end = wordEnd(text, i);
    if (end === i) i++;
    else {
      out.push([i, text.slice(i, end)]);
      i = end;
    }
  }
  return out;
}

const matched = (text: string): [number, string][] => [...text.matchAll(WORD)].map((m) => [m.index!, m[0]]);

describe('tokens', () => {
  it('finds the words of every corpus report that the pattern finds', () => {
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.report.md'))) {
      const text = readFileSync(path.join(corpus, name), 'utf8');
      assert.deepEqual(scanned(text), matched(text), name);
    }
  });

  it('finds the words of any text that the pattern finds: accents, letters beyond U+FFFF, lone surrogates, apostrophes and hyphens', () => {
    const piece = fc.constantFrom(
      'a', 'Z', 'word', 'Children', ' ', '\t', '\n', "'", '’', "'s", '’s', '-', '--', 'co-ordinate', 'e-safety',
      'é', 'Ł', 'ß', 'İ', 'Σ', 'ǅ', 'ﬁ', '𝐀', '𝒜', '😀', '\ud835', '\udc00', '\u2013', '.', ',', '(', ')', '1', '22%', '@', '[', '`', '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(scanned(text), matched(text), JSON.stringify(text));
      }),
      { numRuns: 5_000, seed: 5 },
    );
  });

  it('keeps words of three letters or more, lower-cased and stemmed, without stopwords, closing apostrophes or hyphens', () => {
    assert.deepEqual(
      tokens('The children’s social-workers ensure Recommendations are met - co- ordinated'),
      [
        { stem: 'children', word: 'children’s', joined: false },
        { stem: 'social-worker', word: 'social-workers', joined: true },
        { stem: 'met', word: 'met', joined: false },
        { stem: 'ordin', word: 'ordinated', joined: false },
      ],
    );
  });
});
