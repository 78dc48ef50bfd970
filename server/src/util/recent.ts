/**
 * What is in use and what was: two generations. A lookup that hits the older
 * generation moves the entry to the newer; `age()` makes the newer the older
 * and drops the older, so an entry not asked for since the generation before
 * goes. The owner decides when a generation ends (`RecentCache`: after so
 * many new keys; a draft's linking vectors: at each analysis of the draft).
 */
export class Generations<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.young.set(key, aged);
    }
    return aged;
  }

  /** The value of `key`, made by `make(key)` and kept when there is none. */
  remember(key: K, make: (key: K) => V): V {
    let out = this.get(key);
    if (out === undefined) {
      out = make(key);
      this.set(key, out);
    }
    return out;
  }

  /** Whether `key` is new to the newer generation (so a `set` of it adds an entry there). */
  protected isNew(key: K): boolean {
    return !this.young.has(key);
  }

  set(key: K, value: V): void {
    this.old.delete(key);
    this.young.set(key, value);
  }

  /** Ends a generation: the newer becomes the older, and what was older goes. */
  age(): void {
    this.old = this.young;
    this.young = new Map();
  }

  delete(key: K): void {
    this.young.delete(key);
    this.old.delete(key);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Calls `f` with every value kept, of either generation. */
  forEach(f: (value: V) => void): void {
    this.young.forEach((v) => f(v));
    this.old.forEach((v) => f(v));
  }
}

/**
 * A cache that keeps what is in use and lets old versions go: two
 * generations, of which the newer ends after `generation` new keys have come
 * into it. Only new keys count, so what every keystroke reads again (the
 * paragraphs of the drafts being edited) stays however many there are, and
 * the old versions of edited paragraphs are gone after two generations:
 * memory levels off once as many new versions have been typed, instead of
 * climbing until a cap.
 */
export class RecentCache<K, V> extends Generations<K, V> {
  private added = 0;

  constructor(private readonly generation: number) {
    super();
  }

  override set(key: K, value: V): void {
    if (this.isNew(key) && ++this.added > this.generation) {
      this.age();
      this.added = 1;
    }
    super.set(key, value);
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
