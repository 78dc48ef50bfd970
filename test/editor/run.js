#!/usr/bin/env node
// The editor suite: real VS Code (code-server) on 127.0.0.1, the packaged
// extension installed from its .vsix, a folder of drafts, and Debian's Chromium
// driven by playwright-core as the writer. See docs/editor-tests.md.
//
//   node test/editor/run.js                       run every step
//   node test/editor/run.js --grep outline        only steps whose name matches
//   node test/editor/run.js --update-docs-images  also copy the README's screenshots to docs/images/
//
// Ends with `N passed, N failed` (`, N skipped` when something could not run);
// exits non-zero on failure. Screenshots and logs go to test-results/editor/.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const codeServer = require('./lib/code-server');
const { writeWorkspace } = require('./lib/drafts');
const { Workbench } = require('./lib/workbench');
const { steps } = require('./steps');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'test-results/editor');
const chromium = '/usr/bin/chromium';
const STEP_TIMEOUT = 240_000;
const docsImages = ['diagnostics', 'outline', 'inlay-hints', 'recommendations-view'];

const argv = process.argv.slice(2);
const grep = argv.includes('--grep') ? new RegExp(argv[argv.indexOf('--grep') + 1], 'i') : undefined;
const updateDocs = argv.includes('--update-docs-images');
const ci = process.env.CI === 'true';

let passed = 0;
let failed = 0;
let skipped = 0;

function finish() {
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed === 0 ? 0 : 1);
}

/** Missing prerequisites: a failure on CI (which installs them), a skip elsewhere. */
function cannotRun(why) {
  console.log(`editor tests ${ci ? 'failed' : 'skipped'}: ${why} (run scripts/setup-editor-tests.sh as root)`);
  if (ci) failed += 1;
  else skipped += 1;
  finish();
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/**
 * Builds the .vsix with the project's `npm run package` (or, before there is one,
 * `vsce package`); returns its path, or why there is none.
 */
function packageExtension() {
  if (process.env.EDITOR_TESTS_VSIX) return { vsix: path.resolve(process.env.EDITOR_TESTS_VSIX) };
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(root, 'client/src/extension.ts'))) return { why: 'there is no extension yet (client/src/extension.ts)' };
  const started = Date.now();
  const r = pkg.scripts?.package
    ? spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', path.join(out, 'extension.vsix')], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
  fs.writeFileSync(path.join(out, 'package.log'), `${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.status !== 0) {
    const tail = (r.stderr || r.stdout || '').trim().split('\n').slice(-15).join('\n');
    return { why: `packaging the extension failed (test-results/editor/package.log):\n${tail}` };
  }
  const candidates = [out, root]
    .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.vsix')).map((f) => path.join(d, f)))
    .filter((f) => fs.statSync(f).mtimeMs >= started - 1000)
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return candidates[0] ? { vsix: candidates[0] } : { why: 'packaging the extension made no .vsix' };
}

/** Copies code-server's logs (the extension host's output channels among them) next to the screenshots. */
function saveLogs(profileDir) {
  const from = path.join(profileDir, 'user-data/logs');
  const to = path.join(out, 'logs');
  if (!fs.existsSync(from)) return undefined;
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  const channels = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/inspection/i.test(e.name)) channels.push(path.relative(root, p));
    }
  };
  walk(to);
  return channels.length ? channels : [path.relative(root, to)];
}

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });

  if (!fs.existsSync(chromium)) return cannotRun(`${chromium} is not installed`);
  const absent = codeServer.missing();
  if (absent) return cannotRun(`${absent} is not installed`);
  let playwright;
  try {
    playwright = require('playwright-core');
  } catch {
    return cannotRun('playwright-core is not installed (npm ci)');
  }

  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    console.log(`editor tests failed: the build failed:\n${build.stderr}`);
    failed += 1;
    return finish();
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-tests-'));
  const profile = codeServer.profile(path.join(tmp, 'profile'));
  const workspace = writeWorkspace(path.join(tmp, 'drafts'));

  const ext = packageExtension();
  let extensionProblem = ext.why;
  if (ext.vsix) {
    try {
      codeServer.installExtension(profile, ext.vsix);
      console.log(`installed ${path.relative(root, ext.vsix)}`);
    } catch (e) {
      extensionProblem = e.message;
    }
  }
  // No extension source at all: its steps cannot run yet (skip). An extension that
  // exists but does not package or install: its steps fail, saying why.
  const extensionExpected = fs.existsSync(path.join(root, 'client/src/extension.ts'));
  if (extensionProblem) console.log(`the extension is not installed: ${extensionProblem}`);

  let server;
  let browser;
  try {
    server = await codeServer.start(profile, path.join(out, 'code-server.log'));
    browser = await playwright.chromium.launch({
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(60_000);
    const consoleLog = fs.createWriteStream(path.join(out, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`, { timeout: 180_000 });

    const ctx = { page, wb: new Workbench(page), workspace, logs: path.join(profile.dir, 'user-data/logs'), hasExtension: !extensionProblem };
    let n = 0;
    for (const step of steps) {
      n += 1;
      if (grep && !grep.test(step.name) && n > 1) continue; // the first step opens the workbench
      const id = `${String(n).padStart(2, '0')}-${step.shot ?? slug(step.name)}`;
      if (step.extension && extensionProblem) {
        if (extensionExpected) {
          failed += 1;
          console.log(`  ✗ ${step.name}\n      expected the extension to be installed: ${extensionProblem.split('\n')[0]}`);
        } else {
          skipped += 1;
          console.log(`  - ${step.name} (skipped: ${extensionProblem})`);
        }
        continue;
      }
      const started = Date.now();
      try {
        await Promise.race([
          step.run(ctx),
          new Promise((_, reject) => setTimeout(() => reject(new Error(`Expected the step to finish within ${STEP_TIMEOUT / 1000} s`)), STEP_TIMEOUT).unref()),
        ]);
        if (step.shot) await ctx.wb.tidyForScreenshot();
        if (step.region) await step.region(ctx.wb).screenshot({ path: path.join(out, `${id}.png`) });
        else await page.screenshot({ path: path.join(out, `${id}.png`) });
        passed += 1;
        console.log(`  ✓ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed += 1;
        const shot = path.join(out, `${id}-failed.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        const logs = saveLogs(profile.dir);
        console.log(`  ✗ ${step.name}\n      ${String(e.message ?? e).split('\n').join('\n      ')}`);
        console.log(`      screenshot: ${path.relative(root, shot)}${logs ? `; server log: ${logs.join(', ')}` : ''}`);
        // A dialog or widget a failed step left open would block every later step: close it.
        for (let i = 0; i < 3; i++) {
          const dialog = page.locator('.monaco-dialog-box');
          if (!(await dialog.isVisible().catch(() => false))) break;
          await page.keyboard.press('Escape').catch(() => {});
          await dialog.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
        }
        await ctx.wb.closeQuickInput().catch(() => {});
      }
    }
    consoleLog.end();
  } catch (e) {
    failed += 1;
    console.log(`editor tests failed: ${e.message ?? e}`);
    const logs = saveLogs(profile.dir);
    if (logs) console.log(`  logs: ${logs.join(', ')}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (failed === 0) saveLogs(profile.dir);
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  if (updateDocs && failed === 0) {
    const images = path.join(root, 'docs/images');
    fs.mkdirSync(images, { recursive: true });
    for (const f of fs.readdirSync(out)) {
      const m = /^\d+-(.+)\.png$/.exec(f);
      if (m && docsImages.includes(m[1])) fs.copyFileSync(path.join(out, f), path.join(images, `${m[1]}.png`));
    }
    console.log(`copied ${docsImages.join(', ')} to docs/images/`);
  }
  finish();
}

main().catch((e) => {
  console.log(`editor tests failed: ${e.stack ?? e}`);
  failed += 1;
  finish();
});
