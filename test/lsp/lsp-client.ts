/**
 * A real LSP client for protocol tests: spawns the bundled `dist/server.js`
 * (over stdio, or Node IPC), speaks JSON-RPC to it, keeps the text of the
 * documents it opened, answers the server's requests as an editor would, and
 * lets tests wait on what the server sends, never on sleeps.
 */
import { spawnSync, spawn, fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  LogTraceNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { ClientCapabilities, InitializeResult, LogTraceParams, ProtocolConnection, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../helpers/drafts';
import { currentTest } from '../helpers/current-test';
import { flat } from '../../server/src/util/flat';
import { serverNodeOptions } from '../../server/src/boot/node-options';

export const serverPath = process.env.IRT_SERVER_PATH ?? path.join(repoRoot, 'dist', 'server.js');

let built = false;
/** Bundles the server once per test run, so tests speak to the code under test. */
export function buildServer(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Build failed: ${r.stderr}`);
  built = true;
}

export interface ClientOptions {
  readonly transport?: 'stdio' | 'ipc';
  /** Pull diagnostics (the default) or pushed diagnostics. */
  readonly diagnostics?: 'pull' | 'push';
  /** What the client answers to `workspace/configuration` for `inspectionReport`. */
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolder?: string;
  /** Options for the server's Node.js, before the script; by default those the VS Code extension starts it with (`serverNodeOptions()`). */
  readonly nodeArgs?: readonly string[];
  /** Another server's script (the benchmarks' reference server); by default the bundled server. */
  readonly serverPath?: string;
}

/** An incremental change to one document, as `textDocument/didChange` carries it. */
export interface StagedChange {
  readonly uri: string;
  readonly version: number;
  readonly contentChanges: { range: TextEdit['range']; text: string }[];
}

/** Servers started by clients and not yet ended, with what started them (see `test/helpers/root-hooks.ts`). */
export const liveServers = new Map<ChildProcess, string>();

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly docs = new Map<string, TextDocument>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  /** `$/logTrace` notifications (sent only while the trace is on: `$/setTrace`). */
  readonly traces: LogTraceParams[] = [];
  readonly configurationRequests: unknown[] = [];
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private waiters: (() => void)[] = [];

  constructor(readonly options: ClientOptions = {}) {
    buildServer();
    this.settings = { diagnostics: { debounce: 0 }, ...(options.settings ?? {}) };
    // Started as the VS Code extension starts it, unless a test asks otherwise.
    const nodeArgs = options.nodeArgs ?? serverNodeOptions();
    const script = options.serverPath ?? serverPath;
    if (options.transport === 'ipc') {
      this.process = fork(script, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], execArgv: [...nodeArgs] });
      this.connection = createProtocolConnection(new IPCMessageReader(this.process), new IPCMessageWriter(this.process));
    } else {
      this.process = spawn(process.execPath, [...nodeArgs, script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    }
    liveServers.set(this.process, currentTest());
    this.process.once('exit', () => liveServers.delete(this.process));
    this.process.stderr?.on('data', (d) => this.logs.push(String(d)));
    this.process.once('close', () => {
      // Once the server has ended and its output is read: requests in flight would wait for ever, and a
      // script awaiting only them would end quietly with status 0; they fail now, and `until` reports the exit.
      this.connection.dispose();
      this.record(() => undefined);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.record(() => this.published.push(p)));
    this.connection.onNotification(ShowMessageNotification.type, (p) => this.record(() => this.messages.push(p)));
    this.connection.onNotification(LogMessageNotification.type, (p) => this.record(() => this.logs.push(p.message)));
    this.connection.onNotification(LogTraceNotification.type, (p) => this.record(() => this.traces.push(p)));
    this.connection.onRequest(ConfigurationRequest.type, (p) => {
      this.record(() => this.configurationRequests.push(p));
      return p.items.map((i) => (i.section === 'inspectionReport' ? this.settings : null));
    });
    this.connection.onRequest(RegistrationRequest.type, () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => this.record(() => this.refreshes++));
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  refreshes = 0;

  /** Whether the server process has ended (by itself or killed). */
  get exited(): boolean {
    return this.process.exitCode !== null || this.process.signalCode !== null;
  }

  private record(f: () => unknown): void {
    f();
    const w = this.waiters;
    this.waiters = [];
    w.forEach((x) => x());
  }

  /** Resolves when `condition` holds, re-checked on every message the server sends. */
  async until<T>(condition: () => T | undefined | false, what: string, timeoutMs = 45000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = condition();
      if (v) return v;
      if (this.exited) throw new Error(`Server exited (${this.process.exitCode ?? this.process.signalCode}) while waiting for ${what}\n${this.logs.join('')}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: { refreshSupport: this.options.diagnostics !== 'push' },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        ...(this.options.diagnostics === 'push' ? {} : { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } }),
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        inlayHint: {},
        completion: { completionItem: { snippetSupport: false } },
      },
    };
    const folder = this.options.workspaceFolder;
    const params = {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'drafts' }] : null,
      capabilities,
    };
    this.initializeResult = (await this.connection.sendRequest('initialize', params).catch((e: unknown) => {
      throw this.exited ? new Error(`Server exited (${this.process.exitCode ?? this.process.signalCode}) before answering \`initialize\`\n${this.logs.join('')}`) : e;
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  async open(uri: string, text: string): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  /** Applies edits locally and sends them as one incremental change; returns the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const change = this.changeFor(uri, edits);
    // Sent first, as an editor sends a keystroke: this copy of the text is a joined string, and
    // making it flat costs 5 to 7 ms on a 900 KB draft, which an editor's text buffer does not.
    await this.send(change);
    this.apply(change);
    return change.version;
  }

  /**
   * For benchmarks: applies edits to this copy of the text and makes it flat
   * now, and gives the change for `send`. Timing only `send` leaves out this
   * client's own work, which an editor's text buffer does not do and which,
   * done while the server works, takes a core from it.
   */
  stage(uri: string, edits: TextEdit[]): StagedChange {
    const change = this.changeFor(uri, edits);
    this.apply(change);
    flat(this.text(uri));
    return change;
  }

  /** Sends a change made by `stage` (or `edit`); gives its version. */
  async send(change: StagedChange): Promise<number> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: change.uri, version: change.version }, contentChanges: change.contentChanges });
    return change.version;
  }

  /** Applies a change to this copy of the text; whoever waits on it (an edit the server asked for) looks again. */
  private apply(change: StagedChange): void {
    this.record(() => TextDocument.update(this.docs.get(change.uri)!, change.contentChanges, change.version));
  }

  private changeFor(uri: string, edits: TextEdit[]): StagedChange {
    const doc = this.docs.get(uri)!;
    // Incremental changes apply in order; sending them last-first keeps each range valid.
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    return { uri, version: doc.version + 1, contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })) };
  }

  /** Replaces the whole text; returns the new version. */
  async replaceAll(uri: string, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    TextDocument.update(doc, [{ text }], version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const dc of edit.documentChanges ?? []) {
      if (!('textDocument' in dc)) continue;
      const doc = this.docs.get(dc.textDocument.uri)!;
      if (dc.textDocument.version !== null && dc.textDocument.version !== doc.version) throw new Error('Edit for an old version');
      void this.edit(dc.textDocument.uri, dc.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) void this.edit(uri, edits);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  position(uri: string, offset: number) {
    return this.docs.get(uri)!.positionAt(offset);
  }

  offset(uri: string, position: { line: number; character: number }): number {
    return this.docs.get(uri)!.offsetAt(position);
  }

  async shutdown(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
      if (!this.exited) await new Promise<void>((resolve) => {
        const t = setTimeout(() => (this.process.kill(), resolve()), 2000);
        this.process.once('exit', () => (clearTimeout(t), resolve()));
      });
    }
    this.connection.dispose();
  }
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}
