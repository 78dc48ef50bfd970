/**
 * The language status item for drafts: which profile the draft is checked
 * against and how many problems it has; a click shows the output.
 */
import * as vscode from 'vscode';
import { documentSelector, draftGlobs } from './drafts';
import { profileFor, statusText, type ProblemCounts } from './status';
import defaultProfile from '../../server/src/profiles/ofsted-sif-2016.json';
import earlierProfile from '../../server/src/profiles/ofsted-sif-2014.json';
import { EARLIER_LAYOUT_PROFILE_ID, earlierLayoutText } from '../../server/src/profiles/layout';

export const DEFAULT_PROFILE_ID = defaultProfile.id;
/** Names of the profiles that ship with the server. */
const PROFILE_NAMES: Record<string, string> = { [defaultProfile.id]: defaultProfile.name, [earlierProfile.id]: earlierProfile.name };
const SOURCE = 'inspection-lint';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor() {
    const globs = draftGlobs(vscode.workspace.getConfiguration('inspectionReport').get('drafts'));
    this.item = vscode.languages.createLanguageStatusItem('inspectionReport.status', documentSelector(globs));
    this.item.name = 'Inspection Report';
    this.item.command = { command: 'inspectionReport.showOutput', title: 'Show Output' };
    this.item.text = 'Inspection report';
  }

  update(doc: vscode.TextDocument | undefined): void {
    if (!doc) return;
    const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
    for (const d of vscode.languages.getDiagnostics(doc.uri)) {
      if (d.source !== SOURCE) continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) (counts as { errors: number }).errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) (counts as { warnings: number }).warnings++;
      else (counts as { infos: number }).infos++;
    }
    const setting = vscode.workspace.getConfiguration('inspectionReport', doc.uri).get<string>('profile') ?? '';
    const profile = profileFor(setting, doc.getText(0 < doc.lineCount ? new vscode.Range(0, 0, Math.min(doc.lineCount, 40), 0) : undefined), DEFAULT_PROFILE_ID);
    // The server reads a draft laid out as the framework's earlier reports with that layout's profile (see `profileForLayout`).
    const id = profile.id === DEFAULT_PROFILE_ID && earlierLayoutText(doc.getText()) ? EARLIER_LAYOUT_PROFILE_ID : profile.id;
    const s = statusText(id, counts, PROFILE_NAMES[id]);
    this.item.text = s.text;
    this.item.detail = s.detail;
    this.item.severity = counts.errors ? vscode.LanguageStatusSeverity.Error : counts.warnings ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
  }
}
