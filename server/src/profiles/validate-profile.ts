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
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`);
}
