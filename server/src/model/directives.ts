/**
 * Inline comments that turn rules off:
 * `<!-- inspection-lint-disable-next-line acronyms -->`,
 * `<!-- inspection-lint-disable footnotes, contents -->` ... `<!-- inspection-lint-enable -->`,
 * `<!-- inspection-lint-disable-line -->`.
 * Text after `--` inside the comment is a note for people: `<!-- inspection-lint-disable-line acronyms -- a project name -->`.
 */
import type { DirectiveKind, DisableDirective, Span } from './types';
import { matchesAt } from '../util/candidates';

/**
 * True when the comment is real HTML, not text shown inside code: the
 * innermost code-or-HTML span around it is an HTML node (starts with `<`).
 */
function isHtmlComment(text: string, code: readonly Span[], offset: number): boolean {
  let inner: Span | undefined;
  for (const s of code) if (s.start <= offset && offset < s.end && (!inner || s.start >= inner.start)) inner = s;
  return !inner || text.slice(inner.start, inner.end).trimStart().startsWith('<');
}

/** A directive, tried where a comment opens (sticky). */
export const directivePattern = /<!--\s*inspection-lint-(disable-next-line|disable-line|disable|enable)(?=[\s-])([\s\S]*?)-->/uy;

/**
 * The matches a global scan of `text` with the directive pattern gives: it
 * is tried only where `<!--` stands (most drafts have none), found by a plain
 * search. Scanning a long draft with the pattern took 0.17 ms a keystroke.
 */
export function directiveMatches(text: string): RegExpExecArray[] {
  return matchesAt(text, directivePattern, (from) => text.indexOf('<!--', from));
}

/** `code`: the spans of code and HTML (`Report.codeSpans`); a comment shown inside code is not a directive. */
export function readDirectives(text: string, code: readonly Span[] = []): DisableDirective[] {
  const out: DisableDirective[] = [];
  for (const m of directiveMatches(text)) {
    const start = m.index ?? 0;
    if (!isHtmlComment(text, code, start)) continue;
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
