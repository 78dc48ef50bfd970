/**
 * The real server over stdio under random edit sequences of real drafts:
 * after each edit it publishes diagnostics for that version, every range lies
 * inside the document, it answers outline, folding, hover and code-action
 * requests, and no exception reaches its log.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { LspClient } from '../lsp/lsp-client';
import { applyEdit, corpusNames, describeEdit, editSequence, startText } from './edits';

function within(client: LspClient, uri: string, range: Range, what: string): void {
  const text = client.text(uri);
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside ${lines.length} lines`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what}: character ${p.character} outside line ${p.line} of ${lines[p.line].length}`);
  }
}

function rangesIn(value: unknown, out: Range[] = []): Range[] {
  if (Array.isArray(value)) for (const v of value) rangesIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (isRange(o.range)) out.push(o.range);
    if (isRange(o.selectionRange)) out.push(o.selectionRange);
    for (const [k, v] of Object.entries(o)) if (k !== 'range' && k !== 'selectionRange' && k !== 'data' && k !== 'relatedInformation') rangesIn(v, out);
  }
  return out;
}

function isRange(v: unknown): v is Range {
  return !!v && typeof v === 'object' && 'start' in (v as object) && 'end' in (v as object) && typeof (v as Range).start?.line === 'number';
}

describe('the language server under random edits of real drafts', function () {
  this.timeout(600_000);
  let client: LspClient;
  before(async () => {
    client = new LspClient({ diagnostics: 'push', settings: { diagnostics: { debounce: 0 } } });
    await client.initialize();
  });
  after(async () => client?.shutdown());

  it('answers every request with ranges inside the document after every edit', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(editSequence(corpusNames, 6, 6_000), async (seq) => {
        const uri = `file:///robustness/${n++}.report.md`;
        await client.open(uri, startText(seq));
        const done: string[] = [];
        try {
          for (const edit of seq.edits) {
            const before = client.text(uri);
            const after = applyEdit(before, edit);
            done.push(describeEdit(edit));
            const context = `${seq.name}: ${done.join('; ')}`;
            const version = await client.replaceAll(uri, after);
            const published = await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), `diagnostics for ${context}`, 60_000);
            for (const d of published.diagnostics as Diagnostic[]) within(client, uri, d.range, `${context}: diagnostic ${d.message}`);
            const last = client.position(uri, Math.floor(after.length / 2));
            const answers = await Promise.all([
              client.request('textDocument/documentSymbol', { textDocument: { uri } }),
              client.request('textDocument/foldingRange', { textDocument: { uri } }),
              client.request('textDocument/hover', { textDocument: { uri }, position: last }),
              client.request('textDocument/codeAction', {
                textDocument: { uri },
                range: { start: { line: 0, character: 0 }, end: client.position(uri, after.length) },
                context: { diagnostics: published.diagnostics },
              }),
            ]);
            for (const r of rangesIn(answers)) within(client, uri, r, `${context}: a feature's range`);
          }
        } finally {
          await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 9), numRuns: Number(process.env.ROBUSTNESS_SERVER_RUNS ?? 20) },
    );
    // Exceptions, and warnings Node prints for the server (a library's, say): both land in the writer's log.
    const trouble = client.logs.filter((l) => /Uncaught|TypeError|RangeError|ReferenceError|Maximum call stack|\n\s+at .+:\d+:\d+|\(node:\d+\) \w*Warning/.test(l));
    assert.deepEqual(trouble, []);
  });
});
