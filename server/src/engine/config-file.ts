/**
 * The config file `.inspection-lint.json`: finding it (walking up from a
 * draft's folder), reading and validating it against its JSON Schema, and
 * choosing the profile a draft is checked against.
 *
 * Profile precedence, lowest first: the draft's front matter `profile:` key,
 * the config file's `profile`, an explicit choice (the CLI's `--profile`).
 *
 * Shared by the CLI and the language server; no LSP imports.
 */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, parse as parseYaml, parseDocument } from 'yaml';
import { QUIET_YAML } from '../util/yaml-options';
import { RecentCache } from '../util/recent';
import { builtInProfile, builtInProfileIds, defaultProfile, parseProfile } from '../profiles/profiles';
import type { Profile } from '../profiles/profile-types';
import { rules as allRules } from '../rules';
import type { Config } from './config';
import { configurableRules, SEVERITY_SETTINGS } from './config-schema';
import type { RuleMeta } from './types';
import validateConfig from '../generated/config-validator';

export const CONFIG_FILE_NAME = '.inspection-lint.json';

export interface ConfigError {
  /** One line for people, naming the file and the problem: `/x/.inspection-lint.json:3:5: unknown rule \`foo\` ...`. */
  readonly message: string;
  /** The problem alone, without the file and position. */
  readonly problem: string;
  readonly file?: string;
  /** 1-based, when known. */
  readonly line?: number;
  /** 1-based, when known. */
  readonly column?: number;
}

export function configError(problem: string, file?: string, line?: number, column?: number): ConfigError {
  const where = file === undefined ? '' : line === undefined ? `${file}: ` : `${file}:${line}:${column ?? 1}: `;
  return { message: `${where}${problem}`, problem, file, line, column };
}

/** The nearest `.inspection-lint.json` in `startDir` or a folder above it, up to the filesystem root. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    try {
      // Looked up on every keystroke: a missing file is an answer, not an exception (whose stack costs more than the look-up).
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // not readable: not here
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Ajv's options for the config schema, with which `npm run schema` generates its validator. */
export const CONFIG_VALIDATION = { allErrors: true, strict: false };

/** Reads and validates a config file. A broken file keeps no partial settings: `config` is `{}` with an error. */
export function loadConfigFile(file: string): { config: Config; error?: ConfigError } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? (e as Error).message})`;
    return { config: {}, error: configError(why, file) };
  }
  return parseConfigText(text.replace(/^\uFEFF/, ''), file);
}

/** Validates config text (the content of `file`). */
export function parseConfigText(text: string, file: string): { config: Config; error?: ConfigError } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const raw = (e as Error).message;
    const at = /at position (\d+)/.exec(raw);
    const problem = `not valid JSON: ${raw.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')}`;
    if (at) {
      const { line, column } = lineColumn(text, Number(at[1]));
      return { config: {}, error: configError(problem, file, line, column) };
    }
    return { config: {}, error: configError(problem, file) };
  }
  if (validateConfig(data)) return { config: data as Config };
  const found = explain(data, allRules) ?? {
    problem: (validateConfig.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`)[0] ?? 'not a valid config',
    path: pathOf(validateConfig.errors?.[0]?.instancePath ?? ''),
    key: false,
  };
  const offset = locate(text, found.path, found.key);
  if (offset === undefined) return { config: {}, error: configError(found.problem, file) };
  const { line, column } = lineColumn(text, offset);
  return { config: {}, error: configError(found.problem, file, line, column) };
}

interface Explanation {
  readonly problem: string;
  /** Path to the value (or key) at fault. */
  readonly path: readonly string[];
  readonly key: boolean;
}

const quote = (s: string): string => `\`${s}\``;
const list = (items: readonly string[]): string => items.map(quote).join(', ');

function typeName(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${quote(JSON.stringify(v))}`;
}

/** A message for people for the first thing wrong, in the order a person reads the file. */
function explain(data: unknown, rules: readonly RuleMeta[]): Explanation | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { problem: `Expected an object, found ${typeName(data)}`, path: [], key: false };
  const top = data as Record<string, unknown>;
  const settings = ['$schema', 'profile', 'rules'];
  for (const k of Object.keys(top)) {
    if (!settings.includes(k)) return { problem: `Unknown setting ${quote(k)} (known settings: ${list(settings)})`, path: [k], key: true };
  }
  if ('$schema' in top && typeof top.$schema !== 'string') return { problem: `Expected \`$schema\` to be a string, found ${typeName(top.$schema)}`, path: ['$schema'], key: false };
  if ('profile' in top && (typeof top.profile !== 'string' || top.profile === '')) {
    return { problem: `Expected \`profile\` to be a built-in profile id (${list(builtInProfileIds())}) or a path to a profile JSON file, found ${typeName(top.profile)}`, path: ['profile'], key: false };
  }
  if (!('rules' in top)) return undefined;
  const ruleSettings = top.rules;
  if (typeof ruleSettings !== 'object' || ruleSettings === null || Array.isArray(ruleSettings)) {
    return { problem: `Expected \`rules\` to be an object of rule ids to settings, found ${typeName(ruleSettings)}`, path: ['rules'], key: false };
  }
  const known = configurableRules(rules);
  const severities = SEVERITY_SETTINGS.map(quote).join(', ');
  for (const [id, setting] of Object.entries(ruleSettings as Record<string, unknown>)) {
    const rule = known.find((r) => r.id === id);
    if (!rule) return { problem: `Unknown rule ${quote(id)} (known rules: ${list(known.map((r) => r.id))})`, path: ['rules', id], key: true };
    if (typeof setting === 'string') {
      if (!(SEVERITY_SETTINGS as readonly string[]).includes(setting)) return { problem: `Rule ${quote(id)}: expected a severity (${severities}), found ${quote(setting)}`, path: ['rules', id], key: false };
      continue;
    }
    if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
      return { problem: `Rule ${quote(id)}: expected a severity (${severities}) or an object of settings, found ${typeName(setting)}`, path: ['rules', id], key: false };
    }
    const options = Object.keys(rule.defaultOptions ?? {});
    for (const [key, value] of Object.entries(setting as Record<string, unknown>)) {
      if (key === 'severity') {
        if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
          return { problem: `Rule ${quote(id)}: expected \`severity\` to be one of ${severities}, found ${typeName(value)}`, path: ['rules', id, key], key: false };
        }
        continue;
      }
      if (!options.includes(key)) {
        const known = options.length ? `known options: \`severity\`, ${list(options)}` : 'it takes only `severity`';
        return { problem: `Rule ${quote(id)}: unknown option ${quote(key)} (${known})`, path: ['rules', id, key], key: true };
      }
      const expected = rule.defaultOptions![key];
      if (!sameKind(expected, value)) {
        return { problem: `Rule ${quote(id)}: expected option ${quote(key)} to be ${kindName(expected)}, found ${typeName(value)}`, path: ['rules', id, key], key: false };
      }
    }
  }
  return undefined;
}

function kindName(v: unknown): string {
  if (Array.isArray(v)) return `an array of ${typeof v[0] === 'number' ? 'numbers' : typeof v[0] === 'boolean' ? 'booleans' : 'strings'}`;
  return typeof v === 'object' && v !== null ? 'an object' : `a ${typeof v}`;
}

function sameKind(expected: unknown, value: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(value)) return false;
    const itemType = expected.length ? typeof expected[0] : 'string';
    return value.every((v) => typeof v === itemType);
  }
  if (typeof expected === 'object' && expected !== null) return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === typeof expected;
}

function pathOf(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Offset of a value (or of its key) in JSON text; undefined when it cannot be found. */
function locate(text: string, keys: readonly string[], key: boolean): number | undefined {
  try {
    const doc = parseDocument(text, { ...QUIET_YAML, uniqueKeys: false });
    let node: unknown = doc.contents;
    let offset: number | undefined = (doc.contents as { range?: number[] } | null)?.range?.[0];
    for (let i = 0; i < keys.length; i++) {
      if (!isMap(node)) return offset;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === keys[i]);
      if (!pair) return offset;
      const last = i === keys.length - 1;
      if (last && key) return (pair.key as { range?: number[] }).range?.[0];
      node = pair.value;
      offset = (pair.value as { range?: number[] } | null)?.range?.[0] ?? (pair.key as { range?: number[] }).range?.[0];
    }
    return offset;
  } catch {
    return undefined;
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/** True when a profile setting names a file rather than a built-in id. */
export function isProfilePath(value: string): boolean {
  return /[\\/]/.test(value) || value.toLowerCase().endsWith('.json');
}

/** How many profile files are kept as read (a team has a few). */
const MAX_PROFILE_FILES = 32;

/** A profile file as last read: its profile or the error it gave, and the last profile it gave (kept while it is broken). */
interface ProfileFile {
  mtimeMs: number;
  size: number;
  profile?: Profile;
  error?: ConfigError;
  good?: Profile;
}

/**
 * Profile files by path, read again only when they change: one profile object
 * for every check of a draft while its file is as it was. Only files that are
 * there, or once gave a profile, are kept (a path typed letter by letter into
 * front matter names a file that is not there at each keystroke), and only
 * the most recently used (`RecentCache`).
 */
const profileFiles = new RecentCache<string, ProfileFile>(MAX_PROFILE_FILES);

/** How many profile files are kept as read (what the tests watch). */
export function profileFilesKept(): number {
  return profileFiles.size;
}

/** Makes the next use of every profile file read it again (the server, when it is told files changed). */
export function forgetProfileFiles(): void {
  profileFiles.forEach((f) => (f.mtimeMs = -1));
}

/**
 * The profile a config names: a built-in id, or a path to a profile JSON
 * file relative to `baseDir`. No profile in the config: the default profile.
 * A profile file is read again only when it changes (its modification time or
 * size); when it is broken, or gone, the last profile it gave stays in force,
 * if it ever gave one (`lastGood`), else the default profile, with the error.
 */
export function resolveProfile(config: Config, baseDir: string, source?: string): { profile: Profile; error?: ConfigError; lastGood?: boolean } {
  const value = config.profile;
  if (value === undefined || value === '') return { profile: defaultProfile() };
  const builtIn = builtInProfile(value);
  if (builtIn) return { profile: builtIn };
  if (!isProfilePath(value)) {
    return {
      profile: defaultProfile(),
      error: configError(`Unknown profile ${quote(value)} (built-in profiles: ${list(builtInProfileIds())}; or give a path to a profile JSON file)`, source),
    };
  }
  const file = path.resolve(baseDir, value);
  const read = readProfileFile(file, value, source);
  if (read.profile) return { profile: read.profile };
  return read.good ? { profile: read.good, error: read.error, lastGood: true } : { profile: defaultProfile(), error: read.error };
}

function readProfileFile(file: string, value: string, source: string | undefined): ProfileFile {
  const prev = profileFiles.get(file);
  const unreadable = (e: unknown): ProfileFile => {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (e as Error).message})`;
    return { mtimeMs: -1, size: -1, error: configError(`Profile file ${quote(value)} ${why}`, source ?? file), good: prev?.good };
  };
  let entry: ProfileFile;
  try {
    const stat = statSync(file);
    if (prev && prev.mtimeMs === stat.mtimeMs && prev.size === stat.size) return prev;
    const json = readFileSync(file, 'utf8');
    try {
      const profile = parseProfile(json.replace(/^\uFEFF/, ''), file);
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, profile, good: profile };
    } catch (e) {
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, error: configError((e as Error).message), good: prev?.good };
    }
  } catch (e) {
    entry = unreadable(e);
  }
  // Kept: a file that is there (valid or not, read again only when it changes), or that once gave a profile.
  if (entry.mtimeMs >= 0 || entry.good) profileFiles.set(file, entry);
  else profileFiles.delete(file);
  return entry;
}

/** The `profile:` key of a draft's YAML front matter, if it has one. */
export function frontMatterProfile(text: string): string | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const data: unknown = parseYaml(m[1], QUIET_YAML);
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      const p = (data as Record<string, unknown>).profile;
      if (typeof p === 'string' && p.trim() !== '') return p.trim();
    }
  } catch {
    // A broken front matter is the model's to report; it selects nothing.
  }
  return undefined;
}

export interface ProfileSelection {
  /** Where each candidate came from; the last defined one wins. */
  readonly frontMatter?: { readonly profile: string; readonly baseDir: string; readonly source: string };
  readonly configFile?: { readonly profile: string; readonly baseDir: string; readonly source: string };
  readonly explicit?: { readonly profile: string; readonly baseDir: string; readonly source: string };
}

/** Applies the precedence front matter < config file < explicit choice, and resolves the winner. */
export function selectProfile(selection: ProfileSelection): { profile: Profile; from?: string; error?: ConfigError; lastGood?: boolean } {
  const chosen = selection.explicit ?? selection.configFile ?? selection.frontMatter;
  if (!chosen) return { profile: defaultProfile() };
  const r = resolveProfile({ profile: chosen.profile }, chosen.baseDir, chosen.source);
  return { ...r, from: chosen.source };
}
