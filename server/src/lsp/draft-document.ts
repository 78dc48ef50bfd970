/**
 * The server's copy of an open draft: what `vscode-languageserver-textdocument`
 * gives (the same positions, offsets and text after the same changes), but a
 * long draft is not copied into a new string of the V8 heap on every
 * keystroke.
 *
 * Joining the text around an edit and reading it makes one new flat string
 * of the whole draft. A draft of 900 000 characters with curly quotes is
 * 1.8 MB of two-byte characters, which V8 puts in fresh pages of its
 * large-object space: on a virtual machine each page the system hands over
 * costs 10 to 15 µs, about 6 ms a keystroke for the copy alone. A long draft
 * is therefore also held as UTF-16 code units in a buffer of its own, edited
 * in place (a move of the text after the edit), and its string is decoded
 * from that buffer when asked for. Node.js keeps a decoded string of at
 * least `EXTERNAL_MIN` code units outside the V8 heap, in memory from the
 * C allocator, which reuses what the strings of earlier versions gave back
 * once the server has made memory ready for them (`text-memory.ts`; see
 * docs/performance.md): the buffer is decoded at that length at
 * least and the string cut to the draft's length (a view, not a copy). Where
 * Node.js does otherwise the text is the same, only made as before.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { firstAtLeast, lineStartsOf } from '../util/positions';
import type { TextChange } from '../parse/incremental';

/**
 * Drafts of at least this many characters (512 KB of two-byte text, a copy of
 * about 2 ms here) are held in a buffer as well. A shorter one is joined as
 * before: its string, decoded long enough to lie outside the V8 heap, would
 * be a copy of 2 MB held for each open draft.
 */
export const LONG_DRAFT = 262_144;
/**
 * Nor are drafts of more than this many characters, twice the most the engine
 * checks (`DEFAULT_LIMITS.maxLength`): such a draft is refused at a glance on
 * every keystroke, and its buffer would only be memory held.
 */
export const MAX_BUFFERED = 4_000_000;
/** The length from which Node.js decodes a string outside the V8 heap (`EXTERN_APEX` in its `string_bytes.cc`). */
export const EXTERNAL_MIN = 0xfbee9;

const CR = 13;
const LF = 10;

export class DraftDocument implements TextDocument {
  /** The text, when made since the last change. */
  private text: string | undefined;
  /** The text as UTF-16 code units, `size` of them in use, while the draft is long. */
  private units: Uint16Array | undefined;
  private size: number;
  /** Where each line starts. */
  private starts: number[];
  /** The whole text `getText` gave last, and how many of its first and last characters the changes since left alone. */
  private given: { text: string; prefix: number; suffix: number } | undefined;
  /** How the whole text `getText` gave last came from the one before, until taken (see `takeChange`). */
  private lastChange: { text: string; change: TextChange } | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.text = content;
    this.size = content.length;
    this.starts = lineStartsOf(content);
    if (heldInBuffer(content.length)) this.hold(content);
  }

  static create(uri: string, languageId: string, version: number, content: string): DraftDocument {
    return new DraftDocument(uri, languageId, version, content);
  }

  /** Applies `changes` in order, as `TextDocument.update` does. */
  static update(document: DraftDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): DraftDocument {
    document.update(changes, version);
    return document;
  }

  get version(): number {
    return this.currentVersion;
  }

  /** Where each line starts, as a copy (the document's own move with its next change). */
  lineStarts(): Int32Array {
    return Int32Array.from(this.starts);
  }

  /** Whether the text is held in a buffer as well (a long draft). */
  get inBuffer(): boolean {
    return this.units !== undefined;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  getText(range?: Range): string {
    if (range) {
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      if (this.text === undefined && this.units) return decode(this.units, start, end);
      return this.current().substring(start, end);
    }
    const text = this.current();
    const given = this.given;
    if (given?.text !== text) {
      if (given && given.prefix + given.suffix <= Math.min(given.text.length, this.size)) {
        this.lastChange = { text, change: { from: given.text, prefix: given.prefix, suffix: given.suffix } };
      } else this.lastChange = undefined;
      this.given = { text, prefix: Infinity, suffix: Infinity };
    }
    return text;
  }

  /** The whole text, made from the buffer when it is not made yet; what the document gives is accounted for by `getText`. */
  private current(): string {
    if (this.text === undefined) {
      const units = this.units!;
      const whole = decode(units, 0, Math.max(this.size, Math.min(EXTERNAL_MIN, units.length)));
      this.text = whole.length === this.size ? whole : whole.slice(0, this.size);
    }
    return this.text;
  }

  /**
   * How `text`, the whole text this document gave last, came from the whole
   * text it gave before: all but the first `prefix` and the last `suffix`
   * characters of that text may have changed (the incremental parser then
   * looks for the change there). Undefined for any other text. Given once:
   * it is then let go, so that the text before (2 MB for a long draft) is not
   * kept for it.
   */
  takeChange(text: string): TextChange | undefined {
    const last = this.lastChange;
    if (!last || last.text !== text) return undefined;
    this.lastChange = undefined;
    return last.change;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.size), 0);
    const starts = this.starts;
    const line = firstAtLeast(starts, offset + 1) - 1;
    offset = this.beforeLineBreak(offset, starts[line]);
    return { line, character: offset - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.starts;
    if (position.line >= starts.length) return this.size;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.size;
    return this.beforeLineBreak(Math.min(lineStart + position.character, next), lineStart);
  }

  /** The range of `line` without its line break (the last line when `line` is past it, an empty range at the start when before). */
  getLineRange(line: number): Range {
    const starts = this.starts;
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.size - starts[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = starts[line];
    const end = this.beforeLineBreak(line + 1 < starts.length ? starts[line + 1] : this.size, start);
    return { start: { line, character: 0 }, end: { line, character: end - start } };
  }

  /** The line break that ends `line`: `\r\n`, `\n`, `\r`, or none. */
  getEOLCharacters(line: number): string {
    const starts = this.starts;
    if (line < 0 || line >= starts.length) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.size;
    const end = this.beforeLineBreak(next, starts[line]);
    let out = '';
    for (let k = end; k < next; k++) out += String.fromCharCode(this.charCodeAt(k));
    return out;
  }

  private update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      // As the reference does: a change without text is refused whole, before anything is changed by it.
      if (typeof change?.text !== 'string') throw new Error('Unknown change event received');
      if ('range' in change && change.range !== undefined) this.replace(wellFormed(change.range), change.text);
      else this.replaceAll(change.text);
    }
    this.currentVersion = version;
  }

  private replaceAll(content: string): void {
    if (this.given) this.given = { ...this.given, prefix: 0, suffix: 0 };
    this.text = content;
    this.size = content.length;
    this.starts = lineStartsOf(content);
    this.units = undefined;
    if (heldInBuffer(content.length)) this.hold(content);
  }

  private replace(range: Range, inserted: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    const diff = inserted.length - (end - start);
    const size = this.size + diff;
    const given = this.given;
    if (given) {
      given.prefix = Math.min(given.prefix, start);
      given.suffix = Math.min(given.suffix, this.size - end);
    }
    if (this.units) {
      if (size < LONG_DRAFT / 2 || size > MAX_BUFFERED) {
        const text = this.current();
        this.units = undefined;
        this.text = text.substring(0, start) + inserted + text.substring(end);
      } else {
        this.splice(start, end, inserted);
        this.text = undefined;
      }
    } else {
      const text = this.text!;
      this.text = text.substring(0, start) + inserted + text.substring(end);
      if (heldInBuffer(size)) this.hold(this.text);
    }
    this.size = size;
    this.moveLineStarts(start, end, start + inserted.length, diff);
  }

  /**
   * The line starts after text[start, end) became text[start, newEnd): a line
   * starts after a line feed, and after a carriage return not followed by
   * one. Those decided by two characters before the edit, or two after it,
   * are as they were (moved by `diff` after it); the rest are found again.
   */
  private moveLineStarts(start: number, end: number, newEnd: number, diff: number): void {
    const old = this.starts;
    const kept = firstAtLeast(old, start);
    const after = firstAtLeast(old, end + 1);
    const found: number[] = start === 0 ? [0] : [];
    for (let p = Math.max(0, start - 1); p < newEnd; p++) {
      const c = this.charCodeAt(p);
      if (c === LF || (c === CR && this.charCodeAt(p + 1) !== LF)) found.push(p + 1);
    }
    if (found.length < 4_096) {
      old.splice(kept, after - kept, ...found);
      if (diff !== 0) for (let i = kept + found.length; i < old.length; i++) old[i] += diff;
    } else {
      const starts = old.slice(0, kept);
      for (const s of found) starts.push(s);
      for (let i = after; i < old.length; i++) starts.push(old[i] + diff);
      this.starts = starts;
    }
  }

  private charCodeAt(offset: number): number {
    if (offset >= this.size) return NaN;
    return this.units ? this.units[offset] : this.text!.charCodeAt(offset);
  }

  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const c = this.charCodeAt(offset - 1);
      if (c !== CR && c !== LF) break;
      offset--;
    }
    return offset;
  }

  /** Holds `text` as code units, with room to grow. */
  private hold(text: string): void {
    const units = new Uint16Array(Math.max(EXTERNAL_MIN, Math.ceil(text.length * 1.25)));
    Buffer.from(units.buffer).write(text, 0, 'utf16le');
    this.units = units;
  }

  /** text[start, end) becomes `inserted`, in the buffer. */
  private splice(start: number, end: number, inserted: string): void {
    let units = this.units!;
    const size = this.size + inserted.length - (end - start);
    if (size > units.length) {
      const grown = new Uint16Array(Math.ceil(size * 1.25));
      grown.set(units.subarray(0, start));
      grown.set(units.subarray(end, this.size), start + inserted.length);
      units = this.units = grown;
    } else if (end !== start + inserted.length) {
      units.copyWithin(start + inserted.length, end, this.size);
    }
    if (inserted.length < 64) for (let k = 0; k < inserted.length; k++) units[start + k] = inserted.charCodeAt(k);
    else Buffer.from(units.buffer, units.byteOffset + start * 2, inserted.length * 2).write(inserted, 0, 'utf16le');
  }
}

/** Whether a draft of `length` characters is held in a buffer too. */
export function heldInBuffer(length: number): boolean {
  return length >= LONG_DRAFT && length <= MAX_BUFFERED;
}

/** The code units units[from, to) as a string. */
function decode(units: Uint16Array, from: number, to: number): string {
  return Buffer.from(units.buffer, units.byteOffset + from * 2, (to - from) * 2).toString('utf16le');
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
