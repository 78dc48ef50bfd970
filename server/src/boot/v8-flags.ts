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
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = ['--no-regexp-tier-up'] as const;

/** Sets `V8_FLAGS` in this process; must run before the code they concern is compiled. */
export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
