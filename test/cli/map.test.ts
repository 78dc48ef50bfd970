import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { runMap } from '../../server/src/cli/map/run-map';
import { corpus, corpusDir, repoRoot } from '../helpers/drafts';

async function map(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runMap(argv, { cwd: corpusDir, stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: () => Buffer.from(stdin) });
  return { code, out, err };
}

describe('inspection-lint map', () => {
  it('prints a Markdown table of each recommendation with the findings that support it', async () => {
    const { code, out } = await map(['map', 'sutton-2017.report.md']);
    assert.equal(code, 0);
    const row4 = out.split('\n').find((l) => l.startsWith('| 4. '))!;
    assert.match(row4, /\| 13 \(linked, [0-9.]+: [^;|]+\); 20 \(linked, [0-9.]+: [^|]+\) \| - \| supported \|$/);
    assert.match(out.split('\n').find((l) => l.startsWith('| 81. '))!, /\| board \| 95 \(linked/);
    assert.doesNotMatch(out, /weak links/, 'the Sutton report has no weak links');
  });

  it('flags unsupported recommendations and weak markers', async () => {
    const { out } = await map(['map', 'kent-2017.report.md']);
    assert.match(out.split('\n').find((l) => l.startsWith('| 92. '))!, /\| - \| - \| unsupported \|$/);
    assert.match(out, /## Markers with weak links \(confidence below 0\.25\)/);
  });

  it('prints CSV with one row per supporting finding', async () => {
    const { out } = await map(['map', 'sutton-2017.report.md', '--format', 'csv']);
    const rows = out.trimEnd().split('\r\n');
    assert.equal(rows[0], 'recommendation,part,status,finding,how,confidence,shared,line');
    assert.deepEqual(rows.filter((r) => r.startsWith('4,')).map((r) => r.split(',')[3]), ['13', '20']);
    assert.equal(rows.length, 1 + 12, 'one header and one row per marker');
  });

  it('prints JSON for tools, with citations where a report uses them', async () => {
    const { out } = await map(['map', 'isles-of-scilly-2016.report.md', '--format=json']);
    const data = JSON.parse(out);
    const rec1 = data.recommendations.find((r: { id: string }) => r.id === '1');
    assert.deepEqual(rec1.cited, [11]);
    assert.deepEqual(rec1.supports.map((s: { paragraph: number; how: string }) => `${s.paragraph} ${s.how}`), ['10 linked']);
    assert.equal(data.recommendations.find((r: { id: string }) => r.id === '59').status, 'unsupported');
  });

  it('reads a draft from stdin', async () => {
    const { code, out } = await map(['map', '-', '--format', 'json'], corpus('sutton-2017'));
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).file, '<stdin>');
  });

  it('exits 2 with one line for people on bad input', async () => {
    for (const argv of [['map'], ['map', 'missing.report.md'], ['map', 'sutton-2017.report.md', '--format', 'xml'], ['map', 'a', 'b'], ['map', '--bogus', 'a']]) {
      const { code, out, err } = await map(argv);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(out, '');
      assert.match(err, /^inspection-lint map: [^\n]+\n$/, argv.join(' '));
    }
  });

  it('is dispatched by the bundled command', () => {
    const cli = path.join(repoRoot, 'dist', 'cli.js');
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.js'], { cwd: repoRoot });
    const out = execFileSync(process.execPath, [cli, 'map', path.join(corpusDir, 'sutton-2017.report.md'), '--format', 'csv'], { encoding: 'utf8' });
    assert.match(out, /^recommendation,part,status/);
  });
});
