/**
 * A language server that does nothing but answer: each change to a document
 * is pushed back as empty diagnostics for its version, on the next turn of
 * the event loop, as the real server publishes its own. `npm run bench` types
 * into it with the same client and edits as into the real server, so the
 * figures show what the messages between two processes cost on the machine
 * that ran it: the floor under every keystroke's latency.
 */
const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent(({ document }) => {
  setImmediate(() => void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] }));
});
documents.listen(connection);
connection.listen();
