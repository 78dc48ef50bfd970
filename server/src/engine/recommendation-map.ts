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

/** Maps made of each report, by threshold: two rules and the editor's features ask for the same one on every keystroke. */
const made = new WeakMap<Report, Map<number, RecommendationMap>>();

/** The recommendation map of a report (made once per report and threshold, and shared: read-only). */
export function recommendationMap(report: Report, threshold = DEFAULT_LINK_THRESHOLD): RecommendationMap {
  let byThreshold = made.get(report);
  if (!byThreshold) made.set(report, (byThreshold = new Map()));
  let map = byThreshold.get(threshold);
  if (!map) byThreshold.set(threshold, (map = makeMap(report, threshold)));
  return map;
}

function makeMap(report: Report, threshold: number): RecommendationMap {
  const withMarkers = partsWithMarkers(report);
  const supports = new Map<string, Support[]>();
  const possible = new Map<string, number[]>();
  const weakMarkers: WeakMarker[] = [];
  const add = (id: string, s: Support) => {
    const list = supports.get(id);
    if (list) list.push(s);
    else supports.set(id, [s]);
  };
  const addPossible = (id: string, n: number) => {
    const list = possible.get(id);
    if (list) list.push(n);
    else possible.set(id, [n]);
  };
  for (const link of report.links) {
    const marker = report.markers[link.markerIndex];
    const paragraph = marker.paragraphIndex !== undefined ? report.paragraphs[marker.paragraphIndex] : undefined;
    if (!paragraph || paragraph.role !== 'finding') continue;
    const confident = isConfident(link, threshold);
    if (!confident && !link.explicit) {
      weakMarkers.push({ markerIndex: link.markerIndex, paragraph, link, candidates: link.candidates.slice(0, 2) });
      for (const c of link.candidates.slice(0, 2)) addPossible(c.recommendationId, paragraph.number);
      continue;
    }
    if (!link.recommendationId) {
      // A marker naming a recommendation that does not exist: what it may have meant is a possible support.
      const meant = link.candidates[0];
      if (meant) addPossible(meant.recommendationId, paragraph.number);
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
      const list = cited.get(rec.id);
      if (list) list.push(n.value);
      else cited.set(rec.id, [n.value]);
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
