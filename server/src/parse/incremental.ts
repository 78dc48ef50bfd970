/**
 * Incremental parsing: after an edit, re-parse only the chunk of the draft the
 * edit touches and reuse the mdast of the rest, shifted. The result is the
 * same Root that `parseMarkdown(text)` gives, positions included (a property
 * test holds it to that).
 *
 * Chunks start at top-level ATX headings in column 1. After such a heading
 * line the block parser has nothing open (no container, paragraph, fence or
 * HTML block), so what follows parses the same whatever came before. Whether
 * a line is still a top-level heading after an edit before it is not assumed
 * but checked: the re-parsed region is followed by a sentinel heading line,
 * and if the sentinel does not come out as a top-level heading (an unclosed
 * fence or HTML block swallowed it) the region grows to the next boundary.
 *
 * References (`[^1]`, `[text][label]`) only become references when a
 * definition exists somewhere in the document, so each region is parsed with
 * stub definitions for every label defined elsewhere; when an edit changes
 * the set of defined labels, the whole draft is parsed again.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { flat } from '../util/flat';
import { parseMarkdown } from './parse';

interface Chunk {
  /** Offset of the chunk's first character: 0, or a heading at column 1. */
  start: number;
  /** 0-based line of `start`. */
  line: number;
  nodes: RootContent[];
  /** Keys (`d:` link definition, `f:` footnote definition + identifier) defined in the chunk, with their labels. */
  defs: Map<string, string>;
}

export interface IncrementalStats {
  /** How the last update was done. */
  mode: 'full' | 'incremental';
  /** Characters parsed by the last update (the sentinel and stubs excluded). */
  parsedChars: number;
}

interface Stub {
  readonly key: string;
  readonly text: string;
}

const SENTINEL = '#\n';
const BLOCK = 2048;

export class IncrementalParser {
  private text: string | undefined;
  private chunks: Chunk[] = [];
  private defCounts = new Map<string, number>();
  private defLabels = new Map<string, string>();
  private lineCount = 1;
  readonly stats: IncrementalStats = { mode: 'full', parsedChars: 0 };

  /** The mdast of `text`, re-using what it can of the previous call's. */
  parse(text: string): Root {
    flat(text);
    const old = this.text;
    if (old === undefined || this.chunks.length === 0) return this.full(text);
    if (old === text) return this.assemble(text);
    // The changed range, by common prefix and suffix.
    const max = Math.min(old.length, text.length);
    let p = 0;
    // Whole blocks first (native comparison), then character by character.
    while (p + BLOCK <= max && old.substr(p, BLOCK) === text.substr(p, BLOCK)) p += BLOCK;
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let s = 0;
    while (s + BLOCK <= max - p && old.substr(old.length - s - BLOCK, BLOCK) === text.substr(text.length - s - BLOCK, BLOCK)) s += BLOCK;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
    const oldEnd = old.length - s;
    const newEnd = text.length - s;
    const delta = text.length - old.length;

    // First chunk to re-parse: the last whose heading line lies wholly before the edit.
    let i = 0;
    for (let k = this.chunks.length - 1; k > 0; k--) {
      if (lineEnd(old, this.chunks[k].start) < p) {
        i = k;
        break;
      }
    }
    // First chunk to keep: the first that starts after the edit (its preceding line break unchanged).
    let j = i + 1;
    while (j < this.chunks.length && this.chunks[j].start <= oldEnd) j++;

    const deltaLines = countBreaks(text, p - 1, newEnd + 1) - countBreaks(old, p - 1, oldEnd + 1);
    const regionStart = this.chunks[i].start;
    const regionLine = this.chunks[i].line;
    let step = 1;
    for (;;) {
      const regionEnd = j < this.chunks.length ? this.chunks[j].start + delta : text.length;
      const others = this.otherDefs(i, j);
      const parsed = parseRegion(text.slice(regionStart, regionEnd), others);
      if (!parsed) {
        if (j >= this.chunks.length) return this.full(text);
        j = Math.min(this.chunks.length, j + step);
        step *= 2;
        continue;
      }
      shiftAll(parsed, regionStart, regionLine);
      const fresh = splitChunks(text, parsed, regionStart, regionLine);
      // The set of defined labels must not change, else references elsewhere may.
      const before = new Map(this.defCounts);
      for (let k = i; k < j; k++) for (const key of this.chunks[k].defs.keys()) before.set(key, (before.get(key) ?? 0) - 1);
      for (const c of fresh) for (const key of c.defs.keys()) before.set(key, (before.get(key) ?? 0) + 1);
      for (const [key, n] of before) {
        if ((n > 0) !== ((this.defCounts.get(key) ?? 0) > 0)) return this.full(text);
      }
      for (let k = j; k < this.chunks.length; k++) {
        const c = this.chunks[k];
        c.start += delta;
        c.line += deltaLines;
        if (delta !== 0 || deltaLines !== 0) for (const n of c.nodes) shift(n as Nodes, delta, deltaLines);
      }
      this.chunks.splice(i, j - i, ...fresh);
      this.defCounts = new Map([...before].filter(([, n]) => n > 0));
      for (const c of fresh) for (const [key, label] of c.defs) this.defLabels.set(key, label);
      this.lineCount += deltaLines;
      this.text = text;
      this.stats.mode = 'incremental';
      this.stats.parsedChars = regionEnd - regionStart;
      return this.assemble(text);
    }
  }

  /** Forget the cached draft (the next parse is a full one). */
  reset(): void {
    this.text = undefined;
    this.chunks = [];
    this.defCounts.clear();
    this.defLabels.clear();
  }

  private full(text: string): Root {
    const root = parseMarkdown(text);
    this.text = text;
    this.chunks = splitChunks(text, root.children, 0, 0);
    this.defCounts = new Map();
    this.defLabels = new Map();
    for (const c of this.chunks) {
      for (const [key, label] of c.defs) {
        this.defCounts.set(key, (this.defCounts.get(key) ?? 0) + 1);
        this.defLabels.set(key, label);
      }
    }
    this.lineCount = countBreaks(text, 0, text.length) + 1;
    this.stats.mode = 'full';
    this.stats.parsedChars = text.length;
    return root;
  }

  /** Stub definitions for the labels defined outside chunks i..j-1. */
  private otherDefs(i: number, j: number): Stub[] {
    const counts = new Map(this.defCounts);
    for (let k = i; k < j; k++) for (const key of this.chunks[k].defs.keys()) counts.set(key, (counts.get(key) ?? 0) - 1);
    const out: Stub[] = [];
    for (const [key, n] of counts) {
      if (n > 0) out.push({ key, text: key[0] === 'f' ? `[^${this.defLabels.get(key)}]: x` : `[${this.defLabels.get(key)}]: x` });
    }
    return out;
  }

  private assemble(text: string): Root {
    const children: RootContent[] = [];
    for (const c of this.chunks) for (const n of c.nodes) children.push(n);
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    return {
      type: 'root',
      children,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: this.lineCount, column: text.length - lastBreak, offset: text.length },
      },
    };
  }
}

/**
 * Parses a region followed by a sentinel heading and stub definitions. Gives
 * the region's top-level nodes (positions relative to the region), or
 * undefined when the region does not end in a clean state.
 */
function parseRegion(region: string, stubs: readonly Stub[]): RootContent[] | undefined {
  const glue = region.length === 0 || region.endsWith('\n') || region.endsWith('\r') ? '' : '\n';
  const sentinelAt = region.length + glue.length;
  const root = parseMarkdown(region + glue + SENTINEL + (stubs.length ? '\n' + stubs.map((s) => s.text).join('\n\n') + '\n' : ''));
  const k = root.children.findIndex((n) => n.position?.start.offset === sentinelAt);
  if (k < 0 || root.children[k].type !== 'heading') return undefined;
  // Each stub must define exactly the label it stands for, else references could resolve differently.
  const rest = root.children.slice(k + 1);
  if (rest.length !== stubs.length) return undefined;
  for (let s = 0; s < rest.length; s++) {
    const n = rest[s];
    const key = n.type === 'definition' ? `d:${n.identifier}` : n.type === 'footnoteDefinition' ? `f:${n.identifier}` : undefined;
    if (key !== stubs[s].key) return undefined;
  }
  return root.children.slice(0, k);
}

/** Splits top-level nodes into chunks at ATX headings in column 1. */
function splitChunks(text: string, nodes: readonly RootContent[], start: number, line: number): Chunk[] {
  const chunks: Chunk[] = [{ start, line, nodes: [], defs: new Map() }];
  for (const n of nodes) {
    const pos = n.position!;
    // An ATX heading is one line; a setext heading whose text starts with `#` is not a boundary.
    const atx = n.type === 'heading' && pos.start.column === 1 && pos.end.line === pos.start.line && text.charCodeAt(pos.start.offset!) === 35; /* # */
    if (atx && pos.start.offset! > start) {
      chunks.push({ start: pos.start.offset!, line: pos.start.line - 1, nodes: [], defs: new Map() });
    }
    const c = chunks[chunks.length - 1];
    c.nodes.push(n);
    collectDefs(n as Nodes, c.defs);
  }
  return chunks;
}

function collectDefs(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') into.set(`d:${node.identifier}`, node.label ?? node.identifier);
  else if (node.type === 'footnoteDefinition') into.set(`f:${node.identifier}`, node.label ?? node.identifier);
  if ('children' in node) for (const c of node.children) collectDefs(c as Nodes, into);
}

function shiftAll(nodes: readonly RootContent[], offset: number, lines: number): void {
  for (const n of nodes) shift(n as Nodes, offset, lines);
}

function shift(node: Nodes, offset: number, lines: number): void {
  const pos = node.position;
  if (pos) {
    pos.start.offset! += offset;
    pos.end.offset! += offset;
    pos.start.line += lines;
    pos.end.line += lines;
  }
  if ('children' in node) for (const c of node.children) shift(c as Nodes, offset, lines);
}

/** Offset of the line break ending the line that starts at `start` (or the text's end). */
function lineEnd(text: string, start: number): number {
  for (let k = start; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return k;
  }
  return text.length;
}

/** Line breaks (CRLF counted once) in text[from, to), clamped to the text. */
function countBreaks(text: string, from: number, to: number): number {
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
 * One incremental parser per open document, at most `capacity` of them (the
 * least recently used is dropped).
 */
export class ParserCache {
  private readonly parsers = new Map<string, IncrementalParser>();
  constructor(private readonly capacity = 64) {}

  parse(key: string, text: string): Root {
    let p = this.parsers.get(key);
    if (p) this.parsers.delete(key);
    else p = new IncrementalParser();
    this.parsers.set(key, p);
    while (this.parsers.size > this.capacity) this.parsers.delete(this.parsers.keys().next().value!);
    return p.parse(text);
  }

  forget(key: string): void {
    this.parsers.delete(key);
  }
}
