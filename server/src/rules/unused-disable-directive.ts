/**
 * `unused-disable-directive`: a disable comment that suppressed nothing, or
 * that names a rule that does not exist. The engine reports it after every
 * other rule has run (`engine/directives.ts`), since only then is it known
 * what each comment suppressed; this file holds what the rules table, the
 * config schema and the docs say about it.
 */
import type { RuleMeta } from '../engine/types';
import { UNUSED_DIRECTIVE_RULE } from '../engine/types';

export const unusedDisableDirective: RuleMeta = {
  id: UNUSED_DIRECTIVE_RULE,
  description: 'A disable comment that suppressed nothing, or that names an unknown rule',
  defaultSeverity: 'warning',
  fixable: true,
};
