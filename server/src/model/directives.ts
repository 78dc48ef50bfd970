/**
 * Inline comments that turn rules off:
 * `<!-- inspection-lint-disable-next-line acronyms -->`,
 * `<!-- inspection-lint-disable footnotes, contents -->` ... `<!-- inspection-lint-enable -->`,
 * `<!-- inspection-lint-disable-line -->`.
 * Text after `--` inside the comment is a note for people: `<!-- inspection-lint-disable-line acronyms -- a project name -->`.
 */
import type { DirectiveKind, DisableDirective, Span } from './types';

const directivePattern = /<!--\s*inspection-lint-(disable-next-line|disable-line|disable|enable)(?=[\s-])([\s\S]*?)-->/gu;

export function readDirectives(text: string): DisableDirective[] {
  const out: DisableDirective[] = [];
  for (const m of text.matchAll(directivePattern)) {
    const start = m.index ?? 0;
    const bodyStart = start + m[0].length - 3 - m[2].length;
    const note = m[2].search(/(?:^|\s)--/);
    const body = note >= 0 ? m[2].slice(0, note) : m[2];
    const rules: string[] = [];
    const ruleSpans: Span[] = [];
    for (const r of body.matchAll(/[^\s,]+/g)) {
      rules.push(r[0]);
      const at = bodyStart + (r.index ?? 0);
      ruleSpans.push({ start: at, end: at + r[0].length });
    }
    out.push({ kind: m[1] as DirectiveKind, rules, ruleSpans, span: { start, end: start + m[0].length } });
  }
  return out;
}
