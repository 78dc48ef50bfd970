/**
 * Configuration: which profile, which rules at which severity, rule options.
 * The same data whether it comes from a config file (CLI and server) or from
 * editor settings (server); `mergeConfig` layers them.
 */
import type { Severity } from './types';

export type RuleSetting = Severity | 'off' | ({ severity?: Severity | 'off' } & Record<string, unknown>);

export interface Config {
  /** A built-in profile id, or a path to a profile JSON file (relative to the config file). */
  readonly profile?: string;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export interface ResolvedRule {
  readonly severity: Severity | 'off';
  readonly options: Readonly<Record<string, unknown>>;
}

/** Later layers win; rule settings merge per rule, options per key. */
export function mergeConfig(...layers: (Config | undefined)[]): Config {
  let profile: string | undefined;
  const rules: Record<string, RuleSetting> = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile) profile = layer.profile;
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      const prev = rules[id];
      if (typeof setting === 'object' && setting !== null && typeof prev === 'object' && prev !== null) rules[id] = { ...prev, ...setting };
      else if (typeof setting === 'object' && setting !== null && typeof prev === 'string') rules[id] = { severity: prev, ...setting };
      else if (typeof setting === 'string' && typeof prev === 'object' && prev !== null) rules[id] = { ...prev, severity: setting };
      else rules[id] = setting;
    }
  }
  return { profile, rules };
}

export function resolveRule(config: Config, id: string, defaultSeverity: Severity, defaultOptions: Readonly<Record<string, unknown>> = {}): ResolvedRule {
  const setting = config.rules?.[id];
  if (setting === undefined) return { severity: defaultSeverity, options: defaultOptions };
  if (typeof setting === 'string') return { severity: setting, options: defaultOptions };
  const { severity, ...options } = setting;
  return { severity: severity ?? defaultSeverity, options: { ...defaultOptions, ...options } };
}
