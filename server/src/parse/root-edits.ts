/**
 * What changed between a Root the incremental parser gives and the one it
 * gave before, so that readers of blocks can tell, without comparing text,
 * that the text around an unchanged block is as it was.
 */
import type { Root } from 'mdast';

export interface RootEdit {
  /** This Root's stamp, unique in the process. */
  readonly stamp: number;
  /** The stamp of the Root its parser gave before, when this one was made from it; undefined after a full parse. */
  readonly previous: number | undefined;
  /** That Root, while something else keeps it (a link back that kept it would keep every version before it). */
  readonly before: WeakRef<Root> | undefined;
  /**
   * text[from, to) replaced what the Root before held there: the text before
   * `from` is as it was, at the same offsets, and the text from `to` on is as
   * it was, `delta` characters further on.
   */
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

const edits = new WeakMap<Root, RootEdit>();
let stamps = 0;

/** Records how `root` was made: from the Root `previous` by replacing [from, to), or afresh. */
export function markRoot(root: Root, previous: Root | undefined, from: number, to: number, delta: number): RootEdit {
  const edit = { stamp: ++stamps, previous: previous && edits.get(previous)?.stamp, before: previous && new WeakRef(previous), from, to, delta };
  edits.set(root, edit);
  return edit;
}

/** How `root` was made, when the incremental parser made it. */
export function editOf(root: Root): RootEdit | undefined {
  return edits.get(root);
}
