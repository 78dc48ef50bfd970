/**
 * Document highlights: the recommendation under the cursor (or the one a
 * marker supports) and every marker that supports it.
 */
import type { DocumentHighlight, Position } from 'vscode-languageserver';
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { recommendationAnchor, supportOf } from './navigation-model';
import { recommendationUnder } from './references';

export function highlights(analysis: DocumentAnalysis, position: Position): DocumentHighlight[] {
  if (!analysis.isDraft) return [];
  const rec = recommendationUnder(analysis, position);
  if (!rec) return [];
  const { ranges, report } = analysis;
  return [
    { range: ranges.range(recommendationAnchor(report, rec)), kind: DocumentHighlightKind.Write },
    ...supportOf(report, rec).map((s) => ({ range: ranges.range(s.span), kind: DocumentHighlightKind.Read })),
  ];
}
