/**
 * Diagnostics as the writer types: pushed to a client that does not pull,
 * only for the latest version; pulled with the debounce and cancellation;
 * and the same server over Node IPC.
 */
import { strict as assert } from 'node:assert';
import type { Diagnostic, FullDocumentDiagnosticReport, Position } from 'vscode-languageserver-protocol';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { corpus, deleteParagraph, offsetOf } from '../helpers/drafts';
import { LspClient } from './lsp-client';

const sutton = corpus('sutton-2017');
const uri = 'file:///drafts/sutton-2017.report.md';

function at(client: LspClient, needle: string): Position {
  return client.position(uri, offsetOf(client.text(uri), needle));
}

async function pull(client: LspClient): Promise<Diagnostic[]> {
  const r = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(r.kind, 'full');
  return r.items;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

describe('language server pushed diagnostics (stdio)', function () {
  this.timeout(60000);
  let client: LspClient;
  afterEach(async () => client?.shutdown());

  it('pushes diagnostics, with the version, to a client that does not pull', async () => {
    client = new LspClient({ diagnostics: 'push' });
    const init = await client.initialize();
    assert.equal(init.capabilities.diagnosticProvider, undefined);
    await client.open(uri, deleteParagraph(sutton, 40));
    const p = await client.until(() => client.published.find((x) => x.uri === uri), 'diagnostics to be pushed');
    assert.equal(p.version, 1);
    assert.ok(p.diagnostics.some((d) => d.code === 'paragraph-numbering'));
  });

  it('publishes only the last version when edits arrive faster than the debounce', async () => {
    client = new LspClient({ diagnostics: 'push', settings: { diagnostics: { debounce: 200 } } });
    await client.initialize();
    await client.open(uri, sutton);
    await client.until(() => client.published.find((x) => x.uri === uri && x.version === 1), 'the first diagnostics');
    const from = client.published.length;
    const edits: Promise<number>[] = [];
    for (let i = 0; i < 20; i++) edits.push(client.edit(uri, [{ range: { start: at(client, 'Executive summary'), end: at(client, 'Executive summary') }, newText: 'x' }]));
    const last = Math.max(...(await Promise.all(edits)));
    await client.until(() => client.published.slice(from).find((x) => x.version === last), 'the last version to be published');
    assert.deepEqual(client.published.slice(from).map((p) => p.version), [last]);
  });

  it('never publishes an older version after a newer one when edits arrive faster than analysis', async () => {
    client = new LspClient({ diagnostics: 'push', settings: { diagnostics: { debounce: 0 } } });
    await client.initialize();
    await client.open(uri, sutton);
    await client.until(() => client.published.find((x) => x.uri === uri && x.version === 1), 'the first diagnostics');
    const from = client.published.length;
    let last = 1;
    for (let i = 0; i < 30; i++) last = await client.edit(uri, [{ range: { start: at(client, 'Executive summary'), end: at(client, 'Executive summary') }, newText: 'x' }]);
    await client.until(() => client.published.slice(from).find((x) => x.version === last), 'the last version to be published');
    const versions = client.published.slice(from).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, `published in order: ${versions.join(',')}`);
    assert.ok(versions.length < 30, `stale versions were dropped (${versions.length} published)`);
  });
});

describe('language server over Node IPC', function () {
  this.timeout(60000);
  it('answers over --node-ipc as over stdio', async () => {
    const client = new LspClient({ transport: 'ipc', diagnostics: 'pull' });
    try {
      await client.initialize();
      await client.open(uri, deleteParagraph(sutton, 40));
      assert.ok(codes(await pull(client)).includes('paragraph-numbering'));
    } finally {
      await client.shutdown();
    }
  });
});

describe('language server pulled diagnostics while the writer types', function () {
  this.timeout(60000);
  it('answers a pull the client cancelled as cancelled, and the next pull for the latest version', async () => {
    const client = new LspClient({ diagnostics: 'pull', settings: { diagnostics: { debounce: 2000 } } });
    try {
      await client.initialize();
      await client.open(uri, sutton);
      await pull(client);
      await client.replaceAll(uri, deleteParagraph(sutton, 40));
      const source = new CancellationTokenSource();
      const cancelled = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
      source.cancel();
      await assert.rejects(cancelled, (e: { code?: number }) => e.code === LSPErrorCodes.ServerCancelled || e.code === LSPErrorCodes.RequestCancelled);
      const r = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(codes(r.items).includes('paragraph-numbering'));
    } finally {
      await client.shutdown();
    }
  });
});
