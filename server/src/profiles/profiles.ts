/**
 * The profiles that ship with the tools, and loading a profile from a file.
 */
import sif2014Sections from './ofsted-sif-2014.json';
import sif2016 from './ofsted-sif-2016.json';
import type { Profile } from './profile-types';
import { validateProfile } from './validate-profile';
import { earlierLayout } from './layout';

export const DEFAULT_PROFILE_ID = 'ofsted-sif-2016';

const sif2016Profile = sif2016 as unknown as Profile;
/** The same framework in its earlier layout: ofsted-sif-2016's grades, areas and acronyms, its own sections. */
const sif2014: Profile = { ...sif2016Profile, ...(sif2014Sections as unknown as Pick<Profile, 'id' | 'name' | 'description' | 'sections'>) } as Profile;

const builtIn: ReadonlyMap<string, Profile> = new Map([
  [sif2016Profile.id, sif2016Profile],
  [sif2014.id, sif2014],
]);

/**
 * The profile a draft is read with, given the one chosen for it and its
 * headings: the built-in profile of the framework reads a draft laid out as the
 * framework's earlier reports (2014 and 2015) with the earlier layout's
 * profile. Drafts are made from a template that names `ofsted-sif-2016`
 * whatever the report's year; the earlier layout is known by its heading
 * `Inspection judgements about the local authority`, which later reports do
 * not have.
 */
export function profileForLayout(profile: Profile, headings: readonly { readonly depth: number; readonly title: string }[]): Profile {
  return profile === builtIn.get(DEFAULT_PROFILE_ID) && earlierLayout(headings) ? builtIn.get(sif2014.id)! : profile;
}

export function builtInProfileIds(): string[] {
  return [...builtIn.keys()];
}

export function builtInProfile(id: string): Profile | undefined {
  return builtIn.get(id);
}

export function defaultProfile(): Profile {
  return builtIn.get(DEFAULT_PROFILE_ID)!;
}

/** Reads a profile from JSON text; throws an Error with a message for people when it is not a valid profile. */
export function parseProfile(json: string, source: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${source}: not valid JSON: ${(e as Error).message}`);
  }
  const problems = validateProfile(data);
  if (problems.length) throw new Error(`${source}: not a valid profile: ${problems[0]}`);
  return data as Profile;
}
