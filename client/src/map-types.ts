/**
 * What the server's `inspectionReport.recommendationMap` command returns (the
 * contract in docs/language-server.md), as the client reads it. Ranges are
 * 0-based LSP ranges.
 */
export interface WirePosition {
  readonly line: number;
  readonly character: number;
}

export interface WireRange {
  readonly start: WirePosition;
  readonly end: WirePosition;
}

export type Part = 'local-authority' | 'board';

export interface MapFinding {
  readonly number?: number;
  readonly range: WireRange;
  readonly confidence: number;
  readonly explicit: boolean;
  readonly via: 'marker' | 'citation';
}

export interface MapRecommendation {
  readonly id: string;
  readonly number?: number;
  readonly part: Part;
  readonly text: string;
  readonly range: WireRange;
  readonly supported: boolean;
  readonly findings: readonly MapFinding[];
}

export interface MapWeakMarker {
  readonly range: WireRange;
  readonly recommendationId?: string;
  readonly confidence?: number;
  readonly candidates: readonly { readonly id: string; readonly score: number; readonly shared?: readonly string[] }[];
}

export interface RecommendationMap {
  readonly uri?: string;
  readonly version?: number;
  readonly recommendations: readonly MapRecommendation[];
  readonly weakMarkers: readonly MapWeakMarker[];
}

/** Reads whatever came back into a map, or undefined when it is not one (no draft, an old server). */
export function readMap(raw: unknown): RecommendationMap | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.recommendations)) return undefined;
  return {
    uri: typeof r.uri === 'string' ? r.uri : undefined,
    version: typeof r.version === 'number' ? r.version : undefined,
    recommendations: r.recommendations as MapRecommendation[],
    weakMarkers: Array.isArray(r.weakMarkers) ? (r.weakMarkers as MapWeakMarker[]) : [],
  };
}
