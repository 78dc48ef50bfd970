/**
 * Random edits over real drafts, for property tests: typing, deleting,
 * Markdown punctuation that changes structure (fences, headings, footnotes,
 * tables), deleting or duplicating whole sections, tables and list items, and
 * random text. An edit is stored relative to the text it applies to (a
 * fraction of its length), so any sequence applies to any draft and shrinks well.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const corpusNames = ['sutton-2017', 'kent-2017', 'kensington-and-chelsea-2016', 'hackney-2016', 'isles-of-scilly-2016'] as const;
export type CorpusName = (typeof corpusNames)[number];

const texts = new Map<string, string>();

/** A published report in the draft format (read directly, so parse-level tests do not load the rules). */
export function corpus(name: CorpusName): string {
  let t = texts.get(name);
  if (t === undefined) {
    t = readFileSync(path.join(process.env.CORPUS_DIR ?? path.join(__dirname, '..', 'fixtures', 'corpus'), `${name}.report.md`), 'utf8');
    texts.set(name, t);
  }
  return t;
}

export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'block'; action: 'delete' | 'duplicate'; block: 'section' | 'table' | 'item'; at: number };

const snippets = [
  'a', 'e', ' ', '.', '\n', '\n\n', '#', '# ', '\n# Heading\n', '## ', '`', '```\n', '~~~', '[^1]', '[^9]: note\n', '[x]: /u\n', '[x]',
  '|', ' | ', '\n| a | b |\n| - | - |\n', '- ', '1. ', '12. ', '> ', '<!--', '-->', '<div>\n', '*', '_', '(Recommendation)', '(Recommendation 4)',
  '(paragraphs 3, 12)', 'Good', 'Requires improvement', 'Inadequate', '\t', '\r\n', '\r', '😀', 'e\u0301', '\u00a0', '---\n', '\\', '<!-- inspection-lint-disable -->',
];

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...snippets) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ unit: 'binary', maxLength: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('block' as const),
      action: fc.constantFrom('delete' as const, 'duplicate' as const),
      block: fc.constantFrom('section' as const, 'table' as const, 'item' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
);

export interface Sequence {
  readonly name: CorpusName;
  /** Where the excerpt of the draft starts (fraction) and how long it is (characters); whole draft when length is 0. */
  readonly from: number;
  readonly length: number;
  readonly edits: Edit[];
}

/** Sequences of edits over whole drafts, or over excerpts of them (cut at line starts) when `excerpt` gives their largest size. */
export function editSequence(names: readonly CorpusName[], maxEdits: number, excerpt = 0): fc.Arbitrary<Sequence> {
  return fc.record({
    name: fc.constantFrom(...names),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    length: excerpt > 0 ? fc.integer({ min: 200, max: excerpt }) : fc.constant(0),
    edits: fc.array(editArb, { minLength: 1, maxLength: maxEdits }),
  });
}

/** The starting text of a sequence. */
export function startText(seq: Sequence): string {
  const text = corpus(seq.name);
  if (seq.length === 0) return text;
  let start = Math.floor(seq.from * Math.max(0, text.length - seq.length));
  start = start === 0 ? 0 : text.indexOf('\n', start) + 1;
  let end = text.indexOf('\n', start + seq.length);
  end = end < 0 ? text.length : end + 1;
  return text.slice(start, end);
}

export function applyEdit(text: string, edit: Edit): string {
  const at = Math.min(text.length, Math.floor(edit.at * text.length));
  if (edit.kind === 'insert') return text.slice(0, at) + edit.text + text.slice(at);
  if (edit.kind === 'delete') return text.slice(0, at) + text.slice(Math.min(text.length, at + edit.length));
  const blocks = findBlocks(text, edit.block);
  if (blocks.length === 0) return text;
  const [start, end] = blocks[Math.min(blocks.length - 1, Math.floor(edit.at * blocks.length))];
  return edit.action === 'delete' ? text.slice(0, start) + text.slice(end) : text.slice(0, end) + text.slice(start, end) + text.slice(end);
}

export function describeEdit(edit: Edit): string {
  if (edit.kind === 'insert') return `insert ${JSON.stringify(edit.text)} at ${edit.at.toFixed(4)}`;
  if (edit.kind === 'delete') return `delete ${edit.length} at ${edit.at.toFixed(4)}`;
  return `${edit.action} ${edit.block} at ${edit.at.toFixed(4)}`;
}

/** [start, end) of each block of a kind: sections (heading to the next heading no deeper), tables, list items. */
function findBlocks(text: string, block: 'section' | 'table' | 'item'): [number, number][] {
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  const out: [number, number][] = [];
  lines.forEach((line, i) => {
    if (block === 'section') {
      const m = /^(#{1,6})\s/.exec(line.text);
      if (!m) return;
      let k = i + 1;
      while (k < lines.length && !(/^(#{1,6})\s/.exec(lines[k].text) && /^#+/.exec(lines[k].text)![0].length <= m[1].length)) k++;
      out.push([line.start, k < lines.length ? lines[k].start : text.length]);
    } else if (block === 'table') {
      if (!line.text.startsWith('|') || (i > 0 && lines[i - 1].text.startsWith('|'))) return;
      let k = i;
      while (k < lines.length && lines[k].text.startsWith('|')) k++;
      out.push([line.start, lines[k - 1].end]);
    } else {
      if (!/^(\d+[.)]|[-*+]) /.test(line.text)) return;
      let k = i + 1;
      while (k < lines.length && lines[k].text.trim() !== '' && !/^(\d+[.)]|[-*+]) /.test(lines[k].text)) k++;
      while (k < lines.length && lines[k].text.trim() === '') k++;
      out.push([line.start, k < lines.length ? lines[k].start : text.length]);
    }
  });
  return out;
}
