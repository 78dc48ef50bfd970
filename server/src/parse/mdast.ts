/**
 * Small helpers over mdast nodes: offsets, plain text, walking. Quirks of
 * mdast (lazy continuation lines, the written number of a list item) are
 * handled here so the model does not need to know about them.
 */
import type { Html, Nodes, Node, Parent, Root, RootContent, ListItem, List, Text } from 'mdast';
import type { Span } from '../util/positions';

export function spanOf(node: Node): Span {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return { start, end };
}

/**
 * How far a node has moved, whole, since `span` was read from it: the
 * difference of their starts when their ends differ by as much, undefined
 * when its length changed. The incremental parser gives back the very node of
 * what an edit did not touch, moved with what follows the edit, so a record
 * read from the same node and moved this far reads as it did.
 */
export function movedBy(node: Node, span: Span): number | undefined {
  const by = (node.position?.start.offset ?? 0) - span.start;
  return (node.position?.end.offset ?? 0) - span.end === by ? by : undefined;
}

export function isParent(node: Node): node is Parent {
  return Array.isArray((node as Parent).children);
}

/** Containers whose children are blocks: their texts are lines of their own, not run together. */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'footnoteDefinition', 'table']);

/**
 * The plain text of a node: text, inline code and the like, joined; the
 * blocks of a container (the paragraphs of a list item that a page break
 * split, its nested list's items) one line each, the cells of a table row
 * with a space between.
 */
export function plainText(node: Node): string {
  if ((node as Text).type === 'text' || node.type === 'inlineCode') return (node as Text).value;
  // A `<br>` is a line break, as a table cell's text copied from a PDF may hold one; other HTML reads as nothing.
  if (node.type === 'html') return /^<br\s*\/?>$/i.test((node as Html).value) ? '\n' : '';
  if (node.type === 'footnoteReference') return '';
  if (node.type === 'break') return '\n';
  if (isParent(node)) return node.children.map((c) => plainText(c as Node)).join(BLOCK_CONTAINERS.has(node.type) ? '\n' : node.type === 'tableRow' ? ' ' : '');
  return '';
}

/** Visit every node depth-first, parents before children. */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parent | undefined) => void, parent?: Parent): void {
  visit(node, parent);
  if (isParent(node)) for (const child of node.children) walk(child as Nodes, visit, node);
}

/**
 * The number written before a list item (`13.` or `13)`), read from the
 * source text, never the number a renderer would show.
 */
export function writtenNumber(text: string, item: ListItem): { value: number; span: Span } | undefined {
  const s = spanOf(item);
  // What `/^[ \t]*(\d{1,9})[.)]/` finds in the item's first 16 characters, read in place: this runs for
  // every numbered paragraph on every keystroke, and a slice and a match for each made garbage.
  const limit = Math.min(s.end, s.start + 16, text.length);
  let k = s.start;
  while (k < limit && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const start = k;
  let value = 0;
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  const digits = k - start;
  if (digits === 0 || digits > 9 || k >= limit) return undefined;
  const after = text.charCodeAt(k);
  if (after !== 46 && after !== 41) return undefined; // `.` or `)`
  return { value, span: { start, end: k } };
}

export function isOrdered(list: List): boolean {
  return list.ordered === true;
}

export type Block = RootContent;

export function topLevel(root: Root): readonly Block[] {
  return root.children;
}
