/**
 * Hover: on a marker, the recommendation it supports and the words they
 * share; on a recommendation, the findings that support it; on a grade, the
 * other statements of the same judgement.
 */
import type { Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { openingWords, recommendationName, supportOf, targetAt } from './navigation-model';

export function hover(analysis: DocumentAnalysis, position: Position): Hover | null {
  if (!analysis.isDraft) return null;
  const { report, ranges } = analysis;
  const offset = ranges.offset(position);
  const t = targetAt(report, offset);
  if (!t) return null;
  const lines: string[] = [];
  let span = { start: offset, end: offset };
  if (t.kind === 'marker') {
    span = t.marker.span;
    if (!t.recommendation) {
      lines.push('No recommendation could be chosen for this marker');
      const c = t.link?.candidates ?? [];
      if (c.length) lines.push('', `Closest: ${c.slice(0, 3).map((x) => `\`${x.recommendationId}\``).join(', ')}`);
    } else {
      const rec = t.recommendation;
      lines.push(`**Supports ${recommendationName(rec)}**${t.link && !t.link.explicit ? ` (linked by shared words, confidence ${t.link.confidence.toFixed(2)})` : ''}`);
      lines.push('', `> ${openingWords(rec.text, 400)}`);
      const shared = t.link?.candidates.find((c) => c.recommendationId === rec.id)?.shared ?? [];
      if (shared.length) lines.push('', `Shared words: ${shared.slice(0, 8).map((w) => `\`${w}\``).join(', ')}`);
    }
  } else if (t.kind === 'citation') {
    span = t.citation.span;
    if (t.paragraph) lines.push(`**Paragraph ${t.paragraph.number}**`, '', `> ${openingWords(t.paragraph.text, 400)}`);
    else if (t.cited !== undefined) lines.push(`No paragraph \`${t.cited}\` in this draft`);
  } else if (t.kind === 'recommendation') {
    const rec = t.recommendation;
    span = rec.span;
    const support = supportOf(report, rec);
    lines.push(`**${recommendationName(rec)}**: ${support.length === 0 ? 'no finding supports it' : `supported by ${support.length === 1 ? '1 finding' : `${support.length} findings`}`}`);
    for (const s of support) {
      const p = s.paragraph;
      const how = s.via === 'citation' ? 'cited' : s.explicit ? 'named' : `linked, confidence ${s.confidence.toFixed(2)}`;
      lines.push(`- ${p ? `Paragraph ${p.number}` : 'A finding'} (${how})${p ? `: ${openingWords(p.text, 80)}` : ''}`);
    }
  } else {
    const st = t.statement;
    span = st.grade.span;
    const same = report.statements.filter((s) => s !== st && st.area !== undefined && s.area === st.area);
    const label = report.profile.areas.find((a) => a.id === st.area)?.label ?? st.label;
    lines.push(`**${label}**: \`${st.grade.raw}\``);
    if (same.length === 0) lines.push('', 'No other statement of this judgement');
    else {
      lines.push('', 'Other statements of this judgement:');
      for (const s of same) {
        const line = ranges.index.human(s.span.start).line;
        const agrees = s.grade.grade === st.grade.grade;
        lines.push(`- line ${line}: \`${s.grade.raw}\`${agrees ? '' : ' (disagrees)'}`);
      }
    }
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: ranges.range(span) };
}
