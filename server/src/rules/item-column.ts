/**
 * Where the text of a numbered paragraph's list item starts, in columns, and
 * the lines around it: what decides whether a line below the number belongs
 * to the item (indented at least to that column) or stands on its own.
 */
import type { NumberedParagraph } from '../model/types';
import { lineEnd } from '../util/lines';

/**
 * The column the item's text starts at, counted from the start of its line:
 * after the `.` or `)`, one to four columns of space (five or more: one,
 * before indented code); an item whose first line is the number alone takes
 * its text one column after it. Undefined when the number does not start its
 * line (after at most three spaces: an item in a block quote or another
 * list's item), or is not followed by `.` or `)` and a space. With
 * `widthChange`, the column the text would start at were the number that many
 * characters longer (or shorter).
 */
export function textColumn(text: string, p: NumberedParagraph, widthChange = 0): number | undefined {
  let lineStart = p.numberSpan.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  if (!/^ {0,3}$/.test(text.slice(lineStart, p.numberSpan.start))) return undefined;
  const first = /^[.)]([ \t]*)([^\r\n]?)/.exec(text.slice(p.numberSpan.end, p.numberSpan.end + 80));
  if (!first) return undefined;
  // With the number `widthChange` characters longer (renumbering): a tab after it may take up the difference.
  const afterMarker = p.numberSpan.end + 1 - lineStart + widthChange;
  const gap = columnAfter(first[1], afterMarker) - afterMarker;
  if (first[2] && gap === 0) return undefined;
  return afterMarker + (!first[2] || gap >= 5 ? 1 : gap);
}

/** The column reached after `indent` (spaces and tabs, a tab to the next multiple of four) from column `from`. */
export function columnAfter(indent: string, from: number): number {
  let column = from;
  for (const c of indent) column = c === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/**
 * The start of the first line with text on it after the line that holds `at`
 * (read character by character, with nothing made: a rule asks this after
 * every numbered paragraph on every keystroke).
 */
export function nextTextLine(text: string, at: number): number | undefined {
  let i = lineEnd(text, at);
  while (i < text.length) {
    // At a line break: step over it (CR LF as one), then over the next line's spaces and tabs.
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    const start = i;
    while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
    if (i >= text.length) return undefined;
    if (text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) return start;
  }
  return undefined;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
