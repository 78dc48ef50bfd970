/**
 * The language server: a table wiring connection events to the features.
 * Speaks LSP over `--stdio`, `--node-ipc` or `--socket=N` (chosen from the
 * command line by `createConnection`). No logic lives here.
 */
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { codeActions } from './features/code-actions';
import { codeLenses } from './features/code-lens';
import { completion } from './features/completion';
import { definition } from './features/definition';
import { foldingRanges } from './features/folding';
import { highlights } from './features/highlights';
import { hover } from './features/hover';
import { inlayHints } from './features/inlay-hints';
import { references } from './features/references';
import { documentSymbols } from './features/symbols';
import type { DocumentAnalysis } from './lsp/document-analysis';
import { DraftDocument } from './lsp/draft-document';
import { Session } from './lsp/session';
import type { Settings } from './lsp/settings';

declare const SERVER_VERSION: string | undefined;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(DraftDocument);
const session = new Session(connection, documents, typeof SERVER_VERSION === 'string' ? SERVER_VERSION : '0.1.0');

/** Runs a feature on the current analysis of a document; `empty` when it is not open. */
function on<T>(uri: string, empty: T, feature: (a: DocumentAnalysis, s: Settings) => T): Promise<T> {
  return Promise.all([session.analysisOf(uri), session.settingsFor(uri)]).then(([a, s]) => (a ? feature(a, s) : empty));
}

connection.onInitialize((p) => session.initialize(p));
connection.onInitialized(() => session.initialized());
connection.onDidChangeConfiguration((p) => session.configurationChanged(p.settings));
connection.onDidChangeWatchedFiles(() => session.watchedFilesChanged());

documents.onDidChangeContent((e) => session.changed(e.document.uri));
documents.onDidClose((e) => session.closed(e.document.uri));

connection.languages.diagnostics.on((p, token) => session.pullDiagnostics(p.textDocument.uri, p.previousResultId, token));
connection.onDocumentSymbol((p) => on(p.textDocument.uri, [], documentSymbols));
connection.onFoldingRanges((p) => on(p.textDocument.uri, [], foldingRanges));
connection.onDefinition((p) => on(p.textDocument.uri, [], (a) => definition(a, p.position)));
connection.onReferences((p) => on(p.textDocument.uri, [], (a) => references(a, p.position, p.context.includeDeclaration)));
connection.onDocumentHighlight((p) => on(p.textDocument.uri, [], (a) => highlights(a, p.position)));
connection.onHover((p) => on(p.textDocument.uri, null, (a) => hover(a, p.position)));
connection.languages.inlayHint.on((p) => on(p.textDocument.uri, [], (a, s) => (s.inlayHints.enabled ? inlayHints(a, p.range) : [])));
connection.onCodeLens((p) => on(p.textDocument.uri, [], (a, s) => (s.codeLens.enabled ? codeLenses(a) : [])));
connection.onCompletion((p) => on(p.textDocument.uri, [], (a) => completion(a, p.position)));
connection.onCodeAction((p) => on(p.textDocument.uri, [], (a) => codeActions(a, p, session.editOptions)));
connection.onExecuteCommand((p) => session.executeCommand(p));
connection.onShutdown(() => session.dispose());

process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
