/**
 * Linking each `(Recommendation)` marker to the recommendation it supports.
 *
 * A marker that names a number links to it. A bare marker is compared with
 * every recommendation of its own part of the report by what the finding and
 * the recommendation say: words weighted by how rare they are in the report
 * (tf-idf), cosine similarity. The confidence says how clearly the best
 * candidate beats the next.
 */
import type { LinkCandidate, Marker, MarkerLink, NumberedParagraph, Recommendation } from './types';
import { tfidfIndex, type TermIndex } from './similarity';

export function linkMarkers(
  markers: readonly Marker[],
  paragraphs: readonly NumberedParagraph[],
  recommendations: readonly Recommendation[],
): MarkerLink[] {
  let index: TermIndex | undefined;
  return markers.map((marker, markerIndex) => {
    if (marker.numbers.length > 0) {
      const rec = recommendations.find((r) => r.number === marker.numbers[0].value);
      return { markerIndex, recommendationId: rec?.id, confidence: rec ? 1 : 0, explicit: true, candidates: [] };
    }
    const para = marker.paragraphIndex !== undefined ? paragraphs[marker.paragraphIndex] : undefined;
    if (!para || para.role !== 'finding') return { markerIndex, confidence: 0, explicit: false, candidates: [] };
    const pool = recommendations.filter((r) => r.part === para.part);
    if (pool.length === 0) return { markerIndex, confidence: 0, explicit: false, candidates: [] };
    index ??= tfidfIndex([...paragraphs.map((p) => p.text), ...recommendations.filter((r) => r.number === undefined).map((r) => r.text)]);
    const candidates: LinkCandidate[] = pool
      .map((r) => {
        const { score, shared } = index!.compare(para.text, r.text);
        return { recommendationId: r.id, score, shared };
      })
      .sort((a, b) => b.score - a.score);
    const best = candidates[0];
    const second = candidates[1]?.score ?? 0;
    const confidence = pool.length === 1 ? 1 : best.score <= 0 ? 0 : Math.min(1, (best.score - second) / best.score);
    return {
      markerIndex,
      recommendationId: best.score > 0 ? best.recommendationId : undefined,
      confidence,
      explicit: false,
      candidates: candidates.slice(0, 3),
    };
  });
}
