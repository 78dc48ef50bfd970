/**
 * Go to definition: from a marker (bare or numbered) to the recommendation it
 * supports; from a paragraph citation to the paragraph it cites.
 */
import type { Location, Position } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { targetAt } from './navigation-model';

export function definition(analysis: DocumentAnalysis, position: Position): Location[] {
  if (!analysis.isDraft) return [];
  const { report, ranges, uri } = analysis;
  const t = targetAt(report, ranges.offset(position));
  if (t?.kind === 'marker') {
    const offset = ranges.offset(position);
    // A numbered marker naming several recommendations goes to the one under the cursor.
    const named = t.marker.numbers.find((n) => offset >= n.span.start && offset <= n.span.end);
    const rec = named ? report.recommendations.find((r) => r.number === named.value) : t.recommendation;
    return rec ? [{ uri, range: ranges.range(rec.span) }] : [];
  }
  if (t?.kind === 'citation' && t.paragraph) return [{ uri, range: ranges.range(t.paragraph.span) }];
  return [];
}
