import type { Rule, RuleContext } from '../engine/types';
import { DEFAULT_LINK_THRESHOLD } from '../model/links';
import { recommendationLabel, recommendationMap } from '../engine/recommendation-map';

/**
 * A recommendation that no finding supports. Support comes from markers:
 * named (`(Recommendation 4)`) or linked with confidence. A recommendation
 * that a weakly linked marker may support is left to the
 * `recommendation-reference` problem on that marker (one defect, one
 * diagnostic). In a part of the report with no markers at all, the
 * paragraphs a recommendation cites are its support; a part with neither
 * markers nor citations does not use the convention and is not checked.
 */
export const recommendationSupport: Rule = {
  id: 'recommendation-support',
  description: 'Each recommendation is supported by at least one finding, through a marker or, where the report uses no markers, a citation',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: { threshold: DEFAULT_LINK_THRESHOLD },
  optionDocs: {
    threshold: 'Confidence (0 to 1) a bare marker’s link needs to count as support (the same as `recommendation-reference`’s)',
  },
  check(ctx: RuleContext) {
    const report = ctx.draft;
    const map = recommendationMap(report, Number(ctx.options.threshold ?? DEFAULT_LINK_THRESHOLD));
    for (const entry of map.entries) {
      if (!entry.unsupported) continue;
      const rec = entry.recommendation;
      const usesMarkers = map.partsWithMarkers.has(rec.part);
      const usesCitations = report.citations.some(
        (c) => c.recommendationId && report.recommendations.find((r) => r.id === c.recommendationId)?.part === rec.part,
      );
      if (!usesMarkers && !usesCitations) continue;
      const label = recommendationLabel(rec);
      const end = rec.paragraphIndex !== undefined ? report.paragraphs[rec.paragraphIndex].numberSpan : { start: rec.span.start, end: rec.span.start };
      ctx.report({
        span: end.end > end.start ? end : rec.span,
        message: usesMarkers
          ? `Expected a finding marked \`(Recommendation)\` for recommendation \`${label}\`, found none`
          : `Expected recommendation \`${label}\` to cite a finding of its part, found none`,
      });
    }
  },
};
