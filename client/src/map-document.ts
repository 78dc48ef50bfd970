/**
 * The recommendation map as a Markdown document for reviewers: each
 * recommendation, the findings that support it, the unsupported ones and the
 * unclear markers. Shown by `inspectionReport.showRecommendationMap`.
 */
import type { RecommendationMap } from './map-types';
import { excerpt, labelFromId, recommendationLabel } from './recommendation-tree';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export function renderMap(map: RecommendationMap, draftName: string): string {
  const lines = [`# Recommendation map: ${draftName}`, ''];
  const recs = map.recommendations;
  const unsupported = recs.filter((r) => !r.supported);
  lines.push(
    recs.length === 0
      ? 'This draft has no recommendations.'
      : `${recs.length} recommendations, ${recs.length - unsupported.length} supported by findings${unsupported.length ? `, ${unsupported.length} with none` : ''}.`,
    '',
  );
  if (recs.length) {
    lines.push('| Recommendation | Supported by | Text |', '| --- | --- | --- |');
    for (const r of recs) {
      const by = r.findings.length
        ? r.findings
            .map((f) => {
              const p = f.number !== undefined ? `${f.number}` : `line ${f.range.start.line + 1}`;
              return f.via === 'citation' ? `${p} (cited)` : f.explicit ? p : `${p} (${Math.round(f.confidence * 100)}%)`;
            })
            .join(', ')
        : '**none**';
      lines.push(`| ${recommendationLabel(r)} (line ${r.range.start.line + 1}) | ${by} | ${cell(excerpt(r.text, 120))} |`);
    }
    lines.push('');
  }
  if (map.weakMarkers.length) {
    lines.push('## Unclear markers', '', 'Bare markers whose recommendation cannot be told with confidence; name it, as in `(Recommendation 4)`.', '');
    for (const m of map.weakMarkers) {
      const c = [...m.candidates].sort((a, b) => b.score - a.score).slice(0, 3);
      lines.push(`- Line ${m.range.start.line + 1}: ${c.length ? `could be ${c.map((x) => `${labelFromId(x.id)} (${Math.round(x.score * 100)}%)`).join(', ')}` : 'no recommendation shares its subject'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
