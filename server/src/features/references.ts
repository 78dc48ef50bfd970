/**
 * Find references: from a recommendation (or a marker or citation in it) to
 * every finding that supports it, by marker or by citation; from a finding to
 * every citation of it and every recommendation it supports by a marker.
 */
import type { Location, Position } from 'vscode-languageserver';
import type { NumberedParagraph, Recommendation, Report } from '../model/types';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { recommendationAnchor, supportOf, targetAt } from './navigation-model';

export function recommendationUnder(analysis: DocumentAnalysis, position: Position): Recommendation | undefined {
  const t = targetAt(analysis.report, analysis.ranges.offset(position));
  if (t?.kind === 'recommendation') return t.recommendation;
  if (t?.kind === 'marker') return t.recommendation;
  if (t?.kind === 'citation' && t.citation.recommendationId) return analysis.report.recommendations.find((r) => r.id === t.citation.recommendationId);
  return undefined;
}

/** The finding whose text holds an offset, when nothing more specific (a marker, a citation) is there. */
function findingAt(report: Report, offset: number): NumberedParagraph | undefined {
  if (targetAt(report, offset)) return undefined;
  return report.paragraphs.find((p) => p.role === 'finding' && offset >= p.span.start && offset <= p.span.end);
}

/** Where a finding is referred to: each cited number that names it, and each recommendation it supports by a marker. */
function referencesToFinding(report: Report, finding: NumberedParagraph): { start: number; end: number }[] {
  const spans = report.citations.flatMap((c) => c.numbers.filter((n) => n.value === finding.number).map((n) => n.span));
  for (const rec of report.recommendations) {
    const byMarker = supportOf(report, rec).some((s) => s.via === 'marker' && s.paragraph?.index === finding.index);
    if (byMarker) spans.push(recommendationAnchor(report, rec));
  }
  return spans.sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start !== all[i - 1].start);
}

export function references(analysis: DocumentAnalysis, position: Position, includeDeclaration: boolean): Location[] {
  if (!analysis.isDraft) return [];
  const { ranges, uri, report } = analysis;
  const finding = findingAt(report, ranges.offset(position));
  if (finding) {
    const out: Location[] = [];
    if (includeDeclaration) out.push({ uri, range: ranges.range(finding.numberSpan) });
    for (const span of referencesToFinding(report, finding)) out.push({ uri, range: ranges.range(span) });
    return out;
  }
  const rec = recommendationUnder(analysis, position);
  if (!rec) return [];
  const out: Location[] = [];
  if (includeDeclaration) out.push({ uri, range: ranges.range(recommendationAnchor(report, rec)) });
  for (const s of supportOf(report, rec)) out.push({ uri, range: ranges.range(s.span) });
  return out;
}
