/**
 * Writes what is generated from the rule registry and the profile schema:
 * `schemas/inspection-lint.schema.json` (the JSON Schema of
 * `.inspection-lint.json`) and the validators of both schemas under
 * `server/src/generated/`. Run `npm run schema` after adding a rule or
 * changing a rule's description or options, or the profile schema; a test
 * fails while a file is out of date.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatedFiles } from '../server/src/engine/generated-files';

const root = path.join(__dirname, '..');
for (const f of generatedFiles()) {
  writeFileSync(path.join(root, f.path), f.text);
  console.log(`wrote ${f.path}`);
}
