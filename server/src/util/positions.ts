/**
 * The one place where offsets become positions.
 *
 * Inside the engine everything is a UTF-16 offset into the draft text (what
 * JavaScript strings index by). At the edges: 0-based line/character for LSP
 * (whose default position encoding is UTF-16 too), and 1-based line:column for
 * people (CLI output, test expectations).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Moves a span by `by` characters in place. Only for a span that a record
 * remembered between versions of a draft owns (see `BlockReading`): the
 * model of the version before, which shares it, is out of date by then, as
 * the positions of its syntax tree are, which the parser moves in place too.
 */
export function moveSpan(span: Span, by: number): void {
  const s = span as { start: number; end: number };
  s.start += by;
  s.end += by;
}

export interface ZeroBasedPosition {
  readonly line: number;
  readonly character: number;
}

export interface OneBasedPosition {
  readonly line: number;
  readonly column: number;
}

/** Where each line of `text` starts: after `\n`, `\r\n`, or a `\r` alone. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // Line feeds only (most drafts): the native search, many times faster than a loop over characters.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }
  return starts;
}

/** The first index of the ascending `xs` holding at least `x` (`xs.length` when none does). */
export function firstAtLeast(xs: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = xs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (xs[mid] < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

let last: LineIndex | undefined;

export class LineIndex {
  private readonly starts: ArrayLike<number>;

  /** `starts`, when given, must be where each line of `text` starts (`lineStartsOf`), as an editor's document keeps them. */
  constructor(
    readonly text: string,
    starts?: ArrayLike<number>,
  ) {
    this.starts = starts ?? lineStartsOf(text);
  }

  /** The index of a text, shared with the last caller that asked for the same text (an analysis asks several times). */
  static of(text: string): LineIndex {
    if (last?.text !== text) last = new LineIndex(text);
    return last;
  }

  /**
   * The index of `text` from the line starts its document keeps, shared as
   * `of` shares: finding them again meant reading the whole draft on every
   * keystroke (on the tenfold benchmark draft 0.2 ms, and an array of its
   * 20 000 line starts left for the collector).
   */
  static withStarts(text: string, starts: ArrayLike<number>): LineIndex {
    if (last?.text !== text) last = new LineIndex(text, starts);
    return last;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 0-based line. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** Offset just past the last character of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** 0-based line holding an offset. */
  lineOf(offset: number): number {
    // The last line starting at or before the offset (the first line starts at 0).
    return firstAtLeast(this.starts, clamp(offset, 0, this.text.length) + 1) - 1;
  }

  position(offset: number): ZeroBasedPosition {
    const o = clamp(offset, 0, this.text.length);
    const line = this.lineOf(o);
    return { line, character: Math.min(o, this.lineEnd(line)) - this.starts[line] };
  }

  offset(position: ZeroBasedPosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return clamp(start + Math.max(0, position.character), start, this.lineEnd(position.line));
  }

  /** 1-based line and column, for people. */
  human(offset: number): OneBasedPosition {
    const p = this.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function contains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
