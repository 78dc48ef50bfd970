/**
 * Applying inline disable comments to problems, and finding the comments
 * that suppressed nothing.
 */
import type { DisableDirective, Report } from '../model/types';
import { LineIndex } from '../util/positions';
import type { Problem } from './types';
import { UNUSED_DIRECTIVE_RULE, docsUrl } from './types';

interface Region {
  readonly directive: DisableDirective;
  /** 0-based lines, inclusive. */
  readonly fromLine: number;
  readonly toLine: number;
  readonly rules: readonly string[];
}

function regions(report: Report, lines: LineIndex): Region[] {
  const out: Region[] = [];
  const open: { directive: DisableDirective; line: number }[] = [];
  for (const d of report.directives) {
    const line = lines.lineOf(d.span.start);
    switch (d.kind) {
      case 'disable-line':
        out.push({ directive: d, fromLine: line, toLine: line, rules: d.rules });
        break;
      case 'disable-next-line': {
        // The next line that holds text: a directive on its own line before a blank line still means the next block.
        let next = lines.lineOf(d.span.end) + 1;
        while (next < lines.lineCount - 1 && report.text.slice(lines.lineStart(next), lines.lineEnd(next)).trim() === '') next++;
        out.push({ directive: d, fromLine: next, toLine: next, rules: d.rules });
        break;
      }
      case 'disable':
        open.push({ directive: d, line });
        break;
      case 'enable': {
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i];
          const closes = d.rules.length === 0 || o.directive.rules.some((r) => d.rules.includes(r));
          if (!closes) continue;
          out.push({ directive: o.directive, fromLine: o.line, toLine: line, rules: o.directive.rules });
          open.splice(i, 1);
        }
        break;
      }
    }
  }
  for (const o of open) out.push({ directive: o.directive, fromLine: o.line, toLine: Number.MAX_SAFE_INTEGER, rules: o.directive.rules });
  return out;
}

/** Drops suppressed problems and adds one problem per directive that suppressed nothing. */
export function applyDirectives(report: Report, problems: readonly Problem[], unusedSeverity: Problem['severity'] | 'off'): Problem[] {
  if (report.directives.length === 0) return [...problems];
  const lines = new LineIndex(report.text);
  const rs = regions(report, lines);
  const used = new Set<DisableDirective>();
  const kept: Problem[] = [];
  for (const p of problems) {
    const line = lines.lineOf(p.span.start);
    const region = rs.find((r) => line >= r.fromLine && line <= r.toLine && (r.rules.length === 0 || r.rules.includes(p.ruleId)));
    if (region) used.add(region.directive);
    else kept.push(p);
  }
  if (unusedSeverity !== 'off') {
    for (const d of report.directives) {
      if (d.kind === 'enable' || used.has(d)) continue;
      const what = d.rules.length ? d.rules.map((r) => `\`${r}\``).join(', ') : 'all rules';
      kept.push({
        ruleId: UNUSED_DIRECTIVE_RULE,
        severity: unusedSeverity,
        docsUrl: docsUrl(UNUSED_DIRECTIVE_RULE),
        span: d.span,
        message: `Disable comment for ${what} suppressed nothing`,
        fix: { title: 'Remove the unused disable comment', edits: [{ span: d.span, newText: '' }] },
      });
    }
  }
  return kept;
}
