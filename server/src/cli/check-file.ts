/**
 * Checking one draft: read its bytes, decode them, choose its settings,
 * analyse (or fix) it, write fixes back safely, and locate every problem
 * for the output formats. Never throws for a problem with the input: that
 * becomes `fatal`, one line for people.
 */
import { readFileSync } from 'node:fs';
import { analyse, fixAll } from '../engine/analyse';
import type { Fix, Problem } from '../engine/types';
import { LineIndex } from '../util/positions';
import type { Span } from '../util/positions';
import { decode, encode } from './decode';
import { unifiedDiff } from './diff';
import type { FileResult, LocatedFix, Message, Region } from './results';
import { UsageError } from './results';
import type { Settings } from './settings';
import { writeIfUnchanged, type WriteOutcome } from './write-file';

export interface CheckTask {
  /** As shown to people. */
  readonly file: string;
  /** Absolute path; undefined for stdin without `--stdin-filename`. */
  readonly path?: string;
  /** The bytes, for stdin (read by the caller). */
  readonly bytes?: Uint8Array;
}

export interface CheckOptions {
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
}

export function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${code ?? (e as Error)?.message ?? String(e)})`;
  }
}

export function checkFile(task: CheckTask, options: CheckOptions, settings: Settings): FileResult {
  const stdin = task.bytes !== undefined;
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readFileSync(task.path!);
  } catch (e) {
    return { file: task.file, path: task.path, messages: [], fatal: `${task.file}: ${readProblem(e)}` };
  }
  const decoded = decode(bytes);
  if ('problem' in decoded) return { file: task.file, path: task.path, messages: [], fatal: `${task.file}: ${decoded.problem}` };
  const { text } = decoded;
  let fileSettings;
  try {
    fileSettings = settings.forFile(task.path, text, task.file);
  } catch (e) {
    if (e instanceof UsageError) return { file: task.file, path: task.path, messages: [], fatal: e.message };
    throw e;
  }
  const { profile, config } = fileSettings;

  if (!options.fix && !options.fixDryRun) {
    const { problems } = analyse(text, profile, config);
    return { file: task.file, path: task.path, messages: locateAll(text, problems) };
  }

  const fixed = fixAll(text, profile, config);
  const messages = locateAll(fixed.text, fixed.problems);
  const changed = fixed.text !== text;
  if (options.fixDryRun) {
    return { file: task.file, path: task.path, messages, fixed: { count: fixed.applied.length, written: false }, diff: unifiedDiff(text, fixed.text, task.file) };
  }
  if (stdin) {
    return { file: task.file, path: task.path, messages, fixed: { count: fixed.applied.length, written: false }, output: encode(fixed.text, decoded).toString('utf8') };
  }
  if (!changed) return { file: task.file, path: task.path, messages, fixed: { count: 0, written: false } };
  try {
    const outcome = writeIfUnchanged(task.path!, bytes, encode(fixed.text, decoded));
    if (outcome !== 'written') {
      const { problems } = analyse(text, profile, config);
      return { file: task.file, path: task.path, messages: locateAll(text, problems), fatal: `${task.file}: ${NOT_WRITTEN[outcome]}; fixes not written` };
    }
  } catch (e) {
    return { file: task.file, path: task.path, messages, fatal: `${task.file}: fixes could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return { file: task.file, path: task.path, messages, fixed: { count: fixed.applied.length, written: true } };
}

const NOT_WRITTEN: Record<Exclude<WriteOutcome, 'written'>, string> = {
  'changed-meanwhile': 'changed while it was being checked',
  'not-a-file': 'not a regular file',
  'read-only': 'read-only',
};

function locateAll(text: string, problems: readonly Problem[]): Message[] {
  const lines = new LineIndex(text);
  const region = (span: Span): Region => {
    const s = lines.human(span.start);
    const e = lines.human(span.end);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const locateFix = (fix: Fix): LocatedFix => ({ title: fix.title, edits: fix.edits.map((e) => ({ ...region(e.span), newText: e.newText })) });
  return problems.map((p) => ({
    ruleId: p.ruleId,
    severity: p.severity,
    message: p.message,
    docsUrl: p.docsUrl,
    ...region(p.span),
    ...(p.fix ? { fix: locateFix(p.fix) } : {}),
    ...(p.suggestions?.length ? { suggestions: p.suggestions.map(locateFix) } : {}),
    ...(p.related?.length ? { related: p.related.map((r) => ({ message: r.message, ...region(r.span) })) } : {}),
  }));
}
