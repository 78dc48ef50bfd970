/** Spans where prose rules must not look: code and raw HTML. */
import type { Root } from 'mdast';
import { spanOf, walk } from '../parse/mdast';
import type { Span } from './types';
import { BlockReading, inOrder, joined, type Block } from './blocks';
import { moveSpan } from '../util/positions';

const byBlock = new BlockReading<readonly Span[]>(0, (spans, by) => {
  for (let i = 0; i < spans.length; i++) moveSpan(spans[i], by);
});

export function readCodeSpans(root: Root): Span[] {
  // A reading that looks at nothing before its block needs no text.
  const spans = joined(byBlock.readAll('', root, codeSpansOf), (s) => s);
  // Blocks come in order, and a walk meets a block's code in order (code holds no code): sorted already,
  // which is checked rather than assumed, since `insideAny` searches them by halves.
  return inOrder(spans) ? spans : spans.sort((a, b) => a.start - b.start);
}

function codeSpansOf(block: Block): Span[] {
  const out: Span[] = [];
  walk(block, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') out.push(spanOf(node));
  });
  return out;
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
