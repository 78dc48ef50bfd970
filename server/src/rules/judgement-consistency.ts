import type { Rule, RuleContext } from '../engine/types';
import type { JudgementStatement } from '../model/types';
import { areaName, authority, gradeLabel, gradedByArea, statementKindName } from './judgement-statements';

/**
 * Every statement of one judgement (the headline table, the section's table,
 * a sentence, the overall sentence of the headline table and the executive
 * summary) gives the same grade. The grade most statements give is taken as
 * meant, the headline table's on a tie; each statement that disagrees with it
 * is one problem, pointing at the others.
 */
export const judgementConsistency: Rule = {
  id: 'judgement-consistency',
  description: 'Every statement of the same judgement gives the same grade',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx: RuleContext) {
    const report = ctx.draft;
    for (const [area, statements] of gradedByArea(report)) {
      const meant = meantGrade(statements);
      if (!meant) continue;
      const witness = statements
        .filter((s) => s.grade.grade === meant)
        .sort((a, b) => authority(a) - authority(b) || a.span.start - b.span.start)[0];
      for (const s of statements) {
        if (s.grade.grade === meant) continue;
        ctx.report({
          span: s.grade.span,
          message: `Expected \`${gradeLabel(report.profile, meant)}\` for \`${areaName(report.profile, area)}\` as in the ${where(witness)}, found \`${s.grade.raw}\``,
          related: statements
            .filter((o) => o !== s)
            .map((o) => ({ span: o.grade.span, message: `${statementKindName(o)} \`${gradeLabel(report.profile, o.grade.grade!)}\` is here` })),
        });
      }
    }
  },
};

/** The grade most statements give; on a tie, the one the most authoritative statement gives. Undefined when all agree. */
function meantGrade(statements: readonly JudgementStatement[]): string | undefined {
  const grades = new Map<string, JudgementStatement[]>();
  for (const s of statements) grades.set(s.grade.grade!, [...(grades.get(s.grade.grade!) ?? []), s]);
  if (grades.size < 2) return undefined;
  const best = (list: JudgementStatement[]) => Math.min(...list.map((s) => authority(s) * 1e9 + s.span.start));
  return [...grades.entries()].sort((a, b) => b[1].length - a[1].length || best(a[1]) - best(b[1]))[0][0];
}

function where(s: JudgementStatement): string {
  switch (s.kind) {
    case 'headline-overall':
    case 'headline-row':
      return 'headline table';
    case 'section-table':
      return 'section table';
    default:
      return 'judgement sentence';
  }
}
