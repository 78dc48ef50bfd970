/**
 * Acronym introductions (`multi-agency safeguarding hub (MASH)`) and uses.
 *
 * Only prose is read: text in paragraphs, list items, headings, table cells
 * and footnotes, never code, HTML comments, URLs or front matter. Each
 * introduction and use records where it stands (`prose`, `heading`, `table`)
 * so rules can treat headings and tables, which readers meet out of order,
 * differently from running text.
 */
import type { Root } from 'mdast';
import { spanOf } from '../parse/mdast';
import type { AcronymContext, AcronymIntroduction, AcronymUse, Span } from './types';
import { insideAny, readCodeSpans } from './code';
import { BlockReading, joined, type Block } from './blocks';
import { detached, RecentCache } from '../util/recent';
import { moveSpan } from '../util/positions';

/**
 * A word that may be an acronym (`MASH`, `CiCC`, `SDQs`, `H&WBB`): a capital,
 * then letters and `&`, ending in a letter, standing alone, with a second
 * capital somewhere after the first (`isAcronym` wants two). Words with one capital, a sentence's first word or
 * a name, are not matched at all: there are many of them, and each match is
 * an object to make and look at.
 */
export const acronymWord = /(?<![\p{L}\p{N}_&./@\\])([A-Z][A-Za-z&]*[A-Z](?:[A-Za-z&]*[A-Za-z])?)(?![\p{L}\p{N}_&])/gu;
/** An introduction's brackets: `(MASH)`, or `(the MASH)` as some reports write it; `(CP-IS)`, parts joined by hyphens. */
const introPattern = /\((?:the\s+)?([A-Z][A-Za-z&]*[A-Za-z](?:-[A-Z][A-Za-z&]*[A-Za-z])*)\)/gu;
const romanNumeral = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Small words an expansion may hold that its acronym leaves out: `child and adolescent mental health services (CAMHS)`. */
const smallWords = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'on', 'with', 'or', 'a', 'an', 'at', 'by', '&']);
/** Small words of a title that no list of acronyms holds (`AND` may join two acronyms: `CAFCASS AND CAMHS`). */
const TITLE_WORDS = new Set(['THE', 'OF', 'FOR', 'ABOUT', 'THIS']);
/** Small words in capitals, never acronyms themselves. */
const CAPITALISED_WORDS = new Set([...TITLE_WORDS, 'AND']);

/** True for a word written as an acronym: mostly capitals, at least two of them, not a Roman numeral, not a small word in capitals (`CAFCASS AND CAMHS`). */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[&-]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  const lower = letters.length - upper;
  if (upper < 2 || lower > Math.max(1, Math.floor(upper / 3))) return false;
  return !romanNumeral.test(word) && !CAPITALISED_WORDS.has(word);
}

/** The acronym without a plural `s`: `SDQs` and `SDQ` are one acronym. */
export function acronymKey(word: string): string {
  if (word.length > 2 && word.endsWith('s') && /[A-Z].*[A-Z]/.test(word.slice(0, -1))) return word.slice(0, -1);
  return word;
}

/** An expansion as people mean it: case, apostrophes, hyphens and plurals do not matter. */
export function normaliseExpansion(expansion: string): string {
  return normalisedExpansions.remember(expansion, normaliseExpansionAfresh);
}

/** Expansions as normalised, remembered: the rule compares every introduction's on every keystroke. */
const normalisedExpansions = new RecentCache<string, string>(1_024);

/** Plurals that are not a singular and an `s`: `children in need (CIN)` and `child in need (CIN)` are one expansion. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { children: 'child', people: 'person', women: 'woman', men: 'man' };

function normaliseExpansionAfresh(expansion: string): string {
  return expansion
    .toLowerCase()
    .replace(/\[\^[^\]\s]+\]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/[-–—]/g, ' ')
    .split(/[^\p{L}\p{N}'&]+/u)
    .filter(Boolean)
    .map((w) => IRREGULAR_PLURALS[w] ?? (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w))
    .join(' ');
}

interface Unit {
  /** The hyphen-separated parts of a word: `multi-agency` is `multi`, `agency`. */
  readonly parts: readonly string[];
  readonly start: number;
}

function unitsBefore(text: string, from: number, to: number): Unit[] {
  const slice = text.slice(from, to);
  const out: Unit[] = [];
  for (const m of slice.matchAll(/[\p{L}\p{N}'’&]+(?:-[\p{L}\p{N}'’]+)*/gu)) {
    out.push({ parts: m[0].split('-'), start: from + (m.index ?? 0) });
  }
  return out;
}

/**
 * Finds the words before `(` whose initials spell the acronym, reading
 * backwards from the bracket. A hyphenated word gives one letter or one per
 * part; small words (`and`, `of`) may be skipped. Returns the index of the
 * first word of the expansion.
 */
function matchInitials(units: readonly Unit[], letters: string): number | undefined {
  const lower = letters.toLowerCase();
  const attempt = (li: number, wi: number, skips: number): number | undefined => {
    if (li === 0) return wi;
    if (wi === 0) return undefined;
    const u = units[wi - 1];
    const initials = u.parts.map((p) => p[0]?.toLowerCase() ?? '');
    const takes = u.parts.length > 1 ? [1, u.parts.length] : [1];
    const isSmall = u.parts.length === 1 && smallWords.has(u.parts[0].toLowerCase());
    // An expansion does not start with a small word when a longer one fits: `assessed and supported year in employment (ASYE)`.
    if (isSmall && li === 1 && skips < 2) {
      const r = attempt(li, wi - 1, skips + 1);
      if (r !== undefined) return r;
    }
    for (const k of takes) {
      if (k > li) continue;
      const want = lower.slice(li - k, li);
      const got = k === 1 ? initials[0] : initials.join('');
      if (want === got) {
        const r = attempt(li - k, wi - 1, 0);
        if (r !== undefined) return r;
      }
    }
    // `&` in the acronym may stand for `and`: `health and well-being board (H&WBB)`.
    if (isSmall && skips < 2 && li < letters.length) return attempt(li, wi - 1, skips + 1);
    return undefined;
  };
  // A word after the expansion that the acronym leaves out: `multi-agency sexual exploitation meeting (MASE)`.
  return attempt(letters.length, units.length, 0) ?? (units.length > 1 ? attempt(letters.length, units.length - 1, 0) : undefined);
}

/** The block a text node sits in, and whether that block is a heading or a table. */
interface Place {
  readonly blockStart: number;
  readonly context: AcronymContext;
}

interface TextRun {
  readonly span: Span;
  readonly place: Place;
}

function textRuns(root: Root | Block): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (node: Root['children'][number] | Root | Block, place: Place) => {
    let here = place;
    if (node.type === 'heading') here = { blockStart: spanOf(node).start, context: 'heading' };
    else if (node.type === 'tableCell') here = { blockStart: spanOf(node).start, context: 'table' };
    else if (node.type === 'paragraph' && place.context === 'prose') here = { blockStart: spanOf(node).start, context: 'prose' };
    if (node.type === 'text') {
      runs.push({ span: spanOf(node), place: here });
      return;
    }
    if ('children' in node) for (const c of node.children) visit(c as Root['children'][number], here);
  };
  visit(root, { blockStart: 0, context: 'prose' });
  return runs;
}

/** How far back a post-nominal's name is looked for: the one reading of a block that reaches before it. */
const POST_NOMINAL_REACH = 60;

/**
 * A capitalised post-nominal after a person's name, as in an inspection team
 * list: `Maire Atherton SCRI,`, `Peter McEntee SCRI`, `Mary O'Brien SCRI and
 * ...`, `Janet Fraser, SHMI`. It names a role, not a term to introduce. A name
 * is two words or more that open with a capital and hold a small letter.
 */
function isPostNominal(text: string, start: number, end: number, runEnd: number): boolean {
  const before = text.slice(Math.max(0, start - POST_NOMINAL_REACH), start);
  const m = /(?:^|[\s:,])\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(,?)\s+$/u.exec(before);
  if (!m) return false;
  const after = text.slice(end, runEnd);
  // A comma before it, or `and` after it, only for inspectors' own post-nominals: `the Metropolitan Police, CAMHS and
  // schools` names partners.
  const inspector = INSPECTOR_POST_NOMINALS.has(text.slice(start, end));
  if (m[1] && !inspector) return false;
  return /^(?:[,;]|\.?\s*(?:$|\n))/.test(after) || (inspector && /^\s+and\s/.test(after));
}

/** Post-nominals of Ofsted's inspectors, as team lists give them. */
const INSPECTOR_POST_NOMINALS = new Set(['HMI', 'SHMI', 'SCRI', 'RI', 'AI', 'OI', 'HMIs', 'SHMIs', 'SCRIs', 'RIs', 'AIs', 'OIs']);

interface RunAcronyms {
  readonly introductions: readonly AcronymIntroduction[];
  readonly uses: readonly AcronymUse[];
}

/**
 * What each block holds, remembered by block (see `blocks.ts`). A run looks
 * back at most 240 characters for an expansion, but within its paragraph, and
 * `POST_NOMINAL_REACH` for a post-nominal's name, which may reach into the
 * block before: the block is read afresh when those characters change. Code
 * spans lie wholly inside one block.
 */
const byBlock = new BlockReading<RunAcronyms>(POST_NOMINAL_REACH, (found, by) => {
  for (const i of found.introductions) {
    moveSpan(i.span, by);
    moveSpan(i.acronymSpan, by);
  }
  for (let k = 0; k < found.uses.length; k++) {
    const use = found.uses[k];
    moveSpan(use.span, by);
    if (use.parts) for (const part of use.parts) moveSpan(part.span, by);
  }
});

export function readAcronyms(text: string, root: Root, code: readonly Span[] = readCodeSpans(root)): { introductions: AcronymIntroduction[]; uses: AcronymUse[] } {
  const found = byBlock.readAll(text, root, (block) => readRuns(text, block, code));
  return { introductions: joined(found, (f) => f.introductions), uses: joined(found, (f) => f.uses) };
}

/** What `readAcronyms` gives, read afresh without what was remembered (the specification its cache is held to). */
export function readAcronymsAfresh(text: string, root: Root, code: readonly Span[] = readCodeSpans(root)): { introductions: AcronymIntroduction[]; uses: AcronymUse[] } {
  return readRuns(text, root, code);
}

/** The acronyms of every text run in a draft or a block, read afresh. */
function readRuns(text: string, node: Root | Block, code: readonly Span[]): { introductions: AcronymIntroduction[]; uses: AcronymUse[] } {
  const introductions: AcronymIntroduction[] = [];
  const uses: AcronymUse[] = [];
  for (const run of textRuns(node)) {
    const found = readRun(text, run, code);
    introductions.push(...found.introductions);
    uses.push(...found.uses);
  }
  return { introductions, uses };
}

function readRun(text: string, run: TextRun, code: readonly Span[]): RunAcronyms {
  const introductions: AcronymIntroduction[] = [];
  const uses: AcronymUse[] = [];
  {
    const slice = text.slice(run.span.start, run.span.end);
    const introAt = new Set<number>();
    for (const m of slice.matchAll(introPattern)) {
      const open = run.span.start + (m.index ?? 0);
      const acronym = m[1];
      if (!isAcronym(acronym) || insideAny(code, open)) continue;
      const at = open + m[0].length - 1 - acronym.length;
      introAt.add(at);
      introductions.push(introduction(text, run.place, open, acronym, at));
    }
    let last: AcronymUse | undefined;
    for (const m of shouted(slice) ? [] : slice.matchAll(acronymWord)) {
      const start = run.span.start + (m.index ?? 0);
      const word = m[1];
      if (!isAcronym(word) || insideAny(code, start)) continue;
      const end = start + word.length;
      const use: AcronymUse = { acronym: word, key: acronymKey(word), span: { start, end }, context: run.place.context };
      // `CP-IS`: acronyms joined by a hyphen are read as one, which keeps its parts (see `AcronymUse.parts`).
      const joined = last && last.span.end + 1 === start && text.charCodeAt(last.span.end) === HYPHEN ? compound(last, use) : undefined;
      if (joined) {
        if (uses[uses.length - 1] === last) uses[uses.length - 1] = joined;
        last = joined;
        continue;
      }
      last = use;
      if (introAt.has(start) || isPostNominal(text, start, end, run.span.end)) continue;
      uses.push(use);
    }
  }
  return { introductions, uses };
}

const HYPHEN = 45;

/**
 * Text written all in capitals, as a title or a contents row may be
 * (`EXECUTIVE SUMMARY`, `RECOMMENDATIONS`, `THE LOCAL AUTHORITY`): its words
 * are not acronyms. No lower-case letter, and a word of ten letters or more,
 * two of seven or more, or one of seven or more with `THE`, `OF`, `FOR`,
 * `ABOUT` or `THIS`: acronyms are shorter, and are not written with those
 * (`CAFCASS AND CAMHS`, `SENDIASS/MASH` are acronyms still).
 */
function shouted(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  const long = words.filter((w) => w.length >= 7);
  return long.some((w) => w.length >= 10) || long.length >= 2 || (long.length === 1 && words.some((w) => TITLE_WORDS.has(w)));
}

/** `a` and `b`, joined by the hyphen between them, as one use keeping both as its parts. */
function compound(a: AcronymUse, b: AcronymUse): AcronymUse {
  const acronym = `${a.acronym}-${b.acronym}`;
  return { acronym, key: acronymKey(acronym), span: { start: a.span.start, end: b.span.end }, context: a.context, parts: [...(a.parts ?? [a]), b] };
}

function introduction(text: string, place: Place, open: number, acronym: string, at: number): AcronymIntroduction {
  const key = acronymKey(acronym);
  const letters = key.replace(/[&-]/g, '');
  const acronymSpan = { start: at, end: at + acronym.length };
  // Look back no further than the block, and not past the end of a sentence.
  const windowStart = Math.max(place.blockStart, open - 240);
  const sentenceStart = lastSentenceBreak(text, windowStart, open);
  const units = unitsBefore(text, sentenceStart, open).slice(-(letters.length * 3 + 4));
  const first = matchInitials(units, letters);
  const matched = first !== undefined;
  const from = matched ? units[first].start : units[Math.max(0, units.length - letters.length)]?.start ?? open;
  // A copy, not a view into the draft: the reading is remembered with its block.
  const expansion = detached(text.slice(from, open).replace(/\s+/g, ' ').trim().replace(/[\s,;:’'"“”‘]+$/u, ''));
  return { acronym, key, expansion, matched, span: { start: from, end: at + acronym.length + 1 }, acronymSpan, context: place.context };
}

function lastSentenceBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === ';' || c === ':') && /\s/.test(text[i + 1] ?? ' ')) return i + 1;
    if (c === '(' || c === ')') return i + 1;
  }
  return from;
}
