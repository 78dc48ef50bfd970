/**
 * The `inspectionReport.recommendationMap` command: every recommendation with
 * the findings that support it, and the bare markers whose link is too weak to count (the engine's `recommendation-map`), for
 * the "Recommendations" view of an editor.
 */
import type { Range } from 'vscode-languageserver';
import type { Part } from '../model/types';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { supportOf } from './navigation-model';
import { recommendationMap as engineMap } from '../engine/recommendation-map';

export { RECOMMENDATION_MAP as RECOMMENDATION_MAP_COMMAND } from "../lsp/commands";

export interface RecommendationMap {
  readonly uri: string;
  readonly version: number;
  readonly recommendations: {
    readonly id: string;
    readonly number?: number;
    readonly part: Part;
    readonly text: string;
    readonly range: Range;
    readonly supported: boolean;
    readonly findings: { readonly number?: number; readonly range: Range; readonly confidence: number; readonly explicit: boolean; readonly via: 'marker' | 'citation' }[];
  }[];
  readonly weakMarkers: { readonly range: Range; readonly recommendationId?: string; readonly confidence: number; readonly candidates: { readonly id: string; readonly score: number; readonly shared: readonly string[] }[] }[];
}

export function recommendationMap(analysis: DocumentAnalysis): RecommendationMap {
  const { report, ranges, uri, version } = analysis;
  if (!analysis.isDraft) return { uri, version, recommendations: [], weakMarkers: [] };
  return {
    uri,
    version,
    recommendations: report.recommendations.map((rec) => {
      const findings = supportOf(report, rec).map((s) => ({
        number: s.paragraph?.number,
        range: ranges.range(s.paragraph?.span ?? s.span),
        confidence: s.confidence,
        explicit: s.explicit,
        via: s.via,
      }));
      return { id: rec.id, number: rec.number, part: rec.part, text: rec.text, range: ranges.range(rec.span), supported: findings.length > 0, findings };
    }),
    weakMarkers: engineMap(report).weakMarkers.map((w) => ({
      range: ranges.range(report.markers[w.markerIndex].span),
      recommendationId: w.link.recommendationId,
      confidence: w.link.confidence,
      candidates: w.candidates.map((c) => ({ id: c.recommendationId, score: c.score, shared: c.shared })),
    })),
  };
}
