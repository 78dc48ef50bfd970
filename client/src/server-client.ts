/**
 * Starts and restarts the language server (`dist/server.js`) over IPC with
 * vscode-languageclient. The document selector comes from the
 * `inspectionReport.drafts` setting; a server that dies is restarted and the
 * writer told once; server errors are shown once, with a button to the output.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LogMessageNotification,
  MessageType,
  TransportKind,
  type LanguageClientOptions,
  type Location,
  type Position,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CrashPolicy, OnceOnly } from './crash-policy';
import { documentSelector, draftGlobs, isDraft } from './drafts';
import { editorArguments } from './lens-arguments';
import { serverNodeOptions } from '../../server/src/boot/node-options';

export const CLIENT_ID = 'inspectionReport';
export const SHOW_OUTPUT = 'Show Output';

/** Server commands that act on a document: run from the palette, they act on the active draft. */
const DOCUMENT_COMMANDS = new Set(['inspectionReport.renumberParagraphs', 'inspectionReport.regenerateContents']);

const WHY_NOTHING: Record<string, string> = {
  'nothing-to-do': 'Nothing to change',
  outdated: 'The draft changed while the command ran: run it again',
  'not-open': 'The draft is not open',
  rejected: 'The edit was not applied',
};

export class ServerClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private readonly crashes = new CrashPolicy();
  private readonly errorsShown = new OnceOnly();
  private readonly stateEmitter = new vscode.EventEmitter<void>();
  /** Fires when a server has started (after a restart too). */
  readonly onDidStart = this.stateEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {}

  get current(): LanguageClient | undefined {
    return this.client;
  }

  /** Starts a server if there is none (running or starting); resolves when it is ready. */
  start(): Promise<void> {
    if (this.starting) return this.starting;
    if (this.client) return Promise.resolve();
    this.starting = this.create().finally(() => (this.starting = undefined));
    return this.starting;
  }

  async restart(): Promise<void> {
    this.crashes.reset();
    await this.stop();
    await this.start();
    this.output.info('Language server restarted');
  }

  /** Replaces a client whose server died with a new one. */
  private async replace(dead: LanguageClient): Promise<void> {
    if (this.client !== dead) return;
    this.client = undefined;
    await dead.dispose(1000).catch(() => undefined);
    await this.start();
    this.output.info('A new language server is running');
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const c = this.client;
    this.client = undefined;
    if (c) await c.dispose(2000).catch((e) => this.output.warn(`Stopping the server: ${e}`));
  }

  /** Runs one of the server's commands with explicit arguments; undefined when no server is running (it is never started from here). */
  async request<T>(command: string, args: unknown): Promise<T | undefined> {
    await this.starting;
    if (!this.client?.isRunning()) return undefined;
    return (await this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })) as T;
  }

  showOutput(): void {
    this.output.show(true);
  }

  /** Shows an error to the writer once per session, with a button to the output. */
  showErrorOnce(key: string, message: string): void {
    if (!this.errorsShown.first(key)) return;
    void vscode.window.showErrorMessage(message, SHOW_OUTPUT).then((choice) => {
      if (choice === SHOW_OUTPUT) this.showOutput();
    });
  }

  private async create(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: serverNodeOptions() } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019', ...serverNodeOptions()] } },
    };
    const globs = draftGlobs(vscode.workspace.getConfiguration('inspectionReport').get('drafts'));
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(globs),
      synchronize: { configurationSection: 'inspectionReport' },
      outputChannel: this.output,
      traceOutputChannel: this.output,
      errorHandler: {
        // A write that fails means the server is gone: carry on, and let closed() restart it.
        error: (error) => {
          this.output.error(`Connection to the server: ${error.message}`);
          return { action: ErrorAction.Continue, handled: true };
        },
        // A server that died is replaced by a new client and server (the language client's own
        // restart leaves documents opened afterwards without diagnostics).
        closed: () => {
          const d = this.crashes.closed(Date.now());
          if (d.message && d.error) this.showErrorOnce('crashed', d.message);
          else if (d.message) {
            void vscode.window.showWarningMessage(d.message, SHOW_OUTPUT).then((c) => c === SHOW_OUTPUT && this.showOutput());
          }
          if (d.restart) setTimeout(() => void this.replace(client), 0);
          return {
            action: CloseAction.DoNotRestart,
            handled: true,
            message: d.restart ? 'The server stopped unexpectedly; starting a new one' : 'The server keeps stopping; it is not restarted',
          };
        },
      },
      middleware: {
        // "Supported by ..." lenses show references: their LSP-form arguments become vscode values.
        provideCodeLenses: async (document, token, next) => {
          const lenses = await next(document, token);
          const c = client.protocol2CodeConverter;
          const convert = {
            uri: (s: string) => c.asUri(s),
            position: (p: Position) => c.asPosition(p),
            location: (l: Location) => c.asLocation(l),
          };
          for (const lens of lenses ?? []) {
            if (lens.command) lens.command.arguments = editorArguments(lens.command, convert);
          }
          return lenses;
        },
        executeCommand: async (command, args, next) => {
          if (!DOCUMENT_COMMANDS.has(command) || args.length > 0) return next(command, args);
          const editor = vscode.window.activeTextEditor;
          if (!editor || !isDraft({ languageId: editor.document.languageId, path: editor.document.uri.path }, globs)) {
            void vscode.window.showInformationMessage('Open a draft report first');
            return undefined;
          }
          const result = await next(command, [{ uri: editor.document.uri.toString(), version: editor.document.version }]);
          const reason = (result as { applied?: boolean; reason?: string } | null)?.reason;
          if (reason) void vscode.window.showInformationMessage(WHY_NOTHING[reason] ?? `Not applied: ${reason}`);
          return result;
        },
      },
    };
    const client = new LanguageClient(CLIENT_ID, 'Inspection Report', serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      this.client = undefined;
      await client.dispose().catch(() => undefined);
      this.output.error(`The server did not start: ${(e as Error).message ?? e}`);
      this.showErrorOnce('start', 'The inspection report server did not start');
      return;
    }
    // Errors the server logs (an uncaught exception, a broken rule) reach the writer once each kind.
    client.onNotification(LogMessageNotification.type, (p) => {
      const line = p.message;
      switch (p.type) {
        case MessageType.Error:
          this.output.error(line);
          this.showErrorOnce(`log:${line.split('\n')[0].slice(0, 80)}`, `The inspection report server had an error: ${line.split('\n')[0].slice(0, 200)}`);
          break;
        case MessageType.Warning:
          this.output.warn(line);
          break;
        case MessageType.Info:
          this.output.info(line);
          break;
        default:
          this.output.debug(line);
      }
    });
    this.stateEmitter.fire();
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
  }
}
