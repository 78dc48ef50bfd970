/**
 * Fixing with one rule only, so a rule's fix tests do not depend on what the
 * other rules would change in the same text.
 */
import type { Config } from '../../server/src/engine/config';
import { rules } from '../../server/src/rules';
import { fixText } from './drafts';

export function onlyRule(ruleId: string, options: Record<string, unknown> = {}): Config {
  return { rules: Object.fromEntries(rules.map((r) => [r.id, r.id === ruleId ? { ...options } : 'off'])) };
}

/** The text after applying every fix of one rule, to convergence. */
export function fixRule(text: string, ruleId: string, options: Record<string, unknown> = {}): string {
  return fixText(text, onlyRule(ruleId, options));
}
