/**
 * The outline: the headline judgements, then the section tree with each
 * judged section's grade in its detail, numbered paragraphs under their
 * section (number and opening words) and recommendations with their number.
 */
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { JudgementStatement, Report, Section } from '../model/types';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { samePath } from '../model/sections';
import { openingWords } from './navigation-model';

export function documentSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  if (!analysis.isDraft) return [];
  const { report, ranges } = analysis;
  const out: DocumentSymbol[] = [];
  const h = report.headline;
  if (h) {
    out.push({
      name: 'Headline judgements',
      detail: h.overall?.grade.raw,
      kind: SymbolKind.Object,
      range: ranges.range(h.span),
      selectionRange: ranges.range(h.overall?.labelSpan ?? h.span),
      children: h.rows.map((r) => ({
        name: r.number ? `${r.number} ${r.label}` : r.label,
        detail: r.grade.raw,
        kind: SymbolKind.EnumMember,
        range: ranges.range(r.span),
        selectionRange: ranges.range(r.labelSpan),
      })),
    });
  }
  const section = (s: Section): DocumentSymbol => {
    const children: DocumentSymbol[] = [];
    const items: { start: number; symbol: DocumentSymbol }[] = [];
    for (const p of report.paragraphs) {
      if (!samePath(p.sectionPath, s.path)) continue;
      const rec = p.role === 'recommendation' ? report.recommendations.find((r) => r.paragraphIndex === p.index) : undefined;
      items.push({
        start: p.span.start,
        symbol: {
          name: rec ? `Recommendation ${p.number}` : `${p.number}. ${openingWords(p.text, 50)}`,
          detail: rec ? openingWords(p.text, 50) : undefined,
          kind: rec ? SymbolKind.Key : SymbolKind.Number,
          range: ranges.range(p.span),
          selectionRange: ranges.range(p.numberSpan),
        },
      });
    }
    for (const r of report.recommendations) {
      if (r.paragraphIndex !== undefined || innermost(report.sections, r.span.start) !== s) continue;
      items.push({
        start: r.span.start,
        symbol: { name: `Recommendation ${r.id}`, detail: openingWords(r.text, 50), kind: SymbolKind.Key, range: ranges.range(r.span), selectionRange: ranges.range(r.span) },
      });
    }
    for (const c of s.children) items.push({ start: c.span.start, symbol: section(c) });
    items.sort((a, b) => a.start - b.start);
    children.push(...items.map((i) => i.symbol));
    const grade = gradeOf(report, s);
    return {
      name: s.title || '(untitled section)',
      detail: grade ? grade.grade.raw : undefined,
      kind: SymbolKind.Namespace,
      range: ranges.range(s.span),
      selectionRange: ranges.range(s.heading.titleSpan),
      children,
    };
  };
  out.push(...report.sections.map(section));
  return out;
}

/** A judged section's own statement: the one-row table under its heading, a heading that is a judgement sentence, or a judgement sentence of its own. */
export function gradeOf(report: Report, s: Section): JudgementStatement | undefined {
  const own = (st: JudgementStatement) => st.span.start >= s.span.start && st.span.end <= s.span.end && !s.children.some((c) => st.span.start >= c.span.start);
  return (
    report.statements.find((st) => st.kind === 'section-table' && own(st)) ??
    report.statements.find((st) => st.kind === 'sentence' && st.span.start >= s.heading.span.start && st.span.end <= s.heading.span.end) ??
    // A sentence of its own in the section (the board's judgement); the overall judgement belongs to the whole report.
    report.statements.find((st) => st.kind === 'sentence' && st.area !== undefined && st.area !== 'overall' && own(st))
  );
}

function innermost(sections: readonly Section[], offset: number): Section | undefined {
  for (const s of sections) {
    if (offset >= s.span.start && offset <= s.span.end) return innermost(s.children, offset) ?? s;
  }
  return undefined;
}
