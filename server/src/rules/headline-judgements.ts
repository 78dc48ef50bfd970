import type { Fix, Rule, RuleContext } from '../engine/types';
import type { AreaDef } from '../profiles/profile-types';
import type { JudgementStatement, Report, Span } from '../model/types';
import { areaById } from '../model/grades';
import { inOrder } from './sequence';
import { hasHeadlineTable } from './judgement-statements';

/**
 * The first table of the report (past a table of the title page that reads as
 * no headline table: see `chooseHeadline`) is the headline judgement table: the overall
 * judgement sentence in its header, then one row for each numbered headline
 * area of the profile, numbered as the profile numbers it (`1.`, `2.1`), in
 * the profile's order. Reports a missing table, a missing overall sentence,
 * each missing, unknown, repeated, misnumbered or misplaced row.
 */
export const headlineJudgements: Rule = {
  id: 'headline-judgements',
  description: 'The headline table holds the overall judgement and every headline area of the profile, numbered and in order',
  defaultSeverity: 'error',
  fixable: true,
  check(ctx: RuleContext) {
    const report = ctx.draft;
    const profile = report.profile;
    const expected = profile.areas.filter((a) => a.headline && a.number !== undefined);
    const headline = report.headline;
    const rows = headline?.rows ?? [];
    if (!headline || !hasHeadlineTable(report)) {
      ctx.report({ span: missingTableSpan(report), message: 'Expected a headline judgement table before the first section, found none' });
      return;
    }
    if (!headline.overall && !overallStatedAbove(report, headline.span.start) && profile.areas.some((a) => a.id === 'overall' && a.headline)) {
      const header = firstLine(report.text, headline.span);
      ctx.report({
        span: header.span,
        message: `Expected the overall judgement sentence in the header of the headline table, found ${header.cell ? `\`${header.cell}\`` : 'none'}`,
      });
    }

    // Unknown and repeated rows; the first row of each area is the one that counts.
    const first = new Map<string, JudgementStatement>();
    for (const row of rows) {
      const area = row.area ? areaById(profile, row.area) : undefined;
      if (!area || !expected.includes(area)) {
        ctx.report({ span: row.labelSpan.start === row.labelSpan.end ? row.span : row.labelSpan, message: `Expected a headline judgement of the profile, found ${row.label ? `\`${row.label}\`` : 'an empty label'}` });
        continue;
      }
      const seen = first.get(area.id);
      if (seen) {
        ctx.report({
          span: row.labelSpan,
          message: `Expected \`${area.label}\` once in the headline table, found it again`,
          related: [{ span: seen.labelSpan, message: `\`${area.label}\` is here` }],
        });
        continue;
      }
      first.set(area.id, row);
      if (row.number !== area.number) {
        ctx.report({
          span: row.numberSpan ?? row.labelSpan,
          message: `Expected number \`${area.number}\` for \`${area.label}\`, found ${row.number ? `\`${row.number}\`` : 'none'}`,
          fix: renumber(row, area),
        });
      }
    }

    // Order: rows in the profile's order, fewest reported.
    const present = [...first.values()].sort((a, b) => a.span.start - b.span.start);
    const index = (s: JudgementStatement) => expected.findIndex((a) => a.id === s.area);
    const ordered = inOrder(present.map(index));
    present.forEach((row, i) => {
      if (ordered.has(i)) return;
      const area = expected[index(row)];
      const before = present.filter((_, j) => ordered.has(j) && index(present[j]) < index(row)).pop();
      const tableBefore = rows[rows.indexOf(row) - 1];
      const want = before ? `after \`${areaById(profile, before.area)!.label}\`` : 'first';
      const got = tableBefore ? `after \`${tableBefore.label}\`` : 'first';
      ctx.report({ span: row.labelSpan, message: `Expected \`${area.label}\` ${want}, found it ${got}` });
    });

    // Missing areas, reported where they belong: on the row they should precede.
    for (const area of expected) {
      if (first.has(area.id)) continue;
      const next = present.find((r, i) => ordered.has(i) && index(r) > expected.indexOf(area));
      const anchor = next ?? present[present.length - 1];
      ctx.report({
        span: anchor ? anchor.labelSpan : firstLine(report.text, headline.span).span,
        message: `Expected headline row \`${writtenNumber(area)}${area.label}\`, found none`,
      });
    }
  },
};

function renumber(row: JudgementStatement, area: AreaDef): Fix | undefined {
  if (!area.number) return undefined;
  if (row.numberSpan) {
    return { title: `Renumber \`${row.label}\` as \`${area.number}\``, edits: [{ span: row.numberSpan, newText: area.number }] };
  }
  const written = writtenNumber(area);
  return { title: `Number \`${row.label}\` as \`${area.number}\``, edits: [{ span: { start: row.labelSpan.start, end: row.labelSpan.start }, newText: written }] };
}

/** As the headline table writes it: `1. ` for a key judgement, `2.1 ` under one. */
function writtenNumber(area: AreaDef): string {
  return area.parent ? `${area.number} ` : `${area.number}. `;
}

function missingTableSpan(report: Report): Span {
  const h = report.title ?? report.headings[0];
  return h ? h.titleSpan : { start: 0, end: 0 };
}

/** The header row of a table: its span and the text of its first cell. */
function firstLine(text: string, table: Span): { span: Span; cell: string } {
  const nl = text.indexOf('\n', table.start);
  const end = nl < 0 || nl > table.end ? table.end : nl;
  const line = text.slice(table.start, end);
  const cell = line.replace(/^\s*\|/, '').split('|')[0]?.trim() ?? '';
  return { span: { start: table.start, end }, cell };
}

/**
 * Whether the overall judgement is stated as a sentence of its own just above
 * the headline table, under the same heading, as the framework's first reports
 * laid it out ("The overall judgement is that children's services are good",
 * then the table of the other judgements under column heads).
 */
function overallStatedAbove(report: Report, tableStart: number): boolean {
  return report.statements.some(
    (s) => s.area === 'overall' && s.kind === 'sentence' && s.span.end <= tableStart && !report.headings.some((h) => h.span.start > s.span.end && h.span.start < tableStart),
  );
}
