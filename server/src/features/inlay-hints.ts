/**
 * Inlay hints: after each bare `(Recommendation)`, the recommendation it was
 * linked to (`→ 4`; `→ 4?` when the link is too weak to count), so a
 * reviewer sees the links at a glance.
 */
import type { InlayHint, Range } from 'vscode-languageserver';
import { InlayHintKind } from 'vscode-languageserver';
import { isConfident, recommendationMap } from '../engine/recommendation-map';
import type { DocumentAnalysis } from '../lsp/document-analysis';

export function inlayHints(analysis: DocumentAnalysis, range: Range): InlayHint[] {
  if (!analysis.isDraft) return [];
  const { report, ranges } = analysis;
  const within = ranges.span(range);
  const out: InlayHint[] = [];
  for (const link of report.links) {
    const m = report.markers[link.markerIndex];
    if (!m || m.numbers.length > 0 || !link.recommendationId) continue;
    if (m.span.end < within.start || m.span.end > within.end) continue;
    const rec = report.recommendations.find((r) => r.id === link.recommendationId);
    if (!rec) continue;
    const confident = isConfident(link, recommendationMap(report).threshold);
    const shared = link.candidates.find((c) => c.recommendationId === rec.id)?.shared ?? [];
    out.push({
      position: ranges.position(m.span.end),
      label: `→ ${rec.number ?? rec.id}${confident ? '' : '?'}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: `${confident ? 'Linked' : 'Perhaps linked (too weak to count)'} to recommendation ${rec.number ?? rec.id} (confidence ${link.confidence.toFixed(2)})${shared.length ? `; shared words: ${shared.slice(0, 6).join(', ')}` : ''}`,
    });
  }
  return out;
}
