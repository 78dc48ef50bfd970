/**
 * Starting a bundle with a V8 code cache. Compiling the server's bundle, and
 * each function of it the first time it runs, is a good part of a cold start:
 * about 40 ms of the 200 ms from opening a draft on a new server to its
 * first diagnostics. V8 can save the compiled code of a script and take it
 * back on the next start; Node 20 does not do this for modules by itself.
 *
 * `dist/server.js` and `dist/cli.js` are small loaders that run their bundle
 * (`*.bundle.js`) through `runBundle`: the bundle is compiled with the code
 * saved by an earlier run, when there is one that V8 accepts, and on exit a
 * process that had none saves what it compiled (the functions it ran
 * included). The cache file is named by a hash of the bundle's bytes, the
 * Node version, the architecture and V8's options (`v8-flags.ts` too), so a new version never
 * reads an old cache. That hash is what keeps a cache to its bundle: V8
 * refuses a cache made by another V8 or with other options, but of the
 * source it checks only the length. A cache V8 refuses is made again, and
 * the bundle is then compiled as usual.
 *
 * The cache lives in `$INSPECTION_REPORT_CODE_CACHE` when set (`off`: no
 * cache), else in `$XDG_CACHE_HOME/inspection-report-tools/code-cache` or
 * `~/.cache/inspection-report-tools/code-cache`, a directory only its user
 * may write to. Nothing here ever stops the program: a cache that cannot be
 * read or written is simply not used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';

/** What happened to the cache on this start. */
export type CacheOutcome = 'used' | 'none' | 'rejected' | 'off';

/** The directory of the code cache, or undefined when there is to be none. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.INSPECTION_REPORT_CODE_CACHE;
  if (set === 'off' || set === '0') return undefined;
  if (set) return set;
  let home = '';
  try {
    home = homedir();
  } catch {
    // No home directory: no default place for a cache.
  }
  const base = env.XDG_CACHE_HOME || (home ? path.join(home, '.cache') : '');
  return base ? path.join(base, 'inspection-report-tools', 'code-cache') : undefined;
}

/** The cache file for a bundle's bytes and the V8 options its loader set (`v8-flags.ts`), in `dir`. */
export function cacheFile(dir: string, bundle: string, bytes: Uint8Array, flags: readonly string[] = []): string {
  const key = createHash('sha256').update(bytes).update('\0').update(process.version).update('\0').update(process.arch).update('\0').update([...process.execArgv, ...flags].join(' ')).digest('hex').slice(0, 24);
  return path.join(dir, `${path.basename(bundle, '.js')}-${key}.v8`);
}

/**
 * Runs the CommonJS bundle at `bundle` as the module `module` (the loader's
 * own), with a code cache; `flags` are the V8 options the loader set. Gives
 * what happened to the cache.
 */
export function runBundle(bundle: string, module: NodeModule, flags: readonly string[]): CacheOutcome {
  // Hashed as read: hashing the decoded text would encode 1.4 MB back to UTF-8 on every start.
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  const dir = cacheDirectory();
  const file = dir === undefined ? undefined : cacheFile(dir, bundle, bytes, flags);
  let cached: Buffer | undefined;
  if (file) {
    try {
      cached = readFileSync(file);
    } catch {
      // No cache yet.
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  const outcome: CacheOutcome = !file ? 'off' : !cached ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  if (file && outcome !== 'used') process.once('exit', () => save(file, script));
  if (process.env.INSPECTION_REPORT_CODE_CACHE_DEBUG) process.stderr.write(`code cache: ${outcome}${file ? ` ${file}` : ''}\n`);
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeModule, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return outcome;
}

/** Writes the code compiled so far, whole or not at all (another process may be reading or writing the same file). */
function save(file: string, script: Script): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was written.
    }
  }
}
