/**
 * What sits under the cursor, in terms of the report model: shared by
 * definition, references, highlights and hover.
 */
import { recommendationMap } from '../engine/recommendation-map';
import type { Citation, JudgementStatement, Marker, MarkerLink, NumberedParagraph, Recommendation, Report } from '../model/types';

export type Target =
  | { kind: 'marker'; marker: Marker; link?: MarkerLink; recommendation?: Recommendation }
  | { kind: 'citation'; citation: Citation; paragraph?: NumberedParagraph; cited?: number }
  | { kind: 'recommendation'; recommendation: Recommendation }
  | { kind: 'grade'; statement: JudgementStatement };

const inside = (s: { start: number; end: number }, o: number) => o >= s.start && o <= s.end;

export function targetAt(report: Report, offset: number): Target | undefined {
  const mi = report.markers.findIndex((m) => inside(m.span, offset));
  if (mi >= 0) {
    const marker = report.markers[mi];
    const link = report.links.find((l) => l.markerIndex === mi);
    const recommendation = link?.recommendationId ? report.recommendations.find((r) => r.id === link.recommendationId) : undefined;
    return { kind: 'marker', marker, link, recommendation };
  }
  const citation = report.citations.find((c) => inside(c.span, offset));
  if (citation) {
    const n = citation.numbers.find((x) => inside(x.span, offset)) ?? (citation.numbers.length === 1 ? citation.numbers[0] : undefined);
    const paragraph = n ? report.paragraphs.find((p) => p.number === n.value) : undefined;
    return { kind: 'citation', citation, paragraph, cited: n?.value };
  }
  const statement = report.statements.find((s) => inside(s.grade.span, offset) && s.grade.span.end > s.grade.span.start);
  if (statement) return { kind: 'grade', statement };
  const recommendation = report.recommendations.find((r) => inside(r.span, offset));
  if (recommendation) return { kind: 'recommendation', recommendation };
  return undefined;
}

export interface Support {
  readonly via: 'marker' | 'citation';
  /** The marker's or the cited number's span. */
  readonly span: { start: number; end: number };
  readonly paragraph?: NumberedParagraph;
  readonly confidence: number;
  readonly explicit: boolean;
  readonly shared: readonly string[];
}

/**
 * Every finding that supports a recommendation, as the rules see it: markers
 * that name it or are confidently linked to it, and, in a part of the report
 * without markers, the paragraphs it cites.
 */
export function supportOf(report: Report, rec: Recommendation): Support[] {
  const entry = recommendationMap(report).entries.find((e) => e.recommendation.id === rec.id);
  if (!entry) return [];
  return entry.supports.map((s) => ({
    via: s.via,
    span: s.via === 'marker' ? report.markers[s.index].span : s.paragraph.numberSpan,
    paragraph: s.paragraph,
    confidence: s.confidence,
    explicit: s.explicit,
    shared: s.shared,
  }));
}

/** `Recommendation 4`, or `Board recommendation 2` for an unnumbered one. */
export function recommendationName(rec: Recommendation): string {
  return rec.number !== undefined ? `Recommendation ${rec.number}` : `Recommendation ${rec.id}`;
}

/** The first words of a text, for outlines and hovers. */
export function openingWords(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max / 2 ? cut.slice(0, sp) : cut) + '…';
}

/** The span where a recommendation's own text begins (its number, or the bullet's first line). */
export function recommendationAnchor(report: Report, rec: Recommendation): { start: number; end: number } {
  if (rec.paragraphIndex !== undefined) return report.paragraphs[rec.paragraphIndex].numberSpan;
  const nl = report.text.indexOf('\n', rec.span.start);
  return { start: rec.span.start, end: nl < 0 || nl > rec.span.end ? rec.span.end : nl };
}
