/**
 * Folding ranges: the front matter, every section, and every numbered
 * paragraph that runs over more than one line.
 */
import type { FoldingRange } from 'vscode-languageserver';
import { FoldingRangeKind } from 'vscode-languageserver';
import type { Section } from '../model/types';
import type { DocumentAnalysis } from '../lsp/document-analysis';

export function foldingRanges(analysis: DocumentAnalysis): FoldingRange[] {
  if (!analysis.isDraft) return [];
  const { report, ranges } = analysis;
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: string) => {
    const a = ranges.index.lineOf(start);
    const b = ranges.index.lineOf(Math.max(start, end - 1));
    if (b > a) out.push({ startLine: a, endLine: b, ...(kind ? { kind } : {}) });
  };
  if (report.frontMatter) add(report.frontMatter.span.start, report.frontMatter.span.end, FoldingRangeKind.Region);
  const walk = (s: Section) => {
    add(s.span.start, s.span.end);
    s.children.forEach(walk);
  };
  report.sections.forEach(walk);
  for (const p of report.paragraphs) add(p.span.start, p.span.end);
  return out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
}
