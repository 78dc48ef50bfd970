/** Spans where prose rules must not look: code and raw HTML. */
import type { Root } from 'mdast';
import { spanOf, walk } from '../parse/mdast';
import type { Span } from './types';

export function readCodeSpans(root: Root): Span[] {
  const out: Span[] = [];
  walk(root, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') out.push(spanOf(node));
  });
  return out.sort((a, b) => a.start - b.start);
}

export function insideAny(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
