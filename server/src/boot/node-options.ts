/**
 * Options for the Node.js that runs the language server. They must be given
 * by whatever starts the process (V8 sizes its heap when the process starts,
 * so the server cannot set them itself): the VS Code extension starts the
 * server with them, and so do the test client and the benchmarks, to measure
 * the server as writers run it. Another editor may add them to its command
 * (`node --max-semi-space-size=4 dist/server.js --stdio`); the server works
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
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4'];
