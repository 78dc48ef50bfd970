/**
 * Running the bundled `dist/cli.js` as people and CI run it, and making
 * throw-away folders of drafts to run it on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { configurableRules } from '../../server/src/engine/config-schema';
import { rules } from '../../server/src/rules';
import { corpus, repoRoot } from '../helpers/drafts';

export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

let built = false;

/** Bundles the CLI once per test run (call from a `before` hook). */
export function buildCli(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.js failed:\n${r.stderr}${r.stdout}`);
  built = true;
}

/** Longer than any run of the suites takes (the 100-draft ones take a few seconds). */
const CLI_LIMIT_MS = 120_000;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function cli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // A run is synchronous: a CLI that hung would hold mocha with it, past any test's timeout.
    timeout: CLI_LIMIT_MS,
  });
  const stopped = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' ? `\n[stopped: the CLI had not ended after ${CLI_LIMIT_MS / 1000} s]` : '';
  return { code: r.status, stdout: r.stdout, stderr: r.stderr + stopped };
}

/** A fresh folder under the system temp folder, removed by `cleanUp`. */
export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'inspection-lint-test-'));
}

export function cleanUp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** Config turning every rule off but these (at their default severity unless given). */
export function onlyRules(keep: Record<string, string>): { rules: Record<string, string> } {
  const out: Record<string, string> = {};
  for (const r of configurableRules(rules)) out[r.id] = keep[r.id] ?? 'off';
  return { rules: out };
}

/**
 * The Sutton report with the number of paragraph 40 deleted (its text stays,
 * unnumbered): exactly one `paragraph-numbering` error, at paragraph 41,
 * which `--fix` renumbers.
 */
export function suttonMissingParagraph40(): string {
  const text = corpus('sutton-2017');
  const broken = text.replace(/\n40\. /, '\n');
  if (broken === text) throw new Error('paragraph 40 not found in the Sutton report');
  return broken;
}

/** The 1-based line holding the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

/** Every output of the tool must be free of stack traces. */
export function assertNoStackTrace(run: CliRun): void {
  for (const stream of [run.stdout, run.stderr]) {
    if (/\n\s+at .+\(.*:\d+:\d+\)|\n\s+at .+:\d+:\d+/.test(stream)) throw new Error(`stack trace in output:\n${stream}`);
  }
}
