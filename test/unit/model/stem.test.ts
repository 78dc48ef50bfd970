import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { porterStem } from '../../../server/src/model/stem';
import { porterStem as referenceStem } from './reference/porter-stem-strings';

const corpus = path.join(__dirname, '..', '..', 'fixtures', 'corpus');

describe('Porter stemmer', () => {
  it('stems every word of the corpus reports as the reference does', () => {
    const words = new Set<string>();
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.md'))) {
      for (const m of readFileSync(path.join(corpus, name), 'utf8').matchAll(/[\p{L}][\p{L}'’-]*/gu)) words.add(m[0]);
    }
    assert.ok(words.size > 4000, `only ${words.size} words`);
    const differ = [...words].filter((w) => porterStem(w) !== referenceStem(w));
    assert.deepEqual(differ.map((w) => [w, porterStem(w), referenceStem(w)]), []);
  });

  it('stems made-up words as the reference does, y and every suffix included', () => {
    // Letters weighted towards the ones the rules look at, and the rules' own suffixes.
    const letter = fc.constantFrom(...'aeiouyybcdlmnrsstvwxz');
    const suffix = fc.constantFrom('', 's', 'sses', 'ies', 'ss', 'eed', 'ed', 'ing', 'y', 'ational', 'tional', 'enci', 'anci', 'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'isation', 'icate', 'ative', 'alize', 'alise', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'sion', 'tion', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ise', 'e', 'll', 'at', 'bl', 'iz', 'is');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 9 }), suffix, suffix, (letters, a, b) => {
        const w = letters.join('') + a + b;
        assert.equal(porterStem(w), referenceStem(w), w);
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it('leaves short words, capitals it lowers, and words with other letters alone', () => {
    assert.equal(porterStem('is'), 'is');
    assert.equal(porterStem('Caring'), 'care');
    assert.equal(porterStem('café'), 'café');
    assert.equal(porterStem('year-end'), 'year-end');
  });
});
