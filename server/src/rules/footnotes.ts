import type { Rule } from '../engine/types';

/** Footnote references with no definition, and definitions never referenced. */
export const footnotes: Rule = {
  id: 'footnotes',
  description: 'Every footnote reference has a definition, and every definition is referenced',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    const report = ctx.draft;
    const defined = new Map(report.footnoteDefinitions.map((d) => [d.label.toLowerCase(), d]));
    const referenced = new Set(report.footnoteReferences.map((r) => r.label.toLowerCase()));
    for (const ref of report.footnoteReferences) {
      if (!defined.has(ref.label.toLowerCase())) {
        ctx.report({ span: ref.span, message: `Expected a definition of footnote \`[^${ref.label}]\`, found none` });
      }
    }
    for (const def of report.footnoteDefinitions) {
      if (!referenced.has(def.label.toLowerCase())) {
        ctx.report({ span: def.labelSpan, message: `Footnote \`[^${def.label}]\` is defined but never referenced`, severity: 'warning' });
      }
    }
  },
};
