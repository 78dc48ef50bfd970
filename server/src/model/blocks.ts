/**
 * What the model reads block by block, remembered by block between
 * keystrokes. The incremental parser hands back the very same mdast nodes
 * for the chunks an edit did not touch (only their positions move), so a
 * block's readings are kept by its node: an unchanged block costs a lookup
 * (or less: see `readAll`), and a moved one a shift of its offsets. A full parse makes new nodes,
 * which are read afresh.
 *
 * The blocks are the top-level nodes, with each top-level list read item by
 * item: the parser joins a list anew from its items on every keystroke.
 *
 * A moved block's reading is moved in place, not copied: on a long draft an
 * edit moves every block after it, and copies of their records, kept until
 * the next edit, were much of what each keystroke left for the collector to
 * copy and promote. A model built from a Root therefore holds until the
 * draft's next analysis, as the Root itself does (the parser moves its
 * positions in place too); the server answers every request from the
 * analysis of the current version.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import { editOf, type RootEdit } from '../parse/root-edits';
import { detached } from '../util/recent';

export type Block = RootContent | ListItem;

interface Known<T> {
  /** Where the block started when `value` was read or last moved. */
  at: number;
  /** A copy of the `lookBehind` characters before it then. */
  before: string;
  value: T;
  /** The stamp of the Root it was last given for. */
  stamp: number | undefined;
}

/** One `readAll` of a Root: its blocks and their entries, in order. */
interface Pass<T> {
  readonly blocks: readonly Block[];
  readonly known: readonly Known<T>[];
}

const blockLists = new WeakMap<Root, Block[]>();

/** The blocks of a Root in order: each top-level node, with a top-level list's items in its place (made once per Root). */
export function blocksOf(root: Root): readonly Block[] {
  let out = blockLists.get(root);
  if (out === undefined) {
    out = [];
    for (const n of root.children) {
      if (n.type === 'list') for (const item of n.children) out.push(item);
      else out.push(n);
    }
    blockLists.set(root, out);
  }
  return out;
}

/**
 * One reading of blocks, remembered by node. A reading may look at the
 * `lookBehind` characters before its block (it is read afresh when they
 * change) but no further, and gives offsets into the text, which `move`
 * moves in place (each span the reading owns once).
 */
export class BlockReading<T> {
  /** Each block's reading, where it was read and what stood before it; moved in place when the block moves. */
  private readonly memo = new WeakMap<Block, Known<T>>();
  /** What each `readAll` read, by Root (of each draft, so drafts read in turn each find their last pass). */
  private readonly passes = new WeakMap<Root, Pass<T>>();

  constructor(
    private readonly lookBehind: number,
    private readonly move: (value: T, by: number) => void,
  ) {}

  /**
   * The reading of each block of a draft, in order: remembered, shifted, or
   * computed by `compute`.
   *
   * When `root` was made from a Root this reading read, the blocks the edit
   * left alone are the same nodes at the head and tail of the list: their
   * entries are taken in order, without looking each node up (on a long
   * draft, thousands of lookups a keystroke for each reading). They must
   * still meet the conditions a lookup would check (see `unchangedSince`);
   * the blocks between go through the lookup.
   */
  readAll(text: string, root: Root, compute: (block: Block) => T): T[] {
    const edit = editOf(root);
    const blocks = blocksOf(root);
    const n = blocks.length;
    const out = new Array<T>(n);
    const known = new Array<Known<T>>(n);
    let head = 0;
    let tail = 0;
    const before = edit?.before?.deref();
    const pass = before && this.passes.get(before);
    if (pass && edit) {
      const last = pass.blocks;
      const m = Math.min(n, last.length);
      for (; head < m && blocks[head] === last[head]; head++) {
        const k = this.taken(pass.known[head], blocks[head], edit);
        if (!k) break;
        known[head] = k;
        out[head] = k.value;
      }
      for (; tail < m - head && blocks[n - 1 - tail] === last[last.length - 1 - tail]; tail++) {
        const k = this.taken(pass.known[last.length - 1 - tail], blocks[n - 1 - tail], edit);
        if (!k) break;
        known[n - 1 - tail] = k;
        out[n - 1 - tail] = k.value;
      }
    }
    for (let i = head; i < n - tail; i++) {
      const k = this.entry(text, blocks[i], edit, compute);
      known[i] = k;
      out[i] = k.value;
    }
    if (edit) this.passes.set(root, { blocks, known });
    return out;
  }

  /**
   * The reading of one block of `root` (a reader that picks its blocks):
   * remembered, shifted, or computed by `compute`.
   */
  readOne<B extends Block>(text: string, root: Root, block: B, compute: (block: B) => T): T {
    return this.entry(text, block, editOf(root), compute as (block: Block) => T).value;
  }

  /** A block's record from the pass over the Root before, when the conditions of a lookup hold for it (`unchangedSince`), brought up to this Root. */
  private taken(k: Known<T>, block: Block, edit: RootEdit): Known<T> | undefined {
    const at = block.position!.start.offset!;
    return unchangedSince(k, edit, Math.max(0, at - this.lookBehind), at) ? this.renewed(k, at, edit) : undefined;
  }

  /** A remembered record, stamped with the Root it is given for and moved where its block now starts. */
  private renewed(k: Known<T>, at: number, edit: RootEdit | undefined): Known<T> {
    k.stamp = edit?.stamp;
    if (k.at !== at) {
      this.move(k.value, at - k.at);
      k.at = at;
    }
    return k;
  }

  private entry(text: string, block: Block, edit: RootEdit | undefined, compute: (block: Block) => T): Known<T> {
    const at = block.position!.start.offset!;
    const from = Math.max(0, at - this.lookBehind);
    const known = this.memo.get(block);
    if (known && (unchangedSince(known, edit, from, at) || sameText(known.before, text, from, at))) return this.renewed(known, at, edit);
    // A copy: a slice would keep the whole draft it was taken from alive for as long as the block is remembered.
    const fresh = { at, before: from === at ? '' : detached(text.slice(from, at)), value: compute(block), stamp: edit?.stamp };
    this.memo.set(block, fresh);
    return fresh;
  }
}

/**
 * The items of every block's reading, in block order: `pick` gives each
 * reading's list. One pass that pushes, where `flatMap` over the 1 800
 * blocks of a long draft took several times as long on every keystroke.
 */
export function joined<R, T>(readings: readonly R[], pick: (reading: R) => readonly T[]): T[] {
  const out: T[] = [];
  for (let b = 0; b < readings.length; b++) {
    const items = pick(readings[b]);
    for (let i = 0; i < items.length; i++) out.push(items[i]);
  }
  return out;
}

/** Whether spans come in order of their starts (as a reading of blocks in order gives them). */
export function inOrder(spans: readonly { readonly start: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

/**
 * Whether the text a block looks back at, text[from, at), is known to be as
 * it was when the block was last read, without comparing it: the block was
 * read for the Root this one was made from, and the look-behind lies wholly
 * before the edit between them (at the same offsets) or wholly after it
 * (moved by the edit's length).
 */
function unchangedSince(known: { at: number; stamp: number | undefined }, edit: RootEdit | undefined, from: number, at: number): boolean {
  if (edit === undefined || edit.previous === undefined || known.stamp !== edit.previous) return false;
  return (at <= edit.from && known.at === at) || (from >= edit.to && known.at + edit.delta === at);
}

/**
 * Whether text[from, to) reads `s`. The slice is a view into the text, not a
 * copy, and V8 compares strings natively: about four times as fast as
 * comparing character by character in a loop (0.1 against 0.37 ms for the
 * 60 characters before each of 1 835 blocks).
 */
function sameText(s: string, text: string, from: number, to: number): boolean {
  return s.length === to - from && (s.length === 0 || text.slice(from, to) === s);
}
