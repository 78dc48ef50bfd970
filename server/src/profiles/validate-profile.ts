/**
 * Validating a profile read from a file, against `profile.schema.json`, with
 * the validator `npm run schema` generates from it (nothing is compiled when
 * the program runs).
 */
import validate from '../generated/profile-validator';

/** Ajv's options for the profile schema, with which `npm run schema` generates its validator. */
export const PROFILE_VALIDATION = { allErrors: false, strict: false };

/** Problems with a profile, for people; empty when it is valid. */
export function validateProfile(data: unknown): string[] {
  if (!validate(data)) return (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`);
  return badPatterns(data as { areas: { sentences?: string[] }[]; sections: SectionLike[] });
}

interface SectionLike {
  readonly titlePatterns?: readonly string[];
  readonly children?: readonly SectionLike[];
}

/** The profile's regular expressions that do not compile (the schema sees only strings). */
function badPatterns(profile: { areas: { sentences?: string[] }[]; sections: SectionLike[] }): string[] {
  const out: string[] = [];
  const check = (path: string, source: string) => {
    try {
      new RegExp(source.replace('{grade}', '(?<grade>x)'), 'iu');
    } catch (e) {
      out.push(`${path} is not a regular expression (${(e as Error).message})`);
    }
  };
  profile.areas.forEach((a, i) => (a.sentences ?? []).forEach((src, j) => check(`/areas/${i}/sentences/${j}`, src)));
  const walk = (sections: readonly SectionLike[], path: string) =>
    sections.forEach((sec, i) => {
      (sec.titlePatterns ?? []).forEach((src, j) => check(`${path}/${i}/titlePatterns/${j}`, src));
      walk(sec.children ?? [], `${path}/${i}/children`);
    });
  walk(profile.sections, '/sections');
  return out;
}
