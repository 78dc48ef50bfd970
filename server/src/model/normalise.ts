/**
 * Comparing names as people mean them: case, curly quotes, dashes and the
 * spacing around them (`findings – the`, `findings—the`), `&` for `and`, and
 * spacing do not matter.
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

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*[-–—−]+\s*/g, ' - ')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
}
