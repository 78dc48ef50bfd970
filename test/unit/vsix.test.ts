/**
 * The packaged extension holds only what ships: the bundled extension and
 * server, grammar, snippets, language configuration, icons, the config file's
 * schema, README and LICENSE. No sources, no node_modules, no tests.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/drafts';
import { readZip } from '../helpers/zip';

describe('packaged extension (.vsix)', function () {
  this.timeout(240_000);
  let dir: string;
  let files: Map<string, Buffer>;

  before(() => {
    if (!existsSync(path.join(repoRoot, 'dist', 'extension.js')) || !existsSync(path.join(repoRoot, 'dist', 'server.js'))) {
      const b = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
    }
    dir = mkdtempSync(path.join(os.tmpdir(), 'vsix-'));
    const out = path.join(dir, 'extension.vsix');
    const vsce = require.resolve('@vscode/vsce/vsce');
    const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);
    files = readZip(out);
  });

  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('holds exactly the files that ship', () => {
    const shipped = [...files.keys()].filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length)).sort();
    assert.deepEqual(shipped, [
      'LICENSE.txt',
      'dist/extension.js',
      'dist/server.bundle.js',
      'dist/server.js',
      'images/draft-dark.svg',
      'images/draft-light.svg',
      'images/icon.png',
      'language-configuration.json',
      'package.json',
      'readme.md',
      'schemas/inspection-lint.schema.json',
      'snippets/inspection-report.code-snippets',
      'syntaxes/inspection-report.tmLanguage.json',
    ]);
  });

  it('holds no sources, no node_modules, no tests and no source maps', () => {
    for (const f of files.keys()) {
      assert.ok(!/node_modules\/|\/test\/|\/client\/|\/server\/src\/|\.ts$|\.map$/.test(f), `${f} should not ship`);
    }
  });

  it('holds every file its manifest points at', () => {
    const pkg = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    const c = pkg.contributes;
    const referenced = [
      pkg.main,
      pkg.icon,
      ...c.languages.flatMap((l: { configuration: string; icon: { light: string; dark: string } }) => [l.configuration, l.icon.light, l.icon.dark]),
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
    ];
    for (const ref of referenced) assert.ok(files.has(`extension/${path.posix.normalize(ref)}`), `${ref} is referenced but not packaged`);
  });

  it('bundles the language server that the extension starts', () => {
    const ext = files.get('extension/dist/extension.js')!.toString('utf8');
    assert.match(ext, /dist\/server\.js/);
    // dist/server.js starts the bundle beside it, with a code cache.
    assert.match(files.get('extension/dist/server.js')!.toString('utf8'), /server\.bundle\.js/);
    assert.ok(files.has('extension/dist/server.bundle.js'));
    assert.ok(!/require\(["']vscode-languageclient/.test(ext), 'the language client is bundled, not required');
  });

  it('declares workspace trust, and activates only on drafts or its commands', () => {
    const pkg = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
    assert.deepEqual(pkg.activationEvents, ['onLanguage:inspection-report', 'workspaceContains:**/*.report.md']);
  });
});
