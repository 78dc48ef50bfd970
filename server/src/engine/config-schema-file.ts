/** The text of `schemas/inspection-lint.schema.json`, as `npm run schema` writes it. */
import { builtInProfileIds } from '../profiles/profiles';
import { rules } from '../rules';
import { configSchema } from './config-schema';

export function configSchemaText(): string {
  return JSON.stringify(configSchema(rules, builtInProfileIds()), null, 2) + '\n';
}
