import type { Fix, Rule, RuleContext, TextEdit } from '../engine/types';
import type { ContentsRow, ContentsTable, Report, Section, Span } from '../model/types';
import type { SectionDef } from '../profiles/profile-types';
import { flattenSections, matchesSection, namesSection } from '../model/sections';
import { detached, RecentCache } from '../util/recent';
import { normaliseName } from '../model/normalise';
import { editDistance } from '../model/grades';

/**
 * The contents table lists headings in the order of the report.
 *
 * Which headings: every section the profile marks `contents: true` (for the
 * Sutton framework: the executive summary, the parts of the report and the
 * board's subsections, as all five published reports in the corpus list
 * them). A table may also list other headings that exist, such as Kensington
 * and Chelsea's `Children looked after in this area`; that is fine.
 *
 * - A row that names no heading, or names one a second time: error. A row
 *   that names no heading where a heading that should be listed belongs is
 *   that heading's row with a changed title: one error, not two.
 * - Rows in a different order from their headings: error, once per row that
 *   is out of place (the rows outside the longest run that is in order).
 * - A heading the table should list but does not: warning. Published reports
 *   slip here (Sutton leaves out its executive summary, the Isles of Scilly
 *   its recommendations) and a reader loses a signpost, not a fact.
 *
 * Every problem carries the same fix: regenerate the table, keeping the
 * written title and page of each row that still names a heading.
 */
export const contents: Rule = {
  id: 'contents',
  description: 'The contents table lists the headings the profile lists, in the order of the report, and no heading that does not exist',
  defaultSeverity: 'error',
  fixable: true,
  check(ctx: RuleContext) {
    const report = ctx.draft;
    const table = report.contents;
    if (!table) {
      reportMissingTable(ctx);
      return;
    }
    const plan = planContents(report, table);
    const fix = contentsFix(report, table, plan);
    const withFix = fix ? { fix } : {};

    for (const r of plan.rows) {
      if (r.kind === 'renamed') {
        ctx.report({
          span: r.row.titleSpan,
          message: `Expected \`${stripFootnoteMarks(r.section.title)}\`, found \`${r.row.title}\``,
          related: [{ span: r.section.heading.titleSpan, message: `Heading \`${r.section.title}\` is here` }],
          ...withFix,
        });
      } else if (r.kind === 'unknown') {
        ctx.report({ span: r.row.titleSpan, message: `Expected a heading \`${r.row.title}\` for this contents row, found none`, ...withFix });
      } else if (r.kind === 'repeat') {
        ctx.report({
          span: r.row.titleSpan,
          message: `Expected \`${r.row.title}\` once in the contents, found it again`,
          related: [{ span: r.first.titleSpan, message: `\`${r.first.title}\` is listed here` }],
          ...withFix,
        });
      } else if (r.kind === 'heading' && r.outOfOrder) {
        const where = placeOf(plan, r.section);
        ctx.report({
          span: r.row.titleSpan,
          message: `Expected \`${r.row.title}\` ${where}, as the headings are ordered`,
          related: [{ span: r.section.heading.titleSpan, message: `Heading \`${r.section.title}\` is here` }],
          ...withFix,
        });
      }
    }
    for (const s of plan.missing) {
      const next = plan.rows.find((o) => o.kind === 'heading' && !o.outOfOrder && o.section.heading.span.start > s.heading.span.start);
      const at = next ? next.row.titleSpan : table.rows.length ? table.rows[table.rows.length - 1].titleSpan : table.span;
      ctx.report({
        span: at,
        message: `Expected a contents row for \`${stripFootnoteMarks(s.title)}\`, found none`,
        severity: 'warning',
        related: [{ span: s.heading.titleSpan, message: `Heading \`${s.title}\` is here` }],
        ...withFix,
      });
    }
  },
};

/** Where a row for this section belongs: after the in-order row listed just before it, or before the first. */
function placeOf(plan: ContentsPlan, section: Section): string {
  const inOrder = plan.rows.filter((o): o is Extract<PlannedRow, { kind: 'heading' }> => o.kind === 'heading' && !o.outOfOrder);
  const before = inOrder.filter((o) => o.section.heading.span.start < section.heading.span.start).pop();
  if (before) return `after \`${before.row.title}\``;
  return inOrder.length ? `before \`${inOrder[0].row.title}\`` : 'first';
}

type PlannedRow =
  | { readonly kind: 'heading'; readonly row: ContentsRow; readonly section: Section; readonly outOfOrder: boolean }
  | { readonly kind: 'unknown'; readonly row: ContentsRow }
  /** A row that names no heading, standing where a listed heading that no row names belongs: a changed title. */
  | { readonly kind: 'renamed'; readonly row: ContentsRow; readonly section: Section }
  | { readonly kind: 'repeat'; readonly row: ContentsRow; readonly first: ContentsRow }
  /** A row naming the contents section itself. */
  | { readonly kind: 'itself'; readonly row: ContentsRow };

export interface ContentsPlan {
  readonly rows: readonly PlannedRow[];
  /** Sections the profile lists in contents that no row names, in the order of the report. */
  readonly missing: readonly Section[];
  /** What the table should list, in the order of the report, with the row that names each one. */
  readonly listed: readonly { readonly section: Section; readonly title: string; readonly page?: string; readonly row?: ContentsRow; readonly pageRow?: ContentsRow }[];
}

/**
 * Matches rows to headings. The rows that keep the order of the report are
 * the longest in-order matching of rows to headings (so one misplaced row is
 * one problem, and a title listed twice, like `Executive summary`, goes to
 * the right heading); every other row is then matched to a heading it names
 * that is still free (out of order), to a heading already listed (repeat),
 * or to nothing (unknown).
 */
export function planContents(report: Report, table: ContentsTable): ContentsPlan {
  const defs = profileDefs(report);
  const all = flattenSections(report.sections);
  const sections = all.filter((s) => !isContentsSection(s));
  const rowsIn = table.rows;
  // Each title made comparable once, not once per pair of row and heading.
  const rowTitles = rowsIn.map((row) => stripFootnoteMarks(row.title));
  const rowKeys = rowTitles.map((t) => normaliseName(t));
  const sectionKeys = sections.map((s) => comparable(s.title));
  const fits = rowsIn.map((_, i) => sections.map((s, j) => rowKeys[i] === sectionKeys[j] || names(rowTitles[i], s, defs)));
  // lcs[i][j]: the longest in-order matching of rows i.. to sections j..
  const lcs: number[][] = Array.from({ length: rowsIn.length + 1 }, () => new Array<number>(sections.length + 1).fill(0));
  for (let i = rowsIn.length - 1; i >= 0; i--) {
    for (let j = sections.length - 1; j >= 0; j--) {
      lcs[i][j] = fits[i][j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const inOrder = new Map<number, Section>();
  for (let i = 0, j = 0; i < rowsIn.length && j < sections.length; ) {
    if (fits[i][j] && lcs[i][j] === lcs[i + 1][j + 1] + 1) inOrder.set(i++, sections[j++]);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  const used = new Map<Section, ContentsRow>();
  for (const [i, s] of inOrder) used.set(s, rowsIn[i]);
  // A table may list the contents section itself: never expected, never a problem, kept when it is regenerated.
  const itself = all.find(isContentsSection);
  let itselfRow: ContentsRow | undefined;
  const rows: PlannedRow[] = rowsIn.map((row, i): PlannedRow => {
    const kept = inOrder.get(i);
    if (kept) return { kind: 'heading', row, section: kept, outOfOrder: false };
    if (itself && (rowKeys[i] === comparable(itself.title) || names(rowTitles[i], itself, defs))) {
      if (itselfRow) return { kind: 'repeat', row, first: itselfRow };
      itselfRow = row;
      return { kind: 'itself', row };
    }
    const candidates = sections.filter((_, j) => fits[i][j]);
    const free = candidates.find((s) => !used.has(s));
    if (free) {
      used.set(free, row);
      return { kind: 'heading', row, section: free, outOfOrder: true };
    }
    if (candidates.length) return { kind: 'repeat', row, first: used.get(candidates[0]) ?? row };
    return { kind: 'unknown', row };
  });
  const expected = sections.filter((s) => s.profileId && defs.get(s.profileId)?.contents);
  let missing = expected.filter((s) => !used.has(s));
  // An unknown row between the same neighbours as a missing heading is that heading's row, retitled.
  const renamed = new Map<Section, ContentsRow>();
  rows.forEach((r, i) => {
    if (r.kind !== 'unknown') return;
    const before = rows.slice(0, i).filter((o) => o.kind === 'heading' && !o.outOfOrder).pop();
    const after = rows.slice(i + 1).find((o) => o.kind === 'heading' && !o.outOfOrder);
    const lo = before && before.kind === 'heading' ? before.section.heading.span.start : -1;
    const hi = after && after.kind === 'heading' ? after.section.heading.span.start : Number.MAX_SAFE_INTEGER;
    // Of the missing headings that belong there, the one whose title is nearest the row's.
    const key = comparable(r.row.title);
    let section: Section | undefined;
    let nearest = Infinity;
    for (const s of missing) {
      if (s.heading.span.start <= lo || s.heading.span.start >= hi || renamed.has(s)) continue;
      const d = editDistance(key, comparable(s.title));
      if (d < nearest) [section, nearest] = [s, d];
    }
    if (!section) return;
    renamed.set(section, r.row);
    rows[i] = { kind: 'renamed', row: r.row, section };
  });
  missing = missing.filter((s) => !renamed.has(s));
  if (itself && itselfRow) used.set(itself, itselfRow);
  const listed = all
    .filter((s) => used.has(s) || renamed.has(s) || missing.includes(s))
    .map((section) => {
      const row = used.get(section);
      const pageRow = row ?? renamed.get(section);
      return { section, title: row ? row.title : stripFootnoteMarks(section.title), page: pageRow?.page, row, pageRow };
    });
  return { rows, missing, listed };
}

/** The edit that regenerates the table: the header as written, then one row per listed section. */
export function contentsEdits(report: Report, table: ContentsTable, plan: ContentsPlan = planContents(report, table)): TextEdit[] {
  const old = report.text.slice(table.span.start, table.span.end);
  const eol = old.includes('\r\n') ? '\r\n' : '\n';
  const header = old.split(/\r?\n/).slice(0, 2);
  // A kept row's title and page as written (a link, emphasis, a footnote, HTML stay); a new or retitled row's as plain text.
  const written = (span: Span | undefined) => (span ? report.text.slice(span.start, span.end) : undefined);
  const rows = plan.listed.map(({ title, page, row, pageRow }) => {
    const titleCell = written(row?.titleSpan) ?? escapeCell(title);
    const pageCell = written(pageRow?.pageSpan) ?? page ?? '';
    return table.hasPageColumn ? `| ${titleCell} | ${pageCell} |` : `| ${titleCell} |`;
  });
  const next = [...header, ...rows].join(eol);
  return next === old ? [] : [{ span: table.span, newText: next }];
}

function contentsFix(report: Report, table: ContentsTable, plan: ContentsPlan): Fix | undefined {
  const edits = contentsEdits(report, table, plan);
  return edits.length ? { title: 'Regenerate the contents table', edits } : undefined;
}

function reportMissingTable(ctx: RuleContext): void {
  const report = ctx.draft;
  const section = flattenSections(report.sections).find(isContentsSection);
  if (!section) return;
  const defs = profileDefs(report);
  const listed = flattenSections(report.sections).filter((s) => s.profileId && defs.get(s.profileId)?.contents);
  const eol = report.text.includes('\r\n') ? '\r\n' : '\n';
  const table = ['| Section | Page |', '| --- | --- |', ...listed.map((s) => `| ${escapeCell(stripFootnoteMarks(s.title))} |  |`)].join(eol);
  const at = section.heading.span.end;
  ctx.report({
    span: section.heading.titleSpan,
    message: `Expected a contents table under \`${section.title}\`, found none`,
    fix: { title: 'Insert a contents table', edits: [{ span: { start: at, end: at }, newText: `${eol}${eol}${table}` }] },
  });
}

function isContentsSection(s: Section): boolean {
  return s.profileId === 'contents' || normaliseName(s.title) === 'contents';
}

/** The profile's sections by id, made once per profile. */
const defsOfProfile = new WeakMap<Report['profile'], Map<string, SectionDef>>();

function profileDefs(report: Report): Map<string, SectionDef> {
  const known = defsOfProfile.get(report.profile);
  if (known) return known;
  const defs = new Map<string, SectionDef>();
  defsOfProfile.set(report.profile, defs);
  const walk = (list: readonly SectionDef[]) => {
    for (const d of list) {
      defs.set(d.id, d);
      walk(d.children ?? []);
    }
  };
  walk(report.profile.sections);
  return defs;
}

/**
 * A row names a section when its title is the heading's (compared by the
 * caller), another name the profile gives that section, or a title its
 * heading could have (one of its title patterns: `The experience and progress
 * of ...`, `Review of the effectiveness of the Local Safeguarding Children
 * Board`) when no other section's name or pattern fits the row, and the row
 * is no slip of another section's name: a row for the board's findings names
 * the board too. `rowTitle` is the row's title without footnote marks.
 */
function names(rowTitle: string, section: Section, defs: Map<string, SectionDef>): boolean {
  return section.profileId !== undefined && sectionsNamed(rowTitle, defs).has(section.profileId);
}

/** Per set of section definitions, the sections each row title names (remembered: every keystroke asks for every pair of row and heading). */
const namedByDefs = new WeakMap<Map<string, SectionDef>, RecentCache<string, ReadonlySet<string>>>();

function sectionsNamed(rowTitle: string, defs: Map<string, SectionDef>): ReadonlySet<string> {
  let cache = namedByDefs.get(defs);
  if (!cache) namedByDefs.set(defs, (cache = new RecentCache(256)));
  let out = cache.get(rowTitle);
  if (out === undefined) {
    const named = new Set<string>();
    for (const d of defs.values()) if (namesSection(d, rowTitle)) named.add(d.id);
    const fit = onlyFit(rowTitle, defs);
    if (fit !== null) named.add(fit);
    out = named;
    // A copy of the title: the row's is a slice that would keep its version of the draft.
    cache.set(detached(rowTitle), out);
  }
  return out;
}

/** Whether `def` is among the children of `ancestor`, at any depth. */
function isDescendant(def: SectionDef, ancestor: SectionDef): boolean {
  return (ancestor.children ?? []).some((c) => c === def || isDescendant(def, c));
}

/**
 * The one section a row title fits by name or pattern, and is no slip of
 * another's name (null: none, or more than one). Read once per title, with
 * the rest of what it names (`sectionsNamed`).
 */
function onlyFit(rowTitle: string, defs: Map<string, SectionDef>): string | null {
  const all = [...defs.values()];
  // A section's part whose pattern fits is meant over the part's own (`Inspection findings: the Local Safeguarding
  // Children Board` fits the board's part and its findings): a fit with a fit among its descendants is set aside.
  const fits = all.filter((d) => matchesSection(d, rowTitle));
  const fit = fits.filter((d) => !fits.some((other) => other !== d && isDescendant(other, d)));
  // Nor one whose name the row is a slip of (`Inspection finding – the Local Safeguarding Children Board` is the
  // findings' row), or opens with (`Executive summary – the Local Safeguarding Children Board` is the board's
  // executive summary's, `Recommendations to the Local Safeguarding Children Board` its recommendations').
  const key = normaliseName(rowTitle);
  const slipOf = (d: SectionDef) =>
    [d.title, ...(d.aliases ?? [])].some((n) => {
      const name = normaliseName(n);
      if (key.startsWith(`${name} `)) return true;
      const distance = editDistance(key, name);
      return distance <= 3 && distance * 4 < n.length;
    });
  return fit.length === 1 && !all.some((d) => d !== fit[0] && slipOf(d)) ? fit[0].id : null;
}

function comparable(title: string): string {
  return normaliseName(stripFootnoteMarks(title));
}

function stripFootnoteMarks(title: string): string {
  return title.replace(/\[\^[^\]\s]+\]/g, '').trim();
}

function escapeCell(title: string): string {
  return title.replace(/\|/g, '\\|');
}
