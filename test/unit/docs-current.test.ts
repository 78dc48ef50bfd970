/**
 * The documentation derived from code (the rules table, the settings and
 * commands) is current: regenerating it changes nothing. Run `npm run docs`
 * after adding a rule, an option, a setting or a command.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../server/src/rules';
import { generate, replaceBlock, rulesTable, ROOT } from '../../scripts/gen-docs';

describe('generated documentation', () => {
  const { files } = generate();

  for (const rel of ['docs/rules.md', 'docs/settings.md', 'README.md']) {
    it(`${rel} is current`, () => {
      const expected = files.get(rel);
      assert.ok(expected !== undefined, `${rel} has no generated blocks: its <!-- ...:start --> markers are missing`);
      const actual = readFileSync(path.join(ROOT, rel), 'utf8');
      assert.ok(actual === expected, `${rel} is out of date: run \`npm run docs\``);
    });
  }

  it('documents every rule, each under a heading that is its id (the diagnostics\' docs anchor)', () => {
    const doc = files.get('docs/rules.md')!;
    for (const r of rules) {
      assert.ok(doc.split('\n').includes(`## ${r.id}`), `no section for ${r.id}`);
      assert.ok(doc.includes(`| [\`${r.id}\`](#${r.id}) |`), `no row for ${r.id}`);
    }
  });

  it('documents every setting and command package.json declares', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const doc = files.get('docs/settings.md')!;
    for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(doc.includes(`| \`${key}\` |`), key);
    for (const c of pkg.contributes.commands) assert.ok(doc.includes(`| \`${c.command}\` |`), c.command);
  });

  it('replaces only what lies between a block\'s markers', () => {
    const readme = 'intro\n<!-- rules:start -->\nold\n<!-- rules:end -->\noutro\n';
    assert.equal(replaceBlock(readme, 'rules', 'new'), 'intro\n<!-- rules:start -->\nnew\n<!-- rules:end -->\noutro\n');
    assert.equal(replaceBlock('no markers', 'rules', 'new'), undefined);
  });

  it('lists options with their defaults in the rules table', () => {
    const table = rulesTable([{ id: 'x-rule', description: 'Checks x | y', defaultSeverity: 'warning', fixable: true, defaultOptions: { allow: ['UK'] } }], (id) => `#${id}`);
    assert.equal(table.split('\n')[2], '| [`x-rule`](#x-rule) | Checks x \\| y | warning | yes | `allow`: `["UK"]` |');
  });
});
