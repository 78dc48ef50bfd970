#!/usr/bin/env node
// The project's test command: builds, checks types, runs every suite, and
// ends with one line `N passed, N failed` that counts them all (`, N skipped`
// after it when a suite could not run on this machine, e.g. VS Code not downloadable).
//
//   node scripts/test.js            everything that can run on this machine
//   node scripts/test.js --fast     unit, CLI and protocol suites only
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { readSummary, summaryLine } = require('./summary');

const root = path.resolve(__dirname, '..');
const fast = process.argv.includes('--fast');
let passed = 0;
let failed = 0;
let skipped = 0; // suites that could not run here: neither passed nor failed

function step(name, cmd, args, opts = {}) {
  console.log(`\n=== ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status === 0;
}

/**
 * A suite that has not ended after this long is stopped and counted as
 * failed: a run that hangs (a process left running keeps mocha waiting)
 * must end in a result, well within CI's time.
 */
const SUITE_LIMIT_MS = 30 * 60 * 1000;

/**
 * Runs a suite, showing its output as it comes (a long suite shows its
 * progress, and a stuck one where it stopped) and keeping it to count the
 * results; stops it after `SUITE_LIMIT_MS`. Gives its exit status (null
 * when stopped) and output.
 */
function runSuite(name, args) {
  console.log(`\n=== ${name}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      child.kill('SIGKILL');
    }, SUITE_LIMIT_MS);
    let done = false;
    const finish = (status) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (late) console.log(`\n${name}: stopped after ${SUITE_LIMIT_MS / 60000} minutes without ending`);
      resolve({ status: late ? null : status, out, late });
    };
    // All its output is in once its stdout closes; a process it started and left running may hold
    // that open, so its exit is enough after a few seconds.
    child.on('close', (status) => finish(status));
    child.on('exit', (status) => setTimeout(() => finish(status), 5000).unref());
  });
}

async function mochaSuite(name, args) {
  const r = await runSuite(name, [require.resolve('mocha/bin/mocha.js'), '--reporter', 'spec', ...args]);
  if (r.late) {
    failed += 1;
    return;
  }
  const pass = /(\d+) passing/.exec(r.out);
  const fail = /(\d+) failing/.exec(r.out);
  const p = pass ? Number(pass[1]) : 0;
  const f = fail ? Number(fail[1]) : 0;
  passed += p;
  failed += f;
  if (r.status !== 0 && f === 0) failed += 1; // the suite itself broke
}

// The suites start the CLI and the server many times: their V8 code cache (server/src/boot) goes in a folder of this run's own.
const codeCache = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-code-cache-'));
process.env.INSPECTION_REPORT_CODE_CACHE ??= codeCache;

async function main() {
  if (!step('build', process.execPath, ['esbuild.js'])) failed += 1;
  else passed += 1;
  if (!step('typecheck', process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'])) failed += 1;
  else passed += 1;

  await mochaSuite('unit, CLI and protocol tests', []);

  if (!fast) {
    for (const suite of ['test/editor/run.js', 'test/electron/run.js']) {
      if (!fs.existsSync(path.join(root, suite))) continue;
      const r = await runSuite(suite, [suite]);
      if (r.late) {
        failed += 1;
        continue;
      }
      const m = readSummary(r.out);
      if (m) {
        passed += m.passed;
        failed += m.failed;
        skipped += m.skipped;
      }
      if (r.status !== 0 && (!m || m.failed === 0)) failed += 1;
    }
  }

  fs.rmSync(codeCache, { recursive: true, force: true });
  console.log(`\n${summaryLine({ passed, failed, skipped })}`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
