/**
 * Markdown to mdast. The only module that knows how remark is assembled.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Nodes, Root } from 'mdast';

/** The draft format's syntax beyond CommonMark, with GFM tables or without them. */
function syntax(tables: boolean): (this: Processor) => void {
  return function (this: Processor): void {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(...(tables ? [gfmTable()] : []), gfmFootnote());
    (data.fromMarkdownExtensions ??= []).push(...(tables ? [gfmTableFromMarkdown()] : []), gfmFootnoteFromMarkdown());
  };
}

/**
 * The syntax of a draft beyond CommonMark, as the draft format defines it:
 * GFM tables and GFM footnotes (front matter is added below). Not the rest
 * of GFM: a web address or an e-mail address in a draft is text, and `~~`
 * is not strikethrough. Recognising addresses as links was about two fifths
 * of the parse, on every character of every paragraph, for nothing any rule
 * reads.
 */
export const reportSyntax = syntax(true);

/**
 * The parser remark-parse installs, called directly. `processor.parse` wraps
 * each call in a new virtual file and freezes the processor again: about
 * 0.3 ms a call, a sixth of re-parsing a 1.5 KB finding, and an incremental
 * re-parse is one call per keystroke. The Root is the same.
 */
function parserOf(plugin: (this: Processor) => void, frontMatter = true): (text: string) => Root {
  const processor = unified().use(remarkParse).use(plugin);
  return (frontMatter ? processor.use(remarkFrontmatter, ['yaml']) : processor).freeze().parser as (text: string) => Root;
}

const parser = parserOf(reportSyntax);
/** The same syntax without tables, for text that cannot hold one (see `mayHoldTable`). */
const parserWithoutTables = parserOf(syntax(false));
let parserWithoutFrontMatter: ((text: string) => Root) | undefined;

/** Whether `text` opens with a front matter fence, a line `---` (after a byte-order mark, if any). */
export function opensWithFence(text: string): boolean {
  return /^\uFEFF?---[ \t]*(?:\r|\n|$)/.test(text.slice(0, 8));
}

/**
 * Whether a GFM table could start in `text`. A table needs a delimiter row,
 * and the parser takes a row of dashes for one only when it holds a `|`, or
 * a `:` against a dash (`:--`, `--:`); else it is a thematic break or a
 * heading underline. The table syntax tries every line of every paragraph as
 * a table's first row, about a third of the time spent parsing prose, and a
 * draft's findings and most of the pieces a draft is parsed in have none of
 * these. The table syntax changes nothing outside tables, so without it the
 * Root is the same.
 */
export function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

/**
 * The Root of a draft. A draft that opens with a front matter fence never
 * closed has no front matter, and is read as CommonMark reads it (the fence a
 * thematic break): remark's front matter syntax, having tried the fence and
 * failed, goes on to read every later list and footnote definition as a
 * paragraph, which would make a whole draft's findings vanish over one
 * missing line (the `front-matter` rule reports that line).
 */
export function parseMarkdown(text: string): Root {
  const root = parseWith(mayHoldTable(text) ? parser : parserWithoutTables, text);
  if (root.children[0]?.type === 'yaml' || !opensWithFence(text)) return root;
  return parseWith((parserWithoutFrontMatter ??= parserOf(reportSyntax, false)), text);
}

function parseWith(parse: (text: string) => Root, text: string): Root {
  if (text.charCodeAt(0) !== 0xfeff) return parse(text);
  // micromark drops a byte-order mark and counts offsets without it; count it, so offsets index the text as given.
  const root = parse(text.slice(1));
  countBom(root);
  if (root.position) root.position.start = { line: 1, column: 1, offset: 0 };
  return root;
}

function countBom(node: Nodes): void {
  const pos = node.position;
  if (pos) {
    for (const point of [pos.start, pos.end]) {
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
  }
  if ('children' in node) for (const child of node.children) countBom(child as Nodes);
}
