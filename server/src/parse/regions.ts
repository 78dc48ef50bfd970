/**
 * Parsing a region of a draft on its own, as part of the whole: the checks
 * that the region ends where nothing is left open (a sentinel heading after
 * it), stub definitions for the labels defined elsewhere, and the helpers
 * both the incremental parser and the parse of a whole draft in pieces use.
 */
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { detached } from '../util/recent';
import { opensWithFence, parseMarkdown } from './parse';

const SENTINEL = '#\n';

/**
 * How much of the next chunk's first line follows a re-parsed region. What
 * the region's blocks do at that line (close, or go on with the list) turns
 * on how the line starts: its indent and list marker. A finding is one line,
 * often over a thousand characters, and parsing it whole with every
 * keystroke in the finding before it doubled the parse. A start that comes
 * out otherwise than the whole line did fails the checks (a list item or a
 * paragraph at the same place, the sentinel a heading) and the region grows.
 */
export const NEXT_LINE = 80;


export interface Stub {
  readonly key: string;
  readonly text: string;
}

/** The key of a definition (`d:` link, `f:` footnote, then its identifier), or undefined for any other node. */
export function definitionKey(node: Nodes): string | undefined {
  return node.type === 'definition' ? `d:${node.identifier}` : node.type === 'footnoteDefinition' ? `f:${node.identifier}` : undefined;
}

/** The label a definition was written with (its identifier when the parser gives none). */
export function definitionLabel(node: Nodes): string {
  return (node as { label?: string | null }).label ?? (node as { identifier: string }).identifier;
}

/** A stub definition of a label: it makes references to the label resolve as the real one does. */
export function stub(key: string, label: string): Stub {
  return { key, text: key[0] === 'f' ? `[^${label}]: x` : `[${label}]: x` };
}

/**
 * Whether a draft opens with a front matter fence (`---`) that is never
 * closed (its first node is not front matter). Such a draft is parsed whole
 * (`parseMarkdown` reads it without front matter), and so is each version
 * after it until the fence is closed or gone: where the fence was closed or
 * opened by an edit decides how all the rest is read.
 */
export function unclosedFrontMatter(text: string, first: RootContent | undefined): boolean {
  return first?.type !== 'yaml' && opensWithFence(text);
}

/** The Root of a whole draft of `lines` lines made of `children`. */
export function rootOf(text: string, children: RootContent[], lines: number): Root {
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: text.length - lastBreak(text), offset: text.length } },
  };
}

/**
 * The offset of the last line break (`\n` or `\r`), or -1. A scan back from
 * the end: `lastIndexOf('\r')` on a draft with none reads all of it, on
 * every keystroke.
 */
function lastBreak(text: string): number {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** The first line of the chunk after a region, and what the parser made of it there: see `parseRegion`. */
export interface NextLine {
  readonly line: string;
  /** Its top-level node's type (`list`, `paragraph`). */
  readonly type: string;
  /** An item right after the item before it: it must go on with the region's last list. */
  readonly continues?: boolean;
}

/**
 * Parses a region followed by a sentinel heading and stub definitions. Gives
 * the region's top-level nodes (positions relative to the region), or
 * undefined when the region does not end in a clean state.
 *
 * When the chunk after the region starts with a list item or a paragraph
 * (`next` is its first line), that line comes between the region and the
 * sentinel: how the region's last list item ends depends on what closes it
 * (an unclosed fence in it ends differently when the list goes on), so it is
 * parsed as in the draft and the line's own node is taken off again. With
 * `next.continues` (an item right after the item before it) the line must go
 * on with the region's last list.
 */
export function parseRegion(region: string, stubs: readonly Stub[], next?: NextLine): RootContent[] | undefined {
  const glue = region.length === 0 || region.endsWith('\n') || region.endsWith('\r') ? '' : '\n';
  const nextAt = region.length + glue.length;
  const follow = next === undefined ? '' : `${next.line}\n`;
  const sentinelAt = nextAt + follow.length;
  const root = parseMarkdown(region + glue + follow + SENTINEL + (stubs.length ? '\n' + stubs.map((s) => s.text).join('\n\n') + '\n' : ''));
  const k = root.children.findIndex((n) => n.position?.start.offset === sentinelAt);
  if (k < 0 || root.children[k].type !== 'heading') return undefined;
  // Each stub must define exactly the label it stands for, else references could resolve differently.
  const rest = root.children.slice(k + 1);
  if (rest.length !== stubs.length) return undefined;
  for (let s = 0; s < rest.length; s++) if (definitionKey(rest[s]) !== stubs[s].key) return undefined;
  if (next === undefined) return root.children.slice(0, k);
  // The next line: what it was in the draft (a paragraph, or a list of its own), or an item going on with the region's last list.
  const own = root.children.findIndex((n) => n.position?.start.offset === nextAt);
  if (own >= 0) {
    if (next.continues || own !== k - 1 || root.children[own].type !== next.type) return undefined;
    const before = root.children[own - 1];
    return before && endsInIndentedCode(region, before) ? undefined : root.children.slice(0, own);
  }
  if (next.type !== 'list') return undefined;
  const list = root.children[k - 1];
  if (list?.type !== 'list' || list.children.length < 2) return undefined;
  const item = list.children[list.children.length - 1];
  if (item.position!.start.offset !== nextAt) return undefined;
  const items = list.children.slice(0, -1);
  if (endsInIndentedCode(region, items[items.length - 1])) return undefined;
  const kept: List = {
    type: 'list',
    ordered: list.ordered,
    start: list.start,
    spread: loose(region, items),
    children: items,
    position: { start: list.position!.start, end: { ...items[items.length - 1].position!.end } },
  };
  return [...root.children.slice(0, k - 1), kept];
}

/**
 * Parses the last region of a draft, which nothing follows: no sentinel (what
 * is left open at the end is closed by the end, as in the draft), and the stub
 * definitions come before it. Gives the region's top-level nodes, positions
 * relative to the region.
 */
export function parseTail(region: string, stubs: readonly Stub[]): RootContent[] | undefined {
  if (stubs.length === 0) return parseMarkdown(region).children;
  const prefix = stubs.map((s) => s.text).join('\n\n') + '\n\n';
  const root = parseMarkdown(prefix + region);
  for (let s = 0; s < stubs.length; s++) {
    const n = root.children[s];
    if (!n || definitionKey(n) !== stubs[s].key || n.position!.end.offset! >= prefix.length) return undefined;
  }
  const nodes = root.children.slice(stubs.length);
  if (nodes.length > 0 && nodes[0].position!.start.offset! < prefix.length) return undefined;
  shiftAll(nodes, -prefix.length, -countBreaks(prefix, 0, prefix.length));
  return nodes;
}

/** The definitions in a node, by key, with their labels. */
export function collectDefs(node: Nodes, into: Map<string, string>): void {
  const key = definitionKey(node);
  if (key) into.set(key, definitionLabel(node));
  if ('children' in node) for (const c of node.children) collectDefs(c as Nodes, into);
}

export function shiftAll(nodes: readonly RootContent[], offset: number, lines: number): void {
  for (const n of nodes) shift(n as Nodes, offset, lines);
}

export function shift(node: Nodes, offset: number, lines: number): void {
  const pos = node.position;
  if (pos) {
    pos.start.offset! += offset;
    pos.end.offset! += offset;
    pos.start.line += lines;
    pos.end.line += lines;
  }
  if ('children' in node) for (const c of node.children) shift(c as Nodes, offset, lines);
}

/**
 * Makes each string of the nodes (values, URLs, labels) a copy of its own
 * characters. The parser's strings are slices of the text it read, and V8
 * keeps a slice's whole source alive: a chunk kept from an old version would
 * keep the region it was parsed in, or the whole old draft.
 */
export function ownStrings(nodes: readonly (RootContent | ListItem)[]): void {
  for (const node of nodes) {
    const fields = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const v = fields[key];
      if (typeof v === 'string' && key !== 'type') fields[key] = detached(v);
    }
    if ('children' in node) ownStrings(node.children as RootContent[]);
  }
}

/** Line breaks (CRLF counted once) in text[from, to), clamped to the text. */
export function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  const end = Math.min(to, text.length);
  for (let k = Math.max(0, from); k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) n++;
    else if (c === 13 && !(k + 1 < text.length && text.charCodeAt(k + 1) === 10)) n++;
    else if (c === 13 && k + 1 >= end) n++; // a CR whose LF lies outside the window still ends a line
  }
  return n;
}

/**
 * Whether a node ends in indented code. The parser reads the next block
 * after indented code differently (an ordered item not numbered 1, or an
 * empty one, becomes paragraph text, even inside a new list item), so no
 * chunk starts after it.
 */
export function endsInIndentedCode(text: string, node: RootContent | ListItem): boolean {
  let last: Nodes | undefined = node;
  while (last) {
    if (last.type === 'code') return !/^ {0,3}(?:```|~~~)/.test(text.slice(last.position!.start.offset!, last.position!.start.offset! + 6));
    last = 'children' in last && last.children.length > 0 ? (last.children[last.children.length - 1] as Nodes) : undefined;
  }
  return false;
}

/** Whether blank lines separate items of a list (so the list, parsed alone, is loose). */
export function loose(text: string, items: readonly ListItem[]): boolean {
  for (let k = 1; k < items.length; k++) if (blankBetween(text, items[k - 1].position!.end.offset!, items[k].position!.start.offset!)) return true;
  return false;
}

/** Whether text[from, to) holds a blank line (two line breaks). */
export function blankBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
      if (++breaks >= 2) return true;
    }
  }
  return false;
}

/**
 * A list that opens a piece parsed on its own, joined to the list that ends
 * the pieces before it when the two are of one kind (both ordered with the
 * same delimiter, or with the same bullet): only blank lines stand between
 * them, so the parser reads one list. The joined list is loose when either
 * part is, or a blank line stands between them (not one inside a comment
 * left open in the last item). Gives the joined list, a fresh object kept in
 * `joined` and extended by later joins (never a piece's own node), or
 * undefined when the lists are of different kinds.
 */
export function joinList(text: string, last: List, next: List, joined: Set<List>): List | undefined {
  if (!listsJoin(text, last, next)) return undefined;
  let list = last;
  if (!joined.has(list)) {
    list = { type: 'list', ordered: last.ordered, start: last.start, spread: last.spread, children: [...last.children], position: { start: last.position!.start, end: last.position!.end } };
    joined.add(list);
  }
  const before = list.children[list.children.length - 1].position!.end.offset!;
  list.spread = list.spread || next.spread || blankBetween(text, before, next.children[0].position!.start.offset!);
  for (const item of next.children) list.children.push(item);
  list.position!.end = next.position!.end;
  return list;
}

/** Whether `next` goes on with `last` when it follows it: both ordered or both not, with the same delimiter or bullet. */
export function listsJoin(text: string, last: List, next: List): boolean {
  return last.ordered === next.ordered && marker(text, last.children[0]) === marker(text, next.children[0]);
}

/** The character after a list item's number, or its bullet. */
function marker(text: string, item: ListItem): number {
  let k = item.position!.start.offset!;
  while (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return text.charCodeAt(k);
}
