/**
 * `npm run bench`: how fast the bundled language server answers on the
 * Sutton draft. A benchmark, not a test: it prints figures and never fails
 * on them.
 *
 * - keystroke to fresh diagnostics: a one-character edit, to the pushed
 *   diagnostics for that version (debounce 0), median and p95 over 100 edits
 * - time to first diagnostics after opening the draft (cold: a new server;
 *   warm: another draft on a running server)
 * - the server's memory (resident set size) after the edits
 */
import * as os from 'node:os';
import { corpus, offsetOf } from '../test/helpers/drafts';
import { LspClient } from '../test/lsp/lsp-client';
import { serverNodeOptions } from '../server/src/boot/node-options';
import { percentile, rssMb } from './measure';

const EDITS = Number(process.env.BENCH_EDITS ?? 100);
const sutton = corpus('sutton-2017');

async function firstDiagnostics(client: LspClient, uri: string): Promise<number> {
  const t0 = performance.now();
  await client.open(uri, sutton);
  await client.until(() => client.published.find((p) => p.uri === uri && p.version === 1), 'first diagnostics', 120000);
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const client = new LspClient({ diagnostics: 'push', settings: { diagnostics: { debounce: 0 } } });
  await client.initialize();
  const uri = 'file:///bench/sutton-2017.report.md';
  const cold = await firstDiagnostics(client, uri);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push(await firstDiagnostics(client, `file:///bench/copy-${i}.report.md`));
  for (let i = 0; i < 3; i++) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file:///bench/copy-${i}.report.md` } });

  const at = offsetOf(sutton, 'Regular core group meetings');
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const pos = client.position(uri, at);
    const edit = i % 2 === 0 ? { range: { start: pos, end: pos }, newText: 'x' } : { range: { start: pos, end: client.position(uri, at + 1) }, newText: '' };
    const change = client.stage(uri, [edit]);
    const t0 = performance.now();
    const version = await client.send(change);
    await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), `diagnostics for version ${version}`, 120000);
    latencies.push(performance.now() - t0);
  }
  const memory = rssMb(client.process.pid!);
  await client.shutdown();

  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`Language server benchmark, Sutton draft (${sutton.length} characters, ${sutton.split('\n').length} lines)`);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${os.loadavg()[0].toFixed(1)}`);
  console.log(`server started as the VS Code extension starts it: node ${serverNodeOptions().join(' ')}`);
  console.log(`keystroke to fresh diagnostics (debounce 0, ${EDITS} edits): median ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`);
  console.log(`first diagnostics after open: cold (new server) ${ms(cold)}, warm median ${ms(percentile(warm, 50))}`);
  console.log(`server memory after the edits: ${memory.toFixed(0)} MB resident`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
