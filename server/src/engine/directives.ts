/**
 * Applying inline disable comments to problems, and reporting the comments
 * that suppressed nothing or name a rule that does not exist
 * (`unused-disable-directive`).
 */
import type { DisableDirective, Report, Span } from '../model/types';
import { LineIndex } from '../util/positions';
import type { Fix, Problem, TextEdit } from './types';
import { INTERNAL_ERROR_RULE, UNUSED_DIRECTIVE_RULE, docsUrl } from './types';

interface Region {
  readonly directive: DisableDirective;
  /** The `enable` comment that closes it, for a `disable` region. */
  readonly closedBy?: DisableDirective;
  /** 0-based lines, inclusive. */
  readonly fromLine: number;
  readonly toLine: number;
  /** Known rule ids; empty means every rule. */
  readonly rules: readonly string[];
}

function regions(report: Report, lines: LineIndex, known: (id: string) => boolean): Region[] {
  const out: Region[] = [];
  const open: { directive: DisableDirective; line: number }[] = [];
  for (const d of report.directives) {
    const rules = d.rules.filter(known);
    // A comment that names only unknown rules turns nothing off (it does not mean "every rule").
    if (d.rules.length > 0 && rules.length === 0) continue;
    const line = lines.lineOf(d.span.start);
    switch (d.kind) {
      case 'disable-line':
        out.push({ directive: d, fromLine: line, toLine: line, rules });
        break;
      case 'disable-next-line': {
        // The next line that holds text: a directive on its own line before a blank line still means the next block.
        let next = lines.lineOf(d.span.end) + 1;
        while (next < lines.lineCount - 1 && report.text.slice(lines.lineStart(next), lines.lineEnd(next)).trim() === '') next++;
        out.push({ directive: d, fromLine: next, toLine: next, rules });
        break;
      }
      case 'disable':
        open.push({ directive: d, line });
        break;
      case 'enable': {
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i];
          const opened = o.directive.rules.filter(known);
          const closes = rules.length === 0 || opened.some((r) => rules.includes(r));
          if (!closes) continue;
          out.push({ directive: o.directive, closedBy: d, fromLine: o.line, toLine: line, rules: opened });
          open.splice(i, 1);
        }
        break;
      }
    }
  }
  for (const o of open) out.push({ directive: o.directive, fromLine: o.line, toLine: Number.MAX_SAFE_INTEGER, rules: o.directive.rules.filter(known) });
  return out;
}

/**
 * Drops suppressed problems and adds one problem per directive that
 * suppressed nothing and one per unknown rule id a directive names.
 * `knownRules` are the ids a comment may name.
 */
export function applyDirectives(
  report: Report,
  problems: readonly Problem[],
  unusedSeverity: Problem['severity'] | 'off',
  knownRules: readonly string[] = [],
): Problem[] {
  if (report.directives.length === 0) return [...problems];
  const knownSet = new Set([...knownRules, UNUSED_DIRECTIVE_RULE, INTERNAL_ERROR_RULE]);
  const known = (id: string) => knownRules.length === 0 || knownSet.has(id);
  const lines = LineIndex.of(report.text);
  const rs = regions(report, lines, known);
  const used = new Set<DisableDirective>();
  const kept: Problem[] = [];
  for (const p of problems) {
    const line = lines.lineOf(p.span.start);
    const region = rs.find((r) => line >= r.fromLine && line <= r.toLine && (r.rules.length === 0 || r.rules.includes(p.ruleId)));
    if (region) used.add(region.directive);
    else kept.push(p);
  }
  if (unusedSeverity === 'off') return kept;
  const problem = (span: Span, message: string, fix?: Fix): Problem => ({
    ruleId: UNUSED_DIRECTIVE_RULE,
    severity: unusedSeverity,
    docsUrl: docsUrl(UNUSED_DIRECTIVE_RULE),
    span,
    message,
    fix,
  });
  for (const d of report.directives) {
    d.rules.forEach((id, i) => {
      if (known(id)) return;
      const span = d.ruleSpans[i] ?? d.span;
      const close = closest(id, [...knownSet]);
      const onlyUnknown = d.rules.every((r) => !known(r));
      const fix: Fix | undefined = close
        ? { title: `Replace \`${id}\` with \`${close}\``, edits: [{ span, newText: close }] }
        : onlyUnknown && d.rules.length === 1
          ? { title: 'Remove the disable comment', edits: [removal(report.text, d.span)] }
          : undefined;
      kept.push(problem(span, close ? `Unknown rule \`${id}\` in disable comment, closest is \`${close}\`` : `Unknown rule \`${id}\` in disable comment`, fix));
    });
    if (d.kind === 'enable' || used.has(d)) continue;
    const rules = d.rules.filter(known);
    if (d.rules.length > 0 && rules.length === 0) continue;
    const what = rules.length ? rules.map((r) => `\`${r}\``).join(', ') : 'all rules';
    const edits: TextEdit[] = [removal(report.text, d.span)];
    const closer = rs.find((r) => r.directive === d)?.closedBy;
    if (closer && !rs.some((r) => r.closedBy === closer && r.directive !== d)) edits.push(removal(report.text, closer.span));
    kept.push(problem(d.span, `Disable comment for ${what} suppressed nothing`, { title: 'Remove the unused disable comment', edits }));
  }
  return kept;
}

/** Removes a comment; when it stands alone on its line, the whole line goes with it. */
function removal(text: string, span: Span): TextEdit {
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const aloneBefore = start === 0 || text[start - 1] === '\n';
  const lineBreak = text.startsWith('\r\n', end) ? 2 : text[end] === '\n' ? 1 : 0;
  const aloneAfter = end === text.length || lineBreak > 0;
  if (aloneBefore && aloneAfter) return { span: { start, end: end + lineBreak }, newText: '' };
  return { span, newText: '' };
}

/** The known id a mistyped one most likely meant: at most two edits away. */
function closest(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(id.toLowerCase(), k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}
