/**
 * The VS Code extension: starts the language server, and adds the commands,
 * the Recommendations view and the language status item for drafts. The only
 * code that imports `vscode`; what isn't glue lives in small pure modules.
 */
import * as vscode from 'vscode';
import { draftGlobs, isDraft, LANGUAGE_ID } from './drafts';
import { renderMap } from './map-document';
import { readMap } from './map-types';
import type { TreeNode } from './recommendation-tree';
import { MAP_COMMAND, RecommendationsView } from './recommendations-view';
import { ServerClient } from './server-client';
import { StatusItem } from './status-item';
import { reportTemplate } from './template';

/** What the extension hands to other extensions and to in-editor tests. */
export interface InspectionReportApi {
  /** Resolves when the language server is ready. */
  ready(): Promise<void>;
  /** The Recommendations view's nodes now. */
  recommendations(): readonly TreeNode[];
  /** Refreshes the Recommendations view for the active draft and resolves when it shows it. */
  refreshRecommendations(): Promise<readonly TreeNode[]>;
}

function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const globs = draftGlobs(vscode.workspace.getConfiguration('inspectionReport').get('drafts'));
  return isDraft({ languageId: editor.document.languageId, path: editor.document.uri.path }, globs) ? editor : undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<InspectionReportApi> {
  const output = vscode.window.createOutputChannel('Inspection Report', { log: true });
  const server = new ServerClient(context, output);
  const fetchMap = (uri: vscode.Uri) => server.request<unknown>(MAP_COMMAND, { uri: uri.toString() });
  const view = new RecommendationsView(fetchMap);
  const status = new StatusItem();
  context.subscriptions.push(output, server, view, status);
  void vscode.commands.executeCommand('setContext', 'inspectionReport.active', true);

  // Follow the active draft: when it changes, when it is edited, when its problems change.
  let timer: NodeJS.Timeout | undefined;
  const follow = (delay = 0) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const editor = activeDraft();
      void vscode.commands.executeCommand('setContext', 'inspectionReport.isDraft', !!editor);
      status.update(editor?.document);
      if (editor || !view.current.uri) void view.show(editor?.document.uri);
    }, delay);
  };
  context.subscriptions.push(
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => follow()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) follow(400);
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) follow(50);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('inspectionReport.drafts')) {
        output.info('The drafts setting changed: restarting the server with the new document selector');
        await server.restart();
      }
      if (e.affectsConfiguration('inspectionReport')) follow();
    }),
    server.onDidStart(() => follow()),
  );

  const register = (id: string, run: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register('inspectionReport.newReport', async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'inspection-report.code-snippets'));
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.insertSnippet(new vscode.SnippetString(reportTemplate(new TextDecoder().decode(bytes))));
  });

  register('inspectionReport.showRecommendationMap', async () => {
    const editor = activeDraft();
    const uri = editor?.document.uri ?? view.current.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Open a draft report first');
      return;
    }
    const map = readMap(await fetchMap(uri));
    if (!map) {
      void vscode.window.showInformationMessage('The server has no recommendation map for this draft');
      return;
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: renderMap(map, uri.path.split('/').pop() ?? uri.toString()) });
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', doc.uri);
    } catch {
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    }
  });

  register('inspectionReport.openPreview', async (uri?: unknown) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (target) await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
  });

  register('inspectionReport.refreshRecommendations', () => view.show(activeDraft()?.document.uri ?? view.current.uri));
  register('inspectionReport.restartServer', () => server.restart());
  register('inspectionReport.showOutput', () => server.showOutput());
  // inspectionReport.renumberParagraphs and inspectionReport.regenerateContents are the server's
  // commands: the language client registers them, and server-client.ts adds the active draft.

  follow();
  const started = server.start();
  await started;
  return {
    ready: () => server.start(),
    recommendations: () => view.current.nodes,
    refreshRecommendations: async () => {
      await view.show(activeDraft()?.document.uri ?? view.current.uri);
      return view.current.nodes;
    },
  };
}

export function deactivate(): void {
  // The subscriptions (the server among them) are disposed by VS Code.
}
