/**
 * The V8 code cache the CLI and the language server start with: made on the
 * first run, used on the next, a damaged or unwritable one never in the way,
 * and the output always what it is without a cache.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cacheDirectory, cacheFile } from '../../server/src/boot/code-cache';
import { LspClient } from '../lsp/lsp-client';
import { buildCli, cleanUp, cli, tempFolder, write } from './cli-harness';
import { corpus } from '../helpers/drafts';

describe('the code cache', function () {
  this.timeout(120_000);
  let dir: string;
  let draft: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = tempFolder();
    draft = write(dir, 'drafts/sutton.report.md', corpus('sutton-2017'));
  });
  afterEach(() => cleanUp(dir));

  const run = (cache: string) => cli(['--format', 'json', draft], { env: { INSPECTION_REPORT_CODE_CACHE: cache, INSPECTION_REPORT_CODE_CACHE_DEBUG: '1' } });
  const outcome = (stderr: string) => /^code cache: (\w+)/m.exec(stderr)?.[1];

  it('is made by the first run and used by the next, with the same output as none', () => {
    const cache = path.join(dir, 'cache');
    const none = run('off');
    assert.equal(outcome(none.stderr), 'off');
    const first = run(cache);
    assert.equal(outcome(first.stderr), 'none');
    const files = readdirSync(cache);
    assert.equal(files.length, 1);
    assert.match(files[0], /^cli\.bundle-[0-9a-f]{24}\.v8$/);
    const second = run(cache);
    assert.equal(outcome(second.stderr), 'used');
    for (const r of [first, second]) {
      assert.equal(r.code, none.code);
      assert.equal(r.stdout, none.stdout);
    }
  });

  it('is refused by V8 when damaged, and made again', () => {
    const cache = path.join(dir, 'cache');
    const clean = run(cache);
    const file = path.join(cache, readdirSync(cache)[0]);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const damaged = run(cache);
    assert.equal(outcome(damaged.stderr), 'rejected');
    assert.equal(damaged.stdout, clean.stdout);
    assert.notDeepEqual(readFileSync(file), Buffer.alloc(4096, 7));
    assert.equal(outcome(run(cache).stderr), 'used');
  });

  it('is left out when its folder cannot be made', () => {
    const blocker = write(dir, 'not-a-folder', 'x');
    const clean = run('off');
    const r = run(path.join(blocker, 'cache'));
    assert.equal(outcome(r.stderr), 'none');
    assert.equal(r.code, clean.code);
    assert.equal(r.stdout, clean.stdout);
    assert.equal(r.stderr.replace(/^code cache:.*\n/m, ''), clean.stderr.replace(/^code cache:.*\n/m, ''));
  });

  it('is kept to the bytes of its bundle, not only their length (all V8 checks of the source)', () => {
    const a = cacheFile('/c', '/x/cli.bundle.js', Buffer.from('module.exports = 1;'));
    const b = cacheFile('/c', '/x/cli.bundle.js', Buffer.from('module.exports = 2;'));
    assert.notEqual(a, b);
    assert.equal(a, cacheFile('/c', '/x/cli.bundle.js', Buffer.from('module.exports = 1;')));
  });

  it('lives in the folder the environment names, else in the user cache folder', () => {
    assert.equal(cacheDirectory({ INSPECTION_REPORT_CODE_CACHE: 'off' }), undefined);
    assert.equal(cacheDirectory({ INSPECTION_REPORT_CODE_CACHE: '/x/y' }), '/x/y');
    assert.equal(cacheDirectory({ XDG_CACHE_HOME: '/c' }), path.join('/c', 'inspection-report-tools', 'code-cache'));
    assert.match(cacheDirectory({})!, /[\\/]\.cache[\\/]inspection-report-tools[\\/]code-cache$/);
  });

  it('starts the language server too', async () => {
    const cache = path.join(dir, 'cache');
    const saved = { ...process.env };
    process.env.INSPECTION_REPORT_CODE_CACHE = cache;
    process.env.INSPECTION_REPORT_CODE_CACHE_DEBUG = '1';
    try {
      for (const expected of ['none', 'used']) {
        const client = new LspClient({ diagnostics: 'push' });
        await client.initialize();
        const uri = 'file:///cache/sutton.report.md';
        await client.open(uri, corpus('sutton-2017'));
        await client.until(() => client.published.some((p) => p.uri === uri), 'diagnostics');
        await client.shutdown();
        assert.equal(outcome(client.logs.join('')), expected);
      }
      assert.ok(readdirSync(cache).some((f) => /^server\.bundle-[0-9a-f]{24}\.v8$/.test(f)));
    } finally {
      process.env = saved;
    }
  });
});
