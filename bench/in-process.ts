/**
 * `npx tsx bench/in-process.ts`: the engine's share of a keystroke, without
 * the language server: incremental parse, model and rules after each seeded
 * random one-character insertion, median and p95, on the Sutton draft (the
 * first 200 edits after opening, then the 200 after those) and on the
 * tenfold draft, beside one full parse of each; and how many keystrokes a
 * collection fell in, with the p95 of the others. A benchmark, not a test.
 */
import * as os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { lint } from '../server/src/engine/lint';
import { buildReport } from '../server/src/model/build';
import { IncrementalParser } from '../server/src/parse/incremental';
import { parseMarkdown } from '../server/src/parse/parse';
import { defaultProfile } from '../server/src/profiles/profiles';
import { suttonText, tenfold } from './generate';
import { percentile, random } from './measure';

const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const profile = defaultProfile();

/** Collections, by when they started: a keystroke they fell in is told apart. */
const collections: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, duration: e.duration });
}).observe({ entryTypes: ['gc'] });

/** `edits` seeded insertions after opening; the first `skip` are made but not measured. */
async function run(name: string, start: string, edits: number, skip = 0): Promise<void> {
  parseMarkdown(start);
  const t = performance.now();
  parseMarkdown(start);
  const full = performance.now() - t;
  const parser = new IncrementalParser();
  let text = start;
  buildReport(text, profile, parser.parse(text));
  const rnd = random(7);
  const times: { parse: number; model: number; rules: number; total: number; at: number }[] = [];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * text.length);
    text = `${text.slice(0, at)}e${text.slice(at)}`;
    const t0 = performance.now();
    const root = parser.parse(text);
    const t1 = performance.now();
    const report = buildReport(text, profile, root);
    const t2 = performance.now();
    lint(report, {});
    const t3 = performance.now();
    if (i >= skip) times.push({ parse: t1 - t0, model: t2 - t1, rules: t3 - t2, total: t3 - t0, at: t0 });
  }
  // Collections are reported after the fact.
  await new Promise((r) => setTimeout(r, 50));
  const met = times.filter((x) => collections.some((c) => c.start >= x.at && c.start < x.at + x.total));
  const clear = times.filter((x) => !met.includes(x)).map((x) => x.total);
  const f = (k: 'parse' | 'model' | 'rules' | 'total') => `${percentile(times.map((x) => x[k]), 50).toFixed(1)} / ${percentile(times.map((x) => x[k]), 95).toFixed(1)} ms`;
  console.log(
    `${name}: full parse ${full.toFixed(0)} ms; per keystroke (median / p95 of ${edits - skip}): parse ${f('parse')}, model ${f('model')}, rules ${f('rules')}, total ${f('total')}; ` +
      `${met.length} keystrokes met a collection, p95 of the others ${percentile(clear, 95).toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  const sutton = suttonText();
  console.log(`\nIn-process benchmark: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
  await run(`Sutton (${sutton.length} characters)`, sutton, EDITS);
  await run(`Sutton, the ${EDITS} edits after those`, sutton, EDITS * 2, EDITS);
  const big = tenfold(sutton);
  await run(`tenfold (${big.length} characters)`, big, Math.max(20, Math.floor(EDITS / 2)));
}

void main();
