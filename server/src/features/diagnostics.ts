/**
 * Problems as LSP diagnostics. Each carries its rule id as `code`, a link to
 * the rule's documentation, related locations, and its fix in `data`, stamped
 * with the document version so a code action never re-runs analysis and a fix
 * for an older version is refused.
 */
import type { Diagnostic, DiagnosticRelatedInformation, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Fix, Problem, Severity } from '../engine/types';
import { SOURCE } from '../engine/types';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import type { Ranges } from '../lsp/ranges';

export interface LspFix {
  readonly title: string;
  readonly edits: readonly LspTextEdit[];
}

/** What a diagnostic carries in `data`. */
export interface DiagnosticData {
  readonly uri: string;
  readonly version: number;
  readonly ruleId: string;
  readonly fix?: LspFix;
  readonly suggestions?: readonly LspFix[];
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function lspFix(fix: Fix, ranges: Ranges): LspFix {
  return { title: fix.title, edits: fix.edits.map((e) => ({ range: ranges.range(e.span), newText: e.newText })) };
}

export function toDiagnostic(problem: Problem, analysis: DocumentAnalysis): Diagnostic {
  const { ranges, uri, version } = analysis;
  const related: DiagnosticRelatedInformation[] = (problem.related ?? []).map((r) => ({
    location: { uri, range: ranges.range(r.span) },
    message: r.message,
  }));
  const data: DiagnosticData = {
    uri,
    version,
    ruleId: problem.ruleId,
    fix: problem.fix ? lspFix(problem.fix, ranges) : undefined,
    suggestions: problem.suggestions?.length ? problem.suggestions.map((s) => lspFix(s, ranges)) : undefined,
  };
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
  return analysis.problems.map((p) => toDiagnostic(p, analysis));
}
