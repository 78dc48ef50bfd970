/**
 * Renumbering the single paragraph sequence 1..N, and every reference to a
 * moved paragraph with it: numbered markers `(Recommendation N)` and
 * paragraph citations `(paragraph N)`. Shared by the `paragraph-numbering`
 * fix and the "renumber all paragraphs" action.
 */
import type { TextEdit } from '../engine/types';
import type { Report } from '../model/types';

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
