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
import { suttonText, tenfold } from '../../bench/generate';
import { LONG_DRAFT } from '../../server/src/lsp/draft-document';

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

  it('checks a long draft typed into, one change at a time, as it checks the same text opened afresh', async () => {
    // A long draft is held by the server in a buffer of its own (`DraftDocument`): what it checks must be the text the editor has.
    const uri = 'file:///robustness/long.report.md';
    const text = tenfold(suttonText());
    assert.ok(text.length >= LONG_DRAFT);
    await client.open(uri, text);
    let version = 1;
    await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), 'diagnostics of the long draft', 120_000);
    let state = 9;
    const next = (n: number) => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    const pastes = ['e', ' ', '\r\n', '\n\n', '’', text.slice(2_000, 9_000), '# A heading\n\n', '1. (Recommendation) '];
    for (let i = 0; i < 40; i++) {
      const length = client.text(uri).length;
      const at = next(length);
      const remove = i % 3 === 1 ? Math.min(next(400), length - at) : 0;
      const range = { start: client.position(uri, at), end: client.position(uri, at + remove) };
      version = await client.edit(uri, [{ range, newText: i % 3 === 1 ? '' : pastes[next(pastes.length)] }]);
    }
    const typed = await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), 'diagnostics after the edits', 120_000);
    const fresh = 'file:///robustness/long-afresh.report.md';
    await client.open(fresh, client.text(uri));
    const afresh = await client.until(() => client.published.find((p) => p.uri === fresh && p.version === 1), 'diagnostics of the same text opened afresh', 120_000);
    const shown = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`);
    assert.ok(afresh.diagnostics.length > 0);
    assert.deepEqual(shown(typed.diagnostics as Diagnostic[]), shown(afresh.diagnostics as Diagnostic[]));
    for (const u of [uri, fresh]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  });
});
