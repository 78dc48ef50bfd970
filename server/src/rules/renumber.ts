/**
 * Renumbering the single paragraph sequence 1..N, and every reference to a
 * moved paragraph with it: numbered markers `(Recommendation N)` and
 * paragraph citations `(paragraph N)`. Shared by the `paragraph-numbering`
 * fix and the "renumber all paragraphs" action.
 */
import type { TextEdit } from '../engine/types';
import type { NumberedParagraph, Report } from '../model/types';
import type { Span } from '../util/positions';
import { columnAfter, nextTextLine, textColumn } from './item-column';

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
  edits.push(...numberEdits(report.text, report.markers, moved, (n) => recNumbers.has(n)));
  edits.push(...numberEdits(report.text, report.citations, moved, () => true));
  return edits;
}

/**
 * The edits that give the numbers written in markers or citations their new
 * values. Their numbers share the span of what was written: `17`, or a range
 * `20 to 24` whose two ends are rewritten each; only numbers `names` takes
 * for what the reference is to (a marker's, recommendations) are.
 */
function numberEdits(text: string, references: readonly { readonly numbers: readonly { readonly span: Span }[] }[], moved: ReadonlyMap<number, number>, names: (n: number) => boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  const seen = new Set<number>();
  for (const r of references) {
    for (const n of r.numbers) {
      if (seen.has(n.span.start)) continue;
      seen.add(n.span.start);
      for (const d of text.slice(n.span.start, n.span.end).matchAll(/\d+/g)) {
        const to = moved.get(Number(d[0]));
        if (to === undefined || !names(Number(d[0]))) continue;
        const start = n.span.start + (d.index ?? 0);
        edits.push({ span: { start, end: start + d[0].length }, newText: String(to) });
      }
    }
  }
  return edits;
}

/**
 * When a paragraph's number gets longer or shorter (`9.` to `10.`), the
 * column its text starts at moves with it (unless a tab after the number
 * takes up the difference), and a line of the item that
 * belongs to it by its indent (a marker on a line of its own after a blank
 * line: `   (Recommendation)`) would no longer be indented enough to stay in
 * it, or would become indented code. Such lines, indented at least to the
 * old text column (a tab counting to the next multiple of four), move by the
 * same `by` columns at the end of their indent, so the item keeps every line
 * it had. Lines indented less go on with a paragraph whatever their indent
 * and are left as they are, as are blank lines, a line whose indent does not
 * end in enough spaces to take away, and an item whose first line is not the
 * number at the start of a line (inside a block quote). When the number gets
 * shorter, the first line after the item moves left too if it is indented to
 * the new column but not the old, so it stays out of the item.
 */
function indentEdits(text: string, p: NumberedParagraph, widthChange: number): TextEdit[] {
  if (widthChange === 0) return [];
  const column = textColumn(text, p);
  const next = textColumn(text, p, widthChange);
  if (column === undefined || next === undefined) return [];
  // The text column moves by as much as the number's width, unless a tab after the number takes up the difference.
  const by = next - column;
  if (by === 0) return [];
  const edits: TextEdit[] = [];
  const breaks = /\r\n?|\n/g;
  breaks.lastIndex = p.numberSpan.end;
  for (let m = breaks.exec(text); m && m.index + m[0].length < p.span.end; m = breaks.exec(text)) {
    const at = m.index + m[0].length;
    const indent = /^[ \t]*/.exec(text.slice(at, at + 80))![0];
    const rest = text.charCodeAt(at + indent.length);
    if (rest === 10 || rest === 13 || Number.isNaN(rest) || columnAfter(indent, 0) < column) continue;
    const end = at + indent.length;
    edits.push(...shift(end, indent, by));
  }
  // A shorter number brings the text column nearer the margin: the first line after the item, outside it because it was
  // indented less than the old column, would now be indented enough to join it (a paragraph after it indented three
  // spaces, or the next item indented as far). It moves left as the item's own lines do, and stays outside.
  if (by < 0) {
    const at = nextTextLine(text, p.span.end);
    if (at !== undefined) {
      const indent = /^[ \t]*/.exec(text.slice(at, at + 80))![0];
      const col = columnAfter(indent, 0);
      if (col >= column + by && col < column) edits.push(...shift(at + indent.length, indent, by));
    }
  }
  return edits;
}

/** The edit that moves a line's text `by` columns, at the end of its indent (which ends at `end`): none if its indent does not end in enough spaces to take away. */
function shift(end: number, indent: string, by: number): TextEdit[] {
  if (by > 0) return [{ span: { start: end, end }, newText: ' '.repeat(by) }];
  return indent.endsWith(' '.repeat(-by)) ? [{ span: { start: end + by, end }, newText: '' }] : [];
}
