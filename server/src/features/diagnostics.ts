/**
 * Problems as LSP diagnostics. Each carries its rule id as `code`, a link to
 * the rule's documentation, related locations, and in `data` the document
 * version and the problem's place in that version's analysis: a code action
 * takes the problem's fixes from that analysis, never re-running it, and
 * refuses a diagnostic of another version.
 *
 * The fixes themselves are not spelt out in `data`. Diagnostics are sent on
 * every keystroke and a code action can only use a fix of the version the
 * server holds, so a fix carried in every message was paid for and never
 * needed: on the tenfold benchmark draft it was 28 of the message's 75 KB
 * (and one renumbering fix had made it 340 KB).
 */
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Problem, Severity } from '../engine/types';
import { SOURCE } from '../engine/types';
import type { DocumentAnalysis } from '../lsp/document-analysis';

/** What a diagnostic carries in `data`. */
export interface DiagnosticData {
  readonly uri: string;
  readonly version: number;
  readonly ruleId: string;
  /** The problem's place among the analysis's problems, where its fixes are found. */
  readonly problem: number;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(problem: Problem, analysis: DocumentAnalysis, index: number): Diagnostic {
  const { ranges, uri, version } = analysis;
  const related: DiagnosticRelatedInformation[] = (problem.related ?? []).map((r) => ({
    location: { uri, range: ranges.range(r.span) },
    message: r.message,
  }));
  const data: DiagnosticData = { uri, version, ruleId: problem.ruleId, problem: index };
  return {
    range: ranges.range(problem.span),
    severity: severities[problem.severity],
    code: problem.ruleId,
    codeDescription: { href: problem.docsUrl },
    source: SOURCE,
    message: problem.message,
    relatedInformation: related.length ? related : undefined,
    data,
  };
}

export function diagnosticsOf(analysis: DocumentAnalysis): Diagnostic[] {
  return analysis.problems.map((p, i) => toDiagnostic(p, analysis, i));
}
