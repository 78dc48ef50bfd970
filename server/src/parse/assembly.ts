/**
 * Assembling the incremental parser's chunks (`chunks.ts`) into a Root's
 * top-level nodes: a chunk's list is joined to a list of the same kind that
 * ends the chunk before it (`joinList`), and after an edit only the nodes
 * around it are assembled again.
 */
import type { List, RootContent } from 'mdast';
import type { Chunk } from './chunks';
import { joinList, listsJoin } from './regions';

/**
 * The top-level nodes of `chunks`, and where each chunk went, after
 * `removed` chunks from chunk `at` were replaced by the `fresh` chunks
 * there; `last` is the assembly of the Root before (without it, every chunk
 * is assembled). The last Root's nodes are taken as
 * they are up to the node that holds chunk `at` (a list its items' chunks
 * were joined into is joined again) and from the first chunk after the
 * fresh ones that opens a node of its own, as it did before: what follows
 * it is joined as it was (the chunks after the edit moved, their text did
 * not), and a list joined then shares its first and last points with its
 * parts, which the move shifted. Chunks in between are assembled again.
 * Lists joined here are fresh objects; a list of the last Root is never
 * changed, only taken whole.
 */
export function assemble(text: string, chunks: readonly Chunk[], last: Assembly | undefined, at: number, fresh: number, removed: number): Assembly {
  let first = 0;
  if (last) {
    first = at;
    while (first > 0 && !last.opens[first]) first--;
  }
  const offset = first > 0 ? last!.top[first] : 0;
  const assembly: Assembly = { children: last ? last.children.slice(0, offset) : [], top: last ? last.top.slice(0, first) : [], opens: last ? last.opens.slice(0, first) : [] };
  const { children, top, opens } = assembly;
  const joined = new Set<List>();
  for (let c = first; c < chunks.length; c++) {
    const chunk = chunks[c];
    const before = c - fresh + removed;
    const joins = joinsList(text, chunk, children);
    if (last && c >= at + fresh && last.opens[before] && !joins) {
      // From here on, the nodes are those of the last Root.
      const by = children.length - last.top[before];
      for (let k = last.top[before]; k < last.children.length; k++) children.push(last.children[k]);
      for (let k = before; k < last.top.length; k++) {
        top.push(last.top[k] + by);
        opens.push(last.opens[k]);
      }
      break;
    }
    top.push(children.length);
    opens.push(false);
    for (let k = 0; k < chunk.nodes.length; k++) {
      const n = chunk.nodes[k];
      if (k === 0 && joins) {
        children[children.length - 1] = joinList(text, children[children.length - 1] as List, n as List, joined)!;
        top[c] = children.length - 1;
        continue;
      }
      if (k === 0) opens[c] = true;
      children.push(n);
    }
  }
  return assembly;
}

/** How chunks were assembled into a Root's top-level nodes. */
export interface Assembly {
  readonly children: RootContent[];
  /** For each chunk, the index in `children` of the node that holds its first node. */
  readonly top: number[];
  /** For each chunk, whether its first node opens a node of `children`: it is not a list joined to the list before it. */
  readonly opens: boolean[];
}

/** Whether the chunk's first node is a list that goes on with the list `children` ends with. */
function joinsList(text: string, chunk: Chunk, children: readonly RootContent[]): boolean {
  const n = chunk.nodes[0];
  const last = children[children.length - 1];
  return n?.type === 'list' && last?.type === 'list' && chunk.start > 0 && listsJoin(text, last, n);
}
