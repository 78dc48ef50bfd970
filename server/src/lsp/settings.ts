/**
 * The editor settings the server reads, under the `inspectionReport` prefix.
 * Declared for VS Code in package.json `contributes.configuration`; a test
 * keeps the two in step. Resolved per document, never held in globals.
 */
import type { Config, RuleSetting } from '../engine/config';

export type TraceSetting = 'off' | 'messages' | 'verbose';

export interface Settings {
  /** A built-in profile id or a path to a profile file; `""` uses front matter, config file or the default profile. */
  readonly profile: string;
  /** Rule id -> severity or `{ severity, ...options }`. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly acronyms: { readonly allow: readonly string[] };
  /** Glob patterns of the Markdown files that are drafts. */
  readonly drafts: readonly string[];
  readonly diagnostics: { readonly debounce: number };
  readonly inlayHints: { readonly enabled: boolean };
  readonly codeLens: { readonly enabled: boolean };
  readonly trace: { readonly server: TraceSetting };
}

export const defaultSettings: Settings = {
  profile: '',
  rules: {},
  acronyms: { allow: [] },
  drafts: ['**/*.report.md'],
  diagnostics: { debounce: 150 },
  inlayHints: { enabled: true },
  codeLens: { enabled: true },
  trace: { server: 'off' },
};

/** The engine configuration the editor settings stand for (the top layer over the config file). */
export function settingsToConfig(settings: Settings): Config {
  const rules: Record<string, RuleSetting> = { ...settings.rules };
  if (settings.acronyms.allow.length) {
    const prev = rules.acronyms;
    const prevAllow = typeof prev === 'object' && prev !== null && Array.isArray(prev.allow) ? (prev.allow as unknown[]) : [];
    const base = typeof prev === 'object' && prev !== null ? prev : typeof prev === 'string' ? { severity: prev } : {};
    rules.acronyms = { ...base, allow: [...prevAllow, ...settings.acronyms.allow] };
  }
  return settings.profile ? { profile: settings.profile, rules } : { rules };
}

/** Reads whatever the client sent (possibly partial or mistyped) into complete settings. */
export function readSettings(raw: unknown): Settings {
  const r = isObject(raw) ? raw : {};
  const d = defaultSettings;
  const sub = (k: string) => (isObject(r[k]) ? (r[k] as Record<string, unknown>) : {});
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
  const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  const strings = (v: unknown, fallback: readonly string[]) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback);
  const trace = str(sub('trace').server, d.trace.server);
  return {
    profile: str(r.profile, d.profile),
    rules: isObject(r.rules) ? (r.rules as Record<string, RuleSetting>) : d.rules,
    acronyms: { allow: strings(sub('acronyms').allow, d.acronyms.allow) },
    drafts: strings(r.drafts, d.drafts),
    diagnostics: { debounce: num(sub('diagnostics').debounce, d.diagnostics.debounce) },
    inlayHints: { enabled: bool(sub('inlayHints').enabled, d.inlayHints.enabled) },
    codeLens: { enabled: bool(sub('codeLens').enabled, d.codeLens.enabled) },
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
