/** GFM footnote references and definitions. */
import type { Root } from 'mdast';
import { spanOf, walk } from '../parse/mdast';
import type { FootnoteDefinition, FootnoteReference } from './types';

export function readFootnotes(text: string, root: Root): { references: FootnoteReference[]; definitions: FootnoteDefinition[] } {
  const references: FootnoteReference[] = [];
  const definitions: FootnoteDefinition[] = [];
  walk(root, (node) => {
    if (node.type === 'footnoteReference') {
      references.push({ label: node.label ?? node.identifier, span: spanOf(node) });
    } else if (node.type === 'footnoteDefinition') {
      const span = spanOf(node);
      const label = node.label ?? node.identifier;
      const at = text.indexOf(`[^${label}]`, span.start);
      const labelSpan = at >= 0 && at < span.end ? { start: at, end: at + label.length + 3 } : { start: span.start, end: span.start };
      definitions.push({ label, span, labelSpan });
    }
  });
  return { references, definitions };
}
