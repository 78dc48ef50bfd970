/**
 * Which layout of the framework a draft has.
 */
import { normaliseName } from '../model/normalise';
import { lineEnd } from '../util/lines';

/** The built-in profile of the layout the framework's 2014 and 2015 reports had. */
export const EARLIER_LAYOUT_PROFILE_ID = 'ofsted-sif-2014';

/** The heading only the earlier layout has, as names are compared (`normaliseName`). */
const EARLIER_TITLES = new Set(['inspection judgements about the local authority', 'inspection judgement about the local authority']);

/**
 * Whether a heading of the draft reads `Inspection judgements about the
 * local authority`, which only the earlier layout has: a heading as the
 * parser reads it (bold, a setext heading, odd spaces, a soft hyphen alike;
 * not text in a comment, code or the front matter), by its title as the
 * model reads it.
 */
export function earlierLayout(headings: readonly { readonly depth: number; readonly title: string }[]): boolean {
  for (const h of headings) if (h.depth >= 2 && EARLIER_TITLES.has(normaliseName(h.title))) return true;
  return false;
}

/**
 * The same, from the text alone, as near as a line search gets (the editor's
 * status item, which has no parse).
 */
const EARLIER_HEADING_LINE = /^ {0,3}#{2,6}[ \t]+\**inspection judge?ments? about the local authority\**[ \t#]*$/i;

export function earlierLayoutText(text: string): boolean {
  for (let at = text.indexOf('nspection judg'); at >= 0; at = text.indexOf('nspection judg', at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    if (at - start < 16 && EARLIER_HEADING_LINE.test(text.slice(start, lineEnd(text, at)))) return true;
  }
  return false;
}
