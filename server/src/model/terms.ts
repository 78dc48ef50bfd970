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

/** What is remembered of a text: its terms, and its distinct terms once asked for. */
interface Remembered extends TextTerms {
  unique?: readonly string[];
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
