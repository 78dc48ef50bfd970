import type { Rule, RuleContext, TextEdit } from '../engine/types';
import type { NumberedParagraph } from '../model/types';
import { lineEnd } from '../util/lines';
import { nextTextLine, textColumn } from './item-column';

/**
 * Text written under a numbered paragraph, indented as if it went on with it
 * (the second half of a finding that a page break split, a marker on a line
 * of its own) but by fewer columns than the paragraph's text starts at, is
 * not part of it: Markdown ends the item before it. Indented one to three
 * spaces it is a paragraph of its own; four or more, under a number of three
 * digits (`128.` puts the text at column five), it is indented code, and a
 * marker in it is no marker at all. Unindented text is meant to stand apart,
 * unless it opens in lower case: the rest of a sentence that a page break
 * split, left at the margin. A line that opens a block of another kind
 * (a list item, a heading, a quotation, a table, a fence, HTML, a footnote or
 * link definition, a thematic break) is taken as meant to stand apart.
 */
export const paragraphContinuation: Rule = {
  id: 'paragraph-continuation',
  description: 'Text indented under a numbered paragraph is indented enough to be part of it',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx: RuleContext) {
    const { text, paragraphs } = ctx.draft;
    for (const p of paragraphs) check(ctx, text, p);
  },
};

const LOWER_CASE = /^\p{Ll}/u;

/** A line that opens a block of another kind than a paragraph, after its indent. */
const OTHER_BLOCK = /^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\||`{3}|~{3}|<|\[\^|\[[^\]\r\n]+\]:|(?:[-*_][ \t]*){3,}$)/;

function check(ctx: RuleContext, text: string, p: NumberedParagraph): void {
  const at = nextTextLine(text, p.span.end);
  if (at === undefined) return;
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  const indent = i - at;
  // Unindented text stands apart on purpose (as the next paragraph's number does, almost always), unless it opens in
  // lower case, as the rest of a sentence a page break split does; a tab is left to the writer.
  if ((indent === 0 && !LOWER_CASE.test(text.charAt(i))) || text.charCodeAt(i) === 9) return;
  const column = textColumn(text, p);
  if (column === undefined || indent >= column) return;
  const code = indent >= 4;
  const end = lineEnd(text, i);
  if (!code && (OTHER_BLOCK.test(text.slice(i, end)) || underlined(text, end))) return;
  const by = column - indent;
  ctx.report({
    span: { start: i, end },
    message: `Expected this ${code ? 'text' : 'paragraph'} indented ${column} spaces, as part of paragraph \`${p.number}\`, found ${indent}: Markdown reads it as ${code ? 'code' : 'a paragraph of its own'}`,
    fix: () => ({ title: `Indent it ${column} spaces, into paragraph ${p.number}`, edits: indentBlock(text, at, by, code) }),
  });
}

/**
 * Whether the paragraph whose first line ends at `end` is underlined as a
 * heading (`===`, or `---` under text): by a line right under its last line,
 * however many lines it has.
 */
function underlined(text: string, end: number): boolean {
  for (let e = end; e < text.length; ) {
    const next = e + (text.startsWith('\r\n', e) ? 2 : 1);
    if (next >= text.length) return false;
    e = lineEnd(text, next);
    const line = text.slice(next, e);
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(line)) return true;
    const indent = /^ */.exec(line)![0].length;
    if (line.trim() === '' || (indent < 4 && OTHER_BLOCK.test(line.slice(indent)))) return false;
  }
  return false;
}

/**
 * Spaces added at the start of each line of the block that starts at `at`:
 * the paragraph's lines, up to a blank line or a line that would interrupt a
 * paragraph (a heading, a list item, a quotation, a fence, HTML, a thematic
 * break right under it stays where it is, outside the finding); indented
 * code's lines, up to a blank line or a line indented less than code.
 */
function indentBlock(text: string, at: number, by: number, code: boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let start = at; start < text.length; ) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    if (line.trim() === '') break;
    if (start !== at) {
      const indent = /^ */.exec(line)![0].length;
      if (code ? indent < 4 : OTHER_BLOCK.test(line.slice(indent)) && indent < 4) break;
    }
    edits.push({ span: { start, end: start }, newText: ' '.repeat(by) });
    start = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return edits;
}
