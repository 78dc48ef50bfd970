import type { Fix, Rule, RuleContext } from '../engine/types';
import { DEFAULT_LINK_THRESHOLD } from '../model/links';
import type { Citation, NumberedParagraph, Recommendation, Report } from '../model/types';
import { isConfident, recommendationLabel, recommendationMap, type RecommendationMap } from '../engine/recommendation-map';

/**
 * Paragraph citations (`(paragraph 17)`, `(paragraphs 33, 154)`,
 * `paragraphs 20 to 24`, `as set out in paragraph 40`): a citation of a
 * paragraph that does not exist; in a recommendation, of a paragraph that is
 * not a finding of the same part; and, where the part's findings carry
 * markers, of a finding the markers do not tie to this recommendation, with
 * the marked finding nearest the cited one offered as the fix. A finding of
 * the other part is a warning: a local authority's finding may be about the
 * board (its neglect strategy, say), and the board's recommendation cite it.
 */
export const paragraphCitation: Rule = {
  id: 'paragraph-citation',
  description: 'Each paragraph citation points at an existing paragraph and, in a recommendation, at a finding of its part that supports it',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: { threshold: DEFAULT_LINK_THRESHOLD },
  optionDocs: {
    threshold: 'Confidence (0 to 1) a bare marker’s link needs for its finding to count as marked for a recommendation',
  },
  check(ctx: RuleContext) {
    const report = ctx.draft;
    if (report.citations.length === 0) return;
    const map = recommendationMap(report, Number(ctx.options.threshold ?? DEFAULT_LINK_THRESHOLD));
    const last = report.paragraphs[report.paragraphs.length - 1]?.number;
    for (const citation of report.citations) {
      const rec = citation.recommendationId ? report.recommendations.find((r) => r.id === citation.recommendationId) : undefined;
      const range = (span: { start: number }) => citation.numbers.filter((n) => n.span.start === span.start);
      for (const n of citation.numbers) {
        const members = range(n.span);
        // A range is checked at its two ends, for existence only: `(paragraphs 13 to 140)` is one slip, at 140.
        if (members.length > 1 && n !== members[0] && n !== members[members.length - 1]) continue;
        const para = report.paragraphs.find((p) => p.number === n.value);
        if (!para) {
          ctx.report({
            span: n.span,
            message: last === undefined ? `Paragraph \`${n.value}\` does not exist: the report has no numbered paragraphs` : `Paragraph \`${n.value}\` does not exist: paragraphs run \`1\` to \`${last}\``,
          });
          continue;
        }
        if (!rec || members.length > 1) continue;
        const related = [{ span: para.span, message: `Paragraph ${para.number} is here` }];
        if (para.role !== 'finding') {
          ctx.report({ span: n.span, message: `Expected a finding, found recommendation \`${n.value}\``, related });
          continue;
        }
        if (para.part !== rec.part) {
          // Unusual but not wrong in itself: a finding of the local authority's part may well be about the board.
          ctx.report({ span: n.span, severity: 'warning', message: `Expected a finding of ${partName(rec.part)}, found paragraph \`${n.value}\` of ${partName(para.part)}`, related });
          continue;
        }
        if (!map.partsWithMarkers.has(rec.part)) continue;
        checkAgainstMarkers(ctx, report, map, citation, n, para, rec);
      }
    }
  },
};

function checkAgainstMarkers(
  ctx: RuleContext,
  report: Report,
  map: RecommendationMap,
  citation: Citation,
  n: Citation['numbers'][number],
  para: NumberedParagraph,
  rec: Recommendation,
): void {
  const entry = map.entries.find((e) => e.recommendation.id === rec.id)!;
  const marked = new Map<number, boolean>(); // paragraph number -> confidently marked for rec
  for (const s of entry.supports) if (s.via === 'marker') marked.set(s.paragraph.number, true);
  for (const p of entry.possible) if (!marked.has(p)) marked.set(p, false);
  if (marked.has(para.number)) return;
  const label = recommendationLabel(rec);
  const byDistance = [...marked.keys()]
    .map((num) => report.paragraphs.find((p) => p.number === num)!)
    .sort((a, b) => Math.abs(a.index - para.index) - Math.abs(b.index - para.index) || a.index - b.index);
  const alreadyCited = new Set(citation.numbers.map((x) => x.value));
  const citedMarked = byDistance.find((p) => alreadyCited.has(p.number));
  if (citedMarked) {
    // The citation also names a marked finding: this one is an extra, not a slip for a neighbour.
    ctx.report({
      span: n.span,
      severity: 'warning',
      message: `Paragraph \`${para.number}\` is not marked as supporting recommendation \`${label}\``,
      related: [{ span: para.span, message: `Paragraph ${para.number} is here` }],
    });
    return;
  }
  if (byDistance.length > 0) {
    const nearest = byDistance[0];
    const write = (p: NumberedParagraph): Fix => ({ title: `Cite paragraph ${p.number} instead of ${para.number}`, edits: [{ span: n.span, newText: String(p.number) }] });
    const offers = byDistance.filter((p) => !alreadyCited.has(p.number));
    const sure = marked.get(nearest.number) === true && Math.abs(nearest.index - para.index) <= 2 && !alreadyCited.has(nearest.number);
    ctx.report({
      span: n.span,
      severity: 'warning',
      message: `Paragraph \`${para.number}\` is not marked as supporting recommendation \`${label}\`; paragraph \`${nearest.number}\` is`,
      related: [
        { span: nearest.span, message: `Paragraph ${nearest.number} is here` },
        { span: para.span, message: `Paragraph ${para.number} is here` },
      ],
      fix: sure ? write(nearest) : undefined,
      suggestions: (sure ? offers.slice(1) : offers).slice(0, 2).map(write),
    });
    return;
  }
  // The recommendation has no marked finding at all: `recommendation-support` reports that, unless
  // the cited finding is marked for another recommendation, which is this citation's own problem.
  const other = report.links.find((l) => {
    const m = report.markers[l.markerIndex];
    return m.paragraphIndex === para.index && isConfident(l, map.threshold) && l.recommendationId !== rec.id;
  });
  if (other) {
    const otherRec = report.recommendations.find((r) => r.id === other.recommendationId)!;
    ctx.report({
      span: n.span,
      severity: 'warning',
      message: `Paragraph \`${para.number}\` is marked as supporting recommendation \`${recommendationLabel(otherRec)}\`, not \`${label}\``,
      related: [{ span: report.markers[other.markerIndex].span, message: `Paragraph ${para.number}'s marker is here` }],
    });
  }
}

function partName(part: NumberedParagraph['part']): string {
  return part === 'board' ? 'the board' : 'the local authority';
}
