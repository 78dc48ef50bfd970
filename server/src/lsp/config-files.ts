/**
 * The `.inspection-lint.json` config file, as the server sees it: the nearest
 * one above a draft (found and read by the engine's `config-file`, the same
 * code the CLI uses), cached by path and modification time. A broken file is
 * reported once (until it is mended: broken again, it is reported again) and
 * the last good content of that file stays in force.
 */
import * as fs from 'node:fs';
import type { Config } from '../engine/config';
import { findConfigFile, loadConfigFile } from '../engine/config-file';

export { CONFIG_FILE_NAME } from '../engine/config-file';

export interface LoadedConfig {
  readonly path: string;
  readonly config: Config;
}

export interface ConfigFileError {
  readonly path: string;
  readonly message: string;
  /** True when earlier good content of the file stays in force. */
  readonly keptLastGood: boolean;
}

interface Entry {
  mtimeMs: number;
  size: number;
  good?: Config;
  error?: string;
}

export class ConfigFiles {
  private readonly cache = new Map<string, Entry>();
  private readonly reported = new Set<string>();

  constructor(private readonly onError: (e: ConfigFileError) => void) {}

  /** The nearest config file at or above `dir`, or undefined. */
  find(dir: string): string | undefined {
    return findConfigFile(dir);
  }

  /** The config in force for a draft in `dir`: the file's content, or its last good content when it is broken. */
  forDirectory(dir: string): LoadedConfig | undefined {
    const p = this.find(dir);
    if (!p) return undefined;
    const config = this.load(p);
    return config ? { path: p, config } : undefined;
  }

  /** Forgets cached content so the next read sees the file again (on a watched-file change). */
  invalidate(): void {
    for (const e of this.cache.values()) e.mtimeMs = -1;
  }

  private load(p: string): Config | undefined {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      return this.cache.get(p)?.good;
    }
    const prev = this.cache.get(p);
    if (prev && prev.mtimeMs === stat.mtimeMs && prev.size === stat.size) return prev.good;
    const entry: Entry = { mtimeMs: stat.mtimeMs, size: stat.size, good: prev?.good };
    const loaded = loadConfigFile(p);
    if (!loaded.error) {
      entry.good = loaded.config;
      // Mended: the same mistake made again is news again.
      for (const key of this.reported) if (key.startsWith(`${p}\n`)) this.reported.delete(key);
    } else {
      entry.error = loaded.error.message;
      const key = `${p}\n${entry.error}`;
      if (!this.reported.has(key)) {
        this.reported.add(key);
        this.onError({ path: p, message: entry.error, keptLastGood: entry.good !== undefined });
      }
    }
    this.cache.set(p, entry);
    return entry.good;
  }
}
