/**
 * A cache that keeps what was used recently and lets the rest go: two
 * generations of at most `generation` entries each. Lookups that hit the
 * older generation move the entry to the newer; when the newer is full it
 * becomes the older and the older is dropped. What a keystroke reads again
 * (the paragraphs of the drafts being edited) stays; old versions of an
 * edited paragraph are gone after two generations, so memory levels off
 * instead of climbing until a cap and then dropping everything.
 */
export class RecentCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {}

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * A copy of a string that holds only its own characters. A slice of a long
 * string is kept by V8 as a view into the whole, so a short slice remembered
 * from an old version of a draft keeps that whole version alive.
 */
export function detached(s: string): string {
  if (s.length < 13) return s; // V8 copies short slices
  const joined = ` ${s}`;
  joined.charCodeAt(0); // one flat string of its own characters
  return joined.slice(1);
}
