/**
 * Renumbering the single paragraph sequence 1..N, and every reference to a
 * moved paragraph with it: numbered markers `(Recommendation N)` and
 * paragraph citations `(paragraph N)`. Shared by the `paragraph-numbering`
 * fix and the "renumber all paragraphs" action.
 */
import type { TextEdit } from '../engine/types';
import type { NumberedParagraph, Report } from '../model/types';

export function renumberEdits(report: Report): TextEdit[] {
  const edits: TextEdit[] = [];
  // Old written number -> new number, only where the old number is unambiguous.
  const counts = new Map<number, number>();
  for (const p of report.paragraphs) counts.set(p.number, (counts.get(p.number) ?? 0) + 1);
  const moved = new Map<number, number>();
  report.paragraphs.forEach((p, i) => {
    const now = i + 1;
    if (p.number !== now) {
      edits.push({ span: p.numberSpan, newText: String(now) });
      edits.push(...indentEdits(report.text, p, String(now).length - (p.numberSpan.end - p.numberSpan.start)));
      if (counts.get(p.number) === 1) moved.set(p.number, now);
    }
  });
  if (edits.length === 0) return [];
  const recNumbers = new Set(report.recommendations.flatMap((r) => (r.number !== undefined ? [r.number] : [])));
  for (const m of report.markers) {
    for (const n of m.numbers) {
      const to = moved.get(n.value);
      if (to !== undefined && recNumbers.has(n.value)) edits.push({ span: n.span, newText: String(to) });
    }
  }
  // A citation's numbers share the span of what was written: `17`, or a range `20 to 24` whose two ends are rewritten each.
  const seen = new Set<number>();
  for (const c of report.citations) {
    for (const n of c.numbers) {
      if (seen.has(n.span.start)) continue;
      seen.add(n.span.start);
      for (const d of report.text.slice(n.span.start, n.span.end).matchAll(/\d+/g)) {
        const to = moved.get(Number(d[0]));
        if (to === undefined) continue;
        const start = n.span.start + (d.index ?? 0);
        edits.push({ span: { start, end: start + d[0].length }, newText: String(to) });
      }
    }
  }
  return edits;
}

/**
 * When a paragraph's number gets longer or shorter (`9.` to `10.`), the
 * column its text starts at moves with it, and a line of the item that
 * belongs to it by its indent (a marker on a line of its own after a blank
 * line: `   (Recommendation)`) would no longer be indented enough to stay in
 * it, or would become indented code. Such lines, indented at least to the
 * old text column, move by the same `by` columns, so the item keeps every
 * line it had. Lines indented less go on with a paragraph whatever their
 * indent, and are left as they are; so is an item whose first line is not
 * the number alone at the start of a line (inside a block quote), or whose
 * lines are indented with tabs.
 */
function indentEdits(text: string, p: NumberedParagraph, by: number): TextEdit[] {
  if (by === 0) return [];
  const lineStart = text.lastIndexOf('\n', p.numberSpan.start - 1) + 1;
  if (!/^ {0,3}$/.test(text.slice(lineStart, p.numberSpan.start))) return [];
  // The text column: the number, its `.` or `)`, then one to four spaces (five or more: one, before indented code).
  const after = /^[.)]( {1,5})?/.exec(text.slice(p.numberSpan.end, p.numberSpan.end + 6));
  if (!after?.[1]) return [];
  const spaces = after[1].length === 5 ? 1 : after[1].length;
  const column = p.numberSpan.end + 1 + spaces - lineStart;
  const edits: TextEdit[] = [];
  for (let at = text.indexOf('\n', p.numberSpan.end) + 1; at > 0 && at < p.span.end; at = text.indexOf('\n', at) + 1) {
    const indent = /^[ \t]*/.exec(text.slice(at, at + 80))![0];
    if (indent.includes('\t')) return [];
    const rest = text.charCodeAt(at + indent.length);
    if (indent.length < column || rest === 10 || rest === 13 || Number.isNaN(rest)) continue;
    edits.push(by > 0 ? { span: { start: at, end: at }, newText: ' '.repeat(by) } : { span: { start: at, end: at - by }, newText: '' });
  }
  return edits;
}
