/**
 * `npm run bench:soak`: 50 drafts open at once on the bundled server, with
 * one-character edits arriving at typing speed, round the drafts, for a
 * bounded time (BENCH_SOAK_SECONDS, 120 by default). Prints the server's
 * memory after warm-up and at the end (growth should stay under 10%) and the
 * keystroke-to-diagnostics latency. A benchmark: it never fails on figures,
 * only if the server stops answering.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../test/lsp/lsp-client';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 120);
const DRAFTS = Number(process.env.BENCH_SOAK_DRAFTS ?? 50);
/** About eight characters a second: a fast typist. */
const INTERVAL_MS = Number(process.env.BENCH_SOAK_INTERVAL_MS ?? 125);
const names = ['sutton-2017', 'kent-2017', 'kensington-and-chelsea-2016', 'hackney-2016', 'isles-of-scilly-2016'];

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

async function main(): Promise<void> {
  const client = new LspClient({ diagnostics: 'push', settings: { diagnostics: { debounce: 0 } } });
  await client.initialize();
  const uris: string[] = [];
  for (let i = 0; i < DRAFTS; i++) {
    const name = names[i % names.length];
    const uri = `file:///soak/${i}-${name}.report.md`;
    await client.open(uri, readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'corpus', `${name}.report.md`), 'utf8'));
    uris.push(uri);
  }
  await client.until(() => uris.every((u) => client.published.some((p) => p.uri === u)), 'first diagnostics of every draft', 600_000);
  console.log(`soak: ${DRAFTS} drafts open, edits every ${INTERVAL_MS} ms for ${SECONDS} s; ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
  console.log(`memory with all drafts open: ${rssMb(client.process.pid!).toFixed(0)} MB`);

  const started = Date.now();
  const latencies: number[] = [];
  let warm: number | undefined;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pending: Promise<void>[] = [];
  for (let i = 0; Date.now() - started < SECONDS * 1000; i++) {
    const uri = uris[i % uris.length];
    const text = client.text(uri);
    const at = Math.floor(rnd() * text.length);
    const pos = client.position(uri, at);
    const t0 = performance.now();
    const version = await client.edit(uri, [{ range: { start: pos, end: pos }, newText: i % 3 === 0 ? ' ' : 'e' }]);
    pending.push(
      client.until(() => client.published.find((p) => p.uri === uri && p.version === version), `diagnostics for ${uri} v${version}`, 120_000).then(() => {
        latencies.push(performance.now() - t0);
      }),
    );
    if (warm === undefined && Date.now() - started > SECONDS * 200) {
      warm = rssMb(client.process.pid!);
      console.log(`memory after warm-up (${(SECONDS / 5).toFixed(0)} s): ${warm.toFixed(0)} MB`);
    }
    if (client.published.length > 5_000) client.published.splice(0, client.published.length - 1_000);
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
  await Promise.all(pending);
  const end = rssMb(client.process.pid!);
  console.log(`memory at the end: ${end.toFixed(0)} MB (${warm ? (((end - warm) / warm) * 100).toFixed(1) : '?'}% since warm-up; target under 10%)`);
  console.log(`${latencies.length} edits: keystroke to diagnostics median ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`);
  await client.shutdown();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
