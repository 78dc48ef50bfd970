/**
 * Every rule, in the order they are documented. Listed explicitly, never
 * found by scanning folders.
 */
import type { Rule } from '../engine/types';
import { paragraphNumbering } from './paragraph-numbering';
import { paragraphContinuation } from './paragraph-continuation';
import { footnotes } from './footnotes';
import { contents } from './contents';
import { acronyms } from './acronyms';
import { recommendationReference } from './recommendation-reference';
import { recommendationSupport } from './recommendation-support';
import { paragraphCitation } from './paragraph-citation';
import { judgementGrade } from './judgement-grade';
import { judgementConsistency } from './judgement-consistency';
import { judgementRelations } from './judgement-relations';
import { headlineJudgements } from './headline-judgements';
import { requiredSections } from './required-sections';
import { frontMatter } from './front-matter';

export const rules: readonly Rule[] = [frontMatter, paragraphNumbering, paragraphContinuation, judgementGrade, judgementConsistency, judgementRelations, headlineJudgements, requiredSections, recommendationReference, recommendationSupport, paragraphCitation, contents, footnotes, acronyms];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
