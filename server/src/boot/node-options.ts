import { lessEagerOptimisation } from './v8-flags';

/**
 * Options for the Node.js that runs the language server. They must be given
 * by whatever starts the process (V8 sizes its heap when the process starts,
 * and Node.js's own code is set up before the server runs, so the server
 * cannot set them itself): the VS Code extension starts the
 * server with them, and so do the test client and the benchmarks, to measure
 * the server as writers run it. Another editor may add them to its command
 * (`node --max-semi-space-size=4 --interrupt-budget=400000 dist/server.js --stdio`
 * on Node.js 20); the server works
 * the same without them.
 *
 * `--max-semi-space-size=4`: the young generation, where an analysis makes
 * almost everything it allocates, stays within 4 MB a half instead of growing
 * to V8's 16 MB. The server's work comes in bursts of a few megabytes (an
 * analysis per change), so the small one is no slower once warm; but growing
 * the large one means writing to memory the process has never touched, and
 * a virtual machine can charge 10 to 20 µs for each fresh 4 KB page. A new
 * server's first diagnostics on the Sutton draft came about a fifth sooner
 * (medians of 130 against 160 ms over 8 alternated runs; 2 MB did as well,
 * 1 MB and 8 MB no better than the default).
 *
 * Optimising less eagerly (`lessEagerOptimisation` in `v8-flags.ts`, which
 * the loader sets too, but only once Node.js's own code, the streams that
 * carry every message among it, is set up), by the option this Node.js's V8
 * has: the extension starts the server with the Node.js it runs on itself,
 * so it asks its own. On Node.js 20, given on the command line, Sutton's
 * first 200 keystrokes on a new server took 10.3 to 12.9 ms at p95 against
 * 15.9 to 17.7 ms without it, and 12.5 to 14.3 ms with the loader's setting
 * alone (four alternated rounds of the three); a new server's first
 * diagnostics on Sutton came in 118 to 196 ms against 130 to 240 ms, sooner
 * in each of six alternated pairs. The keystrokes after those, and those on
 * the tenfold draft, did not change beyond the noise. An option the running
 * V8 does not know would stop Node.js at once, so none is given for a V8 it
 * was not measured on.
 */
export function serverNodeOptions(v8Version: string = process.versions.v8): string[] {
  const lessEager = lessEagerOptimisation(v8Version);
  return ['--max-semi-space-size=4', ...(lessEager ? [lessEager] : [])];
}
