/**
 * `npm run bench:soak`: 50 drafts open at once on the bundled server, with
 * one-character edits arriving at typing speed, round the drafts, for a
 * bounded time (BENCH_SOAK_SECONDS, 240 by default).
 *
 * Warm-up ends when every draft has been opened, checked and edited at least
 * once, and BENCH_SOAK_WARM_SECONDS (a quarter of the run, at most 60 s) of
 * editing have passed. The soak prints, at the end of warm-up and at the end:
 * the server's resident memory (as the system sees it) and its heap after a
 * forced full collection (memory the server still holds, read through
 * `bench/heap-probe.js`, which the server is started with); the growth
 * between the two (the target is under 10%); and the keystroke-to-diagnostics
 * latency, median and p95, of the edits after warm-up (timed from sending the
 * change, with the client's own copy of the text already edited, as
 * `bench/scale.ts` times keystrokes). Resident memory is
 * read every 5 s without forcing anything; the two forced collections are the
 * only change to how the server runs.
 *
 * Resident memory moves by tens of megabytes from one 5 s sample to the next
 * (as collections come and go), so its growth is taken between the mean of the
 * samples of the last 30 s of warm-up and that of the last 30 s of the run
 * (neither just after a forced collection, which lowers it for a while).
 *
 * The drafts are the five corpus reports, ten copies of each, made different
 * from one another (`distinctCopy`: each numbered paragraph of copy k opens
 * `Draft k:`), as 50 drafts a team has open are. With
 * BENCH_SOAK_COPIES=identical the copies are the same text: the server then
 * reads each paragraph once for all ten, and memory grows as typing makes
 * the copies differ, towards what different drafts need from the start.
 *
 * BENCH_SOAK_NODE_OPTIONS gives options for the server's Node.js instead of
 * those the VS Code extension starts it with (`serverNodeOptions()`), e.g.
 * `--max-old-space-size=256` (an empty value gives none);
 * BENCH_SOAK_DRAFTS and BENCH_SOAK_INTERVAL_MS the number of drafts and the
 * time between edits. A benchmark: it never fails on figures, only if the
 * server stops answering.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../test/lsp/lsp-client';
import { distinctCopy } from './generate';
import { serverNodeOptions } from '../server/src/boot/node-options';
import { percentile, random, rssMb } from './measure';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 240);
const WARM_SECONDS = Number(process.env.BENCH_SOAK_WARM_SECONDS ?? Math.min(60, SECONDS / 4));
const DRAFTS = Number(process.env.BENCH_SOAK_DRAFTS ?? 50);
/** About eight characters a second: a fast typist. */
const INTERVAL_MS = Number(process.env.BENCH_SOAK_INTERVAL_MS ?? 125);
/** Ten identical copies of each corpus draft instead of ten different drafts (see the header). */
const IDENTICAL = process.env.BENCH_SOAK_COPIES === 'identical';
const NODE_OPTIONS = process.env.BENCH_SOAK_NODE_OPTIONS !== undefined ? process.env.BENCH_SOAK_NODE_OPTIONS.split(/\s+/).filter(Boolean) : serverNodeOptions();
const names = ['sutton-2017', 'kent-2017', 'kensington-and-chelsea-2016', 'hackney-2016', 'isles-of-scilly-2016'];

const mb = (bytes: number) => bytes / 2 ** 20;

interface Memory {
  /** Resident memory before the forced collection. */
  readonly rss: number;
  /** Heap in use after a full collection. */
  readonly heap: number;
  /** Resident memory after it. */
  readonly rssAfterGc: number;
}

/** Resident memory, then the heap after a forced full collection (from `heap-probe.js` in the server). */
async function memory(client: LspClient): Promise<Memory> {
  const rss = rssMb(client.process.pid!);
  const from = client.logs.length;
  client.process.kill('SIGUSR2');
  const line = await client.until(() => client.logs.slice(from).join('').match(/heap-probe heapUsed=(\d+) heapTotal=\d+ rss=(\d+)/) ?? undefined, 'the heap probe', 60_000);
  return { rss, heap: mb(Number(line[1])), rssAfterGc: mb(Number(line[2])) };
}

const growth = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const client = new LspClient({
    diagnostics: 'push',
    settings: { diagnostics: { debounce: 0 } },
    nodeArgs: [...NODE_OPTIONS, '--require', path.join(__dirname, 'heap-probe.js')],
  });
  await client.initialize();
  const uris: string[] = [];
  for (let i = 0; i < DRAFTS; i++) {
    const name = names[i % names.length];
    const uri = `file:///soak/${i}-${name}.report.md`;
    const text = readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'corpus', `${name}.report.md`), 'utf8');
    await client.open(uri, IDENTICAL ? text : distinctCopy(text, Math.floor(i / names.length)));
    uris.push(uri);
  }
  await client.until(() => uris.every((u) => client.published.some((p) => p.uri === u)), 'first diagnostics of every draft', 600_000);
  const pid = client.process.pid!;
  console.log(
    `soak: ${DRAFTS} drafts open (${IDENTICAL ? 'ten identical copies of each corpus draft' : 'all different'}), edits every ${INTERVAL_MS} ms for ${SECONDS} s (warm-up ${WARM_SECONDS} s); ${os.cpus().length} cores, Node ${process.version}, ` +
      `server options ${NODE_OPTIONS.join(' ') || '(none)'}; load average ${os.loadavg()[0].toFixed(2)}`,
  );
  console.log(`memory with all drafts open: ${rssMb(pid).toFixed(0)} MB resident`);

  const started = Date.now();
  const edited = new Set<string>();
  /** Latency of each edit, and whether it was sent after warm-up. */
  const latencies: { ms: number; warm: boolean }[] = [];
  const rss: { at: number; mb: number }[] = [];
  const loads: number[] = [];
  let warm: Memory | undefined;
  let warmAt = 0;
  let nextSample = 0;
  const rnd = random(7);
  const pending: Promise<void>[] = [];
  for (let i = 0; Date.now() - started < SECONDS * 1000; i++) {
    const uri = uris[i % uris.length];
    const text = client.text(uri);
    const at = Math.floor(rnd() * text.length);
    const pos = client.position(uri, at);
    const afterWarmUp = warm !== undefined;
    // Timed from sending, with the client's own copy already edited, as `npm run bench` times keystrokes.
    const change = client.stage(uri, [{ range: { start: pos, end: pos }, newText: i % 3 === 0 ? ' ' : 'e' }]);
    const t0 = performance.now();
    const version = await client.send(change);
    edited.add(uri);
    pending.push(
      client.until(() => client.published.find((p) => p.uri === uri && p.version === version), `diagnostics for ${uri} v${version}`, 120_000).then(() => {
        latencies.push({ ms: performance.now() - t0, warm: afterWarmUp });
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    if (elapsed >= nextSample) {
      rss.push({ at: elapsed, mb: rssMb(pid) });
      loads.push(os.loadavg()[0]);
      nextSample += 5;
    }
    if (warm === undefined && elapsed >= WARM_SECONDS && edited.size === uris.length) {
      warm = await memory(client);
      warmAt = elapsed;
      console.log(`end of warm-up (${elapsed.toFixed(0)} s, ${i + 1} edits): ${warm.rss.toFixed(0)} MB resident; heap after a full collection ${warm.heap.toFixed(1)} MB`);
    }
    if (client.published.length > 5_000) client.published.splice(0, client.published.length - 1_000);
    if (client.logs.length > 1_000) client.logs.splice(0, client.logs.length - 100);
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
  await Promise.all(pending);
  const end = await memory(client);
  const lat = latencies.filter((l) => l.warm).map((l) => l.ms);
  const mean = (xs: readonly { mb: number }[]) => xs.reduce((a, x) => a + x.mb, 0) / xs.length;
  const first = mean(rss.filter((s) => s.at >= warmAt - 30 && s.at < warmAt));
  const last = mean(rss.filter((s) => s.at >= SECONDS - 30));
  console.log(`at the end (${SECONDS} s): ${end.rss.toFixed(0)} MB resident; heap after a full collection ${end.heap.toFixed(1)} MB`);
  if (warm) {
    console.log(
      `growth since warm-up (target under 10%): resident ${growth(first, last)} (mean of the last 30 s of warm-up ${first.toFixed(0)} MB, of the last 30 s ${last.toFixed(0)} MB); ` +
        `heap after a full collection ${growth(warm.heap, end.heap)} (${warm.heap.toFixed(1)} to ${end.heap.toFixed(1)} MB)`,
    );
    // Memory taken while opening the drafts may not all be given back by the end of warm-up, which flatters the growth above.
    const lowest = Math.min(...rss.filter((s) => s.at >= warmAt).map((s) => s.mb));
    console.log(`lowest resident sample after warm-up ${lowest.toFixed(0)} MB; the last 30 s are ${growth(lowest, last)} above it`);
  }
  console.log(`resident memory every 5 s from the start of editing (MB): ${rss.map((s) => s.mb.toFixed(0)).join(' ')}`);
  console.log(
    `${lat.length} edits after warm-up (${latencies.length} in all): keystroke to diagnostics median ${percentile(lat, 50).toFixed(0)} ms, p95 ${percentile(lat, 95).toFixed(0)} ms; ` +
      `load average (1 min) during the soak ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}, mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)}`,
  );
  await client.shutdown();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
