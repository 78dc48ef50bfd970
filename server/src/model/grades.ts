/**
 * Reading grades and judged areas against a profile.
 */
import type { AreaDef, GradeDef, Profile } from '../profiles/profile-types';
import { INVISIBLE, normaliseName } from './normalise';

export interface GradeReading {
  readonly grade?: string;
  readonly exact: boolean;
}

function looseForm(s: string): string {
  return normaliseName(s).replace(/\brequire\b/g, 'requires');
}

/**
 * What was written, trimmed, with any run of white space as one space: a
 * non-breaking space, a tab or two spaces between words (as text copied from
 * a PDF often has) read and render as one space, and are not another spelling.
 * Characters that show nothing (a soft hyphen, a zero-width space or joiner,
 * as text copied from a PDF may hold) are left out.
 */
function asWritten(raw: string): string {
  return raw.replace(INVISIBLE, '').trim().replace(/\s+/g, ' ');
}

/** A grade as written in a table cell. */
export function readTableGrade(profile: Profile, raw: string): GradeReading {
  const text = asWritten(raw);
  for (const g of profile.grades) {
    if (text === g.label || (g.tableForms ?? []).includes(text)) return { grade: g.id, exact: true };
  }
  const loose = looseForm(text);
  for (const g of profile.grades) {
    const forms = [g.label, ...(g.tableForms ?? []), ...g.sentenceForms].map(looseForm);
    if (forms.includes(loose)) return { grade: g.id, exact: false };
  }
  return { exact: false };
}

/** A grade as written in a sentence (lower case, verb included where there is one). */
export function readSentenceGrade(profile: Profile, raw: string): GradeReading {
  const text = asWritten(raw);
  for (const g of profile.grades) if (g.sentenceForms.includes(text)) return { grade: g.id, exact: true };
  const loose = looseForm(text);
  for (const g of profile.grades) {
    if ([...g.sentenceForms, g.label, ...(g.tableForms ?? [])].map(looseForm).includes(loose)) return { grade: g.id, exact: false };
  }
  return { exact: false };
}

export function gradeDef(profile: Profile, id: string | undefined): GradeDef | undefined {
  return id === undefined ? undefined : profile.grades.find((g) => g.id === id);
}

/** The area a table label or section title names, if any. */
export function areaByName(profile: Profile, name: string): AreaDef | undefined {
  const n = normaliseName(name);
  return profile.areas.find((a) => normaliseName(a.label) === n || (a.aliases ?? []).some((x) => normaliseName(x) === n));
}

export function areaById(profile: Profile, id: string | undefined): AreaDef | undefined {
  return id === undefined ? undefined : profile.areas.find((a) => a.id === id);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A profile's sentence patterns, each with the area it judges, compiled with `{grade}` standing for one kind of text. */
export type SentencePatterns = { area: AreaDef; re: RegExp }[];

/**
 * Every sentence pattern of the profile, area by area in the profile's
 * order, with `{grade}` replaced by `grade` (made once per profile and
 * kind): the three kinds below are lists in the same order, so a pattern's
 * place in one names it in the others.
 */
function compiled(cache: WeakMap<Profile, SentencePatterns>, profile: Profile, grade: (profile: Profile) => string): SentencePatterns {
  let out = cache.get(profile);
  if (out) return out;
  const group = `(?<grade>${grade(profile)})`;
  out = profile.areas.flatMap((area) => (area.sentences ?? []).map((src) => ({ area, re: new RegExp(spacesAsWhiteSpace(src).replace('{grade}', group), 'iu') })));
  cache.set(profile, out);
  return out;
}

/**
 * A profile's sentence pattern with each space between words standing for any
 * run of white space (`\s+`: spaces, tabs, non-breaking spaces), so that a
 * judgement sentence is read however its words are spaced. Spaces inside a
 * character class or escaped are left as they are.
 */
export function spacesAsWhiteSpace(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ') {
      while (src[i + 1] === ' ') i++;
      out += '\\s+';
    } else out += c;
  }
  return out;
}

const sentenceCache = new WeakMap<Profile, SentencePatterns>();
const skeletonCache = new WeakMap<Profile, SentencePatterns>();
const looseSentenceCache = new WeakMap<Profile, SentencePatterns>();

/** Compiled sentence patterns: `{grade}` becomes a capturing group of every grade's sentence forms. */
export function sentencePatterns(profile: Profile): SentencePatterns {
  // The patterns ignore case: forms that differ only in case are one alternative (a smaller pattern compiles sooner).
  return compiled(sentenceCache, profile, (p) =>
    [...new Map(p.grades.flatMap((g) => [...g.sentenceForms, g.label]).map((f) => [f.toLowerCase(), f])).values()]
      .sort((a, b) => b.length - a.length)
      .map((f) => escapeRegExp(f).replace(/ /g, '\\s+'))
      .join('|'),
  );
}

/**
 * The patterns with `{grade}` standing for any text. A sentence matches one
 * of these whenever it matches the pattern with grades or the loose one, so
 * a heading or paragraph that matches none states no judgement, and the
 * grade patterns never run on it: those are the costly ones to compile
 * (every grade's forms, or any letters, ignoring case), and a draft's first
 * reading offers them every short paragraph.
 */
export function sentenceSkeletons(profile: Profile): SentencePatterns {
  return compiled(skeletonCache, profile, () => '[\\s\\S]+');
}

/**
 * The same patterns with `{grade}` standing for any few words, to find a
 * judgement sentence whose grade is mis-spelt (`... are goood`). A match
 * counts only when the words are close to a grade (see `closestGrade`).
 */
export function looseSentencePatterns(profile: Profile): SentencePatterns {
  return compiled(looseSentenceCache, profile, () => '\\p{L}+(?:[\\s-]\\p{L}+){0,4}');
}

/** Three rows of the distance table, kept between calls (grades are compared with every judgement on every keystroke). */
let rows = new Int32Array(0);

/** Edit distance with adjacent transpositions (optimal string alignment), on lower-cased text. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const width = t.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Row i of the table is rows[(i % 3) * width ...]: the two rows before it are all a step needs.
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= s.length; i++) {
    const cur = (i % 3) * width;
    const prev = ((i + 2) % 3) * width;
    const prev2 = ((i + 1) % 3) * width;
    const si = s.charCodeAt(i - 1);
    rows[cur] = i;
    for (let j = 1; j < width; j++) {
      const tj = t.charCodeAt(j - 1);
      let d = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + (si === tj ? 0 : 1));
      if (i > 1 && j > 1 && si === t.charCodeAt(j - 2) && s.charCodeAt(i - 2) === tj) d = Math.min(d, rows[prev2 + j - 2] + 1);
      rows[cur + j] = d;
    }
  }
  return rows[(s.length % 3) * width + t.length];
}

export interface ClosestGrade {
  readonly grade: string;
  /** The form to write in its place (a table form in a table, a sentence form in a sentence). */
  readonly form: string;
  readonly distance: number;
}

/** Largest edit distance at which an unknown word is taken for a slip of a grade, by default. */
export const DEFAULT_MAX_GRADE_DISTANCE = 2;

/**
 * The grade an unknown word is most likely a slip of, when it is close: at
 * most `maxDistance` edits and fewer than a third of the form's letters, so
 * that `Goood` is `Good` but `poor` is not.
 */
export function closestGrade(profile: Profile, raw: string, inSentence: boolean, maxDistance = DEFAULT_MAX_GRADE_DISTANCE): ClosestGrade | undefined {
  const text = asWritten(raw);
  let best: ClosestGrade | undefined;
  for (const g of profile.grades) {
    const forms = inSentence ? g.sentenceForms : [g.label, ...(g.tableForms ?? [])];
    for (const form of forms) {
      const distance = editDistance(text, form);
      if (distance > maxDistance || distance * 3 >= form.length) continue;
      if (!best || distance < best.distance) best = { grade: g.id, form, distance };
    }
  }
  return best;
}

/**
 * Whether what was written is a sentence form of a grade with its verb in
 * another tense (`required improvement`, `requiring improvement`): in the
 * sentence that opens the executive summary, that says what the services
 * were (`... previously required improvement`), not a slip for the grade.
 */
export function gradeInAnotherTense(profile: Profile, raw: string): boolean {
  const text = asWritten(raw);
  return profile.grades.some((g) => g.sentenceForms.some((form) => anotherTense(text, form)));
}

/** Whether the first word of `text` is that of `form` in the past or with `-ing` (`required`, `requiring` for `requires`). */
function anotherTense(text: string, form: string): boolean {
  const written = /^\p{L}+/u.exec(text.toLowerCase())?.[0];
  const verb = /^\p{L}+/u.exec(form.toLowerCase())?.[0];
  if (!written || !verb || written === verb) return false;
  const stem = /^(\p{L}+?)(?:ed|ing)$/u.exec(written)?.[1];
  return stem !== undefined && stem === verb.replace(/(?:es|e|s)$/, '');
}

/** The canonical form of a known grade for where it stands, the one closest to what was written. */
export function canonicalForm(profile: Profile, gradeId: string, raw: string, inSentence: boolean): string | undefined {
  const g = gradeDef(profile, gradeId);
  if (!g) return undefined;
  const forms = inSentence ? g.sentenceForms : [g.label, ...(g.tableForms ?? [])];
  let best = forms[0];
  for (const f of forms) if (editDistance(raw.trim(), f) < editDistance(raw.trim(), best)) best = f;
  return best;
}
