/**
 * Problems as LSP diagnostics. Each carries its rule id as `code`, a link to
 * the rule's documentation, related locations, and its fix in `data`, stamped
 * with the document version so a code action never re-runs analysis and a fix
 * for an older version is refused.
 *
 * A large fix (renumbering a long draft rewrites hundreds of numbers) is not
 * spelt out in `data`, only the problem it belongs to: diagnostics are sent
 * on every keystroke, and one such fix made the tenfold draft's diagnostics
 * 340 KB instead of 75 KB, to encode, send and read each time. A code action
 * for the same version takes it from the analysis.
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
  /** The problem's place among the analysis's problems, for a fix or suggestion too large to carry. */
  readonly problem: number;
  readonly fix?: LspFix;
  readonly suggestions?: readonly LspFix[];
  /** Whether the problem has fixes not carried here (see `problem`). */
  readonly fixesByReference?: true;
}

/** Beyond this many edits, or characters of new text, a fix is not carried in `data`. */
const MAX_CARRIED_EDITS = 16;
const MAX_CARRIED_TEXT = 4096;

function carried(fixes: readonly Fix[]): boolean {
  let edits = 0;
  let text = 0;
  for (const f of fixes) {
    edits += f.edits.length;
    for (const e of f.edits) text += e.newText.length;
  }
  return edits <= MAX_CARRIED_EDITS && text <= MAX_CARRIED_TEXT;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function lspFix(fix: Fix, ranges: Ranges): LspFix {
  return { title: fix.title, edits: fix.edits.map((e) => ({ range: ranges.range(e.span), newText: e.newText })) };
}

/** The fix and suggestions of a problem, for the LSP. */
export function lspFixes(problem: Problem, ranges: Ranges): { fix?: LspFix; suggestions?: LspFix[] } {
  return {
    fix: problem.fix ? lspFix(problem.fix, ranges) : undefined,
    suggestions: problem.suggestions?.length ? problem.suggestions.map((s) => lspFix(s, ranges)) : undefined,
  };
}

export function toDiagnostic(problem: Problem, analysis: DocumentAnalysis, index: number): Diagnostic {
  const { ranges, uri, version } = analysis;
  const related: DiagnosticRelatedInformation[] = (problem.related ?? []).map((r) => ({
    location: { uri, range: ranges.range(r.span) },
    message: r.message,
  }));
  const fixes = [...(problem.fix ? [problem.fix] : []), ...(problem.suggestions ?? [])];
  const data: DiagnosticData = {
    uri,
    version,
    ruleId: problem.ruleId,
    problem: index,
    ...(carried(fixes) ? lspFixes(problem, ranges) : { fixesByReference: true }),
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
  return analysis.problems.map((p, i) => toDiagnostic(p, analysis, i));
}
