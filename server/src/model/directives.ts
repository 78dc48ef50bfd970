/**
 * Inline comments that turn rules off:
 * `<!-- inspection-lint-disable-next-line acronyms -->`,
 * `<!-- inspection-lint-disable footnotes, contents -->` ... `<!-- inspection-lint-enable -->`,
 * `<!-- inspection-lint-disable-line -->`.
 */
import type { DirectiveKind, DisableDirective } from './types';

const directivePattern = /<!--\s*inspection-lint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/gu;

export function readDirectives(text: string): DisableDirective[] {
  const out: DisableDirective[] = [];
  for (const m of text.matchAll(directivePattern)) {
    const start = m.index ?? 0;
    const rules = m[2]
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('--'));
    out.push({ kind: m[1] as DirectiveKind, rules, span: { start, end: start + m[0].length } });
  }
  return out;
}
