/**
 * Code actions: each diagnostic's quick fix (from the analysis of the version
 * its `data` names, refused for another version), "fix all" per rule and
 * for the document (`source.fixAll`), naming a bare marker's recommendation,
 * renumbering all paragraphs and regenerating the contents table.
 */
import type { CodeAction, CodeActionParams, Diagnostic, Range, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { fixAll } from '../engine/analyse';
import { applyFixes } from '../engine/fixes';
import type { Fix, Problem, TextEdit } from '../engine/types';
import { SOURCE } from '../engine/types';
import { renumberEdits } from '../rules/renumber';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import type { Ranges } from '../lsp/ranges';
import { contentsEdits } from '../rules/contents';
import type { DiagnosticData } from './diagnostics';

export const RENUMBER_KIND = 'source.renumberParagraphs';
export const CONTENTS_KIND = 'source.regenerateContents';
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll;

export interface EditOptions {
  /** Whether the client takes versioned `documentChanges`. */
  readonly documentChanges: boolean;
}

export function workspaceEdit(analysis: DocumentAnalysis, edits: readonly LspTextEdit[], options: EditOptions): WorkspaceEdit {
  if (options.documentChanges) return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: [...edits] }] };
  return { changes: { [analysis.uri]: [...edits] } };
}

export function lspEdits(ranges: Ranges, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: ranges.range(e.span), newText: e.newText }));
}

/** The one edit that turns `from` into `to`: their differing middle. */
export function minimalEdit(from: string, to: string): TextEdit | undefined {
  if (from === to) return undefined;
  let a = 0;
  while (a < from.length && a < to.length && from.charCodeAt(a) === to.charCodeAt(a)) a++;
  let b = 0;
  while (b < from.length - a && b < to.length - a && from.charCodeAt(from.length - 1 - b) === to.charCodeAt(to.length - 1 - b)) b++;
  return { span: { start: a, end: from.length - b }, newText: to.slice(a, to.length - b) };
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function renumberAll(analysis: DocumentAnalysis): TextEdit[] {
  return renumberEdits(analysis.report);
}

/** The `contents` rule's regeneration: one row per listed heading, keeping each row's written title and page. */
export function regenerateContents(analysis: DocumentAnalysis): TextEdit[] {
  const table = analysis.report.contents;
  return table ? contentsEdits(analysis.report, table) : [];
}

export function codeActions(analysis: DocumentAnalysis, params: CodeActionParams, options: EditOptions): CodeAction[] {
  if (!analysis.isDraft) return [];
  const { ranges, report } = analysis;
  const only = params.context.only;
  const out: CodeAction[] = [];
  const action = (title: string, kind: string, edits: LspTextEdit[], diagnostics?: Diagnostic[], isPreferred?: boolean): CodeAction => ({
    title,
    kind,
    diagnostics,
    isPreferred,
    edit: workspaceEdit(analysis, edits, options),
  });

  if (wanted(only, CodeActionKind.QuickFix)) {
    const rulesSeen = new Set<string>();
    for (const d of params.context.diagnostics) {
      const data = d.data as DiagnosticData | undefined;
      if (d.source !== SOURCE || !data || data.uri !== analysis.uri) continue;
      // A fix computed for another version of the text is refused.
      if (data.version !== analysis.version) continue;
      const carried = fixesOf(analysis, data, d);
      const fixes: LspFix[] = [...(carried.fix ? [carried.fix] : []), ...(carried.suggestions ?? [])];
      fixes.forEach((f, i) => out.push(action(f.title, CodeActionKind.QuickFix, [...f.edits], [d], i === 0 && !!carried.fix)));
      if (carried.fix && !rulesSeen.has(data.ruleId)) {
        rulesSeen.add(data.ruleId);
        const fixes = analysis.problems.filter((p) => p.ruleId === data.ruleId && p.fix).map((p) => p.fix!);
        if (fixes.length > 1) {
          const applied = applyFixes(report.text, fixes);
          const edit = minimalEdit(report.text, applied.text);
          if (edit) out.push(action(`Fix all \`${data.ruleId}\` problems`, CodeActionKind.QuickFix, lspEdits(ranges, [edit])));
        }
      }
    }
  }

  const at = ranges.span(params.range);
  if (wanted(only, CodeActionKind.RefactorRewrite)) out.push(...nameMarkerActions(analysis, at, options));

  if (wanted(only, FIX_ALL_KIND) && only) {
    // Only when asked for: it re-checks the text between passes until nothing fixable is left.
    const result = fixAll(report.text, report.profile, analysis.config);
    const edit = minimalEdit(report.text, result.text);
    if (edit) out.push(action('Fix all problems that have a fix', FIX_ALL_KIND, lspEdits(ranges, [edit])));
  }
  if (wanted(only, RENUMBER_KIND)) {
    const edits = renumberAll(analysis);
    if (edits.length) out.push(action(`Renumber all paragraphs 1 to ${report.paragraphs.length}`, RENUMBER_KIND, lspEdits(ranges, edits)));
  }
  if (wanted(only, CONTENTS_KIND)) {
    const edits = regenerateContents(analysis);
    if (edits.length) out.push(action('Regenerate the contents table', CONTENTS_KIND, lspEdits(ranges, edits)));
  }
  return out;
}

interface LspFix {
  readonly title: string;
  readonly edits: readonly LspTextEdit[];
}

/**
 * The fix and suggestions of a diagnostic's problem, from the analysis of the
 * same version, in the client's ranges. The problem is the one at the
 * diagnostic's place among the problems when it is the same problem (rule,
 * message and range); else the one that is: the same version is analysed
 * again when settings, a config file or a profile change, and the places of
 * problems shift (a rule turned off), while the client still holds the
 * diagnostics sent before.
 */
function fixesOf(analysis: DocumentAnalysis, data: DiagnosticData, diagnostic: Diagnostic): { fix?: LspFix; suggestions?: readonly LspFix[] } {
  const same = (p: Problem | undefined): p is Problem => {
    if (!p || p.ruleId !== data.ruleId || p.message !== diagnostic.message) return false;
    const r = analysis.ranges.range(p.span);
    const d = diagnostic.range;
    return r.start.line === d.start.line && r.start.character === d.start.character && r.end.line === d.end.line && r.end.character === d.end.character;
  };
  const at = analysis.problems[data.problem];
  const problem = same(at) ? at : analysis.problems.find(same);
  if (!problem) return {};
  const lspFix = (f: Fix): LspFix => ({ title: f.title, edits: lspEdits(analysis.ranges, f.edits) });
  return { fix: problem.fix && lspFix(problem.fix), suggestions: problem.suggestions?.map(lspFix) };
}

/** "Make this marker name its recommendation": `(Recommendation)` to `(Recommendation 4)`. */
function nameMarkerActions(analysis: DocumentAnalysis, at: { start: number; end: number }, options: EditOptions): CodeAction[] {
  const { report, ranges } = analysis;
  const out: CodeAction[] = [];
  for (const link of report.links) {
    const m = report.markers[link.markerIndex];
    if (!m || m.numbers.length || m.plural || !link.recommendationId) continue;
    if (m.span.end < at.start || m.span.start > at.end) continue;
    const rec = report.recommendations.find((r) => r.id === link.recommendationId);
    if (rec?.number === undefined) continue;
    const close = m.raw.lastIndexOf(')');
    if (close < 0) continue;
    let insertAt = m.span.start + close;
    while (insertAt > m.span.start && /\s/.test(report.text[insertAt - 1])) insertAt--;
    const edit = { range: ranges.range({ start: insertAt, end: m.span.start + close }), newText: ` ${rec.number}` };
    out.push({ title: `Name recommendation ${rec.number} in this marker`, kind: CodeActionKind.RefactorRewrite, edit: workspaceEdit(analysis, [edit], options) });
  }
  return out;
}

export type { Range };
