import type { Fix, Rule, RuleContext } from '../engine/types';
import { DEFAULT_LINK_THRESHOLD } from '../model/links';
import type { Marker, NumberedParagraph, Part, Recommendation, Report, Section } from '../model/types';

/**
 * `(Recommendation)` markers: one that names no recommendation, one outside a
 * numbered finding, a bare one that cannot be tied to a recommendation of its
 * part with confidence (with the two best candidates and a suggestion for
 * each that writes the number into the marker), and the plural
 * `(Recommendations)` with no number.
 */
export const recommendationReference: Rule = {
  id: 'recommendation-reference',
  description: 'Each `(Recommendation)` marker sits in a finding and points, by number or by its subject, at a recommendation of its part',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: { threshold: DEFAULT_LINK_THRESHOLD },
  optionDocs: {
    threshold: 'Confidence (0 to 1) below which a bare marker’s link to a recommendation is reported as uncertain',
  },
  check(ctx: RuleContext) {
    const report = ctx.draft;
    const threshold = Number(ctx.options.threshold ?? DEFAULT_LINK_THRESHOLD);
    // Each part's recommendations, once: a marker's are its part's (filtering them per marker was 40 KB a tenfold keystroke).
    const pools = new Map<Part, Recommendation[]>();
    for (const r of report.recommendations) {
      const list = pools.get(r.part);
      if (list) list.push(r);
      else pools.set(r.part, [r]);
    }
    report.markers.forEach((marker, markerIndex) => {
      const para = marker.paragraphIndex !== undefined ? report.paragraphs[marker.paragraphIndex] : undefined;
      const link = report.links[markerIndex];
      for (const n of marker.numbers) {
        const rec = report.recommendations.find((r) => r.number === n.value);
        if (!rec) {
          const meant = marker.numbers.length === 1 ? report.recommendations.find((r) => r.id === link.candidates[0]?.recommendationId) : undefined;
          ctx.report({
            span: n.span,
            message: `Recommendation \`${n.value}\` does not exist${lastOf(report)}`,
            suggestions: meant?.number !== undefined ? [{ title: `Link the marker to recommendation ${meant.number}`, edits: [{ span: n.span, newText: String(meant.number) }] }] : [],
          });
        } else if (para && para.role === 'finding' && rec.part !== para.part) {
          // Unusual but not wrong in itself: a local authority's finding may be about the board, and name its recommendation.
          ctx.report({
            span: n.span,
            severity: 'warning',
            message: `Expected a recommendation of ${partName(para.part)}, found recommendation \`${n.value}\` of ${partName(rec.part)}`,
            related: [{ span: rec.span, message: `Recommendation ${n.value} is here` }],
          });
        }
      }
      // A recommendation naming another (`In partnership with the local authority (recommendation 10), ...`, the
      // board's twin of one of the local authority's): a cross-reference, not a marker out of place.
      const inRecommendation = para?.role === 'recommendation' ? para : undefined;
      const holder = inRecommendation ? report.recommendations.find((r) => r.paragraphIndex === inRecommendation.index) : report.recommendations.find((r) => marker.span.start >= r.span.start && marker.span.start <= r.span.end);
      if (holder && marker.numbers.length > 0 && marker.numbers.every((n) => n.value !== holder.number)) return;
      if (!para || para.role !== 'finding') {
        const move = para ? undefined : markerMove(report, marker);
        ctx.report({
          span: marker.span,
          message: `Expected a marker at the end of a numbered finding, found one ${whereIs(report, marker, para)}`,
          fix: move && { title: `Move the marker to the end of finding ${move.finding.number}`, edits: [{ span: move.span, newText: ' ' }] },
        });
        return;
      }
      if (marker.plural && marker.numbers.length === 0) {
        const word = marker.lowercase ? 'recommendation' : 'Recommendation';
        ctx.report({
          span: marker.span,
          severity: 'warning',
          message: `Expected \`(${word})\`, found \`${marker.raw}\``,
          fix: { title: `Write \`(${word})\``, edits: [{ span: marker.span, newText: `(${word})` }] },
        });
      }
      if (marker.numbers.length > 0) return;
      const pool = pools.get(para.part) ?? [];
      if (pool.length === 0) {
        ctx.report({ span: marker.span, message: `Expected a recommendation of ${partName(para.part)} for this marker to support, found none` });
        return;
      }
      if (link.recommendationId !== undefined && link.confidence >= threshold) return;
      const two = link.candidates.slice(0, 2).map((c) => pool.find((r) => r.id === c.recommendationId)!).filter(Boolean);
      const names = two.map((r) => `\`${label(r)}\``).join(' or ');
      ctx.report({
        span: marker.span,
        severity: 'warning',
        message: two.length
          ? `Cannot tell which recommendation this marker supports: ${names} (confidence \`${link.confidence.toFixed(2)}\`)`
          : 'Cannot tell which recommendation this marker supports: it shares no words with any',
        related: two.map((r) => ({ span: r.span, message: `Recommendation ${label(r)} is here` })),
        suggestions: two.flatMap((r) => (r.number !== undefined ? [writeNumber(marker, r.number)] : [])),
      });
    });
  },
};

function writeNumber(marker: Marker, n: number): Fix {
  const word = marker.lowercase ? 'recommendation' : 'Recommendation';
  return { title: `Link the marker to recommendation ${n}`, edits: [{ span: marker.span, newText: `(${word} ${n})` }] };
}

function label(r: Recommendation): string {
  return r.number !== undefined ? String(r.number) : r.id;
}

function partName(part: NumberedParagraph['part']): string {
  return part === 'board' ? 'the board' : 'the local authority';
}

function lastOf(report: Report): string {
  const nums = report.recommendations.flatMap((r) => (r.number !== undefined ? [r.number] : []));
  return nums.length ? `: recommendations are ${describeNumbers(nums)}` : ': the report has no numbered recommendations';
}

function describeNumbers(nums: readonly number[]): string {
  const runs: string[] = [];
  let start = nums[0];
  let prev = nums[0];
  for (const n of [...nums.slice(1), NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    runs.push(start === prev ? `\`${start}\`` : `\`${start}\` to \`${prev}\``);
    start = prev = n;
  }
  return runs.join(', ');
}

/**
 * Where a marker standing alone after a finding belongs: at the end of that
 * finding's text, with what the edit replaces. The marker is a paragraph of
 * its own (`(Recommendation)`, perhaps with a full stop, then a blank line or
 * the end), only blank lines stand between it and the end of the numbered
 * finding before it, and the finding ends in its own text (not in a table,
 * a quotation, a list, code, HTML, a definition or a hard line break, where
 * the marker would join something else). Markdown ends the item at the
 * blank line, as a PDF's layout does not show.
 */
function markerMove(report: Report, marker: Marker): { finding: NumberedParagraph; span: { start: number; end: number } } | undefined {
  const text = report.text;
  let p: NumberedParagraph | undefined;
  for (const q of report.paragraphs) {
    if (q.span.end > marker.span.start) break;
    p = q;
  }
  if (!p || p.role !== 'finding' || !p.endsInText) return undefined;
  if (!blankLinesOnly(text, p.span.end, marker.span.start)) return undefined;
  // The marker, perhaps a full stop, then the end of its line, and a blank line or the end after it (a bounded slice).
  if (!/^[ \t]*\.?[ \t]*(?:(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n|$)|$)/.test(text.slice(marker.span.end, marker.span.end + 80))) return undefined;
  let start = p.span.end;
  while (start > p.span.start && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { finding: p, span: { start, end: marker.span.start } };
}

/** Whether text[from, to) holds only spaces, tabs and two line breaks or more: one blank line or more. */
function blankLinesOnly(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '\n' || (c === '\r' && text[k + 1] !== '\n')) breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return breaks >= 2;
}

function whereIs(report: Report, marker: Marker, para: NumberedParagraph | undefined): string {
  if (para?.role === 'recommendation') return `in recommendation \`${para.number}\``;
  const section = innermost(report.sections, marker.span.start);
  return section ? `in \`${section.title}\`, outside any numbered paragraph` : 'outside any numbered paragraph';
}

function innermost(sections: readonly Section[], offset: number): Section | undefined {
  for (const s of sections) {
    if (offset >= s.span.start && offset <= s.span.end) return innermost(s.children, offset) ?? s;
  }
  return undefined;
}
