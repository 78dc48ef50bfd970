/**
 * Comparing names as people mean them: case, curly quotes, dashes and the
 * spacing around them (`findings – the`, `findings—the`), a hyphen inside a
 * word for a space (`looked-after`), `&` for `and`, a serial comma before `and`,
 * spacing, characters that show nothing (a soft hyphen), and a footnote mark
 * at the end as a PDF prints one (`area²`, `area*`, `area†`) or as a draft
 * writes one with no definition (`area[^9]`) do not matter.
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

/** What may end a name and is no part of it: full stops and colons, and footnote marks (superscript digits, asterisks, daggers). */
const TRAILING = /[.:\u00B9\u00B2\u00B3\u2070\u2074-\u2079*\u2020\u2021]/;

/**
 * `s` without what may end a name and is no part of it, and the white space
 * among them. A loop from the end: a pattern anchored at the end is tried
 * from every position of a long run of such characters (a table cell of ten
 * thousand asterisks took a second).
 */
function withoutTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || TRAILING.test(s[end - 1]))) end--;
  return s.slice(0, end);
}

function normalise(s: string): string {
  const spaced = s
    .replace(INVISIBLE, '')
    // A footnote reference with no definition, left as text (`Recommendations[^9]`): the footnote's slip, not the name's.
    .replace(/\[\^[^\]\s]*\]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    // A hyphen inside a word is a space (`looked-after`, `care-leavers`); a dash between words is a dash.
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/\s*[-–—−]+\s*/g, ' - ')
    .replace(/\s*&\s*/g, ' and ')
    // A serial comma before `and` (`management, and governance`).
    .replace(/,\s+and\b/g, ' and')
    .replace(/\s+/g, ' ');
  return withoutTrailing(spaced.trim());
}
