/**
 * What rules produce and what the engine hands to the front ends.
 */
import type { Report, Span } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  /** Imperative, for people: `Renumber paragraphs 41 to 95`. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly span: Span;
  /** `Recommendation 4 is here`. */
  readonly message: string;
}

/** What a rule reports. */
export interface RuleProblem {
  readonly span: Span;
  /** One grammar: values in backticks, no final period, no rule id. */
  readonly message: string;
  /** Overrides the configured severity downwards for a lesser kind of the same problem. */
  readonly severity?: Severity;
  readonly related?: readonly RelatedLocation[];
  /**
   * The fix applied by `--fix` and "fix all". Only for rules that declare
   * themselves fixable. A fix that costs a pass over the whole draft may be
   * given as a function: it is made when the problem's `fix` is first read
   * (a code action, `--fix`, a report that shows fixes), not on every
   * keystroke.
   */
  readonly fix?: Fix | (() => Fix | undefined);
  /** Other possible fixes a person chooses between (never applied automatically). */
  readonly suggestions?: readonly Fix[];
}

export interface RuleContext {
  /** The model of the draft being checked. */
  readonly draft: Report;
  /** The rule's options, defaults filled in. */
  readonly options: Readonly<Record<string, unknown>>;
  report(problem: RuleProblem): void;
}

export interface RuleMeta {
  /** Kebab-case; the file name, diagnostic code, config key, docs anchor and test file name. */
  readonly id: string;
  /** One line, for the rules table. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /** Default option values, for the rules table and config schema. */
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /** Descriptions of each option. */
  readonly optionDocs?: Readonly<Record<string, string>>;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}

/** A problem stamped by the engine. */
export interface Problem extends Omit<RuleProblem, 'fix'> {
  /** The fix applied by `--fix` and "fix all" (see `RuleProblem.fix`). */
  readonly fix?: Fix;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly docsUrl: string;
}

export const INTERNAL_ERROR_RULE = 'internal-error';
export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';
export const CONFIG_RULE = 'config';
export const SOURCE = 'inspection-lint';
export const DOCS_BASE = 'https://github.com/inspection-report-tools/inspection-report-tools/blob/main/docs/rules.md';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`;
}
