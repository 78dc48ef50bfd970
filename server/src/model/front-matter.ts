/** The optional YAML front-matter block. */
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { QUIET_YAML } from '../util/yaml-options';
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
  const simple = plainMapping(value);
  if (simple) return { span, data: simple };
  const doc = parseDocument(value, { ...QUIET_YAML, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    // The YAML body starts after the opening `---` line.
    const bodyStart = span.start + 4;
    const at = Math.min(span.end, bodyStart + (e.pos?.[0] ?? 0));
    return { span, data: {}, error: { message: e.message.split('\n')[0], span: { start: at, end: Math.min(span.end, bodyStart + (e.pos?.[1] ?? 0) + 1) } } };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // Well-formed YAML can still fail to become values: an alias to an anchor never set, or aliases that
    // would expand without bound (the parser refuses more than a hundred).
    return { span, data: {}, error: { message: String((e as Error)?.message ?? e).split('\n')[0], span } };
  }
  if (data === null || data === undefined) return { span, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { span, data: {}, error: { message: 'a list or a single value', span } };
  }
  return { span, data: data as Record<string, unknown> };
}

/** `key: value`, the key a name, the value text that YAML reads as that text (see `plainMapping`). */
const PLAIN_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,99}):[ ]+([A-Za-z0-9][^#:\t\r\n[\]{}'"]*?)[ ]*$/;
/** Plain words YAML reads as something else: null and booleans (core schema). */
const NOT_TEXT = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * Front matter made only of `key: value` lines whose values are text, read
 * without the YAML parser: what drafts hold (profile, authority, dates). A
 * draft's first reading is otherwise the parser's first run, about 10 ms of
 * code V8 has not compiled, for four lines. Undefined for anything else
 * (comments, quotes, colons, indented or continued lines, repeated keys,
 * values YAML reads as numbers, booleans or null), which the parser reads.
 */
export function plainMapping(value: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const keys = new Set<string>();
  for (const line of value.split('\n')) {
    if (line === '') continue;
    const m = PLAIN_LINE.exec(line);
    if (!m) return undefined;
    const [, key, text] = m;
    if (keys.has(key) || NOT_TEXT.has(key) || NOT_TEXT.has(text)) return undefined;
    // A value without a space that starts with a digit may be a number (1, 0x1F, 1e3, 1.5).
    if (text.charCodeAt(0) <= 0x39 && !text.includes(' ')) return undefined;
    keys.add(key);
    out[key] = text;
  }
  return keys.size > 0 ? out : undefined;
}
