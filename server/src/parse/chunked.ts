/**
 * A whole draft parsed heading by heading: the same Root `parseMarkdown`
 * gives, at less cost. The parser keeps every event of what it parses alive
 * until the end, so a 100 KB draft's events outlive many young-generation
 * collections and are copied each time; parsed in sections, they die young.
 * On a hundred drafts that was about a quarter of the CPU time.
 *
 * The draft is cut before lines that open like an ATX heading (`#` to
 * `######`, then a space, a tab or the end of the line) in column 1, merging
 * pieces up to `MIN_PIECE` characters. Each piece is checked the way an
 * incremental re-parse is (`parseRegion`): it is followed by a sentinel
 * heading, which must come out as a top-level heading (nothing left open,
 * so the next piece starts afresh), and by stub definitions of the labels
 * defined elsewhere (found by a scan for definition lines; the labels that
 * were really defined must be exactly those). When any check fails, or the
 * draft opens with a front matter fence that is never closed, the draft is
 * parsed whole.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { collectDefs, countBreaks, definitionKey, definitionLabel, parseRegion, parseTail, rootOf, shiftAll, stub, unclosedFrontMatter, type Stub } from './regions';
import { mayHoldTable, parseMarkdown } from './parse';

const MIN_PIECE = 16_384;
const HEADING_LINE = /(?:\r\n?|\n)(?=#{1,6}(?:[ \t\r\n]|$))/g;
const DEFINITION_LINE = /^ {0,3}\[(\^?)((?:[^\\\]\r\n]|\\.){1,200})\]:/gm;

/** How the last draft was parsed: in how many pieces (1 when whole). */
export const chunkedStats = { pieces: 1 };

export function parseInChunks(text: string, minPiece = MIN_PIECE): Root {
  chunkedStats.pieces = 1;
  if (text.length < 2 * minPiece || text.charCodeAt(0) === 0xfeff) return parseMarkdown(text);
  const cuts = cutsOf(text, minPiece);
  if (cuts.length < 2) return parseMarkdown(text);
  const stubs = definitionStubs(text);
  const children: RootContent[] = [];
  const defined = new Map<string, string>();
  let line = 0;
  for (let k = 0; k < cuts.length; k++) {
    const start = cuts[k];
    const end = k + 1 < cuts.length ? cuts[k + 1] : text.length;
    const region = text.slice(start, end);
    const nodes = k + 1 < cuts.length ? parseRegion(region, stubs) : parseTail(region, stubs);
    if (!nodes) return parseMarkdown(text);
    // A front matter fence never closed changes how the parser reads lists further on.
    if (k === 0 && unclosedFrontMatter(text, nodes[0])) return parseMarkdown(text);
    shiftAll(nodes, start, line);
    for (const n of nodes) {
      collectDefs(n as Nodes, defined);
      children.push(n);
    }
    line += countBreaks(text, start, end);
  }
  // The stubs stood for exactly the labels the draft defines, else references could resolve differently.
  if (defined.size !== stubs.length || stubs.some((s) => !defined.has(s.key))) return parseMarkdown(text);
  chunkedStats.pieces = cuts.length;
  return rootOf(text, children, line + 1);
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

/** Stub definitions for every label a definition line seems to define, keyed as the parser reads them. */
function definitionStubs(text: string): Stub[] {
  const seen = new Set<string>();
  const candidates: string[] = [];
  for (const m of text.matchAll(DEFINITION_LINE)) {
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
