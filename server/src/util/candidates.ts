/**
 * Matching a pattern only where a match can start. Scanning a long draft
 * with a case-insensitive Unicode pattern on every keystroke is slow; when
 * every match starts with something a plain search finds (a fixed string,
 * a character), the pattern is tried there only.
 */

/**
 * The matches a global scan of `text` with `pattern` gives, trying the
 * pattern only at the places `next` finds. `pattern` must be sticky (`y`);
 * `next(from)` gives the first place at or after `from` where a match could
 * start (every match must start at such a place), or -1 when there is none.
 */
export function matchesAt(text: string, pattern: RegExp, next: (from: number) => number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = next(0); at >= 0; ) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) out.push(m);
    at = next(m ? m.index + m[0].length : at + 1);
  }
  return out;
}
