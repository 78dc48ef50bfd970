/**
 * The terms of a text for tf-idf (`similarity.ts`): the stems of its words and
 * the two-word phrases of words that stand together, remembered by text.
 */
import { detached, RecentCache } from '../util/recent';
import { tokens } from './tokens';

/**
 * Terms of a text are asked for again on every keystroke for every unchanged
 * paragraph; remembering them makes re-linking cost what the edit changed.
 * Each text's terms and distinct terms are kept together, under one copy of
 * the text. Texts of a draft's first reading may span two generations
 * (1 024 new texts each; a 2 MB draft has about 2 000), and old versions of
 * edited paragraphs go after two generations (under 15 KB each with their
 * distinct terms, so at most about 30 MB), or at once when the next version
 * of the same draft replaces them.
 */
const termsCache = new RecentCache<string, Remembered>(1_024);

/**
 * The terms of a text in order (stems, and two-word phrases `stem stem` of
 * words that stand together), with the word or words each stands for, as two
 * arrays: a report's first reading holds a few hundred thousand of them, and
 * an object for each would be as many more for the collector to trace.
 */
export interface TextTerms {
  readonly terms: readonly string[];
  readonly labels: readonly string[];
}

/**
 * A text's distinct terms in order of first use, as a tf-idf vector weighs
 * them: each with `1 + ln(count)` and the words it first stood for. A
 * finding's vector is made again whenever the frequency of one of its words
 * changes (on the tenfold benchmark draft, every finding's when a common
 * word's does); counting its terms again each time was most of that.
 */
export interface TermCounts {
  readonly unique: readonly string[];
  readonly logCounts: Float64Array;
  readonly labels: ReadonlyMap<string, string>;
  readonly set: ReadonlySet<string>;
}

/** What is remembered of a text: its terms, and its distinct terms and their counts once asked for. */
interface Remembered extends TextTerms {
  unique?: readonly string[];
  counts?: TermCounts;
}

function remembered(text: string): Remembered {
  let out = termsCache.get(text);
  if (out === undefined) {
    out = computeTerms(text);
    termsCache.set(detached(text), out);
  }
  return out;
}

/** The terms of a text (see `TextTerms`). Read-only (shared). */
export function terms(text: string): TextTerms {
  return remembered(text);
}

/** The distinct terms of a text, for document frequencies. Read-only (shared). */
export function uniqueTerms(text: string): readonly string[] {
  const r = remembered(text);
  return (r.unique ??= [...new Set(r.terms)]);
}

/** The distinct terms of a text with their counts (see `TermCounts`). Read-only (shared). */
export function termCounts(text: string): TermCounts {
  const r = remembered(text);
  return (r.counts ??= countTerms(r));
}

function countTerms(r: Remembered): TermCounts {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (let j = 0; j < r.terms.length; j++) {
    const term = r.terms[j];
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (!labels.has(term)) labels.set(term, r.labels[j]);
  }
  const unique = (r.unique ??= [...counts.keys()]);
  const logCounts = new Float64Array(unique.length);
  for (let i = 0; i < unique.length; i++) logCounts[i] = 1 + Math.log(counts.get(unique[i])!);
  return { unique, logCounts, labels, set: new Set(unique) };
}

function computeTerms(text: string): Remembered {
  const ts = tokens(text);
  const terms: string[] = [];
  const labels: string[] = [];
  ts.forEach((t, i) => {
    terms.push(t.stem);
    labels.push(t.word);
    if (t.joined && i > 0) {
      terms.push(`${ts[i - 1].stem} ${t.stem}`);
      labels.push(`${ts[i - 1].word} ${t.word}`);
    }
  });
  return { terms, labels };
}

/** How many texts' terms are remembered (what the soak and the tests watch). */
export function rememberedTexts(): number {
  return termsCache.size;
}

/** Drops what is remembered of a text's terms. */
export function forgetTerms(text: string): void {
  termsCache.delete(text);
}
