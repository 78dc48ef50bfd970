/**
 * Milliseconds from an arbitrary start, for timing the server's own work.
 *
 * Node.js loads `performance` (its `perf_hooks` modules) the first time the
 * global is read, and in a new server that was the first check of the first
 * draft: about 3 ms of the time to its first diagnostics. The process's own
 * high-resolution clock is there from the start.
 */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
