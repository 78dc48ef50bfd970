import type { Fix, Rule, RuleContext } from '../engine/types';
import type { JudgementStatement, Report, Span } from '../model/types';
import { DEFAULT_MAX_GRADE_DISTANCE, canonicalForm, closestGrade } from '../model/grades';
import { hasHeadlineTable } from './judgement-statements';

/**
 * Every judgement statement names a grade of the profile's scale, written in
 * the form the scale gives for where it stands: `Requires improvement` in a
 * table, `requires improvement` in a sentence. A word that is no grade is an
 * error, fixed to the grade it is close to (`Goood`); a known grade written
 * otherwise (`Requires Improvement`, `Require improvement`, `Not Judged`) is
 * the same grade, a slip worth a warning.
 */
export const judgementGrade: Rule = {
  id: 'judgement-grade',
  description: 'Every judgement names a grade of the profile\'s scale, written as the scale writes it',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: { maxDistance: DEFAULT_MAX_GRADE_DISTANCE },
  optionDocs: {
    maxDistance: 'Largest number of edits (letters added, removed, changed or swapped) at which an unknown word is fixed to the grade it is close to',
  },
  check(ctx: RuleContext) {
    const report = ctx.draft;
    const maxDistance = typeof ctx.options.maxDistance === 'number' ? ctx.options.maxDistance : DEFAULT_MAX_GRADE_DISTANCE;
    const headlineRows = hasHeadlineTable(report);
    for (const s of report.statements) {
      // The rows of a first table that states no judgement are not judgements.
      if ((s.kind === 'headline-row' || s.kind === 'headline-overall') && !headlineRows) continue;
      const inSentence = s.kind === 'sentence' || s.kind === 'headline-overall';
      const { raw, grade, exact } = s.grade;
      if (!raw) {
        ctx.report({ span: s.span, message: `Expected a grade for \`${s.label}\`, found none` });
        continue;
      }
      if (!grade) {
        const close = closestGrade(report.profile, raw, inSentence, maxDistance);
        ctx.report({
          span: s.grade.span,
          message: `Expected a grade of the scale (${scale(report, inSentence)}), found \`${raw}\``,
          fix: close ? replaceGrade(report, s, close.form) : undefined,
        });
        continue;
      }
      if (exact) continue;
      const form = canonicalForm(report.profile, grade, raw, inSentence);
      if (!form || form === raw) continue;
      ctx.report({
        span: s.grade.span,
        message: `Expected \`${form}\`, found \`${raw}\``,
        severity: 'warning',
        fix: replaceGrade(report, s, form),
      });
    }
  },
};

function scale(report: Report, inSentence: boolean): string {
  return report.profile.grades.map((g) => `\`${inSentence ? g.sentenceForms[0] : g.label}\``).join(', ');
}

/** Replaces the grade's words where they are written, leaving any markup around them. */
function replaceGrade(report: Report, s: JudgementStatement, form: string): Fix | undefined {
  const source = report.text.slice(s.grade.span.start, s.grade.span.end);
  const at = source.indexOf(s.grade.raw);
  if (at < 0) return undefined;
  const span: Span = { start: s.grade.span.start + at, end: s.grade.span.start + at + s.grade.raw.length };
  return { title: `Replace \`${s.grade.raw}\` with \`${form}\``, edits: [{ span, newText: form }] };
}
