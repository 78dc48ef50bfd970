/**
 * A whole draft parsed in pieces, its plain blocks built without the parser,
 * gives exactly the Root one parse of the whole gives, positions included:
 * on every draft of the corpus, on a draft ten times Sutton's length, and on
 * random drafts made of sections whose lines open and close fences,
 * comments, lists, tables, front matter and definitions, with plain lines
 * and near misses among them, in any line ending.
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
    throw new Error(`Parsing ${what} in pieces differs from parsing it whole: ${(e as Error).message.slice(0, 2000)}`);
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
  // Plain tables (built where they stand between blank lines) and their near misses.
  '| Area | Grade |\n| --- | :-: |\n| 1. Children | Good |\n| Z | |  ',
  '|x|y|\n|-|-|',
  '| a | *b* |\n| - | - |',
  '| a |\n| - | - |',
  '| a | b |\n| - | - |\nlazy',
  '| a | b |\n| - | - |\n| --- | c |',
  // Items with a list of their own.
  `- ${filler}:\n  - in primary schools is 11%\n  - in secondary schools is 8%.`,
  `1. ${filler}:\n   + one\n   + two`,
  `- ${filler}:\n  - one\n    - deeper`,
  `- ${filler}:\n  - one\n  * two`,
  `- ${filler}:\n  - one [^1]`,
  '[a]: /url',
  '[^1]: A note.',
  'See [a] and [text][a] and note[^1] and [^2].',
  '[^2]: Another.',
  '---',
  '',
  '',
  filler,
  // Plain blocks (built without the parser where they stand in the clear) and their near misses.
  `1. ${filler}`,
  `12) ${filler}  `,
  `- ${filler}`,
  `* ${filler}\t`,
  `+ ${filler}`,
  `007. ${filler}`,
  `3.     ${filler}`,
  `1.\t${filler}`,
  `   ${filler}`,
  `\t${filler}`,
  `${filler} `,
  `Über ${filler}`,
  '(Recommendation)',
  '(Recommendation)  ',
  `# ${filler}`,
  `### ${filler} ###`,
  `#\t${filler}\t`,
  `${filler} *emphasis*`,
  `${filler} > quoted`,
  `${filler} &amp;`,
  '===',
  '<div>',
  '</div>',
);
// Lines, each followed by a line break or (more often) a blank line, in one kind of line ending.
const line = fc.tuple(piece, fc.constantFrom('\n', '\n\n', '\n\n')).map(([text, end]) => text + end);
const draft = fc
  .tuple(fc.array(line, { minLength: 5, maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, final]) => lines.join('').replace(/\n$/, final ? '\n' : '').replace(/\n/g, eol));

describe('parsing a whole draft in pieces, plain blocks built without the parser', () => {
  it('gives the Root of one parse on every draft of the corpus and on a draft ten times as long', function () {
    this.timeout(300_000);
    for (const name of corpusNames) assert.ok(same(corpus(name), name) > 1, `${name} is parsed in pieces`);
    assert.ok(same(tenfold(suttonText()), 'the tenfold draft') > 10);
    // Small pieces: a cut before nearly every heading.
    for (const name of corpusNames) same(corpus(name), `${name} in small pieces`, 500);
  });

  it('gives the Root of one parse on random drafts of sections, fences, comments, lists, tables, definitions and plain blocks', function () {
    this.timeout(600_000);
    let runs = 0;
    let withPlain = 0;
    fc.assert(
      fc.property(draft, (text) => {
        same(text, JSON.stringify(text), 40);
        runs++;
        if (chunkedStats.plain > 0) withPlain++;
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 12), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) * 2 },
    );
    // The drafts exercise plain blocks, not only the fall-back to one parse.
    assert.ok(withPlain > runs / 3, `${withPlain} of ${runs} drafts had plain blocks built`);
  });
});
