/**
 * Text similarity for linking findings to recommendations: tf-idf over the
 * report's own paragraphs, with light stemming, on single words and on
 * two-word phrases ("return interviews"). Nothing here is tuned to
 * particular reports: the weights come from the report being read. The
 * words are read in `tokens.ts`, each text's terms in `terms.ts`.
 */
import { detached, Generations } from '../util/recent';
import { forgetTerms, termCounts, terms, uniqueTerms, type TermCounts } from './terms';

export interface TermVector {
  /** Its terms, to ask whether it has one (see `weightsOf` for their weights by term). */
  readonly termSet: { has(term: string): boolean };
  /** Its terms, in order of first use, and their weights, for scoring a pair term by term without a Map. */
  readonly terms: readonly string[];
  readonly values: readonly number[];
  readonly labels: ReadonlyMap<string, string>;
  readonly norm: number;
}

export interface Comparison {
  /** Cosine similarity, 0..1. */
  readonly score: number;
  /** Shared words and phrases, most telling first (phrases before the words they hold). */
  readonly shared: string[];
}

export interface TermIndex {
  /** A weighted sum of texts as one tf-idf vector. */
  vector(parts: readonly { text: string; weight: number }[]): TermVector;
  cosine(a: TermVector, b: TermVector): Comparison;
  /** The score of `cosine`, without working out what is shared. */
  score(a: TermVector, b: TermVector): number;
  compare(a: string, b: string): Comparison;
}

/**
 * Document frequencies of the last set of documents, as a table that is never
 * changed once built (`base`) and a small table of counts that differ from it
 * (`delta`). A keystroke changes one or two paragraphs, so the next table is
 * the last one with those paragraphs' terms taken out and put back in: the
 * same integer counts a count from scratch gives, at the cost of the edit.
 */
interface Frequencies {
  readonly documents: readonly string[];
  readonly base: ReadonlyMap<string, number>;
  readonly delta: ReadonlyMap<string, number>;
  /** Names this table among every table made (for remembered vectors, see `RememberedVector.checked`). */
  readonly generation: number;
  /** The table this one was made from by an edit, and the terms whose counts differ between the two. */
  readonly from?: { readonly generation: number; readonly changed: ReadonlySet<string> };
}

let generations = 0;

/**
 * What is kept of each draft between its analyses, by a key the caller gives
 * for the draft (the document's URI in the editor).
 *
 * - Its last table of document frequencies. An edit is diffed against the
 *   same draft's previous version, so the paragraph versions it replaced are
 *   known and let go at once, however many drafts are being edited in turn.
 * - The vectors its last two analyses asked for (each analysis starts a new
 *   generation): those of one text of weight 1 (a finding or a
 *   recommendation, as linking asks for them) by the text itself, the same
 *   string object from one keystroke to the next for a paragraph the edit did
 *   not touch, so a lookup costs no new key to build and hash; those of other
 *   weighted sums by `sumKey`. Kept per draft, so a writer working in many
 *   drafts in turn finds each draft's vectors as it left them (shared by
 *   every draft, the last few hundred vectors made were kept, and fifty
 *   drafts edited in turn made most of them again on every edit).
 *
 * At most `MAX_DRAFTS` drafts are remembered (the least recently analysed goes).
 */
interface DraftMemory {
  table?: Frequencies;
  readonly texts: Generations<string, RememberedVector>;
  readonly sums: Generations<string, RememberedVector>;
}

const drafts = new Map<string, DraftMemory>();
const MAX_DRAFTS = 256;

/** What is kept of a draft, now the most recently analysed. */
function memoryOf(draft: string): DraftMemory {
  let out = drafts.get(draft);
  if (out) drafts.delete(draft);
  else out = { texts: new Generations(), sums: new Generations() };
  drafts.set(draft, out);
  if (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
  return out;
}

/** Lets go of a draft's table and vectors (when its document closes). */
export function forgetFrequencies(draft: string): void {
  drafts.delete(draft);
}

/** Beyond this many changed documents the table is counted afresh. */
const MAX_CHANGED_DOCUMENTS = 32;
/**
 * Beyond this many differing counts they are folded into a new base. Counts
 * that went back to zero (a mistyped word, corrected) are dropped then, so a
 * draft typed into all day keeps a table the size of its vocabulary.
 */
const MAX_DELTA = 512;

/** How many drafts' frequency tables are remembered (what the tests watch). */
export function rememberedTables(): number {
  let n = 0;
  for (const memory of drafts.values()) if (memory.table) n++;
  return n;
}

/** `base` with the counts of `delta` in place of its own, without the terms no document has. */
function folded(base: ReadonlyMap<string, number>, delta: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(base);
  for (const [term, count] of delta) {
    if (count === 0) out.delete(term);
    else out.set(term, count);
  }
  return out;
}

/** The table of `documents`, made from the draft's last one where an edit allows; kept as its last. */
function frequencies(documents: readonly string[], memory: DraftMemory): Frequencies {
  const last = memory.table;
  let out: Frequencies | undefined;
  if (last) {
    const old = last.documents;
    const max = Math.min(old.length, documents.length);
    let p = 0;
    while (p < max && old[p] === documents[p]) p++;
    let s = 0;
    while (s < max - p && old[old.length - 1 - s] === documents[documents.length - 1 - s]) s++;
    const removed = old.slice(p, old.length - s);
    const added = documents.slice(p, documents.length - s);
    if (removed.length + added.length <= MAX_CHANGED_DOCUMENTS) {
      const delta = new Map(last.delta);
      const count = (t: string) => delta.get(t) ?? last.base.get(t) ?? 0;
      for (const d of removed) for (const t of uniqueTerms(d)) delta.set(t, count(t) - 1);
      for (const d of added) for (const t of uniqueTerms(d)) delta.set(t, count(t) + 1);
      // The terms whose counts the edit changed: a vector without any of them is as it was.
      const changed = new Set<string>();
      for (const d of [...removed, ...added]) {
        for (const t of uniqueTerms(d)) {
          const now = count(t);
          if (now !== (last.delta.get(t) ?? last.base.get(t) ?? 0)) changed.add(t);
          // An edited paragraph gives back most of the terms it took out: keep only the counts that differ from the base.
          if (now === (last.base.get(t) ?? 0)) delta.delete(t);
        }
      }
      const from = { generation: last.generation, changed };
      out =
        delta.size <= MAX_DELTA
          ? { documents, base: last.base, delta, generation: ++generations, from }
          : { documents, base: folded(last.base, delta), delta: new Map(), generation: ++generations, from };
      // The versions an edit replaced are not read again (an undo reads them afresh): let them go now.
      const kept = new Set(added);
      for (const d of removed) if (!kept.has(d)) forgetTerms(d);
    }
  }
  if (!out) {
    const base = new Map<string, number>();
    for (const d of documents) for (const t of uniqueTerms(d)) base.set(t, (base.get(t) ?? 0) + 1);
    out = { documents, base, delta: new Map(), generation: ++generations };
  }
  memory.table = out;
  return out;
}

/**
 * Vectors of recent analyses, by their parts. A vector is what it was as long
 * as the number of documents and the frequency of each of its terms are: the
 * same weights from the same sums in the same order. Checking that costs a
 * lookup per term, but a vector found good with the table an edit made this
 * table from needs checking only for the few terms whose counts the edit
 * changed. A keystroke changes the frequencies of a few words, so most
 * findings' and recommendations' vectors are found here, and so are their
 * scores and comparisons (by the two vectors). A vector with its tables
 * weighs up to about 20 KB.
 */
interface RememberedVector {
  readonly vector: TermVector;
  readonly n: number;
  /** The frequency of each of the vector's terms (in the order of `vector.terms`) when it was made. */
  readonly frequencies: readonly number[];
  /** The generation of the last table the vector was found good with. */
  checked: number;
}

/** How many vectors are remembered for a draft (what the tests watch). */
export function rememberedVectors(draft: string): number {
  const memory = drafts.get(draft);
  return memory ? memory.texts.size + memory.sums.size : 0;
}

/** A weighted sum's key in `DraftMemory.sums`: its parts, weights and texts. */
function sumKey(parts: readonly { text: string; weight: number }[]): string {
  return parts.map((p) => `${p.weight}\u0000${p.text}`).join('\u0001');
}

/** Where the vector of `parts` is remembered, and under which key. */
function vectorSlot(memory: DraftMemory, parts: readonly { text: string; weight: number }[]): [Generations<string, RememberedVector>, string] {
  return parts.length === 1 && parts[0].weight === 1 ? [memory.texts, parts[0].text] : [memory.sums, sumKey(parts)];
}
/** Scores kept per vector (the recommendations it was compared with, over the last few changes to them). */
const MAX_PAIRS = 16;
const scores = new WeakMap<TermVector, Map<TermVector, number>>();
const comparisons = new WeakMap<TermVector, Map<TermVector, Comparison>>();

/**
 * What `compute(a, b)` gives for the pair, remembered in `table` (at most
 * `MAX_PAIRS` per `a`). `compute` takes the pair rather than closing over it:
 * scores are asked for every marked finding and recommendation on every
 * keystroke (1 650 pairs on the tenfold draft), and a closure per lookup was
 * about 170 KB of garbage a keystroke.
 */
function byPair<T>(table: WeakMap<TermVector, Map<TermVector, T>>, a: TermVector, b: TermVector, compute: (a: TermVector, b: TermVector) => T): T {
  let byB = table.get(a);
  if (!byB || byB.size >= MAX_PAIRS) table.set(a, (byB = new Map()));
  let out = byB.get(b);
  if (out === undefined) byB.set(b, (out = compute(a, b)));
  return out;
}

/**
 * An index over `documents`. `draftKey` names the draft they come from across
 * its versions (any stable key; drafts analysed once can share the default).
 */
export function tfidfIndex(documents: readonly string[], draftKey = ''): TermIndex {
  const memory = memoryOf(draftKey);
  const { base, delta, generation, from } = frequencies(documents, memory);
  // A new analysis of the draft: a new generation of its vectors.
  memory.texts.age();
  memory.sums.age();
  const n = documents.length + 1;
  const df = (t: string) => delta.get(t) ?? base.get(t) ?? 0;
  const idfs = new Map<string, number>();
  const idf = (t: string) => {
    let v = idfs.get(t);
    if (v === undefined) {
      v = Math.log(n / (df(t) + 1)) + 1;
      idfs.set(t, v);
    }
    return v;
  };
  const makeVector = (parts: readonly { text: string; weight: number }[]): TermVector => {
    if (parts.length === 1 && parts[0].weight === 1) return oneText(termCounts(parts[0].text), idf);
    const weights = new Map<string, number>();
    const labels = new Map<string, string>();
    for (const part of parts) {
      const counts = new Map<string, number>();
      const read = terms(part.text);
      for (let j = 0; j < read.terms.length; j++) {
        const term = read.terms[j];
        counts.set(term, (counts.get(term) ?? 0) + 1);
        if (!labels.has(term)) labels.set(term, read.labels[j]);
      }
      for (const [k, c] of counts) weights.set(k, (weights.get(k) ?? 0) + part.weight * (1 + Math.log(c)) * idf(k));
    }
    let sq = 0;
    for (const w of weights.values()) sq += w * w;
    const made: TermVector = { labels, norm: Math.sqrt(sq), terms: [...weights.keys()], values: [...weights.values()], termSet: weights };
    weightMaps.set(made, weights);
    return made;
  };
  const vector = (parts: readonly { text: string; weight: number }[]): TermVector => {
    const [cache, key] = vectorSlot(memory, parts);
    const known = cache.get(key);
    if (known && known.n === n) {
      if (known.checked === generation) return known.vector;
      if (from && known.checked === from.generation && !hasAny(known.vector.termSet, from.changed)) {
        known.checked = generation;
        return known.vector;
      }
      const { terms } = known.vector;
      let k = 0;
      while (k < terms.length && df(terms[k]) === known.frequencies[k]) k++;
      if (k === terms.length) {
        known.checked = generation;
        return known.vector;
      }
    }
    const made = makeVector(parts);
    cache.set(detached(key), { vector: made, n, frequencies: made.terms.map(df), checked: generation });
    return made;
  };
  const compareVectors = (a: TermVector, b: TermVector): Comparison => {
    const bWeights = weightsOf(b);
    let dot = 0;
    const contributions: [string, number][] = [];
    for (let i = 0; i < a.terms.length; i++) {
      const k = a.terms[i];
      const x = a.values[i];
      const y = bWeights.get(k);
      if (y) {
        dot += x * y;
        contributions.push([b.labels.get(k) ?? a.labels.get(k) ?? k, x * y]);
      }
    }
    const d = a.norm * b.norm;
    contributions.sort((p, q) => q[1] - p[1]);
    return { score: d ? dot / d : 0, shared: explain(contributions.map((c) => c[0])) };
  };
  const cosine = (a: TermVector, b: TermVector): Comparison => byPair(comparisons, a, b, compareVectors);
  const score = (a: TermVector, b: TermVector): number => byPair(scores, a, b, dotScore);
  return {
    vector,
    cosine,
    score,
    compare: (a, b) => compareVectors(makeVector([{ text: a, weight: 1 }]), makeVector([{ text: b, weight: 1 }])),
  };
}

/**
 * The vector of one text of weight 1, from its remembered counts: the
 * weights, their order and their sum of squares are those of the general
 * case, term by term (`1 * x` and `0 + x` are `x`), so scores are the same to
 * the last bit. Its map of weights, which only a vector compared as the
 * second of a pair needs (a recommendation's), is made when first asked for.
 */
function oneText(counts: TermCounts, idf: (term: string) => number): TermVector {
  const { unique, logCounts, labels } = counts;
  const values = new Array<number>(unique.length);
  let sq = 0;
  for (let i = 0; i < unique.length; i++) {
    const w = logCounts[i] * idf(unique[i]);
    values[i] = w;
    sq += w * w;
  }
  return { labels, norm: Math.sqrt(sq), terms: unique, values, termSet: counts.set };
}

/** The weights of vectors by term, made when first asked for (see `weightsOf`). */
const weightMaps = new WeakMap<TermVector, Map<string, number>>();

/** A vector's weights by term: only a vector compared as the second of a pair needs them (a recommendation's). */
export function weightsOf(vector: TermVector): ReadonlyMap<string, number> {
  let out = weightMaps.get(vector);
  if (!out) {
    out = new Map();
    for (let i = 0; i < vector.terms.length; i++) out.set(vector.terms[i], vector.values[i]);
    weightMaps.set(vector, out);
  }
  return out;
}

/** The cosine of two vectors. */
function dotScore(a: TermVector, b: TermVector): number {
  let dot = 0;
  const { terms, values } = a;
  const bWeights = weightsOf(b);
  for (let i = 0; i < terms.length; i++) {
    const y = bWeights.get(terms[i]);
    if (y) dot += values[i] * y;
  }
  const d = a.norm * b.norm;
  return d ? dot / d : 0;
}

/** Whether `map` has any of `keys`. */
function hasAny(map: { has(key: string): boolean }, keys: ReadonlySet<string>): boolean {
  for (const k of keys) if (map.has(k)) return true;
  return false;
}

/** Phrases first, then words not already in a listed phrase; at most eight. */
function explain(labels: readonly string[]): string[] {
  const phrases = labels.filter((l) => l.includes(' '));
  const inPhrase = new Set(phrases.flatMap((p) => p.split(' ')));
  const words = labels.filter((l) => !l.includes(' ') && !inPhrase.has(l));
  const out: string[] = [];
  for (const l of labels) {
    if (out.length >= 8) break;
    if (l.includes(' ') ? phrases.includes(l) : words.includes(l)) out.push(l);
  }
  return out;
}
