/**
 * V8 options the loaders set before the bundle is compiled.
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
 * `--interrupt-budget=400000`: how much bytecode a function runs between
 * V8's checks on whether to optimise it, six times V8's default (67 584).
 * V8 optimises on a helper thread, and on a machine with two cores that
 * thread takes time from the checks: with the default, a function the checks
 * run for a few milliseconds is compiled, often thrown away on meeting a
 * draft's next shape, and compiled again. With the larger budget only the
 * code that keeps running is compiled, later and once. The CLI on 100 drafts
 * took 2.2 to 2.6 s against 3.4 to 3.9 s, with 3.3 to 3.8 s of CPU time
 * against 5.7 to 6.4 s (four alternated rounds; on one thread 2.4 to 3.1 s
 * against 3.0 to 3.5 s). 200 000 did about half as well; 800 000 and
 * 1 600 000 no better than 400 000 on the language server. The language
 * server is also given it on its command line (`node-options.ts`), which
 * reaches Node.js's own code too.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=400000'] as const;

/** Sets `V8_FLAGS` in this process; must run before the code they concern is compiled. */
export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
