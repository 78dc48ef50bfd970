/**
 * The settings VS Code shows (package.json `contributes.configuration`) are
 * the settings the server reads (`defaultSettings`): same keys, same defaults.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultSettings } from '../../server/src/lsp/settings';
import { repoRoot } from '../helpers/drafts';

const PREFIX = 'inspectionReport.';
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const declared: Record<string, { default: unknown; type: string; markdownDescription?: string; description?: string }> = pkg.contributes.configuration.properties;

/** The server's defaults flattened to dotted keys; an object is a leaf when package.json declares it as one setting. */
function flatten(value: unknown, prefix: string, out: Record<string, unknown>): Record<string, unknown> {
  if (prefix && (PREFIX + prefix) in declared) out[prefix] = value;
  else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = value;
  return out;
}

describe('settings contract', () => {
  const server = flatten(defaultSettings, '', {});

  it('declares in package.json every setting the server reads, and no other', () => {
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(server).map((k) => PREFIX + k).sort());
  });

  it('declares the defaults the server uses', () => {
    for (const [k, v] of Object.entries(server)) assert.deepEqual(declared[PREFIX + k].default, v, `${PREFIX}${k}`);
  });

  it('declares each setting with a type that holds its default, and documents it', () => {
    const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v);
    for (const [key, p] of Object.entries(declared)) {
      assert.equal(p.type, typeOf(p.default), key);
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${key} has no description`);
    }
  });
});
