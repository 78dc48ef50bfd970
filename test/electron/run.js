#!/usr/bin/env node
// The extension's tests inside desktop VS Code, with @vscode/test-electron.
// VS Code is downloaded (or taken from .vscode-test/, or from VSCODE_EXECUTABLE);
// where it cannot be had, the suite is skipped with one line saying why: it never
// fails for that reason alone, and never counts as passed without running.
//
//   npm run test:electron
//
// Ends with `N passed, N failed` (`, 1 skipped` when VS Code could not run).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const resultsFile = path.join(root, 'test-results/electron/results.json');

function done(passed, failed, skipped = 0) {
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed === 0 ? 0 : 1);
}

function skip(why) {
  console.log(`electron tests skipped: ${why}`);
  done(0, 0, 1);
}

async function vscodeExecutable(testElectron) {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  try {
    return await testElectron.download({
      version: process.env.VSCODE_VERSION || 'stable',
      cachePath: path.join(root, '.vscode-test'),
      reporter: new testElectron.SilentReporter(),
      timeout: 20_000,
    });
  } catch (e) {
    return { why: `VS Code could not be downloaded here (${String(e.message ?? e).split('\n')[0]})` };
  }
}

async function main() {
  const testElectron = require('@vscode/test-electron');
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return done(0, 1);
  if (!fs.existsSync(path.join(root, 'dist/extension.js'))) return skip('there is no extension to test yet (dist/extension.js)');

  const exe = await vscodeExecutable(testElectron);
  if (typeof exe !== 'string') return skip(exe.why);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    // VS Code needs a display; on a headless Linux run the suite under `xvfb-run -a npm run test:electron`.
    return skip('there is no display (run it under `xvfb-run -a`)');
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-tests-'));
  const workspace = path.join(tmp, 'drafts');
  require('../editor/lib/drafts').writeWorkspace(workspace);
  fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });

  let runError;
  try {
    await testElectron.runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite/index.js'),
      extensionTestsEnv: { ELECTRON_TESTS_RESULTS: resultsFile, ELECTRON_TESTS_WORKSPACE: workspace },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(tmp, 'user-data')}`],
    });
  } catch (e) {
    runError = e;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!fs.existsSync(resultsFile)) {
    console.log(`electron tests failed: VS Code ran no tests${runError ? ` (${runError.message ?? runError})` : ''}`);
    return done(0, 1);
  }
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (r.passed + r.failed === 0) {
    console.log('electron tests failed: the suite ran no tests');
    return done(0, 1);
  }
  done(r.passed, r.failed);
}

main().catch((e) => {
  console.log(`electron tests failed: ${e.stack ?? e}`);
  done(0, 1);
});
