/**
 * `(Recommendation)` markers in every published spelling:
 * `(Recommendation)`, `(recommendation)`, `(Recommendation 4)`,
 * `(recommendations 5, 11)`, `(Recommendations)`.
 */
import type { Marker, MarkerStyle, NumberedParagraph, Span } from './types';
import { hasNumbered, paragraphAt } from './paragraphs';
import { insideAny } from './code';
import { matchesAt } from '../util/candidates';
import { afterAnotherDocument, sentenceNamesReport } from './citations';

/** A marker, tried where a candidate stands (sticky). */
export const markerPattern = /\((recommendations?)(?:\s+(\d+(?:\s*(?:[-\u2013\u2014]|to)\s*\d+)?(?:\s*(?:,\s*and|,|and|&)\s*\d+(?:\s*(?:[-\u2013\u2014]|to)\s*\d+)?)*))?\s*\)/iuy;
/** One number or range of a marker's list: `4`, `4-6`, `4–6`, `4 to 6`. */
const markerItem = /\d+(?:\s*(?:[-\u2013\u2014]|to)\s*\d+)?/giu;
/** The widest range of recommendations a marker is read to name; a wider one is read as its two ends. */
const MAX_RANGE = 50;
/**
 * The matches a global scan of `text` with the marker pattern gives. Every
 * marker starts with `(r` or `(R` (no other character folds to `r` under the
 * pattern's case-insensitive Unicode matching: the tests check every code
 * point), so the pattern is tried only there, found by a plain search: on a
 * long draft, scanning with the pattern took 0.15 ms a keystroke, and this
 * 0.03 ms.
 */
export function markerMatches(text: string): RegExpExecArray[] {
  return matchesAt(text, markerPattern, (from) => {
    for (let at = text.indexOf('(', from); at >= 0; at = text.indexOf('(', at + 1)) {
      const next = text.charCodeAt(at + 1);
      if (next === 0x72 || next === 0x52) return at;
    }
    return -1;
  });
}

export function readMarkers(text: string, paragraphs: readonly NumberedParagraph[], code: readonly Span[]): Marker[] {
  const out: Marker[] = [];
  for (const m of markerMatches(text)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    if (insideAny(code, start)) continue;
    const word = m[1];
    const numbers: { value: number; span: Span }[] = [];
    if (m[2]) {
      const listStart = start + m[0].indexOf(m[2], 1 + word.length);
      for (const item of m[2].matchAll(markerItem)) {
        const itemStart = listStart + (item.index ?? 0);
        const ends = [...item[0].matchAll(/\d+/g)];
        const from = Number(ends[0][0]);
        const to = ends.length > 1 ? Number(ends[1][0]) : from;
        // A range names every recommendation in it, each with the span of the range as written (as a citation's range does).
        if (to > from && to - from <= MAX_RANGE) {
          const span = { start: itemStart, end: itemStart + item[0].length };
          for (let v = from; v <= to; v++) numbers.push({ value: v, span });
          continue;
        }
        for (const n of ends) {
          const s = itemStart + (n.index ?? 0);
          numbers.push({ value: Number(n[0]), span: { start: s, end: s + n[0].length } });
        }
      }
    }
    // `the 2014 report (recommendation 12)`, `Annex A (recommendation 3) is met`: another document's recommendation,
    // named as its paragraphs are; but one of the report's at the end of a sentence is a marker after a section
    // of an Act (`... accommodated under section 20 (Recommendation 6).`).
    if (numbers.length > 0 && afterAnotherDocument(text, start) && !(numbers.every((n) => hasNumbered(paragraphs, n.value, 'recommendation')) && endsSentence(text, span.end))) continue;
    // Numbers no recommendation of the report has, after another report's name (`Ofsted's 2013 report
    // (recommendation 12)`, `the serious case review (recommendation 12)`): that report's recommendations.
    if (numbers.length > 0 && numbers.every((n) => !hasNumbered(paragraphs, n.value, 'recommendation')) && sentenceNamesReport(text, start)) continue;
    const para = paragraphAt(paragraphs, start);
    out.push({
      kind: 'marker',
      span,
      raw: m[0],
      numbers,
      plural: word.toLowerCase() === 'recommendations',
      lowercase: word[0] === 'r',
      style: styleOf(text, span),
      paragraphIndex: para?.index,
    });
  }
  return out;
}

/** Whether what follows `end` ends the sentence: a full stop, question or exclamation mark, a line break or the end. */
function endsSentence(text: string, end: number): boolean {
  return /^[ \t]*(?:[.!?]|\r?\n|$)/.test(text.slice(end, end + 8));
}

function styleOf(text: string, span: Span): MarkerStyle {
  const before = text.slice(Math.max(0, span.start - 3), span.start);
  const after = text.slice(span.end, span.end + 1);
  if (after === '.') return 'before-period';
  if (/[.!?]\s*$|\n\s*$/.test(before) || span.start === 0) return 'after-sentence';
  return 'inline';
}
