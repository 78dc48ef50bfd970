/**
 * What the judgement rules share: which statement speaks for an area, and how
 * a statement is named in messages and related locations.
 */
import type { AreaDef, Profile } from '../profiles/profile-types';
import type { JudgementStatement, Report } from '../model/types';
import { areaById, gradeDef } from '../model/grades';

/** The grade's label (`Requires improvement`), or the id when the profile has no such grade. */
export function gradeLabel(profile: Profile, gradeId: string): string {
  return gradeDef(profile, gradeId)?.label ?? gradeId;
}

/** How much a statement speaks for its area: the headline table first, then the section table, then a sentence. */
export function authority(s: JudgementStatement): number {
  switch (s.kind) {
    case 'headline-overall':
    case 'headline-row':
      return 0;
    case 'section-table':
      return 1;
    default:
      return 2;
  }
}

/** Statements with a grade the profile knows, grouped by area, in the order of the text. */
export function gradedByArea(report: Report): Map<string, JudgementStatement[]> {
  const out = new Map<string, JudgementStatement[]>();
  for (const s of report.statements) {
    if (!s.area || !s.grade.grade) continue;
    const list = out.get(s.area) ?? [];
    list.push(s);
    out.set(s.area, list);
  }
  return out;
}

/**
 * The statement that speaks for each area: the most authoritative, the first
 * of those. With `agreeing`, areas whose statements disagree are left out
 * (that is one defect, `judgement-consistency`'s to report).
 */
export function statementByArea(report: Report, agreeing = false): Map<string, JudgementStatement> {
  const out = new Map<string, JudgementStatement>();
  for (const [area, list] of gradedByArea(report)) {
    if (agreeing && new Set(list.map((s) => s.grade.grade)).size > 1) continue;
    const best = [...list].sort((a, b) => authority(a) - authority(b) || a.span.start - b.span.start)[0];
    out.set(area, best);
  }
  return out;
}

/** `Headline judgement`, `Section judgement`, `Judgement sentence`. */
export function statementKindName(s: JudgementStatement): string {
  switch (s.kind) {
    case 'headline-overall':
    case 'headline-row':
      return 'Headline judgement';
    case 'section-table':
      return 'Section judgement';
    default:
      return 'Judgement sentence';
  }
}

/** The area's name for messages: `Leadership, management and governance`, `Overall effectiveness`. */
export function areaName(profile: Profile, areaId: string): string {
  return areaById(profile, areaId)?.label ?? areaId;
}

export function areaOf(profile: Profile, areaId: string): AreaDef | undefined {
  return areaById(profile, areaId);
}

/**
 * True when the report's first table reads as a headline judgement table: it
 * holds the overall judgement sentence or a row naming a headline area. Any
 * other first table is not checked as one.
 */
export function hasHeadlineTable(report: Report): boolean {
  const h = report.headline;
  if (!h) return false;
  if (h.overall) return true;
  return h.rows.some((r) => r.area !== undefined && report.profile.areas.some((a) => a.id === r.area && a.headline && a.number !== undefined));
}
