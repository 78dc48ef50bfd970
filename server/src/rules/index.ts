/**
 * Every rule, in the order they are documented. Listed explicitly, never
 * found by scanning folders.
 */
import type { Rule } from '../engine/types';
import { paragraphNumbering } from './paragraph-numbering';
import { footnotes } from './footnotes';

export const rules: readonly Rule[] = [paragraphNumbering, footnotes];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
