import type { RelatedLocation, Rule, RuleContext } from '../engine/types';
import type { AreaDef, Profile } from '../profiles/profile-types';
import type { JudgementStatement, Report } from '../model/types';
import { gradeDef } from '../model/grades';
import { areaName, gradeLabel, statementByArea } from './judgement-statements';

/**
 * How the judgements relate, as Ofsted stated them for the framework and as
 * every published report of it bears out:
 *
 * - overall effectiveness is inadequate if, and only if, a key judgement is;
 * - otherwise it lies between the worst and the best key judgement;
 * - a key judgement with graded judgements under it (2, over 2.1 and 2.2) is
 *   never better than the better of them, though it may be worse than both;
 * - the board's judgement and the graded judgements under a key judgement do
 *   not limit overall effectiveness, and `Not judged` takes no part.
 *
 * Key judgements are the profile's numbered headline areas with no parent.
 * Each area is read from the statement that speaks for it (the headline table
 * first). An area whose statements disagree is left out, as if not stated:
 * that is `judgement-consistency`'s to report, and one defect is one problem.
 */
export const judgementRelations: Rule = {
  id: 'judgement-relations',
  description: 'Overall effectiveness and key judgement 2 agree with the judgements they depend on',
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx: RuleContext) {
    const report = ctx.draft;
    const profile = report.profile;
    const byArea = statementByArea(report, true);
    const keys = profile.areas.filter((a) => a.headline && a.number !== undefined && !a.parent && a.id !== 'overall');
    checkOverall(ctx, byArea, keys);
    for (const key of keys) {
      const subs = profile.areas.filter((a) => a.parent === key.id);
      if (subs.length) checkKeyAgainstSubs(ctx, byArea, key, subs);
    }
  },
};

type ByArea = Map<string, JudgementStatement>;

function rankOf(profile: Profile, s: JudgementStatement | undefined): number | undefined {
  return gradeDef(profile, s?.grade.grade)?.rank;
}

function lowestRank(profile: Profile): number | undefined {
  const ranks = profile.grades.flatMap((g) => (g.rank === undefined ? [] : [g.rank]));
  return ranks.length ? Math.min(...ranks) : undefined;
}

function labelOfRank(profile: Profile, rank: number): string {
  const g = profile.grades.find((x) => x.rank === rank);
  return g ? g.label : String(rank);
}

function keyRelated(report: Report, areas: readonly AreaDef[], byArea: ByArea, name: string): RelatedLocation[] {
  return areas.flatMap((a) => {
    const s = byArea.get(a.id);
    if (!s || !s.grade.grade) return [];
    return [{ span: s.grade.span, message: `${name} ${a.number ?? areaName(report.profile, a.id)} (\`${gradeLabel(report.profile, s.grade.grade)}\`) is here` }];
  });
}

function checkOverall(ctx: RuleContext, byArea: ByArea, keys: readonly AreaDef[]): void {
  const report = ctx.draft;
  const profile = report.profile;
  const overall = byArea.get('overall');
  const overallRank = rankOf(profile, overall);
  const lowest = lowestRank(profile);
  if (!overall || overallRank === undefined || lowest === undefined || keys.length === 0) return;
  const stated = keys.filter((k) => byArea.has(k.id));
  const ranked = stated.filter((k) => rankOf(profile, byArea.get(k.id)) !== undefined);
  const ranks = ranked.map((k) => rankOf(profile, byArea.get(k.id))!);
  const inadequate = ranked.filter((k) => rankOf(profile, byArea.get(k.id)) === lowest);
  const found = overall.grade.raw;
  const lowestLabel = labelOfRank(profile, lowest);
  if (inadequate.length) {
    if (overallRank === lowest) return;
    const names = inadequate.map((k) => `\`${k.label}\``).join(' and ');
    ctx.report({
      span: overall.grade.span,
      message: `Expected overall effectiveness \`${lowestLabel}\` as ${names} ${inadequate.length > 1 ? 'are' : 'is'} \`${lowestLabel}\`, found \`${found}\``,
      related: keyRelated(report, inadequate, byArea, 'Key judgement'),
    });
    return;
  }
  // The remaining relations need every key judgement stated.
  if (stated.length < keys.length || ranks.length === 0) return;
  const worst = Math.min(...ranks);
  const best = Math.max(...ranks);
  if (overallRank >= worst && overallRank <= best) return;
  const expected =
    worst === best
      ? `\`${labelOfRank(profile, worst)}\` like every key judgement`
      : `between \`${labelOfRank(profile, worst)}\` and \`${labelOfRank(profile, best)}\`, the worst and best key judgements`;
  ctx.report({
    span: overall.grade.span,
    message: `Expected overall effectiveness ${expected}, found \`${found}\``,
    related: keyRelated(report, ranked, byArea, 'Key judgement'),
  });
}

function checkKeyAgainstSubs(ctx: RuleContext, byArea: ByArea, key: AreaDef, subs: readonly AreaDef[]): void {
  const report = ctx.draft;
  const profile = report.profile;
  const keyStatement = byArea.get(key.id);
  const keyRank = rankOf(profile, keyStatement);
  if (!keyStatement || keyRank === undefined) return;
  // Every graded judgement under it must be stated and graded: with one `Not judged` (no adoptions to judge), the
  // better of the two is not known, and the other alone does not bound the key judgement.
  if (subs.some((s) => !byArea.has(s.id))) return;
  const ranked = subs.filter((s) => rankOf(profile, byArea.get(s.id)) !== undefined);
  if (ranked.length === 0 || ranked.length < subs.length) return;
  const better = Math.max(...ranked.map((s) => rankOf(profile, byArea.get(s.id))!));
  if (keyRank <= better) return;
  const which = ranked.length > 1 ? `the better of ${ranked.map((s) => `\`${s.number ?? s.label}\``).join(' and ')}` : `\`${ranked[0].number ?? ranked[0].label}\``;
  ctx.report({
    span: keyStatement.grade.span,
    message: `Expected \`${key.label}\` no better than \`${labelOfRank(profile, better)}\`, ${which}, found \`${keyStatement.grade.raw}\``,
    related: keyRelated(report, ranked, byArea, 'Judgement'),
  });
}
