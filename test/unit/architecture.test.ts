import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/drafts';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const serverSrc = path.join(repoRoot, 'server', 'src');
const engineDirs = ['parse', 'model', 'profiles', 'rules', 'engine', 'util'];

describe('architecture', () => {
  for (const dir of engineDirs) {
    it(`keeps ${dir}/ independent of VS Code and of the language server protocol`, () => {
      const files = sources(path.join(serverSrc, dir));
      assert.ok(files.length > 0, `no sources in ${dir}/`);
      for (const f of files) {
        for (const spec of importsOf(f)) {
          assert.ok(!/^vscode(-languageserver|-languageclient|-jsonrpc)?($|\/)/.test(spec), `${path.relative(repoRoot, f)} imports ${spec}`);
          assert.ok(!spec.includes('/features/') && !spec.includes('/lsp/') && !spec.includes('/cli/'), `${path.relative(repoRoot, f)} imports ${spec}`);
        }
      }
    });
  }

  it('keeps the command-line linter free of language server code', () => {
    const cliDir = path.join(serverSrc, 'cli');
    for (const f of sources(cliDir)) {
      for (const spec of importsOf(f)) {
        assert.ok(!/^vscode/.test(spec) && !spec.includes('/features/') && !spec.includes('/lsp/') && !spec.endsWith('/server'), `${path.relative(repoRoot, f)} imports ${spec}`);
      }
    }
  });

  it('lets only the client import vscode', () => {
    for (const f of sources(serverSrc)) {
      for (const spec of importsOf(f)) assert.notEqual(spec, 'vscode', `${path.relative(repoRoot, f)} imports vscode`);
    }
  });

  it('names each rule file for its id and lists every rule file in the registry', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rules } = require('../../server/src/rules') as typeof import('../../server/src/rules');
    const files = readdirSync(path.join(serverSrc, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const registered = new Set(rules.map((r) => `${r.id}.ts`));
    for (const r of rules) assert.ok(files.includes(`${r.id}.ts`), `rule ${r.id} is not in a file named ${r.id}.ts`);
    const helpers = files.filter((f) => !registered.has(f));
    for (const h of helpers) {
      const text = readFileSync(path.join(serverSrc, 'rules', h), 'utf8');
      assert.ok(!/:\s*Rule\s*=/.test(text), `${h} defines a rule that is not registered in rules/index.ts`);
    }
  });
});
