/**
 * The recommendation map as plain rows, shared by the Markdown, CSV and JSON
 * formats: what a reviewer reads, with positions for people (line numbers).
 */
import type { RecommendationMap } from '../../engine/recommendation-map';
import { recommendationLabel } from '../../engine/recommendation-map';
import type { Report } from '../../model/types';
import { LineIndex } from '../../util/positions';

export interface MapSupport {
  readonly paragraph: number;
  readonly line: number;
  readonly via: 'marker' | 'citation';
  /** `named` for a marker that names the recommendation, `cited`, or `linked`. */
  readonly how: 'named' | 'cited' | 'linked';
  readonly confidence: number;
  readonly shared: readonly string[];
}

export interface MapRecommendation {
  readonly id: string;
  readonly part: 'local-authority' | 'board';
  readonly line: number;
  readonly text: string;
  readonly supports: readonly MapSupport[];
  readonly cited: readonly number[];
  /** Findings whose marker may support it but is weakly linked. */
  readonly possible: readonly number[];
  /** `supported`, `weak` (only weak links may support it) or `unsupported`. */
  readonly status: 'supported' | 'weak' | 'unsupported';
}

export interface MapWeakMarker {
  readonly paragraph?: number;
  readonly line: number;
  readonly confidence: number;
  readonly candidates: readonly { readonly id: string; readonly score: number; readonly shared: readonly string[] }[];
}

export interface MapRows {
  readonly file: string;
  readonly threshold: number;
  readonly recommendations: readonly MapRecommendation[];
  readonly weakMarkers: readonly MapWeakMarker[];
}

export function mapRows(file: string, report: Report, map: RecommendationMap): MapRows {
  const lines = new LineIndex(report.text);
  const line = (offset: number) => lines.human(offset).line;
  return {
    file,
    threshold: map.threshold,
    recommendations: map.entries.map((e) => ({
      id: recommendationLabel(e.recommendation),
      part: e.recommendation.part,
      line: line(e.recommendation.span.start),
      text: e.recommendation.text,
      supports: e.supports.map((s) => ({
        paragraph: s.paragraph.number,
        line: line(s.paragraph.span.start),
        via: s.via,
        how: s.via === 'citation' ? 'cited' : s.explicit ? 'named' : 'linked',
        confidence: s.confidence,
        shared: s.shared,
      })),
      cited: e.cited,
      possible: e.possible,
      status: e.supports.length > 0 ? 'supported' : e.possible.length > 0 ? 'weak' : 'unsupported',
    })),
    weakMarkers: map.weakMarkers.map((w) => ({
      paragraph: w.paragraph?.number,
      line: line(report.markers[w.markerIndex].span.start),
      confidence: w.link.confidence,
      candidates: w.candidates.map((c) => ({ id: c.recommendationId, score: c.score, shared: c.shared })),
    })),
  };
}
