/**
 * Comparing names as people mean them: case, curly quotes, dashes and the
 * spacing around them (`findings – the`, `findings—the`), `&` for `and`,
 * spacing, and characters that show nothing (a soft hyphen) do not matter.
 */
export function normaliseName(s: string): string {
  let out = names.get(s);
  if (out === undefined) {
    out = normalise(s);
    if (names.size > 20_000) names.clear();
    names.set(s, out);
  }
  return out;
}

/** Names are normalised again on every keystroke (contents, headings, areas): remembered by text. */
const names = new Map<string, string>();

/** Characters that show nothing: a soft hyphen, zero-width spaces and joiners, a word joiner, a byte-order mark inside the text. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function normalise(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*[-–—−]+\s*/g, ' - ')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
}
