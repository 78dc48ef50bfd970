/**
 * V8 options the loaders set before the bundle is compiled. Node.js exits at
 * once when its command line holds an option its V8 does not know, and
 * `setFlagsFromString` prints an error for one, so an option whose name
 * changed between V8 versions is given only to the versions that have it.
 *
 * `--no-regexp-tier-up`: by default V8 first compiles a regular expression
 * for its bytecode interpreter, runs it there, and compiles it again to
 * machine code once it has been used. The model and the rules hold a few
 * hundred patterns, some of them long (the judgement sentences of every
 * grade), and a new process meets each of them cold, once per short
 * paragraph: compiling each pattern once, to machine code, made the CLI's
 * check of one draft use about 4% less CPU time (ten runs each way on the
 * Sutton draft). The price is machine code for the few patterns that
 * would have run once and stayed interpreted.
 *
 * Optimising less eagerly (`lessEagerOptimisation`): V8 optimises a function
 * on a helper thread once it has run for a while, and on a machine with two
 * cores that thread takes time from the checks: a function the checks run
 * for a few milliseconds is compiled, often thrown away on meeting a draft's
 * next shape, and compiled again. Six times V8's own threshold, only the code
 * that keeps running is compiled, later and once.
 * - V8 11.3 (Node.js 20) counts the bytecode a function runs:
 *   `--interrupt-budget=400000` against its 67 584. The CLI on 100 drafts
 *   took 2.2 to 2.6 s against 3.4 to 3.9 s, with 3.3 to 3.8 s of CPU time
 *   against 5.7 to 6.4 s (four alternated rounds; on one thread 2.4 to 3.1 s
 *   against 3.0 to 3.5 s). 200 000 did about half as well; 800 000 and
 *   1 600 000 no better than 400 000 on the language server.
 * - V8 11.8 to 13 (Node.js 21 to 24) count calls instead:
 *   `--invocation-count-for-turbofan=18000` against their 3 000. On Node.js
 *   22 the CLI on 100 drafts took 1.9 to 2.0 s against 2.3 to 2.4 s (9 000:
 *   2.1 s; three alternated rounds).
 * - Any other V8: nothing (the option may be gone or mean something else).
 * The language server is also given it on its command line
 * (`node-options.ts`), which reaches Node.js's own code too.
 *
 * `--expose-gc`, for the language server only: it collects the young
 * generation while the writer is between keystrokes (`idle-collection.ts`),
 * which needs V8's `gc`. Set by the loader before the bundle is compiled, so
 * the code cache is made and read with the same options.
 */
import { setFlagsFromString } from 'node:v8';

/** The option that makes this V8 (`major.minor...`) optimise less eagerly, if it is one of those it was measured on. */
export function lessEagerOptimisation(v8Version: string = process.versions.v8): string | undefined {
  const [major, minor] = v8Version.split('.').map(Number);
  if (major === 11 && minor <= 3) return '--interrupt-budget=400000';
  if ((major === 11 && minor >= 8) || major === 12 || major === 13) return '--invocation-count-for-turbofan=18000';
  return undefined;
}

/** Which program a loader starts: the language server gets `--expose-gc` as well. */
export type Program = 'cli' | 'server';

/** The options the loaders set, for this V8 and program. */
export function v8Flags(v8Version: string = process.versions.v8, program: Program = 'cli'): string[] {
  const lessEager = lessEagerOptimisation(v8Version);
  return ['--no-regexp-tier-up', ...(lessEager ? [lessEager] : []), ...(program === 'server' ? ['--expose-gc'] : [])];
}

/** Sets `v8Flags()` for `program` in this process, and gives them; must run before the code they concern is compiled. */
export function setV8Flags(program: Program): string[] {
  const flags = v8Flags(process.versions.v8, program);
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
