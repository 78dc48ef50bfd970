/**
 * What the server offers, given what the client can do.
 */
import type { ClientCapabilities, InitializeResult } from 'vscode-languageserver';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver';
import { CONTENTS_KIND, FIX_ALL_KIND, RENUMBER_KIND } from '../features/code-actions';
import { completionTriggers } from '../features/completion';
import { COMMANDS } from './commands';

export interface ClientSupport {
  /** Pull diagnostics (`textDocument/diagnostic`); otherwise the server pushes them. */
  readonly pullDiagnostics: boolean;
  readonly diagnosticRefresh: boolean;
  readonly configuration: boolean;
  readonly configurationChangeRegistration: boolean;
  readonly watchedFilesRegistration: boolean;
  readonly documentChanges: boolean;
  readonly inlayHintRefresh: boolean;
  readonly codeLensRefresh: boolean;
}

export function clientSupport(c: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: !!c.textDocument?.diagnostic,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
    configuration: !!c.workspace?.configuration,
    configurationChangeRegistration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    watchedFilesRegistration: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    inlayHintRefresh: !!c.workspace?.inlayHint?.refreshSupport,
    codeLensRefresh: !!c.workspace?.codeLens?.refreshSupport,
  };
}

export const SERVER_NAME = 'inspection-report-language-server';

export function serverCapabilities(support: ClientSupport, version: string): InitializeResult {
  return {
    serverInfo: { name: SERVER_NAME, version },
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(support.pullDiagnostics ? { diagnosticProvider: { identifier: 'inspection-lint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      documentSymbolProvider: { label: 'Inspection report' },
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      hoverProvider: true,
      inlayHintProvider: { resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: completionTriggers, resolveProvider: false },
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND, RENUMBER_KIND, CONTENTS_KIND],
        resolveProvider: false,
      },
      executeCommandProvider: { commands: [...COMMANDS] },
    },
  };
}
