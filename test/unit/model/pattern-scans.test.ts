/**
 * Markers, disable directives and paragraph citations are found by a plain
 * search for where they can start, and their pattern is tried only there.
 * That must give exactly the matches a global scan of the text with the
 * pattern gives.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { markerMatches, markerPattern } from '../../../server/src/model/markers';
import { directiveMatches, directivePattern } from '../../../server/src/model/directives';
import { citationMatches, citationPattern } from '../../../server/src/model/citations';
import { corpus, corpusNames } from '../../helpers/drafts';

/** What a global scan with the pattern's own flags (less `y`, plus `g`) finds: index and text of each match. */
function scanned(pattern: RegExp, text: string): [number, string][] {
  const global = new RegExp(pattern.source, pattern.flags.replace('y', '') + 'g');
  return [...text.matchAll(global)].map((m) => [m.index ?? 0, m[0]]);
}

const found = (matches: RegExpExecArray[]): [number, string][] => matches.map((m) => [m.index, m[0]]);

const piece = fc.constantFrom(
  '(',
  ')',
  '(r',
  '(R',
  '(Recommendation)',
  '(recommendations 5, 11)',
  '(RECOMMENDATION 4)',
  '(Recommendation 2 and 3',
  '((recommendation)',
  ' ',
  '\n',
  'a finding.',
  '<!--',
  '-->',
  '<!-- inspection-lint-disable acronyms -->',
  '<!--inspection-lint-enable-->',
  'inspection-lint-disable-next-line',
  '<!-- <!-- inspection-lint-disable-line -- a note -->',
  'ſ',
  'K',
  'İ',
  'paragraph 12',
  '(paragraphs 20 to 24)',
  'PARAGRAPH 3',
  'paragraphs',
  'see paragraph 4, 5 and 6',
);

describe('marker, directive and citation searches', () => {
  for (const name of corpusNames) {
    it(`find in ${name} what a global scan finds`, () => {
      const text = corpus(name);
      assert.deepEqual(found(markerMatches(text)), scanned(markerPattern, text));
      assert.deepEqual(found(directiveMatches(text)), scanned(directivePattern, text));
      assert.deepEqual(found(citationMatches(text)), scanned(citationPattern, text));
    });
  }

  it('find in any text what a global scan finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(found(markerMatches(text)), scanned(markerPattern, text));
        assert.deepEqual(found(directiveMatches(text)), scanned(directivePattern, text));
        assert.deepEqual(found(citationMatches(text)), scanned(citationPattern, text));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('look for a marker only after `(r` or `(R`: no other character is an `r` to the pattern', () => {
    // The pattern matches case-insensitively with Unicode case folding, where some characters
    // outside ASCII fold to ASCII letters (the Kelvin sign to `k`, the long s to `s`).
    const r = /^r$/iu;
    const others: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (r.test(c) && c !== 'r' && c !== 'R') others.push(c);
    }
    assert.deepEqual(others, []);
    assert.ok(/^k$/iu.test('\u212a'), 'the check would see a character that folds');
  });
});
