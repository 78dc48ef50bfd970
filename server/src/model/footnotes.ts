/**
 * GFM footnote references and definitions.
 *
 * micromark makes `[^x]` a footnote reference only when a definition of `x`
 * exists; an undefined `[^3]` stays plain text in mdast. Those are found in
 * the text (outside code and HTML) so a missing definition can be reported.
 */
import type { Root } from 'mdast';
import { spanOf, walk } from '../parse/mdast';
import type { FootnoteDefinition, FootnoteReference, Span } from './types';
import { insideAny, readCodeSpans } from './code';
import { BlockReading, joined, type Block } from './blocks';
import { moveSpan } from '../util/positions';

/** `[^label]` not escaped and not the start of a definition `[^label]:`. */
const referenceText = /(?<!\\)\[\^([^\]\s]+)\](?!:)/g;

interface BlockFootnotes {
  readonly references: readonly FootnoteReference[];
  readonly definitions: readonly FootnoteDefinition[];
}

const byBlock = new BlockReading<BlockFootnotes>(0, (f, by) => {
  for (const r of f.references) moveSpan(r.span, by);
  for (const d of f.definitions) {
    moveSpan(d.span, by);
    moveSpan(d.labelSpan, by);
  }
});

export function readFootnotes(text: string, root: Root, code: readonly Span[] = readCodeSpans(root)): { references: FootnoteReference[]; definitions: FootnoteDefinition[] } {
  // A block reads only its own text, and code spans lie wholly inside one block.
  // Each block's references are in order, and blocks are: so are all of them.
  const found = byBlock.readAll(text, root, (block) => footnotesOf(text, block, code));
  return { references: joined(found, (f) => f.references), definitions: joined(found, (f) => f.definitions) };
}

function footnotesOf(text: string, block: Block, code: readonly Span[]): BlockFootnotes {
  const references: FootnoteReference[] = [];
  const definitions: FootnoteDefinition[] = [];
  const prose: Span[] = [];
  walk(block, (node) => {
    if (node.type === 'footnoteReference') {
      references.push({ label: node.label ?? node.identifier, span: spanOf(node) });
    } else if (node.type === 'footnoteDefinition') {
      const span = spanOf(node);
      const label = node.label ?? node.identifier;
      const at = text.indexOf(`[^${label}]`, span.start);
      const labelSpan = at >= 0 && at < span.end ? { start: at, end: at + label.length + 3 } : { start: span.start, end: span.start };
      definitions.push({ label, span, labelSpan });
    } else if (node.type === 'text') {
      prose.push(spanOf(node));
    }
  });
  // Undefined references: `[^x]` written in text that micromark left as text.
  for (const run of prose) {
    const slice = text.slice(run.start, run.end);
    // Most runs hold no `[^` at all: a search is cheaper than the pattern.
    if (!slice.includes('[^')) continue;
    for (const m of slice.matchAll(referenceText)) {
      const start = run.start + (m.index ?? 0);
      if (insideAny(code, start)) continue;
      references.push({ label: m[1], span: { start, end: start + m[0].length } });
    }
  }
  // Those micromark found, then those it left as text: in order of place, as the draft's list is.
  if (references.length > 1) references.sort((a, b) => a.span.start - b.span.start);
  return { references, definitions };
}
