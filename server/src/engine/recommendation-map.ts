/**
 * The recommendation map: each recommendation with the findings that support
 * it, through `(Recommendation)` markers (named or linked, with the link's
 * confidence) and, in a part of the report that uses no markers, through the
 * paragraphs the recommendation cites. It flags recommendations with no
 * support and markers whose link is weak. Engine only: no LSP here.
 */
import { DEFAULT_LINK_THRESHOLD } from '../model/links';
import type { LinkCandidate, MarkerLink, NumberedParagraph, Part, Recommendation, Report } from '../model/types';

export interface Support {
  readonly paragraph: NumberedParagraph;
  readonly via: 'marker' | 'citation';
  /** Index into `Report.markers` or `Report.citations`. */
  readonly index: number;
  /** True when the marker names the recommendation, or for a citation. */
  readonly explicit: boolean;
  readonly confidence: number;
  /** Explicit, cited, or linked with at least the threshold's confidence. */
  readonly confident: boolean;
  /** Words and phrases the finding and the recommendation share. */
  readonly shared: readonly string[];
}

export interface RecommendationEntry {
  readonly recommendation: Recommendation;
  /** Findings that support it, in report order. */
  readonly supports: readonly Support[];
  /** Paragraph numbers the recommendation cites. */
  readonly cited: readonly number[];
  /** Markers whose weak link names this recommendation as one of the two best candidates. */
  readonly possible: readonly number[];
  /** No finding supports it, not even possibly. */
  readonly unsupported: boolean;
}

export interface WeakMarker {
  readonly markerIndex: number;
  readonly paragraph?: NumberedParagraph;
  readonly link: MarkerLink;
  readonly candidates: readonly LinkCandidate[];
}

export interface RecommendationMap {
  readonly entries: readonly RecommendationEntry[];
  readonly weakMarkers: readonly WeakMarker[];
  /** Parts of the report where findings carry markers (there, markers say which findings support what). */
  readonly partsWithMarkers: ReadonlySet<Part>;
  readonly threshold: number;
}

export function isConfident(link: MarkerLink, threshold: number): boolean {
  return link.recommendationId !== undefined && (link.explicit || link.confidence >= threshold);
}

/** Parts where at least one finding carries a marker. */
export function partsWithMarkers(report: Report): Set<Part> {
  const parts = new Set<Part>();
  for (const m of report.markers) {
    const p = m.paragraphIndex !== undefined ? report.paragraphs[m.paragraphIndex] : undefined;
    if (p?.role === 'finding') parts.add(p.part);
  }
  return parts;
}

export function recommendationMap(report: Report, threshold = DEFAULT_LINK_THRESHOLD): RecommendationMap {
  const withMarkers = partsWithMarkers(report);
  const supports = new Map<string, Support[]>();
  const possible = new Map<string, number[]>();
  const weakMarkers: WeakMarker[] = [];
  const add = (id: string, s: Support) => supports.set(id, [...(supports.get(id) ?? []), s]);
  for (const link of report.links) {
    const marker = report.markers[link.markerIndex];
    const paragraph = marker.paragraphIndex !== undefined ? report.paragraphs[marker.paragraphIndex] : undefined;
    if (!paragraph || paragraph.role !== 'finding') continue;
    const confident = isConfident(link, threshold);
    if (!confident && !link.explicit) {
      weakMarkers.push({ markerIndex: link.markerIndex, paragraph, link, candidates: link.candidates.slice(0, 2) });
      for (const c of link.candidates.slice(0, 2)) possible.set(c.recommendationId, [...(possible.get(c.recommendationId) ?? []), paragraph.number]);
      continue;
    }
    if (!link.recommendationId) {
      // A marker naming a recommendation that does not exist: what it may have meant is a possible support.
      const meant = link.candidates[0];
      if (meant) possible.set(meant.recommendationId, [...(possible.get(meant.recommendationId) ?? []), paragraph.number]);
      continue;
    }
    const ids = link.explicit
      ? marker.numbers.flatMap((n) => report.recommendations.filter((r) => r.number === n.value).map((r) => r.id))
      : [link.recommendationId];
    for (const id of ids) {
      add(id, {
        paragraph,
        via: 'marker',
        index: link.markerIndex,
        explicit: link.explicit,
        confidence: link.confidence,
        confident: true,
        shared: link.candidates.find((c) => c.recommendationId === id)?.shared ?? [],
      });
    }
  }
  const cited = new Map<string, number[]>();
  report.citations.forEach((c, index) => {
    if (!c.recommendationId) return;
    const rec = report.recommendations.find((r) => r.id === c.recommendationId)!;
    for (const n of c.numbers) {
      cited.set(rec.id, [...(cited.get(rec.id) ?? []), n.value]);
      if (withMarkers.has(rec.part)) continue;
      const paragraph = report.paragraphs.find((p) => p.number === n.value);
      if (!paragraph || paragraph.role !== 'finding' || paragraph.part !== rec.part) continue;
      add(rec.id, { paragraph, via: 'citation', index, explicit: true, confidence: 1, confident: true, shared: [] });
    }
  });
  const entries = report.recommendations.map((recommendation) => {
    const list = (supports.get(recommendation.id) ?? []).sort((a, b) => a.paragraph.index - b.paragraph.index);
    const maybe = possible.get(recommendation.id) ?? [];
    return {
      recommendation,
      supports: list,
      cited: [...new Set(cited.get(recommendation.id) ?? [])],
      possible: maybe,
      unsupported: list.length === 0 && maybe.length === 0,
    };
  });
  return { entries, weakMarkers, partsWithMarkers: withMarkers, threshold };
}

/** `4`, or `B2` for the board's second unnumbered recommendation. */
export function recommendationLabel(rec: Recommendation): string {
  return rec.number !== undefined ? String(rec.number) : rec.id;
}
