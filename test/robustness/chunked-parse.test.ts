/**
 * A whole draft parsed heading by heading gives exactly the Root one parse
 * of the whole gives, positions included: on every draft of the corpus, on a
 * draft ten times Sutton's length, and on random drafts made of sections
 * whose lines open and close fences, comments, lists, tables, front matter
 * and definitions.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { chunkedStats, parseInChunks } from '../../server/src/parse/chunked';
import { parseMarkdown } from '../../server/src/parse/parse';
import { suttonText, tenfold } from '../../bench/generate';
import { corpus, corpusNames } from './edits';

function same(text: string, what: string, minPiece?: number): number {
  const chunked = parseInChunks(text, minPiece);
  const pieces = chunkedStats.pieces;
  try {
    assert.deepStrictEqual(chunked, parseMarkdown(text));
  } catch (e) {
    throw new Error(`Parsing ${what} heading by heading differs from parsing it whole: ${(e as Error).message.slice(0, 2000)}`);
  }
  return pieces;
}

const filler = 'Social workers visit children regularly and record what they say.';
const piece = fc.constantFrom(
  '# Heading',
  '## Heading two',
  '#nospace',
  '```',
  '~~~',
  '<!--',
  '-->',
  '1. an item',
  '- a bullet',
  '> quoted',
  '    indented code',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '[a]: /url',
  '[^1]: A note.',
  'See [a] and [text][a] and note[^1] and [^2].',
  '[^2]: Another.',
  '---',
  '',
  filler,
);
const draft = fc.tuple(fc.array(piece, { minLength: 5, maxLength: 80 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol).replace(/\n/g, eol === '\n' ? '\n' : '\r\n') + eol);

describe('parsing a whole draft heading by heading', () => {
  it('gives the Root of one parse on every draft of the corpus and on a draft ten times as long', function () {
    this.timeout(300_000);
    for (const name of corpusNames) assert.ok(same(corpus(name), name) > 1, `${name} is parsed in pieces`);
    assert.ok(same(tenfold(suttonText()), 'the tenfold draft') > 10);
    // Small pieces: a cut before nearly every heading.
    for (const name of corpusNames) same(corpus(name), `${name} in small pieces`, 500);
  });

  it('gives the Root of one parse on random drafts of sections, fences, comments, lists, tables and definitions', function () {
    this.timeout(600_000);
    fc.assert(
      fc.property(draft, (text) => {
        same(text, JSON.stringify(text), 40);
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 12), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) * 2 },
    );
  });
});
