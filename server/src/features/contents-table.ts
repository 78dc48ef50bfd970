/**
 * Regenerating the contents table from the headings: one row per section the
 * profile lists in contents, after the `Contents` section, in the order of the
 * report. A row keeps the page written for the same title, in order.
 */
import type { TextEdit } from '../engine/types';
import type { Report, Section } from '../model/types';
import type { SectionDef } from '../profiles/profile-types';

export function contentsEdits(report: Report): TextEdit[] {
  const table = report.contents;
  if (!table) return [];
  const defs = new Map<string, SectionDef>();
  const walk = (ds: readonly SectionDef[]) => ds.forEach((d) => (defs.set(d.id, d), walk(d.children ?? [])));
  walk(report.profile.sections);
  const listed: Section[] = [];
  const visit = (s: Section) => {
    if (s.span.start > table.span.end && s.profileId && defs.get(s.profileId)?.contents) listed.push(s);
    s.children.forEach(visit);
  };
  report.sections.forEach(visit);
  const remaining = [...table.rows];
  const rows = listed.map((s) => {
    const i = remaining.findIndex((r) => r.title.trim().toLowerCase() === s.title.trim().toLowerCase());
    const page = i >= 0 ? remaining.splice(i, 1)[0].page ?? '' : '';
    return table.hasPageColumn ? `| ${s.title} | ${page} |` : `| ${s.title} |`;
  });
  const old = report.text.slice(table.span.start, table.span.end);
  const lines = old.split(/\r?\n/);
  const eol = old.includes('\r\n') ? '\r\n' : '\n';
  const next = [...lines.slice(0, 2), ...rows].join(eol);
  return next === old ? [] : [{ span: table.span, newText: next }];
}
