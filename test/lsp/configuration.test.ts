/**
 * Where the server's settings come from: the config file `.inspection-lint.json`
 * above a draft, then the editor's `inspectionReport` settings on top; a
 * broken config file is said once and its last good content stays in force.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { corpus, deleteParagraph } from '../helpers/drafts';
import { fileUri, LspClient } from './lsp-client';

describe('language server configuration', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  let uri: string;
  const configPath = () => path.join(dir, '.inspection-lint.json');

  async function numbering(): Promise<Diagnostic[]> {
    const r = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return r.items.filter((d) => d.code === 'paragraph-numbering');
  }

  async function configChanged(): Promise<void> {
    const before = client.refreshes;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath()), type: 2 }] });
    await client.until(() => client.refreshes > before, 'a diagnostics refresh');
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lsp-config-'));
    writeFileSync(configPath(), JSON.stringify({ rules: { 'paragraph-numbering': 'off' } }));
    const draft = path.join(dir, 'sutton.report.md');
    writeFileSync(draft, deleteParagraph(corpus('sutton-2017'), 40));
    uri = fileUri(draft);
    client = new LspClient({ diagnostics: 'pull', workspaceFolder: dir });
    await client.initialize();
    await client.open(uri, deleteParagraph(corpus('sutton-2017'), 40));
  });
  after(async () => {
    await client?.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the config file above the draft', async () => {
    assert.deepEqual(await numbering(), []);
  });

  it('lets editor settings override the config file', async () => {
    client.settings = { diagnostics: { debounce: 0 }, rules: { 'paragraph-numbering': 'warning' } };
    const before = client.refreshes;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > before, 'a diagnostics refresh');
    const found = await numbering();
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 2, 'warning');
    client.settings = { diagnostics: { debounce: 0 } };
    const again = client.refreshes;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > again, 'a diagnostics refresh');
    assert.deepEqual(await numbering(), []);
  });

  it('re-checks nothing when a configuration change leaves the settings as they were', async () => {
    // VS Code sends one as soon as the server registers for them, while the first draft is checked.
    const before = client.refreshes;
    const requests = client.configurationRequests.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.configurationRequests.length > requests, 'the settings read again');
    client.settings = { diagnostics: { debounce: 0 }, rules: { acronyms: 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > before, 'a diagnostics refresh');
    await numbering();
    assert.equal(client.refreshes, before + 1, 'only the change that changed something re-checks');
    client.settings = { diagnostics: { debounce: 0 } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > before + 1, 'a diagnostics refresh');
  });

  it('says once that a broken config file is not used, and keeps its last good settings', async () => {
    writeFileSync(configPath(), '{ "rules": { "paragraph-numbering": "of');
    await configChanged();
    assert.deepEqual(await numbering(), [], 'the last good settings stay in force');
    await configChanged();
    assert.deepEqual(await numbering(), []);
    const said = client.messages.filter((m) => m.message.includes('.inspection-lint.json'));
    assert.equal(said.length, 1, JSON.stringify(client.messages));
    assert.equal(said[0].type, 1, 'an error message');
    assert.match(said[0].message, /not valid JSON/);
  });

  it('uses the config file again once it is mended, and says so again when it is broken the same way again', async () => {
    writeFileSync(configPath(), JSON.stringify({ rules: {} }));
    await configChanged();
    assert.equal((await numbering()).length, 1);
    const said = () => client.messages.filter((m) => m.message.includes('.inspection-lint.json')).length;
    const before = said();
    writeFileSync(configPath(), '{ "rules": { "paragraph-numbering": "of');
    await configChanged();
    assert.equal((await numbering()).length, 1, 'the last good settings, the mended ones, stay in force');
    await client.until(() => said() > before, 'the broken file said again');
    writeFileSync(configPath(), JSON.stringify({ rules: {} }));
    await configChanged();
  });
});
