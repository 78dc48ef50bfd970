/**
 * Runs the rules over a report. A rule that throws gives one internal-error
 * problem and the others still run.
 */
import type { Report } from '../model/types';
import type { Config } from './config';
import { resolveRule } from './config';
import { applyDirectives } from './directives';
import type { Fix, Problem, Rule, RuleProblem } from './types';
import { INTERNAL_ERROR_RULE, UNUSED_DIRECTIVE_RULE, docsUrl } from './types';
import { rules as allRules } from '../rules';
import { unusedDisableDirective } from '../rules/unused-disable-directive';

export interface LintOptions {
  readonly config?: Config;
  /** The rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
}

export function lint(report: Report, options: LintOptions = {}): Problem[] {
  const config = options.config ?? {};
  const problems: Problem[] = [];
  for (const rule of options.rules ?? allRules) {
    const { severity, options: ruleOptions } = resolveRule(config, rule.id, rule.defaultSeverity, rule.defaultOptions);
    if (severity === 'off') continue;
    const found: RuleProblem[] = [];
    try {
      rule.check({ draft: report, options: ruleOptions, report: (p) => found.push(p) });
    } catch (e) {
      problems.push({
        ruleId: INTERNAL_ERROR_RULE,
        severity: 'error',
        docsUrl: docsUrl(INTERNAL_ERROR_RULE),
        span: { start: 0, end: 0 },
        message: `Rule \`${rule.id}\` failed: ${(e as Error)?.message ?? String(e)}`,
      });
      continue;
    }
    for (const p of found) {
      const fix = rule.fixable ? p.fix : undefined;
      const problem = { ...p, fix: typeof fix === 'function' ? undefined : fix, ruleId: rule.id, severity: lesser(severity, p.severity), docsUrl: docsUrl(rule.id) };
      if (typeof fix === 'function') madeWhenRead(problem, fix);
      problems.push(problem);
    }
  }
  const unused = resolveRule(config, UNUSED_DIRECTIVE_RULE, unusedDisableDirective.defaultSeverity).severity;
  return sortProblems(applyDirectives(report, problems, unused, [...allRules, ...(options.rules ?? [])].map((r) => r.id)));
}

/**
 * Gives `problem` a `fix` made by `make` when it is first read, then kept. A
 * fix that fails to be made is none, as a rule that fails reports nothing:
 * it is read outside the rules' run, by whatever applies or sends fixes (the
 * CLI's `--fix`, a code action, the JSON report), which must not fail with it.
 */
function madeWhenRead(problem: { fix?: Fix }, make: () => Fix | undefined): void {
  let made: { fix: Fix | undefined } | undefined;
  const attempt = (): Fix | undefined => {
    try {
      return make();
    } catch {
      return undefined;
    }
  };
  Object.defineProperty(problem, 'fix', {
    enumerable: true,
    configurable: true,
    get: () => (made ??= { fix: attempt() }).fix,
  });
}

const order = { error: 0, warning: 1, info: 2 } as const;

/** A rule may lower its configured severity for a lesser kind of problem, never raise it. */
function lesser(configured: Problem['severity'], reported: Problem['severity'] | undefined): Problem['severity'] {
  if (!reported) return configured;
  return order[reported] > order[configured] ? reported : configured;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}
