/**
 * Hostile input: each case is either checked or refused with one clear
 * diagnostic, within a generous bound, in a process of its own, never a hang
 * or a crash.
 */
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { hostileCases } from './hostile-case';

const root = path.join(__dirname, '..', '..');
const script = path.join(os.tmpdir(), `hostile-case-${process.pid}.js`);
/** A hang bound, not a timing target. */
const BOUND_MS = 60_000;

interface Outcome {
  length: number;
  problems: { ruleId: string; message: string; start: number; end: number }[];
}

function run(name: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script, name],
      { timeout: BOUND_MS, maxBuffer: 64 * 1024 * 1024, cwd: root, env: { ...process.env, CORPUS_DIR: path.join(root, 'test', 'fixtures', 'corpus') } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${name}: ${error.killed ? `no answer within ${BOUND_MS} ms` : `exited ${error.code}`}\n${stderr.slice(0, 2000)}`));
        else resolve(JSON.parse(stdout) as Outcome);
      },
    );
  });
}

const refused: Record<string, RegExp> = {
  'a 20 MB draft': /^Draft too large to check: it has \d+ characters, more than `2000000`$/,
  'a 1 MB line': /^Draft too large to check: line \d+ has more than `10000` characters$/,
  '10 000 nested block quotes on one line': /^Draft too large to check: line 1 /,
  '1 000 nested block quotes over lines': /^Draft too large to check: line \d+ is nested more than `40` levels deep$/,
  '10 000 nested lists on one line': /^Draft too large to check: line 1 /,
  '1 000 nested lists over lines': /^Draft too large to check: line \d+ is nested more than `40` levels deep$/,
  'a table with 10 000 columns': /^Draft too large to check: line 3 has more than `10000` characters$/,
  'a paragraph of 8 000 brackets': /^Draft too large to check: the block at line 1 has more than `2000` brackets$/,
  'a paragraph of 10 000 emphasis marks': /^Draft too large to check: the block at line 1 has more than `4000` emphasis marks$/,
};

describe('hostile input', function () {
  this.timeout(BOUND_MS * 3);
  const names = Object.keys(hostileCases);
  // Two at a time: this machine has two cores.
  const outcomes = new Map<string, Promise<Outcome>>();
  before(() => {
    // Bundled once, so each case starts in a fresh process without compiling TypeScript again.
    buildSync({
      entryPoints: [path.join(__dirname, 'hostile-case.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      logLevel: 'warning',
      define: { 'require.main': 'module' },
    });
    let chain: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
    names.forEach((name, i) => {
      const p = chain[i % 2].then(() => run(name));
      outcomes.set(name, p);
      chain[i % 2] = p.catch(() => undefined);
    });
  });

  after(() => fs.rmSync(script, { force: true }));

  for (const name of names) {
    const expected = refused[name];
    it(expected ? `refuses ${name} with one diagnostic` : `checks ${name} without failing`, async () => {
      const out = await outcomes.get(name)!;
      for (const p of out.problems) assert.ok(0 <= p.start && p.start <= p.end && p.end <= out.length, `${p.ruleId} ${p.start}..${p.end} outside the draft`);
      if (expected) {
        assert.equal(out.problems.length, 1, JSON.stringify(out.problems.slice(0, 5)));
        assert.equal(out.problems[0].ruleId, 'draft-too-large');
        assert.match(out.problems[0].message, expected);
      } else {
        const failures = out.problems.filter((p) => p.ruleId === 'internal-error' || p.ruleId === 'draft-too-large');
        assert.deepEqual(failures, []);
      }
    });
  }
});
