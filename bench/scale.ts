/**
 * `npm run bench` (after `bench/language-server.ts`): how the cost of an edit
 * scales with the size of the draft, and the CLI against markdownlint-cli2.
 * A benchmark, not a test: it prints figures and never fails on them.
 *
 * - keystroke to fresh diagnostics over stdio against the bundled server
 *   (debounce 0), median and p95 over random one-character edits, on the
 *   Sutton draft and on a generated draft ten times its size: the first
 *   edits after opening, and as many again after them; timed from sending
 *   the change, with the client's own copy of the text already edited (an
 *   editor's buffer takes no time to speak of; this client's does);
 * - in the same run, one full remark parse of each draft (the draft format's
 *   syntax: CommonMark, GFM tables and footnotes, front matter), so the figures
 *   read as ratios that hold on a noisy machine, and for reference one with
 *   all of GFM (remark-gfm);
 * - open to first diagnostics: Sutton on five new servers at once after
 *   `initialized` (the median, and from starting the server: what a writer
 *   waits for when opening a draft starts the editor's server), the tenfold
 *   draft after it on the benchmark's server, and Sutton after the server
 *   has been idle a few seconds; the server's memory with both drafts open;
 * - the same keystrokes on Sutton into a server that only answers, the floor
 *   the messages between two processes put under every keystroke;
 * - the first keystrokes on Sutton on a new server when the writer reads for
 *   a few seconds after opening (the server warms up meanwhile);
 * - the CLI's wall time on 100 drafts against markdownlint-cli2 (default
 *   rules) on the same files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseMarkdown } from '../server/src/parse/parse';
import { buildServer, LspClient } from '../test/lsp/lsp-client';
import { suttonText, tenfold } from './generate';
import { serverNodeOptions } from '../server/src/boot/node-options';
import { percentile, random, rssMb } from './measure';

const EDITS = Number(process.env.BENCH_EDITS ?? 200);
/** How long after the last draft's first diagnostics the server's memory with both open is read. */
const SETTLE_MS = 300;
const root = path.join(__dirname, '..');

/** Median of three full parses (after one to warm up). */
function fullParseMs(text: string, parse: (text: string) => unknown = parseMarkdown): number {
  parse(text);
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    parse(text);
    return performance.now() - t0;
  });
  return percentile(times, 50);
}

/** remark with all of GFM (autolink literals, strikethrough, task lists too): a reference only. */
const withAllOfGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

async function keystrokes(client: LspClient, uri: string, seed: number): Promise<number[]> {
  const rnd = random(seed);
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const text = client.text(uri);
    const at = Math.floor(rnd() * text.length);
    const start = client.position(uri, at);
    // Typing: insert a letter, or delete the character after the caret (not a line break).
    const remove = i % 2 === 1 && at < text.length && text[at] !== '\n' && text[at] !== '\r';
    const edit = remove ? { range: { start, end: client.position(uri, at + 1) }, newText: '' } : { range: { start, end: start }, newText: 'e' };
    // The client's own copy is brought up to date before the clock starts (see `LspClient.stage`).
    const change = client.stage(uri, [edit]);
    const t0 = performance.now();
    const version = await client.send(change);
    await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), `diagnostics for version ${version}`, 300_000);
    latencies.push(performance.now() - t0);
  }
  return latencies;
}

/** A benchmark draft, with the time of one full parse of it. */
interface Draft {
  readonly name: string;
  readonly uri: string;
  readonly text: string;
  readonly parse: number;
}

/** A new bundled server, initialized, with diagnostics pushed at once (debounce 0). */
async function newServer(): Promise<LspClient> {
  const client = new LspClient({ diagnostics: 'push', settings: { diagnostics: { debounce: 0 } } });
  await client.initialize();
  return client;
}

/** Opens `d` and waits for its first diagnostics; gives the time that took. */
async function openToFirstDiagnostics(client: LspClient, d: Draft): Promise<number> {
  const t0 = performance.now();
  await client.open(d.uri, d.text);
  await client.until(() => client.published.find((p) => p.uri === d.uri && p.version === 1), 'first diagnostics', 300_000);
  return performance.now() - t0;
}

/**
 * `n` new servers, each opening `d` at once after `initialized`: open to
 * first diagnostics, and from starting the server (what a writer waits for
 * when opening a draft starts the editor's server). One sample a run moved
 * by half a parse from run to run; the median of several holds better.
 */
async function newServerOpens(d: Draft, n: number): Promise<void> {
  buildServer(); // once per run: not part of the start
  const opens: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const client = await newServer();
    starts.push(performance.now() - started);
    opens.push(await openToFirstDiagnostics(client, d));
    await client.shutdown();
  }
  const open = percentile(opens, 50);
  const whole = percentile(opens.map((o, i) => o + starts[i]), 50);
  console.log(
    `${d.name}: open to first diagnostics on a new server, median of ${n}: ${ms(open)} (${(open / d.parse).toFixed(2)} x a full parse; target at most 1.5 x; from ${ms(Math.min(...opens))} to ${ms(Math.max(...opens))})`,
  );
  console.log(`${d.name}: from starting the server to its first diagnostics, median of ${n}: ${ms(whole)} (the process started and \`initialize\` answered in ${ms(percentile(starts, 50))})`);
}

async function server(drafts: Draft[]): Promise<void> {
  const client = await newServer();
  for (const [k, d] of drafts.entries()) {
    const open = await openToFirstDiagnostics(client, d);
    console.log(`${d.name}: open to first diagnostics ${ms(open)} (${(open / d.parse).toFixed(2)} x a full parse; ${k === 0 ? "this server's first draft" : 'target at most 1.5 x'})`);
  }
  // Read once the server has settled: what it does after a draft's first diagnostics (memory made
  // ready for a long draft's versions, a collection between checks) is part of holding it open.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  console.log(`server memory with both drafts open: ${rssMb(client.process.pid!).toFixed(0)} MB resident, ${SETTLE_MS} ms after the last first diagnostics (target under 150 MB)`);
  for (const [k, d] of drafts.entries()) {
    // The first edits after opening, then as many again: the server's code is compiled for
    // typing by then, as it is for a writer a minute into a session.
    const first = await keystrokes(client, d.uri, 1000 + k);
    const next = await keystrokes(client, d.uri, 2000 + k);
    const line = (lat: number[]) => {
      const p95 = percentile(lat, 95);
      return `median ${ms(percentile(lat, 50))}, p95 ${ms(p95)} (p95 = 1/${(d.parse / p95).toFixed(1)} of a full parse)`;
    };
    console.log(`${d.name}: keystroke to fresh diagnostics over ${EDITS} random one-character edits after open: ${line(first)}; target ${k === 0 ? '10 ms and 1/7' : '20 ms and 1/30'}`);
    console.log(`${d.name}: the ${EDITS} edits after those: ${line(next)}`);
  }
  console.log(`server memory after the edits: ${rssMb(client.process.pid!).toFixed(0)} MB resident`);
  await client.shutdown();
}

/**
 * The same keystrokes into a server that only answers (`answer-only-server.js`):
 * what the messages between the two processes cost on this machine, under
 * every figure above.
 */
async function transportFloor(d: Draft): Promise<void> {
  const client = new LspClient({ diagnostics: 'push', serverPath: path.join(__dirname, 'answer-only-server.js') });
  await client.initialize();
  await openToFirstDiagnostics(client, d);
  const lat = await keystrokes(client, d.uri, 1000);
  console.log(
    `${d.name}: the same ${EDITS} edits into a server that only answers each change (the messages between two processes on this machine): ` +
      `median ${ms(percentile(lat, 50))}, p95 ${ms(percentile(lat, 95))}`,
  );
  await client.shutdown();
}

/**
 * Open to first diagnostics when the server has been running a while before
 * the draft is opened (VS Code starts it when a workspace holds drafts): the
 * server has used the wait to prepare, as it does before any first draft.
 */
async function openAfterIdle(d: Draft, idleMs: number): Promise<void> {
  const client = await newServer();
  await new Promise((r) => setTimeout(r, idleMs));
  const open = await openToFirstDiagnostics(client, d);
  console.log(`${d.name}: open to first diagnostics after ${idleMs / 1000} s idle ${ms(open)} (${(open / d.parse).toFixed(2)} x a full parse)`);
  await client.shutdown();
}

/**
 * The first edits on a new server when the writer reads the draft for a few
 * seconds after opening it before typing: the server warms up while the
 * writer pauses (see `server/src/lsp/warm-up.ts`).
 */
async function keystrokesAfterReading(d: Draft, readingMs: number): Promise<void> {
  const client = await newServer();
  await openToFirstDiagnostics(client, d);
  await new Promise((r) => setTimeout(r, readingMs));
  const lat = await keystrokes(client, d.uri, 1000);
  console.log(
    `${d.name}: the first ${EDITS} edits on a new server after opening and ${readingMs / 1000} s of reading: median ${ms(percentile(lat, 50))}, p95 ${ms(percentile(lat, 95))} ` +
      `(the same edits as Sutton's first ${EDITS} above)`,
  );
  await client.shutdown();
}

function cliVersusMarkdownlint(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-drafts-'));
  try {
    const corpus = path.join(root, 'test', 'fixtures', 'corpus');
    const names = ['sutton-2017', 'kent-2017', 'kensington-and-chelsea-2016', 'hackney-2016', 'isles-of-scilly-2016'];
    mkdirSync(path.join(dir, 'drafts'));
    for (let i = 0; i < 100; i++) {
      const name = names[i % names.length];
      writeFileSync(path.join(dir, 'drafts', `${String(i).padStart(3, '0')}-${name}.report.md`), readFileSync(path.join(corpus, `${name}.report.md`)));
    }
    const time = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
      const t0 = performance.now();
      const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      if (r.status === null || r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error ?? r.signal}`);
      return performance.now() - t0;
    };
    const cli = time(process.execPath, [path.join(root, 'dist', 'cli.js'), '--format', 'json', 'drafts']);
    const mdl = time(process.execPath, [path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'drafts/**/*.md']);
    // The same run on this thread alone: on a machine whose cores share a memory bus, workers may not pay.
    const one = time(process.execPath, [path.join(root, 'dist', 'cli.js'), '--format', 'json', 'drafts'], { ...process.env, INSPECTION_LINT_WORKERS: '0' });
    console.log(
      `CLI on 100 drafts (${os.cpus().length} cores): inspection-lint ${ms(cli)}, markdownlint-cli2 (default rules) ${ms(mdl)}: ` +
        `${(cli / mdl).toFixed(2)} x its time (target at most 0.5 x); with no worker threads ${ms(one)} (${(one / mdl).toFixed(2)} x)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ms(n: number): string {
  return n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const sutton = suttonText();
  const big = tenfold(sutton);
  console.log(`\nScaling benchmark: machine ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}; server started as the VS Code extension starts it (node ${serverNodeOptions().join(' ')})`);
  const drafts = [
    { name: `Sutton (${sutton.length} characters)`, uri: 'file:///bench/sutton-2017.report.md', text: sutton, parse: fullParseMs(sutton) },
    { name: `tenfold (${big.length} characters)`, uri: 'file:///bench/tenfold.report.md', text: big, parse: fullParseMs(big) },
  ];
  for (const d of drafts) {
    console.log(`${d.name}: one full remark parse ${ms(d.parse)} (the draft format's syntax; with all of GFM ${ms(fullParseMs(d.text, (t) => withAllOfGfm.parse(t)))})`);
  }
  await newServerOpens(drafts[0], 5);
  await server(drafts);
  await transportFloor(drafts[0]);
  await openAfterIdle(drafts[0], 3000);
  await keystrokesAfterReading(drafts[0], 3000);
  cliVersusMarkdownlint();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
