/**
 * The command line, parsed and checked. Anything wrong is a UsageError
 * with one line for people (exit 2).
 */
import { parseArgs } from 'node:util';
import type { Config, RuleSetting } from '../engine/config';
import { configurableRules, SEVERITY_SETTINGS } from '../engine/config-schema';
import { rules } from '../rules';
import { formatNames } from './format';
import { UsageError } from './results';

export interface CliArgs {
  readonly inputs: readonly string[];
  readonly format: string;
  readonly outputFile?: string;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly config?: string;
  readonly profile?: string;
  readonly maxWarnings?: number;
  readonly ruleFlags?: Config;
  readonly quiet: boolean;
  /** undefined: colour when writing to a terminal. */
  readonly color?: boolean;
  readonly printConfig?: string;
  readonly listRules: boolean;
  readonly version: boolean;
  readonly help: boolean;
  readonly stdinFilename?: string;
}

const options = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  profile: { type: 'string' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  'stdin-filename': { type: 'string' },
} as const;

const HINT = 'see `inspection-lint --help`';

export function knownRuleIds(): string[] {
  return configurableRules(rules).map((r) => r.id);
}

function parseRuleFlag(flag: string): [string, RuleSetting] {
  const at = flag.lastIndexOf(':');
  if (at <= 0) throw new UsageError(`--rule: expected \`id:severity\`, found \`${flag}\``);
  const id = flag.slice(0, at).trim();
  const severity = flag.slice(at + 1).trim();
  const known = knownRuleIds();
  if (!known.includes(id)) throw new UsageError(`--rule: unknown rule \`${id}\` (known rules: ${known.map((k) => `\`${k}\``).join(', ')})`);
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
    throw new UsageError(`--rule: expected a severity (${SEVERITY_SETTINGS.map((s) => `\`${s}\``).join(', ')}) for \`${id}\`, found \`${severity}\``);
  }
  return [id, severity as RuleSetting];
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const option = /'([^']+)'/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option \`${option ?? err.message}\` (${HINT})`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /--[\w-]+/.exec(err.message)?.[0] ?? /-\w/.exec(err.message)?.[0];
      throw new UsageError(name ? `option \`${name}\` needs a value (${HINT})` : `${err.message.split('\n')[0]} (${HINT})`);
    }
    throw new UsageError(`${err.message.split('\n')[0]} (${HINT})`);
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!formatNames.includes(format)) throw new UsageError(`unknown format \`${format}\` (formats: ${formatNames.map((f) => `\`${f}\``).join(', ')})`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings: expected a whole number of 0 or more, found \`${v['max-warnings']}\``);
    maxWarnings = Number(v['max-warnings']);
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError(`use either \`--fix\` or \`--fix-dry-run\`, not both`);
  if (v.color && v['no-color']) throw new UsageError(`use either \`--color\` or \`--no-color\`, not both`);
  for (const [name, value] of [['--config', v.config], ['--profile', v.profile], ['--output-file', v['output-file']], ['--print-config', v['print-config']], ['--stdin-filename', v['stdin-filename']]] as const) {
    if (value !== undefined && value.trim() === '') throw new UsageError(`option \`${name}\` needs a value (${HINT})`);
  }
  const ruleEntries = (v.rule ?? []).map(parseRuleFlag);
  const inputs = parsed.positionals;
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('`-` (stdin) can be given only once');
  if (v['stdin-filename'] !== undefined && !inputs.includes('-')) throw new UsageError('`--stdin-filename` needs `-` among the inputs');
  return {
    inputs,
    format,
    outputFile: v['output-file'],
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    config: v.config,
    profile: v.profile,
    maxWarnings,
    ruleFlags: ruleEntries.length ? { rules: Object.fromEntries(ruleEntries) } : undefined,
    quiet: v.quiet ?? false,
    color: v['no-color'] ? false : v.color ? true : undefined,
    printConfig: v['print-config'],
    listRules: v['list-rules'] ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
    stdinFilename: v['stdin-filename'],
  };
}
