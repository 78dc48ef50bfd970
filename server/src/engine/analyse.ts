/**
 * The whole pipeline for one draft: text to problems, with fixes applied to
 * convergence when asked.
 */
import type { Profile } from '../profiles/profile-types';
import { buildReport } from '../model/build';
import type { Report } from '../model/types';
import type { Config } from './config';
import { lint } from './lint';
import { applyFixes, fixesOf } from './fixes';
import { limitsProblem } from './limits';
import { emptyRoot } from './incremental';
import type { Fix, Problem } from './types';

export interface Analysis {
  readonly report: Report;
  readonly problems: readonly Problem[];
}

export function analyse(text: string, profile: Profile, config: Config = {}): Analysis {
  const refused = limitsProblem(text);
  if (refused) return { report: buildReport('', profile, emptyRoot()), problems: [refused] };
  const report = buildReport(text, profile);
  return { report, problems: lint(report, { config }) };
}

export interface FixResult {
  readonly text: string;
  readonly applied: readonly Fix[];
  readonly problems: readonly Problem[];
}

/**
 * Passes `fixAll` makes at most. Fixes whose edits meet (two headings inserted at
 * one place) go in one per pass: a draft missing every required section needs a
 * dozen passes, and the loop stops as soon as a pass changes nothing.
 */
export const MAX_FIX_PASSES = 30;

/** Applies every fix, re-checking between passes, until nothing fixable is left (at most `maxPasses`). */
export function fixAll(text: string, profile: Profile, config: Config = {}, maxPasses = MAX_FIX_PASSES): FixResult {
  let current = text;
  const applied: Fix[] = [];
  let analysis = analyse(current, profile, config);
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixesOf(analysis.problems);
    if (fixes.length === 0) break;
    const r = applyFixes(current, fixes);
    if (r.applied.length === 0 || r.text === current) break;
    applied.push(...r.applied);
    current = r.text;
    analysis = analyse(current, profile, config);
  }
  return { text: current, applied, problems: analysis.problems };
}
