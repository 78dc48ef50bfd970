import type { Rule } from '../engine/types';
import type { FootnoteDefinition, FootnoteReference } from '../model/types';

/**
 * Every footnote reference has a definition, and every definition is
 * referenced and defined once. A reference with no definition is found even
 * though Markdown renders it as plain text. A missing definition is reported
 * once, at the first reference to it.
 */
export const footnotes: Rule = {
  id: 'footnotes',
  description: 'Every footnote reference has a definition, and every definition is referenced and defined once',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    const report = ctx.draft;
    const definitions = new Map<string, FootnoteDefinition[]>();
    for (const d of report.footnoteDefinitions) push(definitions, d.label.toLowerCase(), d);
    const references = new Map<string, FootnoteReference[]>();
    for (const r of report.footnoteReferences) push(references, r.label.toLowerCase(), r);

    for (const [label, refs] of references) {
      if (definitions.has(label)) continue;
      const [first, ...others] = refs;
      ctx.report({
        span: first.span,
        message: `Expected a definition of footnote \`[^${first.label}]\`, found none`,
        related: others.map((r) => ({ span: r.span, message: `Footnote \`[^${r.label}]\` is also referenced here` })),
      });
    }
    for (const [label, defs] of definitions) {
      const [first, ...again] = defs;
      if (!references.has(label)) {
        ctx.report({ span: first.labelSpan, message: `Footnote \`[^${first.label}]\` is defined but never referenced`, severity: 'warning' });
      }
      for (const d of again) {
        ctx.report({
          span: d.labelSpan,
          message: `Footnote \`[^${d.label}]\` is defined again; only the first definition is used`,
          related: [{ span: first.labelSpan, message: `Footnote \`[^${first.label}]\` is first defined here` }],
        });
      }
    }
  },
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
