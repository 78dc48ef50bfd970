/**
 * Incremental parsing: after an edit, re-parse only the chunk of the draft the
 * edit touches and reuse the mdast of the rest, shifted. The result is the
 * same Root that `parseMarkdown(text)` gives, positions included (a property
 * test holds it to that).
 *
 * Chunks start at top-level ATX headings in column 1, at top-level lists
 * that start in column 1 after a blank line, and at the items of a top-level
 * list that start in column 1. After such a heading line the block parser
 * has nothing open (no container, paragraph, fence or HTML block), so what
 * follows parses the same whatever came before. Such an item closes the item
 * before it and goes on with the list; a chunk is parsed on its own, and a
 * list it starts with is joined at assembly to a list of the same kind that
 * ends the chunk before (the list of a section's findings is many chunks,
 * each finding parsed alone, and so is each item of a tight list of figures
 * with its sub-items). An item right after the item before it, with no blank
 * line between, stays a chunk only while the line before it still ends an
 * item of its list (checked as below): after a paragraph it would interrupt
 * it, and parse differently. So are
 * top-level paragraphs in column 1 after a blank line whose first character
 * is a letter, which nothing before can make into anything else. Other
 * blocks after a blank line are not boundaries: the parser reads some of them
 * differently after some constructs (an empty list item after indented code
 * is a paragraph), and a chunk opening with `---` would be read as front
 * matter. Whether a line is still a boundary after an edit before it
 * is not assumed but checked: the re-parsed region is followed by a sentinel
 * heading line, and if the sentinel does not come out as a top-level heading
 * (an unclosed fence or HTML block swallowed it) the region grows to the
 * next boundary. A chunk is kept only if the edit left the line break or the
 * blank line before it untouched.
 *
 * References (`[^1]`, `[text][label]`) only become references when a
 * definition exists somewhere in the document, so each region is parsed with
 * stub definitions for every label defined elsewhere; when an edit changes
 * the set of defined labels, the whole draft is parsed again.
 */
import type { Root } from 'mdast';
import { flat } from '../util/flat';
import { definitionStubs, parseInChunks, parseRange } from './chunked';
import { markRoot } from './root-edits';
import { assemble, type Assembly } from './assembly';
import { pointsOf, splitChunks, type Chunk } from './chunks';
import { countBreaks, NEXT_LINE, ownStrings, rootOf, stub, unclosedFrontMatter, type Stub } from './regions';
import { lineEnd } from '../util/lines';

export interface IncrementalStats {
  /** How the last update was done. */
  mode: 'full' | 'incremental';
  /** Characters parsed by the last update (the sentinel and stubs excluded). */
  parsedChars: number;
}

/** Characters compared at a time when finding the range an edit changed. */
const BLOCK = 2048;

/**
 * What an editor knows of how a text came from an earlier one: at most
 * everything but the first `prefix` and the last `suffix` characters of `from`
 * was replaced. The parser then looks for the changed range from there, not
 * from both ends of the draft (on the tenfold benchmark draft, comparing the
 * two versions block by block was about 0.6 ms of every keystroke). Used only
 * when `from` is the very text the parser last read; the range found is the
 * same either way.
 */
export interface TextChange {
  readonly from: string;
  readonly prefix: number;
  readonly suffix: number;
}

export class IncrementalParser {
  private text: string | undefined;
  private chunks: Chunk[] = [];
  private defCounts = new Map<string, number>();
  private defLabels = new Map<string, string>();
  private lineCount = 1;
  /** Whether the last text opened with a front matter fence never closed (parsed whole, see `unclosedFrontMatter`). */
  private unclosed = false;
  readonly stats: IncrementalStats = { mode: 'full', parsedChars: 0 };
  /** The last Root given (see `root-edits.ts`). */
  private lastRoot: Root | undefined;
  /** What the update under way replaced, when it re-used the last Root's chunks. */
  private changed: { from: number; to: number; delta: number } | undefined;
  /** How the chunks were assembled into the last Root's nodes, when the last update assembled them. */
  private assembly: Assembly | undefined;

  /** The mdast of `text`, re-using what it can of the previous call's; marked with what changed (`editOf`). */
  parse(text: string, change?: TextChange): Root {
    this.changed = undefined;
    const root = this.update(text, change);
    const c = this.changed as { from: number; to: number; delta: number } | undefined;
    markRoot(root, c ? this.lastRoot : undefined, c?.from ?? 0, c?.to ?? text.length, c?.delta ?? 0);
    this.lastRoot = root;
    return root;
  }

  private update(text: string, change?: TextChange): Root {
    flat(text);
    const old = this.text;
    if (old === undefined || this.chunks.length === 0 || this.unclosed) return this.full(text);
    if (old === text) {
      this.changed = { from: text.length, to: text.length, delta: 0 };
      return this.assembled(text, this.chunks.length, 0, 0);
    }
    // The changed range, by common prefix and suffix.
    const max = Math.min(old.length, text.length);
    // From what the editor says is unchanged, when it speaks of this very text; else from both ends.
    const known = change?.from === old ? change : undefined;
    let p = known ? Math.min(Math.max(0, known.prefix), max) : 0;
    // Whole blocks first (native comparison), then character by character.
    while (p + BLOCK <= max && old.substr(p, BLOCK) === text.substr(p, BLOCK)) p += BLOCK;
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let s = known ? Math.min(Math.max(0, known.suffix), max - p) : 0;
    while (s + BLOCK <= max - p && old.substr(old.length - s - BLOCK, BLOCK) === text.substr(text.length - s - BLOCK, BLOCK)) s += BLOCK;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
    const oldEnd = old.length - s;
    const newEnd = text.length - s;
    const delta = text.length - old.length;

    // First chunk to re-parse: the last whose first line lies wholly before the edit. A chunk's first line
    // ends before the next chunk starts, so the chunks for which that holds come first: a binary search.
    let i = 0;
    for (let lo = 1, hi = this.chunks.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >>> 1;
      if (lineEnd(old, this.chunks[mid].start) < p) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // First chunk to keep: the first that starts after the edit, with its lead (line break or blank line before it) unchanged.
    let j = i + 1;
    while (j < this.chunks.length && this.chunks[j].start - this.chunks[j].lead < oldEnd) j++;

    const deltaLines = countBreaks(text, p - 1, newEnd + 1) - countBreaks(old, p - 1, oldEnd + 1);
    const regionStart = this.chunks[i].start;
    const regionLine = this.chunks[i].line;
    let step = 1;
    /** The labels the region was found to define, when its definition lines did not show them all (parsed again once with them). */
    let found: Stub[] | undefined;
    for (;;) {
      const regionEnd = j < this.chunks.length ? this.chunks[j].start + delta : text.length;
      // Labels defined outside the region, and those the region seems to define itself: the region is
      // parsed in pieces (at plain blocks, and long stretches at headings), and a piece must see the
      // definitions of the others.
      const others = this.otherDefs(i, j);
      const outside = new Set(others.map((o) => o.key));
      const own = found ?? definitionStubs(text, regionStart, regionEnd).filter((o) => !outside.has(o.key));
      // A kept chunk cut after a blank line (at a list item or a paragraph): the start of its first line follows the region, as in the draft.
      const nextNode = j < this.chunks.length ? this.chunks[j].nodes[0] : undefined;
      const next = nextNode && nextNode.type !== 'heading' ? { line: text.slice(regionEnd, Math.min(lineEnd(text, regionEnd), regionEnd + NEXT_LINE)), type: nextNode.type, continues: this.chunks[j].tight } : undefined;
      if (j >= this.chunks.length && regionStart === 0) return this.full(text);
      // Plain blocks in the region are built, the rest parsed in checked pieces (offsets and lines the draft's).
      const range = parseRange(text, regionStart, regionEnd, regionLine, own.length ? [...others, ...own] : others, j >= this.chunks.length ? 'end' : next);
      if (!range) {
        if (j >= this.chunks.length) return this.full(text);
        j = Math.min(this.chunks.length, j + step);
        step *= 2;
        continue;
      }
      const parsed = range.nodes;
      ownStrings(parsed);
      const fresh = splitChunks(text, parsed, regionStart, regionLine);
      fresh[0].lead = this.chunks[i].lead;
      fresh[0].tight = this.chunks[i].tight;
      // The region's own stubs must stand for exactly the labels it defines (and no other), else a
      // reference in one piece could resolve differently than in the draft.
      const definedHere = new Map<string, string>();
      for (const c of fresh) for (const [key, label] of c.defs) if (!outside.has(key)) definedHere.set(key, label);
      if (definedHere.size !== own.length || own.some((o) => !definedHere.has(o.key))) {
        // A definition the scan of definition lines cannot see (in a block quote, say): once more with what the parse found.
        if (found) return this.full(text);
        found = [...definedHere].map(([key, label]) => stub(key, label));
        continue;
      }
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
        if (delta !== 0 || deltaLines !== 0) {
          const points = (c.points ??= pointsOf(c.nodes));
          for (let k = 0; k < points.length; k++) {
            const point = points[k];
            point.offset! += delta;
            point.line += deltaLines;
          }
        }
      }
      this.chunks.splice(i, j - i, ...fresh);
      this.defCounts = new Map([...before].filter(([, n]) => n > 0));
      for (const c of fresh) for (const [key, label] of c.defs) this.defLabels.set(key, label);
      this.lineCount += deltaLines;
      this.text = text;
      this.stats.mode = 'incremental';
      this.stats.parsedChars = regionEnd - regionStart;
      const root = this.assembled(text, i, fresh.length, j - i);
      if (unclosedFrontMatter(text, root.children[0])) return this.full(text);
      this.changed = { from: p, to: newEnd, delta };
      return root;
    }
  }

  /** Forget the cached draft (the next parse is a full one). */
  reset(): void {
    this.text = undefined;
    this.lastRoot = undefined;
    this.assembly = undefined;
    this.chunks = [];
    this.defCounts.clear();
    this.defLabels.clear();
  }

  private full(text: string): Root {
    const root = parseInChunks(text);
    // Kept chunks must not keep this version alive after the next edits.
    ownStrings(root.children);
    this.text = text;
    this.chunks = splitChunks(text, root.children, 0, 0);
    // The parse joined lists its own way: the next update assembles every chunk.
    this.assembly = undefined;
    this.defCounts = new Map();
    this.defLabels = new Map();
    for (const c of this.chunks) {
      for (const [key, label] of c.defs) {
        this.defCounts.set(key, (this.defCounts.get(key) ?? 0) + 1);
        this.defLabels.set(key, label);
      }
    }
    this.lineCount = root.position!.end.line;
    this.unclosed = unclosedFrontMatter(text, root.children[0]);
    this.stats.mode = 'full';
    this.stats.parsedChars = text.length;
    return root;
  }

  /** The Root of the chunks, after `removed` chunks from chunk `at` were replaced by the `fresh` chunks there (see `assemble`). */
  private assembled(text: string, at: number, fresh: number, removed: number): Root {
    this.assembly = assemble(text, this.chunks, this.assembly, at, fresh, removed);
    return rootOf(text, this.assembly.children, this.lineCount);
  }

  /** Stub definitions for the labels defined outside chunks i..j-1. */
  private otherDefs(i: number, j: number): Stub[] {
    const counts = new Map(this.defCounts);
    for (let k = i; k < j; k++) for (const key of this.chunks[k].defs.keys()) counts.set(key, (counts.get(key) ?? 0) - 1);
    const out: Stub[] = [];
    for (const [key, n] of counts) {
      if (n > 0) out.push(stub(key, this.defLabels.get(key)!));
    }
    return out;
  }

}

/**
 * One incremental parser per open document, at most `capacity` of them (the
 * least recently used is dropped).
 */
export class ParserCache {
  private readonly parsers = new Map<string, IncrementalParser>();
  constructor(private readonly capacity = 64) {}

  parse(key: string, text: string, change?: TextChange): Root {
    let p = this.parsers.get(key);
    if (p) this.parsers.delete(key);
    else p = new IncrementalParser();
    this.parsers.set(key, p);
    while (this.parsers.size > this.capacity) this.parsers.delete(this.parsers.keys().next().value!);
    return p.parse(text, change);
  }

  forget(key: string): void {
    this.parsers.delete(key);
  }

  /** How the last parse of `key` was done, if it is kept. */
  stats(key: string): IncrementalStats | undefined {
    const s = this.parsers.get(key)?.stats;
    return s && { ...s };
  }
}
