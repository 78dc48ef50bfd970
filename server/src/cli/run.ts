/**
 * The `inspection-lint` command: arguments in, an exit code out. Output
 * goes to the streams given, so that tests and the entry point share it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { resolveRule } from '../engine/config';
import { configurableRules } from '../engine/config-schema';
import { rules } from '../rules';
import type { CliArgs } from './args';
import { parseCliArgs } from './args';
import { runMap } from './map/run-map';
import { checkAll } from './pool';
import { decode } from './decode';
import { formatters } from './format';
import { HELP, listRules } from './help';
import { displayPath, expandInputs } from './inputs';
import type { FileResult } from './results';
import { count, UsageError } from './results';
import { Settings } from './settings';
import type { SettingsOptions } from './settings';
import { buildReport } from '../model/build';

export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTty: boolean;
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  readStdin(): Uint8Array;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_TROUBLE = 2;

const allRuleMeta = configurableRules(rules);

function settingsOptions(args: CliArgs, cwd: string): SettingsOptions {
  return {
    cwd,
    configFile: args.config ? path.resolve(cwd, args.config) : undefined,
    profile: args.profile,
    ruleFlags: args.ruleFlags,
  };
}

function useColor(args: CliArgs, io: Io): boolean {
  if (args.color !== undefined) return args.color;
  if (args.outputFile) return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty;
}

function printConfig(args: CliArgs, io: Io): number {
  const file = path.resolve(io.cwd, args.printConfig!);
  let text = '';
  try {
    const decoded = decode(readFileSync(file));
    if (!('problem' in decoded)) text = decoded.text;
  } catch {
    // The settings of a file that does not exist yet are still settings.
  }
  const s = new Settings(settingsOptions(args, io.cwd)).forFile(file, text, displayPath(file, io.cwd));
  // The profile the file is read with, as the model chooses it (the earlier layout's, for a draft laid out so).
  const profile = buildReport(text, s.profile).profile;
  const resolved = Object.fromEntries(allRuleMeta.map((r) => [r.id, resolveRule(s.config, r.id, r.defaultSeverity, r.defaultOptions)]));
  io.stdout(
    JSON.stringify(
      { file: displayPath(file, io.cwd), configFile: s.configFile ?? null, profile: profile.id, profileFrom: s.profileFrom ?? 'default', rules: resolved },
      null,
      2,
    ) + '\n',
  );
  return EXIT_OK;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await runChecked(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`inspection-lint: ${e.message}\n`);
      return EXIT_TROUBLE;
    }
    throw e;
  }
}

async function runChecked(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'map') return runMap(argv, io);
  const args = parseCliArgs(argv);
  if (args.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  if (args.listRules) {
    io.stdout(args.format === 'json' ? JSON.stringify(allRuleMeta, null, 2) + '\n' : listRules(allRuleMeta));
    return EXIT_OK;
  }
  if (args.printConfig) return printConfig(args, io);

  const inputs = args.inputs.length ? args.inputs : ['.'];
  let stdin: { bytes: Uint8Array; filename?: string } | undefined;
  if (inputs.includes('-')) {
    try {
      stdin = { bytes: io.readStdin(), filename: args.stdinFilename };
    } catch (e) {
      throw new UsageError(`<stdin>: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  const tasks = expandInputs(inputs, io.cwd, stdin);
  const results = await checkAll(tasks, { fix: args.fix, fixDryRun: args.fixDryRun }, settingsOptions(args, io.cwd));

  // One line per distinct problem: a broken config shared by many drafts is said once.
  for (const fatal of new Set(results.flatMap((r) => (r.fatal ? [r.fatal] : [])))) io.stderr(`inspection-lint: ${fatal}\n`);
  const c = count(results);
  const shown: FileResult[] = args.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : results;

  const report = formatters[args.format](shown, { cwd: io.cwd, color: useColor(args, io), rules: allRuleMeta, version, fileCount: tasks.length });
  const fixedStdin = results.find((r) => r.output !== undefined);
  // With `--fix -`, stdout carries the draft (an editor's filter puts it in place of the text it sent), whatever happens.
  const stdinFix = args.fix === true && stdin !== undefined;
  if (args.fixDryRun) for (const r of results) if (r.diff) io.stdout(r.diff);
  if (args.outputFile) {
    try {
      writeFileSync(path.resolve(io.cwd, args.outputFile), report);
    } catch (e) {
      throw new UsageError(`${args.outputFile}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  } else if (stdinFix) {
    // stdout carries the draft; the report goes beside it.
    io.stderr(report);
  } else {
    io.stdout(report);
  }
  // The fixed draft, or, when it could not be checked (a broken config, bytes that are not UTF-8), the draft as it came.
  if (stdinFix) io.stdout(fixedStdin ? fixedStdin.output! : stdin!.bytes);
  if (args.format !== 'stylish') {
    for (const r of results) if (r.fixed?.written && r.fixed.count > 0) io.stderr(`inspection-lint: fixed ${r.fixed.count} problem${r.fixed.count === 1 ? '' : 's'} in ${r.file}\n`);
  }

  if (c.fatal) return EXIT_TROUBLE;
  if (c.errors) return EXIT_PROBLEMS;
  if (args.maxWarnings !== undefined && c.warnings > args.maxWarnings) {
    io.stderr(`inspection-lint: ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, more than the ${args.maxWarnings} allowed by --max-warnings\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
