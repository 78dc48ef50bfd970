// The extension's wiring, checked inside desktop VS Code through VS Code's own
// API: the same things the browser suite (test/editor) checks through the page.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const { broken, sutton, where } = require('../../editor/lib/drafts');

const EXTENSION_ID = 'inspection-report-tools.inspection-report-tools';
const workspace = process.env.ELECTRON_TESTS_WORKSPACE;

function fileUri(name) {
  return vscode.Uri.file(path.join(workspace, name));
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Resolves with the document's diagnostics once `test` holds for them (waits on the change event). */
function diagnosticsWhere(uri, test) {
  return new Promise((resolve) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (!test(d)) return false;
      sub.dispose();
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

function position({ line, column }) {
  return new vscode.Position(line - 1, column - 1);
}

function flatten(symbols) {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('the extension in VS Code', () => {
  let api;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `Expected the extension ${EXTENSION_ID} to be loaded`);
    await open('sutton-2017.report.md');
    api = await ext.activate();
    await api.ready();
  });

  it('treats *.report.md files as inspection report drafts', async () => {
    const doc = await open('sutton-2017.report.md');
    assert.equal(doc.languageId, 'inspection-report');
  });

  it('registers every command it contributes', async () => {
    const contributed = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  it("reports the broken draft's numbering slip with the engine's message", async () => {
    const doc = await open(broken.name);
    const d = await diagnosticsWhere(doc.uri, (ds) => ds.some((x) => x.message.startsWith('Expected paragraph `41`, found `42`')));
    const slip = d.find((x) => x.message.startsWith('Expected paragraph `41`, found `42`'));
    assert.equal(slip.range.start.line + 1, where(broken.text, broken.misnumbered).line);
    assert.equal(slip.severity, vscode.DiagnosticSeverity.Error);
  });

  it('outlines the judged sections with their grades', async () => {
    const doc = await open('sutton-2017.report.md');
    const symbols = flatten(await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri));
    const leadership = symbols.find((s) => s.name === 'Leadership, management and governance');
    assert.ok(leadership, 'Expected a symbol for `Leadership, management and governance`');
    assert.match(leadership.detail, /Good/);
  });

  it('hints the recommendation a bare marker is linked to, and goes to it', async () => {
    const doc = await open('sutton-2017.report.md');
    const marker = where(sutton, '\n(Recommendation)\n');
    const line = marker.line; // the marker's line (0-based: the line after the newline)
    const hints = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(line, 0, line + 1, 0));
    const hint = hints.find((h) => h.position.line === line);
    assert.ok(hint, `Expected an inlay hint on line ${line + 1}`);
    const label = typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
    const n = /→\s*(\d+)/.exec(label)?.[1];
    assert.ok(n, `Expected a hint \`→ N\`, found \`${label}\``);

    const defs = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(line, 2));
    assert.ok(defs.length > 0, 'Expected a definition for the marker');
    const target = defs[0].targetRange ?? defs[0].range;
    assert.ok(doc.lineAt(target.start.line).text.startsWith(`${n}. `), `Expected recommendation ${n}, found \`${doc.lineAt(target.start.line).text.slice(0, 60)}\``);
  });

  it('offers a quick fix that renumbers the paragraph, and the problem goes', async () => {
    const doc = await open(broken.name);
    const at = position(where(broken.text, broken.misnumbered));
    await diagnosticsWhere(doc.uri, (ds) => ds.some((x) => x.message.startsWith('Expected paragraph `41`')));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value, 10);
    const fix = actions.find((a) => /^Renumber paragraph/.test(a.title));
    assert.ok(fix, `Expected a quick fix \`Renumber paragraph…\`, found: ${actions.map((a) => a.title).join(', ')}`);
    if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(doc.lineAt(at.line).text.startsWith('41. '), `Expected \`41. \`, found \`${doc.lineAt(at.line).text.slice(0, 20)}\``);
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((x) => x.message.startsWith('Expected paragraph `41`')));
  });

  it('shows the recommendations with the findings that support them', async () => {
    await open('sutton-2017.report.md');
    const nodes = await api.refreshRecommendations();
    const all = flatten(nodes);
    const first = all.find((n) => n.label === 'Recommendation 1');
    assert.ok(first, `Expected \`Recommendation 1\` in the view, found: ${nodes.map((n) => n.label).join(', ')}`);
    assert.ok(first.children.length > 0, 'Expected findings under recommendation 1');
  });

  it('offers the numbered finding snippet', async () => {
    const doc = await open('new.report.md');
    const editor = vscode.window.activeTextEditor;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'finding'));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 7));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('finding'), `Expected the \`finding\` snippet, found: ${labels.slice(0, 20).join(', ')}`);
  });
});
