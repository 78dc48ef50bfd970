/**
 * Which layout of the framework a draft has, found from its text alone (the
 * server and the editor's status item both ask).
 */

/** The built-in profile of the layout the framework's 2014 and 2015 reports had. */
export const EARLIER_LAYOUT_PROFILE_ID = 'ofsted-sif-2014';

const EARLIER_HEADING = /^ {0,3}#{2,6}[ \t]+inspection judgements? about the local authority\b/i;

/**
 * Whether a heading of the draft reads `Inspection judgements about the
 * local authority`, which only the earlier layout has (found by a plain
 * search: the draft is read on every keystroke).
 */
export function earlierLayout(text: string): boolean {
  for (let at = text.indexOf('nspection judg'); at >= 0; at = text.indexOf('nspection judg', at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    if (at - start < 12 && EARLIER_HEADING.test(text.slice(start, at + 60))) return true;
  }
  return false;
}
