/**
 * The bundled language server, spoken to over stdio as an editor would, on
 * the Sutton report.
 */
import { strict as assert } from 'node:assert';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  FullDocumentDiagnosticReport,
  Hover,
  InitializeResult,
  InlayHint,
  Location,
  MarkupContent,
  Position,
} from 'vscode-languageserver-protocol';
import { corpus, deleteParagraph, offsetOf, replaceOnce } from '../helpers/drafts';
import { LspClient } from './lsp-client';

const sutton = corpus('sutton-2017');
const uri = 'file:///drafts/sutton-2017.report.md';

/** Position of the start of `needle` (plus `delta` characters) in the client's copy of the document. */
function at(client: LspClient, needle: string, delta = 0, occurrence = 0): Position {
  return client.position(uri, offsetOf(client.text(uri), needle, occurrence) + delta);
}

/** The written number of the numbered paragraph holding a position. */
function paragraphAt(client: LspClient, pos: Position): number {
  const text = client.text(uri);
  const eol = text.indexOf('\n', client.offset(uri, pos));
  const before = text.slice(0, eol < 0 ? text.length : eol);
  const m = [...before.matchAll(/^(\d+)\. /gm)].pop();
  return m ? Number(m[1]) : -1;
}

async function pull(client: LspClient, docUri = uri): Promise<Diagnostic[]> {
  const r = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: docUri } });
  assert.equal(r.kind, 'full');
  return r.items;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

describe('language server protocol (stdio)', function () {
  this.timeout(60000);
  let client: LspClient;
  let init: InitializeResult;

  before(async () => {
    client = new LspClient({ diagnostics: 'pull' });
    init = await client.initialize();
    await client.open(uri, sutton);
  });
  after(async () => client?.shutdown());

  it('announces every feature, and pull diagnostics to a client that pulls', () => {
    const c = init.capabilities;
    assert.ok(c.diagnosticProvider, 'diagnosticProvider');
    for (const k of ['documentSymbolProvider', 'foldingRangeProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'hoverProvider', 'inlayHintProvider', 'codeLensProvider', 'completionProvider', 'codeActionProvider'] as const) {
      assert.ok(c[k], k);
    }
    assert.deepEqual(c.executeCommandProvider?.commands, ['inspectionReport.recommendationMap', 'inspectionReport.renumberParagraphs', 'inspectionReport.regenerateContents']);
  });

  it('finds no errors in the published Sutton report', async () => {
    const ds = await pull(client);
    assert.deepEqual(ds.filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`), []);
  });

  it('goes from the marker of paragraph 13 to recommendation 4', async () => {
    const marker = at(client, '(Recommendation)', 1, 0);
    assert.equal(paragraphAt(client, marker), 13);
    const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: marker });
    assert.equal(locs.length, 1);
    const target = client.text(uri).slice(client.offset(uri, locs[0].range.start));
    assert.match(target, /^4\. Ensure that strategy discussions/);
  });

  it('finds the findings that support recommendation 4: paragraphs 13 and 20', async () => {
    const rec4 = at(client, '4. Ensure that strategy discussions', 0);
    const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: rec4, context: { includeDeclaration: false } });
    assert.deepEqual(locs.map((l) => paragraphAt(client, l.range.start)), [13, 20]);
  });

  it('highlights recommendation 4 and the markers that support it', async () => {
    const hs = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: at(client, '4. Ensure that strategy discussions', 3) });
    assert.deepEqual(hs.map((h) => paragraphAt(client, h.range.start)), [4, 13, 20]);
  });

  it('outlines the three judged sections with their grades', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const judged = symbols.filter((s) => s.detail && s.name !== 'Headline judgements').map((s) => `${s.name}: ${s.detail}`);
    assert.deepEqual(judged.slice(0, 3), [
      'The experiences and progress of children who need help and protection: Good',
      'The experiences and progress of children looked after and achieving permanence: Good',
      'Leadership, management and governance: Good',
    ]);
    const recs = symbols.find((s) => s.name === 'Recommendations')!;
    assert.deepEqual(recs.children!.map((c) => c.name).slice(0, 2), ['Recommendation 1', 'Recommendation 2']);
    const help = symbols.find((s) => s.name.startsWith('The experiences and progress of children who need help'))!;
    const findings = help.children!.find((c) => c.name === 'Inspection findings')!;
    assert.match(findings.children![0].name, /^11\. Children and families receive effective support/);
  });

  it('folds sections and long paragraphs', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const recsLine = at(client, '## Recommendations').line;
    assert.ok(folds.some((f) => f.startLine === recsLine && f.endLine > recsLine + 10), 'the Recommendations section folds');
    const p13 = at(client, '13. Thresholds').line;
    assert.ok(folds.some((f) => f.startLine === p13 && f.endLine === p13 + 1), 'paragraph 13 and its marker line fold');
  });

  it('hovers a marker with its recommendation, and a recommendation with its findings', async () => {
    const onMarker = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(client, '(Recommendation)', 2, 0) });
    const md = (onMarker.contents as MarkupContent).value;
    assert.match(md, /Supports Recommendation 4/);
    assert.match(md, /strategy discussions/);
    const onRec = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(client, '4. Ensure that strategy', 10) });
    assert.match((onRec.contents as MarkupContent).value, /supported by 2 findings[\s\S]*Paragraph 13[\s\S]*Paragraph 20/);
  });

  it('hovers a grade with the other statements of the same judgement', async () => {
    const cell = at(client, '| 2.2 Experiences and progress of care leavers | Requires improvement |', '| 2.2 Experiences and progress of care leavers | '.length + 2);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: cell });
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /Other statements of this judgement/);
    assert.match(md, /requires improvement/);
  });

  it('shows after each bare marker the recommendation it was linked to', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: client.position(uri, sutton.length) } });
    const byParagraph = hints.map((h) => `${paragraphAt(client, h.position)} ${h.label}`);
    assert.ok(byParagraph.includes('13 → 4'), byParagraph.join('; '));
    assert.ok(byParagraph.includes('20 → 4'));
    assert.ok(byParagraph.includes('95 → 81'));
  });

  it('puts a code lens on each recommendation saying which findings support it', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 11);
    const rec4 = lenses.find((l) => l.range.start.line === at(client, '4. Ensure that strategy').line)!;
    assert.equal(rec4.command!.title, 'Supported by 2 findings: paragraphs 13, 20');
    assert.equal(rec4.command!.command, 'editor.action.showReferences');
    const [lensUri, , locations] = rec4.command!.arguments as [string, Position, Location[]];
    assert.equal(lensUri, uri);
    assert.deepEqual(locations.map((l) => paragraphAt(client, l.range.start)), [13, 20]);
  });

  it('completes recommendation numbers inside a marker', async () => {
    const v = await client.edit(uri, [{ range: { start: at(client, '(Recommendation)', 15, 0), end: at(client, '(Recommendation)', 15, 0) }, newText: ' ' }]);
    assert.equal(v, 2);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(client, '(Recommendation )', 16, 0) });
    assert.deepEqual(items.map((i) => i.label).slice(0, 3), ['1', '2', '3']);
    assert.ok(items.some((i) => i.label === '4' && /strategy discussions/.test(i.detail ?? '')));
    await client.replaceAll(uri, sutton);
  });

  it('completes grades in a judgement table and section titles in headings', async () => {
    const cell = at(client, '| 3. Leadership, management and governance | Good |', '| 3. Leadership, management and governance | '.length);
    const grades = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: cell });
    assert.ok(['Outstanding', 'Good', 'Requires improvement', 'Inadequate'].every((g) => grades.some((i) => i.label === g)));
    const heading = at(client, '## Contents', 3);
    const titles = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: heading });
    assert.ok(titles.some((i) => i.label === 'Leadership, management and governance'));
    assert.ok(!titles.some((i) => i.label === 'Good'));
  });

  it('answers the recommendation map command for the Recommendations view', async () => {
    const map = await client.request<{ recommendations: { id: string; number?: number; supported: boolean; findings: { number?: number; via: string }[] }[]; weakMarkers: unknown[] }>(
      'workspace/executeCommand',
      { command: 'inspectionReport.recommendationMap', arguments: [{ uri }] },
    );
    const rec4 = map.recommendations.find((r) => r.id === '4')!;
    assert.deepEqual(rec4.findings.map((f) => f.number), [13, 20]);
    assert.ok(map.recommendations.every((r) => r.supported), 'every Sutton recommendation is supported');
  });

  it('makes a bare marker name its recommendation', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at(client, '(Recommendation)', 3, 0), end: at(client, '(Recommendation)', 3, 0) },
      context: { diagnostics: [], only: ['refactor'] },
    });
    const name = actions.find((a) => a.title === 'Name recommendation 4 in this marker');
    assert.ok(name, actions.map((a) => a.title).join('; '));
    client.applyWorkspaceEdit(name.edit!);
    await client.until(() => client.text(uri).includes('MASH and the police.\n(Recommendation 4)') || client.text(uri).match(/^13\.[^\n]*\n\(Recommendation 4\)/m), 'the marker to be named');
    await client.replaceAll(uri, sutton);
  });
});

describe('language server diagnostics and fixes (stdio)', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = new LspClient({ diagnostics: 'pull' });
    await client.initialize();
    await client.open(uri, sutton);
  });
  after(async () => client?.shutdown());

  it('reports a gap in numbering with its rule, docs link, source, related locations and fix', async () => {
    const version = await client.replaceAll(uri, deleteParagraph(sutton, 40));
    const ds = await pull(client);
    const d = ds.find((x) => x.code === 'paragraph-numbering');
    assert.ok(d, codes(ds).join(', '));
    assert.equal(d.source, 'inspection-lint');
    assert.match(d.codeDescription!.href, /rules\.md#paragraph-numbering$/);
    const related = d.relatedInformation?.[0];
    assert.ok(related, 'related information');
    assert.equal(related.location.uri, uri);
    assert.match(client.text(uri).slice(client.offset(uri, related.location.range.start)), /^39\b/);
    const data = d.data as Record<string, unknown>;
    // The diagnostic names its version and problem; the code action (next test) spells the fix out from that version's analysis.
    assert.deepEqual(Object.keys(data).sort(), ['problem', 'ruleId', 'uri', 'version']);
    assert.equal(data.version, version);
    assert.equal(data.ruleId, 'paragraph-numbering');
    assert.equal(data.uri, uri);
    assert.equal(typeof data.problem, 'number');
    assert.equal(client.published.length, 0, 'a pulling client is never also pushed diagnostics');
  });

  it('applies a quick fix from the diagnostic and re-checks clean', async () => {
    const broken = await client.replaceAll(uri, deleteParagraph(sutton, 40));
    const ds = await pull(client);
    const d = ds.find((x) => x.code === 'paragraph-numbering')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join('; '));
    // Every number from 41 on, taken from the analysis the diagnostic came from.
    const edits = fix.edit?.documentChanges ? (fix.edit.documentChanges[0] as { edits: unknown[] }).edits : (Object.values(fix.edit?.changes ?? {})[0] ?? []);
    assert.ok(edits.length >= 54, `${edits.length} edits`);
    client.applyWorkspaceEdit(fix.edit!);
    await client.until(() => client.version(uri) === broken + 1, 'the fix to be applied');
    const after = await pull(client);
    assert.deepEqual(codes(after).filter((c) => c === 'paragraph-numbering'), []);
    assert.match(client.text(uri), /^40\. /m);
  });

  it('refuses a fix computed for an older version of the text', async () => {
    await client.replaceAll(uri, deleteParagraph(sutton, 40));
    const ds = await pull(client);
    const d = ds.find((x) => x.code === 'paragraph-numbering')!;
    await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '' }]);
    await client.replaceAll(uri, deleteParagraph(sutton, 40) + '\n');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    assert.deepEqual(actions.map((a) => a.title), []);
  });

  it('offers renumbering as a source action that also updates numbered markers', async () => {
    const without2 = deleteParagraph(sutton, 2);
    // The first marker is paragraph 13's; name its recommendation.
    const m = offsetOf(without2, '(Recommendation)');
    const broken = without2.slice(0, m) + '(Recommendation 4)' + without2.slice(m + '(Recommendation)'.length);
    await client.replaceAll(uri, broken);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.renumberParagraphs'] },
    });
    assert.deepEqual(actions.map((a) => a.title), [`Renumber all paragraphs 1 to 94`]);
    const before = client.version(uri);
    client.applyWorkspaceEdit(actions[0].edit!);
    await client.until(() => client.version(uri) > before, 'the renumbering');
    const text = client.text(uri);
    assert.match(text, /^12\. Thresholds for access[^\n]*\n\(Recommendation 3\)/m, 'the marker follows recommendation 4, now 3');
    assert.match(text, /^94\. The LSCB annual report/m);
  });

  it('fixes everything fixable with source.fixAll', async () => {
    await client.replaceAll(uri, deleteParagraph(sutton, 40));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    const before = client.version(uri);
    client.applyWorkspaceEdit(actions[0].edit!);
    await client.until(() => client.version(uri) > before, 'the fixes');
    assert.deepEqual(codes(await pull(client)).filter((c) => c === 'paragraph-numbering'), []);
  });

  it('regenerates the contents table from the headings', async () => {
    await client.replaceAll(uri, replaceOnce(sutton, '| Leadership, management and governance | 26 |\n', ''));
    const r = await client.request<{ applied: boolean }>('workspace/executeCommand', {
      command: 'inspectionReport.regenerateContents',
      arguments: [{ uri, version: client.version(uri) }],
    });
    assert.deepEqual(r, { applied: true });
    await client.until(() => client.text(uri).includes('| Leadership, management and governance |  |'), 'the contents row to come back');
    const stale = await client.request<{ applied: boolean; reason?: string }>('workspace/executeCommand', {
      command: 'inspectionReport.renumberParagraphs',
      arguments: [{ uri, version: 1 }],
    });
    assert.deepEqual(stale, { applied: false, reason: 'outdated' });
  });

  it('re-checks open drafts when the configuration changes', async () => {
    await client.replaceAll(uri, deleteParagraph(sutton, 40));
    assert.ok(codes(await pull(client)).includes('paragraph-numbering'));
    client.settings = { ...client.settings, rules: { 'paragraph-numbering': 'off' } };
    const refreshes = client.refreshes;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > refreshes, 'a diagnostics refresh');
    assert.ok(!codes(await pull(client)).includes('paragraph-numbering'));
    client.settings = { diagnostics: { debounce: 0 } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('keeps each open draft to its own state', async () => {
    const other = 'file:///drafts/other.report.md';
    await client.replaceAll(uri, sutton);
    await client.open(other, deleteParagraph(sutton, 50));
    assert.ok(codes(await pull(client, other)).includes('paragraph-numbering'));
    assert.ok(!codes(await pull(client, uri)).includes('paragraph-numbering'));
  });

  it('gives documents that are not drafts nothing, and does not crash on them', async () => {
    const notes = 'file:///drafts/notes.md';
    await client.open(notes, '# Notes\n\n1. one\n3. three\n\n| a | b |\n|---|\n(Recommendation)\n');
    assert.deepEqual(await pull(client, notes), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: notes } }), []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: notes } }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: notes }, position: { line: 7, character: 2 } }), null);
    assert.equal(client.process.exitCode, null);
  });
});
