/**
 * What a new server loads on its way to a draft's first diagnostics: only
 * what checking needs. Node.js loads some of its own modules the first time
 * a global is read (`performance` loads `perf_hooks`, about 3 ms), and in a
 * new server that would be the first check of the first draft.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverNodeOptions } from '../../server/src/boot/node-options';
import { corpus, offsetOf } from '../helpers/drafts';
import { LspClient } from './lsp-client';

const sutton = corpus('sutton-2017');
const uri = 'file:///drafts/sutton-2017.report.md';

describe('language server cold start', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cold-start-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('checks and re-checks a draft, timing each check, without loading perf_hooks', async () => {
    const list = path.join(dir, 'modules.txt');
    const probe = path.join(dir, 'probe.js');
    // Preloaded into the server: on exit it writes the modules Node.js loaded.
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
    const client = new LspClient({ diagnostics: 'push', nodeArgs: [...serverNodeOptions(), '-r', probe] });
    await client.initialize();
    // A verbose trace times each phase of each check.
    await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
    await client.open(uri, sutton);
    await client.until(() => client.published.find((p) => p.uri === uri && p.version === 1), 'first diagnostics');
    const at = client.position(uri, offsetOf(sutton, 'Regular core group meetings'));
    const version = await client.edit(uri, [{ range: { start: at, end: at }, newText: 'e' }]);
    await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), 'diagnostics after the edit');
    const timed = await client.until(() => client.traces.find((t) => t.message.includes(`(version ${version})`)), 'the trace of the edit');
    assert.match(timed.verbose ?? '', /parse \d+\.\d ms/);
    // Long enough for a collection between keystrokes, which is timed too.
    await new Promise((r) => setTimeout(r, 200));
    await client.shutdown();
    const deadline = Date.now() + 10_000;
    while (!existsSync(list) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const modules = readFileSync(list, 'utf8').split('\n');
    assert.ok(modules.includes('NativeModule fs'), 'the list is of the modules Node.js loaded');
    assert.ok(!modules.includes('NativeModule perf_hooks'), 'perf_hooks was loaded');
  });
});
