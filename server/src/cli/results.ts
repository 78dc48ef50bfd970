/**
 * What checking one file produces, in the form every output format reads:
 * positions are 1-based lines and UTF-16 columns of the text a person sees
 * (after a byte-order mark), end exclusive.
 */
import type { Severity } from '../engine/types';

export interface Region {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface LocatedEdit extends Region {
  readonly newText: string;
}

export interface LocatedFix {
  readonly title: string;
  readonly edits: readonly LocatedEdit[];
}

export interface Message extends Region {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly docsUrl: string;
  readonly fix?: LocatedFix;
  readonly suggestions?: readonly LocatedFix[];
  readonly related?: readonly (Region & { readonly message: string })[];
}

export interface FixSummary {
  /** Problems fixed (fixes applied, over every pass). */
  readonly count: number;
  /** True when the fixed text was written back to the file. */
  readonly written: boolean;
}

export interface FileResult {
  /** The path as shown to people: relative to the working folder when inside it, `<stdin>` or `--stdin-filename` for stdin. */
  readonly file: string;
  /** Absolute path, or undefined for stdin without `--stdin-filename`. */
  readonly path?: string;
  readonly messages: readonly Message[];
  readonly fixed?: FixSummary;
  /** For stdin with `--fix`: the fixed text (byte-order mark and line endings as read). */
  readonly output?: string;
  /** For `--fix-dry-run`: a unified diff of what `--fix` would change; empty when nothing. */
  readonly diff?: string;
  /** The tool could not check this file; one line for people. */
  readonly fatal?: string;
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly fixable: number;
  readonly fatal: number;
}

export function count(results: readonly FileResult[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  let fatal = 0;
  for (const r of results) {
    if (r.fatal) fatal++;
    for (const m of r.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
      if (m.fix) fixable++;
    }
  }
  return { errors, warnings, infos, fixable, fatal };
}

/** A bad argument, broken config or unreadable input: the tool cannot do its job (exit 2). */
export class UsageError extends Error {}
