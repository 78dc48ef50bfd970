/**
 * A code lens on each recommendation: how many findings support it, and
 * which. Clicking shows them through the standard `editor.action.showReferences`
 * command, whose arguments are `[uri, position, locations]` in LSP form (a
 * VS Code client converts them to `vscode` types in its middleware).
 */
import type { CodeLens } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { recommendationAnchor, supportOf } from './navigation-model';

export const SHOW_REFERENCES_COMMAND = 'editor.action.showReferences';

export function codeLenses(analysis: DocumentAnalysis): CodeLens[] {
  if (!analysis.isDraft) return [];
  const { report, ranges, uri } = analysis;
  return report.recommendations.map((rec) => {
    const support = supportOf(report, rec);
    const range = ranges.range(recommendationAnchor(report, rec));
    const numbers = support.flatMap((s) => (s.paragraph ? [s.paragraph.number] : []));
    const title =
      support.length === 0
        ? 'No finding supports this recommendation'
        : `Supported by ${support.length === 1 ? '1 finding' : `${support.length} findings`}${numbers.length ? `: paragraph${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')}` : ''}`;
    return {
      range,
      command: {
        title,
        command: support.length ? SHOW_REFERENCES_COMMAND : '',
        arguments: support.length ? [uri, range.start, support.map((s) => ({ uri, range: ranges.range(s.span) }))] : undefined,
      },
    };
  });
}
