/**
 * Turning command-line inputs into the drafts to check, in input order
 * without repeats (a file reached through a symbolic link and by its own
 * path is one draft): files as given, folders searched for `**\/*.report.md`,
 * glob patterns expanded; `node_modules` and `.git` are never searched.
 * A folder or pattern that finds nothing is a UsageError; a missing file
 * becomes a task that reports `file not found`.
 */
import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import type { CheckTask } from './check-file';
import { UsageError } from './results';

export const DRAFT_GLOB = '**/*.report.md';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Shown path: relative to the working folder when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function expandInputs(inputs: readonly string[], cwd: string, stdin?: { bytes: Uint8Array; filename?: string }): CheckTask[] {
  const tasks: CheckTask[] = [];
  const seen = new Set<string>();
  // A file is one draft however it is reached: by a symbolic link and by its own path it is checked (and fixed) once.
  const add = (abs: string): void => {
    const key = realPath(abs);
    if (seen.has(key)) return;
    seen.add(key);
    tasks.push({ file: displayPath(abs, cwd), path: abs });
  };
  for (const input of inputs) {
    if (input === '-') {
      const abs = stdin?.filename ? path.resolve(cwd, stdin.filename) : undefined;
      tasks.push({ file: abs ? displayPath(abs, cwd) : '<stdin>', path: abs, bytes: stdin?.bytes ?? new Uint8Array() });
      continue;
    }
    const abs = path.resolve(cwd, input);
    if (isFolder(abs)) {
      const found = fg.sync(DRAFT_GLOB, { cwd: abs, absolute: true, onlyFiles: true, ignore: IGNORE, followSymbolicLinks: false }).sort();
      if (found.length === 0) throw new UsageError(`${input}: no drafts (\`*.report.md\`) in this folder`);
      for (const f of found) add(path.normalize(f));
      continue;
    }
    if (fg.isDynamicPattern(input) && !exists(abs)) {
      const pattern = input.replace(/\\/g, '/');
      const found = fg.sync(pattern, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE, dot: false }).sort();
      if (found.length === 0) throw new UsageError(`${input}: no files match this pattern`);
      for (const f of found) add(path.normalize(f));
      continue;
    }
    add(abs);
  }
  return tasks;
}

/** The path with every symbolic link resolved; the path as it is when it cannot be (a missing file, reported later). */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
