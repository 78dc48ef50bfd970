/**
 * Find references: from a recommendation (or a marker supporting it) to every
 * finding that supports it, by marker or by citation.
 */
import type { Location, Position } from 'vscode-languageserver';
import type { Recommendation } from '../model/types';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { recommendationAnchor, supportOf, targetAt } from './navigation-model';

export function recommendationUnder(analysis: DocumentAnalysis, position: Position): Recommendation | undefined {
  const t = targetAt(analysis.report, analysis.ranges.offset(position));
  if (t?.kind === 'recommendation') return t.recommendation;
  if (t?.kind === 'marker') return t.recommendation;
  if (t?.kind === 'citation' && t.citation.recommendationId) return analysis.report.recommendations.find((r) => r.id === t.citation.recommendationId);
  return undefined;
}

export function references(analysis: DocumentAnalysis, position: Position, includeDeclaration: boolean): Location[] {
  if (!analysis.isDraft) return [];
  const rec = recommendationUnder(analysis, position);
  if (!rec) return [];
  const { ranges, uri, report } = analysis;
  const out: Location[] = [];
  if (includeDeclaration) out.push({ uri, range: ranges.range(recommendationAnchor(report, rec)) });
  for (const s of supportOf(report, rec)) out.push({ uri, range: ranges.range(s.span) });
  return out;
}
