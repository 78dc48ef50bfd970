// Runs code-server (real VS Code in the browser) for the editor suite: finds the
// copy that scripts/setup-editor-tests.sh installed, starts it on 127.0.0.1 with a
// fresh profile, installs the packaged extension into it, and stops it.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const node24 = path.join(root, '.cache/node24/node_modules/node/bin/node');
const entry = path.join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');

/** What is missing to run code-server, or undefined when it can run. */
function missing() {
  if (!fs.existsSync(node24)) return 'Node 24 (.cache/node24)';
  if (!fs.existsSync(entry)) return 'code-server (.cache/code-server)';
  return undefined;
}

function env() {
  const e = { ...process.env, PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}` };
  // --auth none and a config file of our own: no password from the environment
  delete e.PASSWORD;
  delete e.HASHED_PASSWORD;
  return e;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The profile and settings of one run, all under `dir`. */
function profile(dir) {
  const p = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    config: path.join(dir, 'config.yaml'),
  };
  fs.mkdirSync(path.join(p.userData, 'User'), { recursive: true });
  fs.mkdirSync(p.extensions, { recursive: true });
  fs.writeFileSync(p.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': 'Default Light Modern',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.inlayHints.enabled': 'on',
    'editor.lightbulb.enabled': 'on',
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.suggest.showWords': false,
    'files.autoSave': 'off',
    'outline.collapseItems': 'alwaysExpand',
    'breadcrumbs.enabled': false,
  };
  fs.writeFileSync(path.join(p.userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  return p;
}

function baseArgs(p) {
  return [
    '--config', p.config,
    '--user-data-dir', p.userData,
    '--extensions-dir', p.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
}

/** Installs a .vsix into the profile; returns code-server's output on failure. */
function installExtension(p, vsix) {
  const r = spawnSync(node24, [entry, ...baseArgs(p), '--install-extension', vsix], {
    env: env(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || /failed/i.test(out)) throw new Error(`code-server --install-extension ${path.basename(vsix)} failed:\n${out.trim()}`);
  return out;
}

/** Starts code-server and resolves when it listens; `stop()` ends it and its children. */
async function start(p, logFile) {
  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  const child = spawn(node24, [entry, ...baseArgs(p), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none'], {
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() ends the extension host and the server too
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const onData = (d) => {
      fs.writeSync(log, d);
      output += d.toString();
      if (/HTTP server listening on/.test(output)) resolve(`http://127.0.0.1:${port}/`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`code-server exited (${code}) before listening:\n${output.trim()}`)));
    child.on('error', reject);
  });
  return {
    url,
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = (signal) => {
          try {
            process.kill(-child.pid, signal);
          } catch {
            resolve();
          }
        };
        const hard = setTimeout(() => kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(hard);
          kill('SIGKILL'); // whatever it left behind in its group
          resolve();
        });
        kill('SIGTERM');
      }),
  };
}

module.exports = { missing, profile, installExtension, start, node24 };
