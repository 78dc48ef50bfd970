/** The optional YAML front-matter block. */
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { spanOf } from '../parse/mdast';
import type { FrontMatter } from './types';

/**
 * The front matter is read twice per analysis and on every keystroke, but
 * rarely changes: the last few results are kept by their exact inputs (the
 * YAML and the block's span), so an unchanged block costs a lookup. Results
 * are read-only and may be shared between reports.
 */
const cache = new Map<string, FrontMatter>();

export function readFrontMatter(root: Root): FrontMatter | undefined {
  const node = root.children[0];
  if (!node || node.type !== 'yaml') return undefined;
  const span = spanOf(node);
  const key = `${span.start}:${span.end}:${node.value}`;
  let out = cache.get(key);
  if (out === undefined) {
    out = parseFrontMatter(node.value, span);
    if (cache.size >= 16) cache.clear();
    cache.set(key, out);
  }
  return out;
}

function parseFrontMatter(value: string, span: { start: number; end: number }): FrontMatter {
  const doc = parseDocument(value, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    // The YAML body starts after the opening `---` line.
    const bodyStart = span.start + 4;
    const at = Math.min(span.end, bodyStart + (e.pos?.[0] ?? 0));
    return { span, data: {}, error: { message: e.message.split('\n')[0], span: { start: at, end: Math.min(span.end, bodyStart + (e.pos?.[1] ?? 0) + 1) } } };
  }
  const data = doc.toJS();
  if (data === null || data === undefined) return { span, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { span, data: {}, error: { message: 'Expected front matter to be a mapping of keys to values', span } };
  }
  return { span, data: data as Record<string, unknown> };
}
