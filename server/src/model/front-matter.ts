/** The optional YAML front-matter block. */
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { spanOf } from '../parse/mdast';
import type { FrontMatter } from './types';

export function readFrontMatter(root: Root): FrontMatter | undefined {
  const node = root.children[0];
  if (!node || node.type !== 'yaml') return undefined;
  const span = spanOf(node);
  const doc = parseDocument(node.value, { prettyErrors: false });
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
