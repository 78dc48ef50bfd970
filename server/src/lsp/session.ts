/**
 * The server's state: open documents, their settings and analyses, the
 * config files, and when diagnostics are published. Features are pure
 * functions of a `DocumentAnalysis`; this is what finds the right one.
 */
import * as path from 'node:path';
import type {
  CancellationToken,
  Connection,
  Diagnostic,
  DocumentDiagnosticReport,
  ExecuteCommandParams,
  InitializeParams,
  InitializeResult,
  TextDocuments,
} from 'vscode-languageserver';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsOf } from '../features/diagnostics';
import { lspEdits, regenerateContents, renumberAll, workspaceEdit } from '../features/code-actions';
import { recommendationMap } from '../features/recommendation-map';
import type { TextEdit } from '../engine/types';
import type { ClientSupport } from './capabilities';
import { clientSupport, serverCapabilities } from './capabilities';
import type { DocumentArgs, EditResult } from './commands';
import { RECOMMENDATION_MAP, REGENERATE_CONTENTS, RENUMBER_PARAGRAPHS } from './commands';
import { CONFIG_FILE_NAME, ConfigFiles } from './config-files';
import { forgetProfileFiles } from '../engine/config-file';
import type { DocumentAnalysis } from './document-analysis';
import { analyseDocument, forgetDocumentAnalysis, uriPath } from './document-analysis';
import type { Settings } from './settings';
import { defaultSettings, readSettings } from './settings';
import { prepareEngine, WarmUp } from './warm-up';
import { IdleCollection } from './idle-collection';
import { DraftDocument, heldInBuffer } from './draft-document';
import { TextMemory } from './text-memory';

export const SETTINGS_SECTION = 'inspectionReport';

export class Session {
  private support: ClientSupport = clientSupport({});
  /** Settings sent with `didChangeConfiguration` or `initializationOptions`, for clients without `workspace/configuration`. */
  private pushedSettings: Settings = defaultSettings;
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly analyses = new Map<string, { key: string; analysis: DocumentAnalysis }>();
  /** Pending diagnostics runs, by document: how to cancel each. */
  private readonly timers = new Map<string, () => void>();
  private readonly seen = new Set<string>();
  private readonly changedSinceOpen = new Set<string>();
  private generation = 0;
  private readonly configFiles: ConfigFiles;
  /** Runs before the first document opens, and then while the writer pauses. */
  private readonly warmUp = new WarmUp();
  /** Collects the young generation between keystrokes, rather than in the middle of a check. */
  private readonly idleCollection: IdleCollection;
  /** Makes memory ready for a long draft's versions, once its first check is done. */
  private readonly textMemory: TextMemory;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly version = '0.0.0',
  ) {
    this.idleCollection = new IdleCollection((c) => {
      const kb = (n: number) => `${Math.round(n / 1024)} KB`;
      connection.tracer.log(`Collected the young generation between checks in ${c.ms.toFixed(1)} ms`, `${kb(c.before)} in use before, ${kb(c.after)} after`);
    });
    this.textMemory = new TextMemory((bytes, ms) => {
      connection.tracer.log(`Made memory ready for the versions of a long draft in ${ms.toFixed(0)} ms`, `${Math.round(bytes / 2 ** 20)} MB touched and freed`);
    });
    this.configFiles = new ConfigFiles((e) => {
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `Inspection report config file is not valid: ${e.message}. ${e.keptLastGood ? 'Its last good settings stay in force' : 'It is not used until it is fixed'}`,
      });
      connection.console.info(`Config file not valid: ${e.message}`);
    });
  }

  initialize(params: InitializeParams): InitializeResult {
    this.support = clientSupport(params.capabilities);
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    if (init && typeof init === 'object') this.pushedSettings = readSettings(init[SETTINGS_SECTION] ?? init.settings ?? init);
    prepareEngine();
    return serverCapabilities(this.support, this.version);
  }

  initialized(): void {
    if (this.support.configurationChangeRegistration) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (this.support.watchedFilesRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.profile.json' }] });
    }
    this.warmUp.start();
  }

  get pullsDiagnostics(): boolean {
    return this.support.pullDiagnostics;
  }

  get editOptions() {
    return { documentChanges: this.support.documentChanges };
  }

  /** The settings in force for a document; remembered only while it is open (a request after its close must not keep them). */
  settingsFor(uri: string): Promise<Settings> {
    let s = this.settings.get(uri);
    if (!s) {
      s = this.support.configuration
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
            (raw) => readSettings(raw ?? {}),
            () => this.pushedSettings,
          )
        : Promise.resolve(this.pushedSettings);
      if (this.documents.get(uri)) this.settings.set(uri, s);
    }
    return s;
  }

  /** The analysis of a document's current version (computed once per version and settings). */
  async analysisOf(uri: string): Promise<DocumentAnalysis | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const generation = this.generation;
    const settings = await this.settingsFor(uri);
    const current = this.documents.get(uri);
    if (!current) return undefined;
    const key = `${current.version}:${generation}`;
    const cached = this.analyses.get(uri);
    if (cached && cached.key === key) return cached.analysis;
    const filePath = uriPath(uri);
    const configFile = filePath ? this.configFiles.forDirectory(path.dirname(filePath)) : undefined;
    let analysis: DocumentAnalysis;
    try {
      const text = current.getText();
      // What the document knows: how this text came from the one it gave before (the parser looks for the change there), and where its lines start.
      const draft = current instanceof DraftDocument ? current : undefined;
      analysis = analyseDocument({ uri, text, version: current.version, settings, configFile, change: draft?.takeChange(text), lineStarts: draft?.lineStarts() });
    } catch (e) {
      this.connection.console.error(`Analysis of ${uri} failed: ${(e as Error)?.stack ?? String(e)}`);
      return undefined;
    }
    this.trace(analysis);
    this.idleCollection.activity();
    if (heldInBuffer(analysis.text.length)) this.textMemory.longDraftChecked();
    // Settings may have changed while they were read: cache only what is still current.
    if (generation === this.generation) this.analyses.set(uri, { key, analysis });
    return analysis;
  }

  /**
   * How long a check took, to the client's trace (`$/logTrace`; nothing is
   * sent while the client's trace is off): the total, and with a verbose
   * trace each phase and how much of the draft was parsed again.
   */
  private trace(analysis: DocumentAnalysis): void {
    const t = analysis.timings;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const parsed = !t.parse ? 'refused by the limits' : t.parse.mode === 'full' ? 'the whole draft' : `re-read ${t.parse.parsedChars} of ${analysis.text.length} characters`;
    this.connection.tracer.log(
      `Checked ${analysis.uri} (version ${analysis.version}) in ${ms(t.totalMs)}`,
      `parse ${ms(t.parseMs)} (${parsed}), model ${ms(t.modelMs)}, rules ${ms(t.rulesMs)}`,
    );
  }

  // --- documents ---

  /** On open (the first content) and on every change: the first check runs at once, later ones after the debounce. */
  changed(uri: string): void {
    this.warmUp.activity();
    this.idleCollection.activity();
    const first = !this.seen.has(uri);
    this.seen.add(uri);
    if (!first) this.changedSinceOpen.add(uri);
    void this.settingsFor(uri).then((s) => this.schedule(uri, first ? 0 : s.diagnostics.debounce));
  }

  closed(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
    this.seen.delete(uri);
    this.changedSinceOpen.delete(uri);
    this.analyses.delete(uri);
    forgetDocumentAnalysis(uri);
    this.settings.delete(uri);
    if (!this.support.pullDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  // --- configuration ---

  /**
   * Settings may have changed: read them again for the open documents, and
   * re-check only if they did. VS Code sends this notification as soon as the
   * server registers for it, just after `initialized`, while the first draft
   * is being checked; re-checking then would analyse the same version twice.
   */
  configurationChanged(settings: unknown): void {
    if (!this.support.configuration) {
      const s = settings as Record<string, unknown> | undefined;
      this.pushedSettings = readSettings(s?.[SETTINGS_SECTION] ?? {});
    }
    const before = [...this.settings];
    this.settings.clear();
    const unchanged = async (uri: string, was: Promise<Settings>): Promise<boolean> => !this.documents.get(uri) || JSON.stringify(await was) === JSON.stringify(await this.settingsFor(uri));
    void Promise.all(before.map(([uri, was]) => unchanged(uri, was))).then((same) => {
      if (same.includes(false)) this.recheckAll();
    });
  }

  watchedFilesChanged(): void {
    this.configFiles.invalidate();
    forgetProfileFiles();
    this.recheckAll();
  }

  private recheckAll(): void {
    this.generation++;
    this.analyses.clear();
    if (this.support.pullDiagnostics) {
      if (this.support.diagnosticRefresh) void this.connection.languages.diagnostics.refresh();
    } else for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
    if (this.support.inlayHintRefresh) void this.connection.languages.inlayHint.refresh();
    if (this.support.codeLensRefresh) void this.connection.sendRequest('workspace/codeLens/refresh');
  }

  // --- diagnostics ---

  /** Pushes diagnostics after the debounce, only for the version that is still current when they are ready. */
  private schedule(uri: string, delay: number): void {
    if (this.support.pullDiagnostics) return;
    this.timers.get(uri)?.();
    this.timers.set(
      uri,
      later(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, delay),
    );
  }

  private async publish(uri: string): Promise<void> {
    const analysis = await this.analysisOf(uri);
    if (!analysis) return;
    // Let edits that arrived while analysing be read; a newer version drops this result.
    await new Promise((r) => setImmediate(r));
    const doc = this.documents.get(uri);
    if (!doc || doc.version !== analysis.version || this.timers.has(uri)) return;
    const diagnostics: Diagnostic[] = analysis.isDraft ? diagnosticsOf(analysis) : [];
    void this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  }

  /**
   * Pulled diagnostics. After a change the answer waits for the debounce; a
   * request the client cancels meanwhile (because the writer typed on) is
   * answered "cancelled by the server" and costs no analysis.
   */
  async pullDiagnostics(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const doc = this.documents.get(uri);
    const cached = this.analyses.get(uri);
    if (doc && cached?.analysis.version !== doc.version && this.changedSinceOpen.has(uri)) {
      const { debounce } = (await this.settingsFor(uri)).diagnostics;
      if (debounce > 0) await new Promise((r) => setTimeout(r, debounce));
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'A newer version of the draft is being checked', { retriggerRequest: false });
    const analysis = await this.analysisOf(uri);
    if (!analysis || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${analysis.version}:${this.generation}`;
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: analysis.isDraft ? diagnosticsOf(analysis) : [] };
  }

  // --- commands ---

  async executeCommand(params: ExecuteCommandParams): Promise<unknown> {
    const args = (params.arguments?.[0] ?? {}) as DocumentArgs;
    if (typeof args.uri !== 'string') {
      void this.connection.window.showWarningMessage(`\`${params.command}\` needs a document: \`{ uri }\``);
      return null;
    }
    const analysis = await this.analysisOf(args.uri);
    switch (params.command) {
      case RECOMMENDATION_MAP:
        return analysis ? recommendationMap(analysis) : null;
      case RENUMBER_PARAGRAPHS:
        return this.applyEdits(analysis, args, renumberAll, 'Renumber all paragraphs');
      case REGENERATE_CONTENTS:
        return this.applyEdits(analysis, args, regenerateContents, 'Regenerate the contents table');
      default:
        return null;
    }
  }

  private async applyEdits(analysis: DocumentAnalysis | undefined, args: DocumentArgs, make: (a: DocumentAnalysis) => TextEdit[], label: string): Promise<EditResult> {
    if (!analysis) return { applied: false, reason: 'not-open' };
    if (args.version !== undefined && args.version !== analysis.version) return { applied: false, reason: 'outdated' };
    const edits = analysis.isDraft ? make(analysis) : [];
    if (edits.length === 0) return { applied: false, reason: 'nothing-to-do' };
    const r = await this.connection.workspace.applyEdit({ label, edit: workspaceEdit(analysis, lspEdits(analysis.ranges, edits), this.editOptions) });
    return r.applied ? { applied: true } : { applied: false, reason: 'rejected' };
  }

  dispose(): void {
    this.warmUp.stop();
    this.idleCollection.stop();
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }
}

/**
 * Runs `run` after `delay` ms, or on the next turn of the event loop when the
 * delay is 0 (a timer of 0 waits a millisecond, on every keystroke); returns
 * what cancels it.
 */
function later(run: () => void, delay: number): () => void {
  if (delay <= 0) {
    const immediate = setImmediate(run);
    return () => clearImmediate(immediate);
  }
  const timer = setTimeout(run, delay);
  return () => clearTimeout(timer);
}
