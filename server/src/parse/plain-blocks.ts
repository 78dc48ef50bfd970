/**
 * Plain blocks: lines whose mdast is known without running the parser.
 *
 * Most of a draft is findings: one line of a thousand characters or more
 * between blank lines, in which the parser finds no syntax at all. It still
 * reads each of their characters through its tokenizers and builds and
 * resolves events for each block: on the corpus, nine tenths of the text and
 * four fifths of the parse. A plain block starts in column 1 and is one of:
 *
 * - a paragraph: a letter first, a blank line (or the start of the text)
 *   before it and one (or the end) after it;
 * - a list item: `1.`, `1)`, `-`, `*` or `+`, one to four spaces, then a
 *   letter, with a blank line before it or an item of its list (same bullet,
 *   or same delimiter after the number) right before it, and a blank line
 *   after it (the next line that is not blank then not indented: an
 *   indented one could go on with the item) or an item of its list right
 *   after it;
 * - an ATX heading: `#` to `######`, a space or a tab, then its text (no `#`),
 *   on one line;
 * - a table (`plainTable`): rows in column 1 that open and close with a
 *   pipe, a blank line (or the start of the text) before the header row and
 *   one (or the end) after the last row, the second row a delimiter row of
 *   as many cells as the header, and every other cell plain text.
 *
 * A paragraph's or an item's text may go on over the lines right after its
 * first, each opening in column 1 with a letter or `(` (such a line starts
 * no block, and cannot be a table's delimiter row or a heading's underline),
 * the line before it ending in its text (trailing spaces before a line break
 * make a hard break). The text holds none of the characters that open inline
 * syntax or end a block: `*`, `_`, `` ` ``, `[`, `]`, `!`, `<`, `>`, `&`,
 * `\`, `|`, `~` or NUL. In the draft format's syntax (no autolinks without
 * `<`, no strikethrough) such text is one text node of itself, line breaks
 * included, its spaces and tabs at either end left out; the block itself
 * ends at the end of its last line.
 *
 * Whether such a line really starts a block where it stands is not assumed:
 * the parse of a draft in pieces (`chunked.ts`) parses what comes before it
 * followed by the line's start and a sentinel heading (`parseRegion`), and
 * only then takes the line as read. Its node comes from `plainNode`.
 */
import type { Heading, List, ListItem, Paragraph, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import { lineEnd } from '../util/lines';

export interface PlainBlock {
  readonly kind: 'paragraph' | 'item' | 'heading' | 'table';
  /** Offset of its first line's first character. */
  readonly lineStart: number;
  /** The text's span: its first character, and the end of the last one on its last line that is not a space or a tab. */
  readonly textStart: number;
  readonly textEnd: number;
  /** End of its last line (its line break, or the end of the text): the block's own end, trailing spaces and tabs included. */
  readonly lineEnd: number;
  /** 1-based line of its first line. */
  readonly line: number;
  /** 1-based line of its last line, and where that line starts (a paragraph's text may go on over more lines). */
  readonly lastLine: number;
  readonly lastLineStart: number;
}

/** A list marker and one to four spaces, then a letter; or a letter alone. */
const OPENING = /(?:(?:\d{1,9}[.)]|[-*+]) {1,4})?(?=\p{L})/uy;
const HEADING = /#{1,6}[ \t]+(?=[^ \t\r\n])/y;
/** Characters the text of a plain block never holds (a heading's, no `#` either). */
const PLAIN_RUN = /[^*_`[\]!<>&\\|~\0\r\n]*/y;
const HEADING_RUN = /[^#*_`[\]!<>&\\|~\0\r\n]*/y;
/** How a line that goes on with a plain block's text opens: a letter or a bracket, in column 1; such a line starts no block. */
const GOES_ON = /[\p{L}(]/uy;

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Start of the line after the one ending at `end`, or past the text. */
function nextLine(text: string, end: number): number {
  if (end >= text.length) return text.length + 1;
  return end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Where the text of the line ends when it runs plain from `from` to `end` (its trailing spaces and tabs left out), else -1. */
function plainEnd(run: RegExp, text: string, from: number, end: number): number {
  run.lastIndex = from;
  run.exec(text);
  if (run.lastIndex < end) return -1;
  let to = end;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to > from ? to : -1;
}

/** Whether the first line after `at` that is not blank starts with a space or a tab (none: false). */
function nextTextIndented(text: string, at: number): boolean {
  let k = at;
  while (k < text.length) {
    const end = lineEnd(text, k);
    if (!isBlank(text, k, end)) return isSpace(text.charCodeAt(k));
    k = nextLine(text, end);
  }
  return false;
}

/** Whether the line before the one starting at `at` is blank (none: true). */
function blankBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const start = lineStartBefore(text, at);
  return isBlank(text, start, lineEnd(text, start));
}

/**
 * The plain blocks of the lines of `text` that start in [from, to), in
 * order; `from` is a line start, on 0-based line `line0`. The lines around
 * are read from the whole text.
 */
export function plainBlocks(text: string, from = 0, to = text.length, line0 = 0): PlainBlock[] {
  const out: PlainBlock[] = [];
  let prevBlank = blankBefore(text, from);
  let prevKind = from > 0 && !prevBlank ? itemKind(text, lineStartBefore(text, from)) : 0;
  let line = line0 + 1;
  for (let start = from; start < to; line++) {
    const end = lineEnd(text, start);
    const next = nextLine(text, end);
    const first = text.charCodeAt(start);
    const kind = itemKind(text, start);
    let blank = false;
    if (first === 35 /* # */) {
      HEADING.lastIndex = start;
      if (HEADING.exec(text) && HEADING.lastIndex < end) {
        const textEnd = plainEnd(HEADING_RUN, text, HEADING.lastIndex, end);
        if (textEnd > 0) out.push({ kind: 'heading', lineStart: start, textStart: HEADING.lastIndex, textEnd, lineEnd: end, line, lastLine: line, lastLineStart: start });
      }
    } else if (isBlank(text, start, end)) {
      blank = true;
    } else if (first === 124 /* | */ && prevBlank) {
      const table = plainTable(text, start, line);
      if (table) {
        out.push(table);
        prevBlank = false;
        prevKind = 0;
        start = nextLine(text, table.lineEnd);
        line = table.lastLine;
        continue;
      }
    } else if (!isSpace(first) && (prevBlank || (kind !== 0 && kind === prevKind))) {
      // After a blank line, or (an item) right after an item of its list: a new item of that list.
      OPENING.lastIndex = start;
      if (OPENING.exec(text) && OPENING.lastIndex < end) {
        const textStart = OPENING.lastIndex;
        const textEnd = plainEnd(PLAIN_RUN, text, textStart, end);
        const block = textStart === start ? 'paragraph' : 'item';
        // The text may go on over lines that open with a letter or a bracket, each plain, the line before each ending in its text (no trailing space: a soft break, not a hard one).
        let last = { start, end, textEnd, next, line };
        while (last.textEnd === last.end && last.next < text.length && !isSpace(text.charCodeAt(last.next))) {
          GOES_ON.lastIndex = last.next;
          if (!GOES_ON.test(text)) break;
          const e = lineEnd(text, last.next);
          const t = plainEnd(PLAIN_RUN, text, last.next, e);
          if (t < 0) break;
          last = { start: last.next, end: e, textEnd: t, next: nextLine(text, e), line: last.line + 1 };
        }
        const nextEnd = lineEnd(text, last.next);
        // Before a blank line (and, an item, no indented text after it that could go on with it), or an item before the next item of its list.
        const closed = isBlank(text, last.next, nextEnd) ? block === 'paragraph' || !nextTextIndented(text, last.next) : block === 'item' && last.next <= text.length && itemKind(text, last.next) === kind;
        if (textEnd > 0 && closed) {
          out.push({ kind: block, lineStart: start, textStart, textEnd: last.textEnd, lineEnd: last.end, line, lastLine: last.line, lastLineStart: last.start });
          prevBlank = false;
          prevKind = last.start === start ? kind : 0;
          start = last.next;
          line = last.line;
          continue;
        }
      }
    }
    prevBlank = blank;
    prevKind = kind;
    start = next;
  }
  return out;
}

/** What a table cell may hold to be one text node: none of the characters that open inline syntax (a pipe ends the cell). */
const CELL_TEXT = /^[^*_`[\]!<>&\\~\0]*$/;
/** A delimiter cell: dashes, with a colon at either end for alignment. */
const DELIMITER_CELL = /^:?-+:?$/;
/** A cell of dashes and colons only: left to the parser (it could be read as a delimiter row). */
const DASHES = /^[-:]+$/;

/**
 * The pipes of the row on the line text[start, end): it opens with a pipe
 * in column 1 and closes with one (then only spaces or tabs), with at
 * least one cell between; undefined otherwise. The last pipe ends the row.
 */
function rowPipes(text: string, start: number, end: number): number[] | undefined {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e - start < 2 || text.charCodeAt(start) !== 124 || text.charCodeAt(e - 1) !== 124) return undefined;
  const pipes: number[] = [];
  for (let k = text.indexOf('|', start); k >= 0 && k < e; k = text.indexOf('|', k + 1)) pipes.push(k);
  return pipes;
}

/** The content of the cell between two pipes, without the spaces and tabs around it: [from, to). */
function cellContent(text: string, left: number, right: number): [number, number] {
  let from = left + 1;
  let to = right;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** Whether every cell of a row is plain text (and none is dashes and colons only). */
function plainCells(text: string, pipes: readonly number[]): boolean {
  for (let c = 0; c + 1 < pipes.length; c++) {
    const [from, to] = cellContent(text, pipes[c], pipes[c + 1]);
    const cell = text.slice(from, to);
    if (!CELL_TEXT.test(cell) || DASHES.test(cell)) return false;
  }
  return true;
}

/**
 * A table of plain cells whose header row starts at `start`, on 1-based
 * line `line` (after a blank line, which the caller has seen): a header row,
 * a delimiter row with as many cells, then rows up to a blank line or the
 * end of the text, each opening in column 1 with a pipe and closing with one.
 */
function plainTable(text: string, start: number, line: number): PlainBlock | undefined {
  const headerEnd = lineEnd(text, start);
  const header = rowPipes(text, start, headerEnd);
  if (!header || !plainCells(text, header)) return undefined;
  const delimiterStart = nextLine(text, headerEnd);
  if (delimiterStart >= text.length) return undefined;
  const delimiterEnd = lineEnd(text, delimiterStart);
  const delimiter = rowPipes(text, delimiterStart, delimiterEnd);
  if (!delimiter || delimiter.length !== header.length) return undefined;
  for (let c = 0; c + 1 < delimiter.length; c++) {
    const [from, to] = cellContent(text, delimiter[c], delimiter[c + 1]);
    if (!DELIMITER_CELL.test(text.slice(from, to))) return undefined;
  }
  let last = { start: delimiterStart, end: delimiterEnd, line: line + 1 };
  for (;;) {
    const next = nextLine(text, last.end);
    if (next > text.length) break;
    const end = lineEnd(text, next);
    if (isBlank(text, next, end)) break;
    const pipes = rowPipes(text, next, end);
    if (!pipes || !plainCells(text, pipes)) return undefined;
    last = { start: next, end, line: last.line + 1 };
  }
  return { kind: 'table', lineStart: start, textStart: start, textEnd: last.end, lineEnd: last.end, line, lastLine: last.line, lastLineStart: last.start };
}

/** Start of the line before the one starting at `at` (> 0). */
function lineStartBefore(text: string, at: number): number {
  let k = at - 1;
  if (text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 13) k--;
  while (k > 0 && !isBreak(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * The kind of list item a line opens in column 1, or 0: its bullet (`-`,
 * `*`, `+`), or its delimiter after a number (`.`, `)`), then a space or a
 * tab. Items of one kind on consecutive lines are items of one list.
 */
function itemKind(text: string, start: number): number {
  let k = start;
  while (k - start < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  const c = text.charCodeAt(k);
  const after = text.charCodeAt(k + 1);
  if (after !== 32 && after !== 9) return 0;
  if (k > start) return c === 46 || c === 41 ? 256 + c : 0;
  return c === 45 || c === 42 || c === 43 ? c : 0;
}

/** The first line of the block, up to `max` characters: what follows a region parsed before it. */
export function openingOf(text: string, block: PlainBlock, max: number): string {
  // A table's opening is its header and delimiter rows, whole: the parser reads no table from less.
  if (block.kind === 'table') return text.slice(block.lineStart, lineEnd(text, nextLine(text, lineEnd(text, block.lineStart))));
  return text.slice(block.lineStart, Math.min(block.textEnd, block.lineStart + max));
}

/** The mdast type of the block's top-level node. */
export function typeOf(block: PlainBlock): 'paragraph' | 'list' | 'heading' | 'table' {
  return block.kind === 'item' ? 'list' : block.kind;
}

function point(line: number, lineStart: number, offset: number): { line: number; column: number; offset: number } {
  return { line, column: offset - lineStart + 1, offset };
}

/** The block's node, as the parser reads it (offsets in `text`). */
export function plainNode(text: string, b: PlainBlock): RootContent {
  if (b.kind === 'table') return tableNode(text, b);
  const at = (offset: number) => point(b.line, b.lineStart, offset);
  // Ends are on the block's last line.
  const atEnd = (offset: number) => point(b.lastLine, b.lastLineStart, offset);
  const value: Text = { type: 'text', value: text.slice(b.textStart, b.textEnd), position: { start: at(b.textStart), end: atEnd(b.textEnd) } };
  if (b.kind === 'heading') {
    let depth = 0;
    while (text.charCodeAt(b.lineStart + depth) === 35) depth++;
    return { type: 'heading', depth: depth as Heading['depth'], children: [value], position: { start: at(b.lineStart), end: atEnd(b.lineEnd) } } satisfies Heading;
  }
  const paragraph: Paragraph = { type: 'paragraph', children: [value], position: { start: at(b.textStart), end: atEnd(b.lineEnd) } };
  if (b.kind === 'paragraph') return paragraph;
  const c = text.charCodeAt(b.lineStart);
  const ordered = c >= 48 && c <= 57;
  let digits = b.lineStart;
  while (digits < b.textStart && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: at(b.lineStart), end: atEnd(b.lineEnd) } };
  return {
    type: 'list',
    ordered,
    start: ordered ? Number.parseInt(text.slice(b.lineStart, digits), 10) : null,
    spread: false,
    children: [item],
    position: { start: at(b.lineStart), end: atEnd(b.lineEnd) },
  } satisfies List;
}

/** A plain table's node: a row per line but the delimiter row, a cell from each pipe to the next (the last to the end of its line). */
function tableNode(text: string, b: PlainBlock): Table {
  const rows: TableRow[] = [];
  let align: Table['align'] = [];
  let start = b.lineStart;
  for (let line = b.line; line <= b.lastLine; line++) {
    const end = lineEnd(text, start);
    const pipes = rowPipes(text, start, end)!;
    if (line === b.line + 1) {
      align = [];
      for (let c = 0; c + 1 < pipes.length; c++) {
        const [from, to] = cellContent(text, pipes[c], pipes[c + 1]);
        const left = text.charCodeAt(from) === 58;
        const right = text.charCodeAt(to - 1) === 58;
        align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
      }
    } else {
      const at = (offset: number) => point(line, start, offset);
      const cells: TableCell[] = [];
      for (let c = 0; c + 1 < pipes.length; c++) {
        const [from, to] = cellContent(text, pipes[c], pipes[c + 1]);
        const children: Text[] = from < to ? [{ type: 'text', value: text.slice(from, to), position: { start: at(from), end: at(to) } }] : [];
        // The last cell, like its row, ends at the end of the line (spaces and tabs after the closing pipe included).
        cells.push({ type: 'tableCell', children, position: { start: at(pipes[c]), end: at(c + 2 < pipes.length ? pipes[c + 1] : end) } });
      }
      rows.push({ type: 'tableRow', children: cells, position: { start: at(start), end: at(end) } });
    }
    start = nextLine(text, end);
  }
  return { type: 'table', align, children: rows, position: { start: point(b.line, b.lineStart, b.lineStart), end: point(b.lastLine, b.lastLineStart, b.textEnd) } };
}
