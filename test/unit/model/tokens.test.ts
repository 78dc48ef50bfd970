import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { tokens } from '../../../server/src/model/similarity';
import { tokensByPattern } from './reference/tokens-pattern';

const corpus = path.join(__dirname, '..', '..', 'fixtures', 'corpus');

describe('tokens', () => {
  it('finds the words of every corpus report as the pattern does', () => {
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(path.join(corpus, name), 'utf8');
      for (const block of text.split(/\n\s*\n/)) assert.deepEqual(tokens(block), tokensByPattern(block), `${name}: ${block.slice(0, 80)}`);
    }
  });

  it('finds the words of any text as the pattern does: accents, letters beyond U+FFFF, lone surrogates, apostrophes and hyphens', () => {
    const piece = fc.constantFrom(
      'a', 'Z', 'word', 'Children', 'and', 'the', 'young', ' ', '  ', '\t', '\n', "'", '’', "'s", '’s', '-', '--', 'co-ordinate', 'e-safety',
      'é', 'Ł', 'ß', 'İ', 'Σ', 'ǅ', 'ﬁ', '𝐀', '𝒜', '😀', '\ud835', '\udc00', '\u2013', '.', ',', '(', ')', '1', '22%', '@', '[', '`', '\u00a0', 'recommendations', 'ensure',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(tokens(text), tokensByPattern(text), JSON.stringify(text));
      }),
      { numRuns: 5_000, seed: 5 },
    );
  });
});
