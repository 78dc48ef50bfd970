/**
 * Applying fixes to text. Edits never overlap in what is applied: an edit
 * that overlaps one already taken is left for the next pass.
 */
import type { Fix, Problem, TextEdit } from './types';

export interface AppliedFixes {
  readonly text: string;
  readonly applied: readonly Fix[];
  readonly skipped: readonly Fix[];
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

function clashes(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Applies as many fixes as can be applied together; the rest are skipped. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (fix.edits.some((e) => taken.some((t) => clashes(e, t)))) {
      skipped.push(fix);
      continue;
    }
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

export function fixesOf(problems: readonly Problem[]): Fix[] {
  return problems.flatMap((p) => (p.fix ? [p.fix] : []));
}
