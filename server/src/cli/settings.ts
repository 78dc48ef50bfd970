/**
 * The settings each draft is checked with: the nearest config file (or the
 * one given with `--config`), `--rule` flags on top, and the profile chosen by
 * front matter < config file < `--profile`. Config files and profiles are
 * read once per run.
 */
import * as path from 'node:path';
import type { Config } from '../engine/config';
import { mergeConfig } from '../engine/config';
import { findConfigFile, frontMatterProfile, loadConfigFile, selectProfile } from '../engine/config-file';
import type { Profile } from '../profiles/profile-types';
import { UsageError } from './results';

export interface SettingsOptions {
  readonly cwd: string;
  /** `--config`: this file for every draft, no discovery. Absolute. */
  readonly configFile?: string;
  /** `--profile`: a built-in id or a path relative to `cwd`. */
  readonly profile?: string;
  /** `--rule id:severity` flags, over the config file. */
  readonly ruleFlags?: Config;
}

export interface FileSettings {
  /** The rule settings to lint with (config file, then flags). */
  readonly config: Config;
  readonly profile: Profile;
  readonly configFile?: string;
  /** Where the profile choice came from (`--profile`, a config file, a draft's front matter); absent for the default. */
  readonly profileFrom?: string;
}

export class Settings {
  private readonly configs = new Map<string, Config>();
  private readonly found = new Map<string, string | undefined>();
  private readonly profiles = new Map<string, { profile: Profile; from?: string }>();

  constructor(private readonly options: SettingsOptions) {}

  /** Settings for a draft at `draftPath` (undefined: stdin with no name, discovery from the working folder). Throws UsageError. */
  forFile(draftPath: string | undefined, text: string, label: string): FileSettings {
    const dir = draftPath ? path.dirname(draftPath) : this.options.cwd;
    const configFile = this.options.configFile ?? this.discover(dir);
    const fileConfig = configFile ? this.load(configFile) : {};
    const fm = frontMatterProfile(text);
    const selection = {
      frontMatter: fm ? { profile: fm, baseDir: dir, source: `${label} (front matter)` } : undefined,
      configFile: fileConfig.profile && configFile ? { profile: fileConfig.profile, baseDir: path.dirname(configFile), source: configFile } : undefined,
      explicit: this.options.profile ? { profile: this.options.profile, baseDir: this.options.cwd, source: '--profile' } : undefined,
    };
    const chosen = selection.explicit ?? selection.configFile ?? selection.frontMatter;
    const key = chosen ? `${chosen.profile}\0${chosen.baseDir}` : '';
    let resolved = this.profiles.get(key);
    if (!resolved) {
      const r = selectProfile(selection);
      if (r.error) throw new UsageError(r.error.message);
      resolved = { profile: r.profile, from: r.from };
      this.profiles.set(key, resolved);
    }
    return {
      config: mergeConfig(fileConfig, this.options.ruleFlags),
      profile: resolved.profile,
      configFile,
      profileFrom: resolved.from,
    };
  }

  private discover(dir: string): string | undefined {
    if (!this.found.has(dir)) this.found.set(dir, findConfigFile(dir));
    return this.found.get(dir);
  }

  private load(file: string): Config {
    let config = this.configs.get(file);
    if (!config) {
      const r = loadConfigFile(file);
      if (r.error) throw new UsageError(r.error.message);
      config = r.config;
      this.configs.set(file, config);
    }
    return config;
  }
}
