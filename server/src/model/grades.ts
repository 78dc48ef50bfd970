/**
 * Reading grades and judged areas against a profile.
 */
import type { AreaDef, GradeDef, Profile } from '../profiles/profile-types';
import { normaliseName } from './normalise';

export interface GradeReading {
  readonly grade?: string;
  readonly exact: boolean;
}

function looseForm(s: string): string {
  return normaliseName(s).replace(/\brequire\b/g, 'requires');
}

/** A grade as written in a table cell. */
export function readTableGrade(profile: Profile, raw: string): GradeReading {
  const text = raw.trim();
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
  const text = raw.trim();
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

const sentenceCache = new WeakMap<Profile, { area: AreaDef; re: RegExp }[]>();

/** Compiled sentence patterns: `{grade}` becomes a capturing group of every grade's sentence forms. */
export function sentencePatterns(profile: Profile): { area: AreaDef; re: RegExp }[] {
  let cached = sentenceCache.get(profile);
  if (cached) return cached;
  const forms = profile.grades
    .flatMap((g) => [...g.sentenceForms, g.label])
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/ /g, '\\s+'));
  const grade = `(?<grade>${forms.join('|')})`;
  cached = [];
  for (const area of profile.areas) {
    for (const src of area.sentences ?? []) cached.push({ area, re: new RegExp(src.replace('{grade}', grade), 'iu') });
  }
  sentenceCache.set(profile, cached);
  return cached;
}
