/**
 * The chunks of the incremental parser (`incremental.ts`): a draft's
 * top-level nodes cut where what follows parses the same whatever came
 * before (see there for where and why).
 */
import type { List, ListItem, Nodes, RootContent } from 'mdast';
import type { Point } from 'unist';
import { writtenNumber } from './mdast';
import { blankBetween, collectDefs, endsInIndentedCode, loose } from './regions';

export interface Chunk {
  /** Offset of the chunk's first character: 0, a heading at column 1, or a top-level list, item or paragraph at column 1 after a blank line. */
  start: number;
  /**
   * Characters before `start` that must be unchanged for the chunk to stay a
   * chunk: the line break before a heading, or the blank line before an item
   * and the line break before that.
   */
  lead: number;
  /**
   * Whether the chunk is a list item right after the item before it (no blank
   * line between): it stays a chunk only while its first line goes on with the
   * list that ends the text before it. After a paragraph it would open a list
   * of its own, and an item interrupting a paragraph parses differently.
   */
  tight: boolean;
  /** 0-based line of `start`. */
  line: number;
  nodes: RootContent[];
  /**
   * The start and end point of every node of the chunk, each once: what an
   * edit before the chunk moves. Made the first time it moves (see
   * `pointsOf`); a chunk's nodes and their positions are never replaced.
   */
  points?: Point[];
  /** Keys (`d:` link definition, `f:` footnote definition + identifier) defined in the chunk, with their labels. */
  defs: Map<string, string>;
}

/** A line opening with a letter starts nothing but a paragraph (or a table or heading its next lines make). */
const LETTER = /^\p{L}/u;

/**
 * Splits top-level nodes into chunks: at ATX headings in column 1, and at
 * top-level lists, their items and paragraphs opening with a letter, in
 * column 1 after a blank line (a list cut at its items becomes one list per
 * chunk, as each part parses on its own).
 */
export function splitChunks(text: string, nodes: readonly RootContent[], start: number, line: number): Chunk[] {
  const chunks: Chunk[] = [{ start, lead: 0, tight: false, line, nodes: [], defs: new Map() }];
  const cut = (at: number, atLine: number, lead: number, tight = false) => chunks.push({ start: at, lead, tight, line: atLine - 1, nodes: [], defs: new Map() });
  let prev: RootContent | undefined;
  for (const n of nodes) {
    const pos = n.position!;
    const at = pos.start.offset!;
    // An ATX heading is one line; a setext heading whose text starts with `#` is not a boundary.
    const atx = n.type === 'heading' && pos.start.column === 1 && pos.end.line === pos.start.line && text.charCodeAt(at) === 35; /* # */
    if (atx && at > start) cut(at, pos.start.line, 1);
    else if (at > start && pos.start.column === 1 && !(prev && endsInIndentedCode(text, prev)) && (n.type === 'list' || (n.type === 'paragraph' && LETTER.test(text.charAt(at))))) {
      const lead = blankLead(text, at);
      if (lead > 0) cut(at, pos.start.line, lead);
    }
    const parts = n.type === 'list' ? splitList(text, n) : [n];
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) {
        const p = parts[k].position!.start;
        const blank = blankLead(text, p.offset!);
        cut(p.offset!, p.line, blank || breakLead(text, p.offset!), blank === 0);
      }
      const c = chunks[chunks.length - 1];
      c.nodes.push(parts[k]);
      collectDefs(parts[k] as Nodes, c.defs);
    }
    prev = n;
  }
  return chunks;
}

/**
 * A top-level list cut before each item in column 1 (after a blank line or
 * right after the item before it): one list per part, as each part parses
 * on its own (its number, and loose only if blank lines separate its own
 * items). An item in column 1 starts an item wherever it stands in a list:
 * the item before cannot go on over a line that is not indented, and what
 * it left open (a fence, an HTML block) closes with it. The list as it is
 * when the parts, joined again, would not give its own spread.
 */
function splitList(text: string, list: List): List[] {
  const items = list.children;
  const parts: ListItem[][] = [[items[0]]];
  for (let k = 1; k < items.length; k++) {
    const p = items[k].position!.start;
    // A line break before it, whether or not a blank line stands before that too (`blankLead` needs one first).
    const cut = p.column === 1 && breakLead(text, p.offset!) > 0 && !endsInIndentedCode(text, items[k - 1]);
    if (cut) parts.push([items[k]]);
    else parts[parts.length - 1].push(items[k]);
  }
  if (parts.length === 1) return [list];
  const blankBetweenParts = parts.some((part, k) => k > 0 && blankBetween(text, parts[k - 1][parts[k - 1].length - 1].position!.end.offset!, part[0].position!.start.offset!));
  if ((blankBetweenParts || parts.some((part) => loose(text, part))) !== list.spread) return [list];
  return parts.map((part, k) => {
    const first = part[0].position!.start;
    const last = part[part.length - 1].position!.end;
    return {
      type: 'list',
      ordered: list.ordered,
      start: list.ordered ? (k === 0 ? list.start : writtenNumber(text, part[0])!.value) : null,
      spread: loose(text, part),
      children: part,
      position: { start: { ...first }, end: { ...last } },
    } satisfies List;
  });
}

/**
 * When the line starting at `at` (column 1, not indented) follows another line
 * right away: how many characters hold the line break before it. 0 when it
 * does not (the start of the text), or when it cannot start a chunk.
 */
function breakLead(text: string, at: number): number {
  // An indented line (indented code starts in column 1) may go on with a list item before it.
  const first = text.charCodeAt(at);
  if (at === 0 || first === 32 || first === 9) return 0;
  // Parsed alone, a chunk opening with `---` could be read as front matter.
  if (text.startsWith('---', at)) return 0;
  const c = text.charCodeAt(at - 1);
  if (c === 10) return at >= 2 && text.charCodeAt(at - 2) === 13 ? 2 : 1;
  return c === 13 ? 1 : 0;
}

/**
 * When the line starting at `at` (column 1, not indented) follows a blank line: how many
 * characters before `at` hold that blank line and the line break before it.
 * 0 when it does not.
 */
function blankLead(text: string, at: number): number {
  const lineBreak = breakLead(text, at);
  if (lineBreak === 0) return 0;
  let k = at - lineBreak - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  // A blank first line: as if a line break stood before the text, so any edit before `at` touches it.
  if (k < 0) return at + 1;
  const b = text.charCodeAt(k);
  if (b !== 10 && b !== 13) return 0;
  if (b === 10 && k > 0 && text.charCodeAt(k - 1) === 13) k--;
  return at - k;
}

/**
 * Every point of `nodes` and their descendants, each once. Moving a chunk's
 * points one by one, rather than walking its tree each time, took the moves
 * after a keystroke on the tenfold benchmark draft from 0.55 ms to about a
 * third of that.
 */
export function pointsOf(nodes: readonly RootContent[]): Point[] {
  const out: Point[] = [];
  const seen = new Set<Point>();
  const add = (p: Point | undefined) => {
    if (p && !seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  const visit = (node: Nodes) => {
    add(node.position?.start);
    add(node.position?.end);
    if ('children' in node) for (const c of node.children) visit(c as Nodes);
  };
  for (const n of nodes) visit(n as Nodes);
  return out;
}
