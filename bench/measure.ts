/**
 * What the benchmarks measure with: percentiles of a list of timings, a
 * process's resident memory as the system sees it, and a seeded generator for
 * the edits they make.
 */
import { readFileSync } from 'node:fs';

/** The `p`th percentile of `xs` (nearest rank: the smallest value with at least p% of the values at or below it); NaN for no values. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

/** The resident set size of process `pid`, in MB (Linux: from `/proc/<pid>/status`). */
export function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/** A seeded generator of numbers in [0, 1), so every run makes the same edits. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
