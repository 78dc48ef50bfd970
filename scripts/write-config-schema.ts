/**
 * Writes `schemas/inspection-lint.schema.json`, the JSON Schema of
 * `.inspection-lint.json`, from the rule registry. Run `npm run schema`
 * after adding a rule or changing a rule's description or options; a test
 * fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configSchemaText } from '../server/src/engine/config-schema-file';

const file = path.join(__dirname, '..', 'schemas', 'inspection-lint.schema.json');
writeFileSync(file, configSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
