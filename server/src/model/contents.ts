/** The contents table: the first table in the `## Contents` section. */
import type { Root, Table } from 'mdast';
import { spanOf } from '../parse/mdast';
import type { ContentsTable, Section } from './types';
import { tableRows } from './judgements';
import { normaliseName } from './normalise';

/** The `## Contents` section, if the draft has one. */
export function contentsSection(sections: readonly Section[]): Section | undefined {
  return sections.find((s) => s.profileId === 'contents' || normaliseName(s.title) === 'contents');
}

export function readContents(text: string, root: Root, sections: readonly Section[]): ContentsTable | undefined {
  const section = contentsSection(sections);
  if (!section) return undefined;
  const table = root.children.find(
    (n): n is Table => n.type === 'table' && spanOf(n).start > section.span.start && spanOf(n).start < section.span.end,
  );
  if (!table) return undefined;
  const [header, ...body] = tableRows(text, table);
  const hasPageColumn = (header?.length ?? 0) >= 2 && /page/i.test(header[1].text);
  return {
    span: spanOf(table),
    sectionPath: section.path,
    hasPageColumn,
    rows: body.map((cells, i) => ({
      title: cells[0]?.text ?? '',
      titleSpan: cells[0]?.span ?? spanOf(table.children[i + 1]),
      page: cells[1]?.text || undefined,
      pageSpan: cells[1]?.span,
      span: spanOf(table.children[i + 1]),
    })),
  };
}
