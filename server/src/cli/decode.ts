/**
 * Turning a file's bytes into draft text and back: UTF-8 only (binary or
 * invalid input is refused), the byte-order mark stripped before analysis
 * and restored on write, CRLF line endings kept.
 */
import { isUtf8 } from 'node:buffer';

export interface DecodedText {
  /** The text a person sees: no byte-order mark; LF line endings when the file used CRLF throughout. */
  readonly text: string;
  readonly bom: boolean;
  /** Every line break in the file was CRLF; `text` holds LF and `encode` restores CRLF. */
  readonly crlf: boolean;
}

/** The text of a draft, or a problem for people when the bytes are not UTF-8 text. */
export function decode(bytes: Uint8Array): DecodedText | { readonly problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'UTF-16 text; expected UTF-8' };
  if (bytes.includes(0)) return { problem: 'binary file (holds NUL bytes); expected UTF-8 text' };
  // Checked, then decoded: a fatal TextDecoder took a millisecond and a half on a 100 KB draft, a tenth of checking it.
  if (!isUtf8(bytes)) return { problem: `not valid UTF-8 text (line ${firstInvalidLine(bytes)})` };
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const bom = raw.charCodeAt(0) === 0xfeff;
  const body = bom ? raw.slice(1) : raw;
  // CRLF throughout: every LF after a CR and every CR before an LF. A lone CR (`\r\r\n` is a CR, then a CRLF: two line
  // breaks) keeps the text as it is, or the CR would be lost on writing and two paragraphs joined.
  const crlf = body.includes('\r\n') && !/(^|[^\r])\n/.test(body) && !/\r(?!\n)/.test(body);
  return { text: crlf ? body.replace(/\r\n/g, '\n') : body, bom, crlf };
}

/** The bytes to write for text that was decoded with these properties. */
export function encode(text: string, like: Pick<DecodedText, 'bom' | 'crlf'>): Buffer {
  const body = like.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return Buffer.from((like.bom ? '\uFEFF' : '') + body, 'utf8');
}

/** The line (1-based) of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return line;
    for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    i += n;
  }
  return line;
}
