/**
 * A draft, or a range of it, parsed in pieces: the same Root `parseMarkdown`
 * gives, at a fraction of the cost.
 *
 * - Plain blocks (`plain-blocks.ts`: most of a draft's findings) are not
 *   parsed; their mdast is built.
 * - What lies between them is parsed piece by piece, each piece checked the
 *   way an incremental re-parse is (`parseRegion`): it is followed by the
 *   opening of the plain block after it (which must come out as that
 *   block's kind) or by a sentinel heading, which must come out as a
 *   top-level heading (nothing left open, so what follows starts afresh),
 *   and, when it holds a `[`, by stub definitions of the labels defined
 *   elsewhere (found by a scan for definition lines; the labels that were
 *   really defined must be exactly those). A long stretch is also cut before
 *   lines that open like an ATX heading, in pieces of at least `MIN_PIECE`
 *   characters: the parser keeps a piece's events alive until its end, and
 *   in pieces they die young.
 * - A list that goes on from one piece into the next is joined.
 *
 * When any check fails, or the draft opens with a front matter fence that
 * is never closed, the draft is parsed whole.
 */
import type { List, Nodes, Root, RootContent } from 'mdast';
import { collectDefs, countBreaks, definitionKey, definitionLabel, joinList, NEXT_LINE, parseRegion, parseTail, rootOf, shiftAll, stub, unclosedFrontMatter, type NextLine, type Stub } from './regions';
import { mayHoldTable, parseMarkdown } from './parse';
import { openingOf, plainBlocks, plainNode, typeOf, type PlainBlock } from './plain-blocks';

const MIN_PIECE = 16_384;
const HEADING_LINE = /(?:\r\n?|\n)(?=#{1,6}(?:[ \t\r\n]|$))/g;
const DEFINITION_LINE = /^ {0,3}\[(\^?)((?:[^\\\]\r\n]|\\.){1,200})\]:/gm;

/** How the last draft was parsed: in how many pieces (1 when whole), and how many of its blocks were plain. */
export const chunkedStats = { pieces: 1, plain: 0 };

export function parseInChunks(text: string, minPiece = MIN_PIECE): Root {
  chunkedStats.pieces = 1;
  chunkedStats.plain = 0;
  if (text.charCodeAt(0) === 0xfeff) return parseMarkdown(text);
  const blocks = plainBlocks(text);
  if (blocks.length === 0 && text.length < 2 * minPiece) return parseMarkdown(text);
  const stubs = definitionStubs(text);
  const range = parseRange(text, 0, text.length, 0, stubs, 'end', minPiece, blocks);
  if (!range) return parseMarkdown(text);
  const children = range.nodes;
  // A front matter fence never closed changes how the parser reads lists further on.
  if (unclosedFrontMatter(text, children[0])) return parseMarkdown(text);
  // The stubs stood for exactly the labels the draft defines, else references could resolve differently.
  const defined = new Map<string, string>();
  for (const n of children) collectDefs(n as Nodes, defined);
  if (defined.size !== stubs.length || stubs.some((s) => !defined.has(s.key))) return parseMarkdown(text);
  chunkedStats.pieces = range.pieces;
  chunkedStats.plain = range.plain;
  return rootOf(text, children, range.lines);
}

/**
 * What follows a range: a line the parser must read as it did (see
 * `parseRegion`; with `continues`, as an item of the list that ends the
 * range), a heading line (undefined), or the end of the draft.
 */
export type Follow = NextLine | undefined | 'end';

/**
 * The top-level nodes of text[from, to), a range that starts where the
 * parser has nothing open (the start of the draft, or a chunk of the
 * incremental parser) on 0-based line `line`, with offsets and lines in the
 * draft: plain blocks built, what lies between them parsed in pieces, each
 * checked (`parseRegion`), and lists that go on from one piece into the next
 * joined. `stubs` are definitions of the labels defined outside the range.
 * Gives also how many pieces and plain blocks there were and the number of
 * lines up to `to`; undefined when a check fails. `blocks` are the range's
 * plain blocks, when known.
 */
export function parseRange(
  text: string,
  from: number,
  to: number,
  line: number,
  stubs: readonly Stub[],
  follow: Follow,
  minPiece = MIN_PIECE,
  blocks = plainBlocks(text, from, to, line),
): { nodes: RootContent[]; pieces: number; plain: number; lines: number } | undefined {
  const nodes: RootContent[] = [];
  const joined = new Set<List>();
  let pieces = 0;
  const add = (n: RootContent, first: boolean) => {
    const last = nodes[nodes.length - 1];
    if (first && n.type === 'list' && last?.type === 'list') {
      const list = joinList(text, last, n, joined);
      if (list) {
        nodes[nodes.length - 1] = list;
        return;
      }
    }
    nodes.push(n);
  };
  let at = from;
  let atLine = line;
  for (let b = 0; b <= blocks.length; b++) {
    const block: PlainBlock | undefined = blocks[b];
    const end = block ? block.lineStart : to;
    const next: Follow = !block ? follow : block.kind === 'heading' ? undefined : { line: openingOf(text, block, NEXT_LINE), type: typeOf(block) };
    const run = parseRun(text, at, end, atLine, stubs, minPiece, next);
    if (!run) return undefined;
    pieces += run.pieces;
    for (let k = 0; k < run.nodes.length; k++) add(run.nodes[k], k === 0);
    if (!block) break;
    add(plainNode(text, block), true);
    at = block.lineEnd;
    atLine = block.lastLine - 1;
  }
  return { nodes, pieces: pieces + blocks.length, plain: blocks.length, lines: atLine + 1 + countBreaks(text, at, to) };
}

/**
 * The nodes of text[start, end), on 0-based line `line`, parsed in pieces
 * cut at heading lines; offsets and lines are the draft's. The last piece is
 * parsed with what follows it (`follow`). A run of blank lines (or none)
 * is nothing: it starts where nothing is open (the start of a range, or
 * after a plain block), and blank lines open nothing. Undefined when a check
 * fails.
 */
function parseRun(text: string, start: number, end: number, line: number, stubs: readonly Stub[], minPiece: number, follow: Follow): { nodes: RootContent[]; pieces: number } | undefined {
  if (isBlankRun(text, start, end)) return { nodes: [], pieces: 0 };
  const run = text.slice(start, end);
  const cuts = end - start >= 2 * minPiece ? cutsOf(run, minPiece) : [0];
  const nodes: RootContent[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k];
    const to = k + 1 < cuts.length ? cuts[k + 1] : run.length;
    const piece = run.slice(from, to);
    // Only text holding a `[` can use or make a definition.
    const its = piece.includes('[') ? stubs : [];
    const last = k + 1 === cuts.length;
    const parsed = !last ? parseRegion(piece, its) : follow === 'end' ? parseTail(piece, its) : parseRegion(piece, its, follow);
    if (!parsed) return undefined;
    shiftAll(parsed, start + from, line + countBreaks(run, 0, from));
    for (const n of parsed) nodes.push(n);
  }
  return { nodes, pieces: cuts.length };
}

function isBlankRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/**
 * Where the pieces start: at lines that open like a heading, once a piece
 * is `minPiece` long, and also where a stretch that may hold a table (see
 * `mayHoldTable`) meets one that cannot. A draft's tables are a few short
 * stretches (the headline table, the contents, a section's grade under its
 * heading); the prose between them is then parsed without the table syntax.
 */
function cutsOf(text: string, minPiece: number): number[] {
  const headings = [0];
  for (const m of text.matchAll(HEADING_LINE)) headings.push(m.index! + m[0].length);
  headings.push(text.length);
  // Whether each stretch between two heading lines may hold a table.
  const tabled: boolean[] = [];
  for (let h = 0; h + 1 < headings.length; h++) tabled.push(mayHoldTable(text.slice(headings[h], headings[h + 1])));
  const cuts = [0];
  let kind = tabled[0];
  for (let h = 1; h + 1 < headings.length; h++) {
    const at = headings[h];
    if (at - cuts[cuts.length - 1] >= minPiece || tabled[h] !== kind) {
      cuts.push(at);
      kind = tabled[h];
    }
  }
  return cuts;
}

/**
 * Stub definitions for every label a definition line in `text` (or in
 * `text.slice(from, to)`) seems to define, keyed as the parser reads them.
 */
export function definitionStubs(text: string, from = 0, to = text.length): Stub[] {
  const seen = new Set<string>();
  const candidates: string[] = [];
  const within = from === 0 && to === text.length ? text : text.slice(from, to);
  // Most ranges define nothing: a search is cheaper than the pattern.
  if (!within.includes(']:')) return [];
  for (const m of within.matchAll(DEFINITION_LINE)) {
    const stub = m[1] ? `[^${m[2]}]: x` : `[${m[2]}]: x`;
    if (!seen.has(stub)) {
      seen.add(stub);
      candidates.push(stub);
    }
  }
  if (candidates.length === 0) return [];
  // Parse the stubs alone to learn the key each one defines (a label is matched case-insensitively, spaces collapsed).
  const parsed = parseMarkdown(candidates.join('\n\n') + '\n').children;
  const out: Stub[] = [];
  const keys = new Set<string>();
  for (const n of parsed) {
    const key = definitionKey(n);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    out.push(stub(key, definitionLabel(n)));
  }
  return out;
}
