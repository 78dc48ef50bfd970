/**
 * The server outside VS Code: Neovim's built-in LSP client, headless, opens a
 * broken draft, receives its diagnostics and goes to a definition.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/util/positions';
import { corpus, deleteParagraph, offsetOf } from '../helpers/drafts';
import { buildServer, serverPath } from './lsp-client';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const nvimVersion = nvim.status === 0 ? nvim.stdout.split('\n')[0] : undefined;

describe('Neovim built-in LSP client', function () {
  this.timeout(120000);
  let dir: string;
  /** Neovim, ended after the test whatever happened: left running, it would keep mocha from exiting. */
  let child: ChildProcess | undefined;
  before(function () {
    if (!nvimVersion) {
      console.log('    skipped: nvim is not installed (scripts/setup-editor-tests.sh installs Debian\'s neovim)');
      this.skip();
    }
    buildServer();
    dir = mkdtempSync(path.join(tmpdir(), 'nvim-lsp-'));
  });
  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it(`gets diagnostics for a broken draft and goes from a marker to its recommendation (${nvimVersion ?? 'nvim absent'})`, async () => {
    const text = deleteParagraph(corpus('sutton-2017'), 40);
    const draft = path.join(dir, 'sutton-broken.report.md');
    writeFileSync(draft, text);
    const index = new LineIndex(text);
    // The first marker is paragraph 13's, which supports recommendation 4.
    const marker = index.position(offsetOf(text, '(Recommendation)') + 2);
    const out = path.join(dir, 'result.json');
    const nvimProcess = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(__dirname, 'neovim', 'drive.lua')}`], {
      env: { ...process.env, LSP_SERVER: serverPath, LSP_DRAFT: draft, LSP_OUT: out, LSP_LINE: String(marker.line), LSP_CHARACTER: String(marker.character) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child = nvimProcess;
    let stderr = '';
    nvimProcess.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => nvimProcess.on('exit', resolve));
    assert.equal(code, 0, stderr);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      started: boolean;
      error?: string;
      diagnostics: { line: number; code?: string; source?: string; message: string }[];
      definition: { uri: string; line: number }[];
    };
    assert.equal(result.error, undefined);
    assert.ok(result.started);
    const gap = result.diagnostics.find((d) => d.code === 'paragraph-numbering');
    assert.ok(gap, JSON.stringify(result.diagnostics));
    assert.equal(gap.source, 'inspection-lint');
    assert.equal(gap.line, index.position(offsetOf(text, '\n41. ') + 1).line);
    assert.equal(result.definition.length, 1);
    assert.equal(result.definition[0].line, index.position(offsetOf(text, '\n4. Ensure that strategy discussions') + 1).line);
  });
});
