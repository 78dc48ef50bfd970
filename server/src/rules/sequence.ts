/**
 * Order checks shared by the structure rules: which items of a sequence are
 * out of order, reported as few as possible.
 */

/**
 * Indexes (into `keys`) of a longest strictly increasing subsequence: the
 * items that are in order. Every other item is out of order, so moving one
 * misplaced item gives one problem, not one for each item it jumped.
 */
export function inOrder(keys: readonly number[]): Set<number> {
  const n = keys.length;
  const length: number[] = Array(n).fill(1);
  const previous: number[] = Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      // Prefer the earliest items on ties, so the item that moved is the one reported.
      if (keys[j] < keys[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || length[i] > length[end]) end = i;
  const out = new Set<number>();
  for (let i = end; i >= 0; i = previous[i]) out.add(i);
  return out;
}
