/**
 * The V8 options the loaders set and the extension gives the language server.
 * Node.js exits at once on an option its V8 does not know, and
 * `setFlagsFromString` prints an error for one, so each V8 gets only options
 * it has: an option renamed between versions must never reach the others.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { serverNodeOptions } from '../../server/src/boot/node-options';
import { lessEagerOptimisation, v8Flags } from '../../server/src/boot/v8-flags';
import { buildCli, cli, tempFolder, write, cleanUp } from './cli-harness';
import { corpus } from '../helpers/drafts';
import { LspClient } from '../lsp/lsp-client';

describe('V8 options', function () {
  this.timeout(120_000);

  it('names the option each measured V8 has for optimising less eagerly, and none for any other', () => {
    assert.equal(lessEagerOptimisation('11.3.244.8-node.33'), '--interrupt-budget=400000'); // Node.js 20
    for (const v of ['11.8.172.17-node.20', '12.4.254.21-node.57', '13.6.233.10-node.27']) assert.equal(lessEagerOptimisation(v), '--invocation-count-for-turbofan=18000', v); // 21, 22, 24
    for (const v of ['10.2.154.26-node.26', '11.6.189.16', '14.1.146.11-node.14']) assert.equal(lessEagerOptimisation(v), undefined, v);
    assert.deepEqual(serverNodeOptions('14.1.146.11-node.14'), ['--max-semi-space-size=4']);
    assert.deepEqual(v8Flags('14.1.146.11-node.14'), ['--no-regexp-tier-up']);
    // The language server collects between keystrokes with V8's `gc` (`idle-collection.ts`).
    assert.deepEqual(v8Flags('11.3.244.8-node.33', 'server'), ['--no-regexp-tier-up', '--interrupt-budget=400000', '--expose-gc']);
    assert.deepEqual(v8Flags('14.1.146.11-node.14', 'server'), ['--no-regexp-tier-up', '--expose-gc']);
  });

  // This Node.js, and the Node.js 24 the editor tests run VS Code on when it is installed (`scripts/setup-editor-tests.sh`).
  const nodes = [process.execPath, path.join(__dirname, '..', '..', '.cache', 'node24', 'node_modules', 'node', 'bin', 'node')].filter((n) => existsSync(n));
  for (const node of nodes) {
    it(`gives ${node === process.execPath ? 'this Node.js' : 'Node.js 24'} only options its V8 knows, on the command line and set by the loader`, () => {
      const v8 = spawnSync(node, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).stdout.trim();
      const line = spawnSync(node, [...serverNodeOptions(v8), '-e', 'process.stdout.write("ran")'], { encoding: 'utf8' });
      assert.equal(line.stderr, '');
      assert.equal(line.stdout, 'ran');
      for (const program of ['cli', 'server'] as const) {
        const set = spawnSync(node, ['-e', `for (const f of ${JSON.stringify(v8Flags(v8, program))}) require('node:v8').setFlagsFromString(f); process.stdout.write('ran')`], { encoding: 'utf8' });
        assert.equal(set.stderr, '', `V8 printed an error for an option of the ${program}'s it does not know`);
        assert.equal(set.stdout, 'ran');
      }
    });
  }

  it('starts the CLI with nothing on standard error but its own output', () => {
    buildCli();
    const dir = tempFolder();
    try {
      const draft = write(dir, 'sutton.report.md', corpus('sutton-2017'));
      const r = cli(['--format', 'json', draft], { env: { INSPECTION_REPORT_CODE_CACHE: 'off' } });
      assert.equal(r.stderr, '');
      assert.ok(JSON.parse(r.stdout));
    } finally {
      cleanUp(dir);
    }
  });

  it('starts the language server with them, and V8 says nothing of them', async () => {
    const client = new LspClient({ diagnostics: 'push' });
    try {
      await client.initialize();
      const uri = 'file:///v8-options/sutton.report.md';
      await client.open(uri, corpus('sutton-2017'));
      await client.until(() => client.published.find((p) => p.uri === uri), 'diagnostics');
    } finally {
      await client.shutdown();
    }
    assert.deepEqual(client.logs.filter((l) => /unrecognized flag|bad option/i.test(l)), []);
  });
});
