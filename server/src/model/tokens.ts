/**
 * The words of a text for linking: letters, apostrophes and hyphens, lower-cased
 * and lightly stemmed, without stopwords and words of under three letters.
 */
import { porterStem } from './stem';
import { RecentCache } from '../util/recent';

const stopwords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours yourself yourselves ensure ensuring'
  ).split(/\s+/),
);

/** Stems of recent words: a draft's vocabulary stays, mistyped words go after two generations. */
const stems = new RecentCache<string, string>(8_192);

export function stem(word: string): string {
  return stems.remember(word, stemAfresh);
}

function stemAfresh(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/[’']s?$/, '');
  return w.includes('-') ? w.split('-').map(porterStem).join('-') : porterStem(w);
}

export interface Token {
  readonly stem: string;
  readonly word: string;
  /** True when the previous token is the word right before it in the text (no stopword or punctuation between). */
  readonly joined: boolean;
}

/** A letter outside ASCII (`\p{L}`). */
const LETTER = /\p{L}/u;

/** a to z, A to Z (0x20 is the bit between the two cases). */
function asciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** How many code units the letter at `i` takes (a letter beyond U+FFFF takes two), or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return asciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return LETTER.test(text[i]) ? 1 : 0;
}

/**
 * The end of the word that starts at `i` (a letter, then letters,
 * apostrophes and hyphens), or `i` when no word starts there. A scan, not a
 * pattern: a draft's first reading tokenises every paragraph before V8 has
 * compiled this, and a match object per word cost more there than the scan.
 */
export function wordEnd(text: string, i: number): number {
  const first = letterAt(text, i);
  if (first === 0) return i;
  const n = text.length;
  let end = i + first;
  while (end < n) {
    const d = text.charCodeAt(end);
    if (asciiLetter(d)) end++;
    else if (d === 0x27 || d === 0x2019 || d === 0x2d) end++;
    else if (d < 0x80) break;
    else {
      const w = letterAt(text, end);
      if (w === 0) break;
      end += w;
    }
  }
  return end;
}

/** The words of `text` (see `wordEnd`), lower-cased and stemmed, without stopwords and words of under three letters. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let lastEnd = -1;
  let lastKept = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    i = wordEnd(text, start);
    if (i === start) {
      i++;
      continue;
    }
    const raw = text.slice(start, i);
    // Without one closing apostrophe, then without closing hyphens.
    let end = raw.length;
    const last = raw.charCodeAt(end - 1);
    if (last === 0x27 || last === 0x2019) end--;
    while (end > 0 && raw.charCodeAt(end - 1) === 0x2d) end--;
    const lower = (end === raw.length ? raw : raw.slice(0, end)).toLowerCase();
    // Joined to the word before when only white space stands between them: spaces, tabs, and a line
    // break, which inside a paragraph is a space (a draft wrapped at 80 columns says what one line says).
    let adjacent = lastEnd >= 0 && start > lastEnd;
    for (let k = lastEnd; adjacent && k < start; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) adjacent = false;
    }
    lastEnd = start + raw.length;
    if (lower.length < 3 || stopwords.has(lower) || lower === 'recommendation' || lower === 'recommendations') {
      lastKept = false;
      continue;
    }
    out.push({ stem: stem(lower), word: lower, joined: adjacent && lastKept });
    lastKept = true;
  }
  return out;
}
