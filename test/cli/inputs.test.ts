/**
 * What the CLI checks: files, folders (searched for `*.report.md`, never in
 * node_modules or .git), glob patterns and stdin, in input order whether
 * one thread or several do the work.
 */
import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { corpus } from '../helpers/drafts';
import { buildCli, cleanUp, cli, onlyRules, suttonMissingParagraph40, tempFolder, write } from './cli-harness';

const filesOf = (stdout: string): string[] => JSON.parse(stdout).map((f: { file: string }) => f.file);

describe('inspection-lint inputs', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    buildCli();
    dir = tempFolder();
    write(dir, '.inspection-lint.json', JSON.stringify(onlyRules({ 'paragraph-numbering': 'error', footnotes: 'error' })));
    const text = corpus('sutton-2017');
    write(dir, 'drafts/b.report.md', text);
    write(dir, 'drafts/a.report.md', text);
    write(dir, 'drafts/sub/c.report.md', text);
    write(dir, 'drafts/notes.md', '# Not a draft\n');
    write(dir, 'drafts/node_modules/pkg/d.report.md', text);
    write(dir, 'drafts/.git/e.report.md', text);
  });
  after(() => cleanUp(dir));

  it('searches a folder for drafts, sorted, skipping node_modules and .git', () => {
    const r = cli(['-f', 'json', 'drafts'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(filesOf(r.stdout), ['drafts/a.report.md', 'drafts/b.report.md', 'drafts/sub/c.report.md']);
  });

  it('expands glob patterns, keeps input order and checks each file once', () => {
    const r = cli(['-f', 'json', 'drafts/sub/c.report.md', 'drafts/*.report.md', 'drafts/a.report.md'], { cwd: dir });
    assert.deepEqual(filesOf(r.stdout), ['drafts/sub/c.report.md', 'drafts/a.report.md', 'drafts/b.report.md']);
  });

  it('checks a file reached through a symbolic link and by its own path once', () => {
    symlinkSync(path.join(dir, 'drafts', 'a.report.md'), path.join(dir, 'linked.report.md'));
    const r = cli(['-f', 'json', 'linked.report.md', 'drafts/a.report.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(filesOf(r.stdout), ['linked.report.md']);
  });

  it('checks the current folder when given no input', () => {
    const r = cli(['-f', 'json'], { cwd: path.join(dir, 'drafts', 'sub') });
    assert.deepEqual(filesOf(r.stdout), ['c.report.md']);
  });

  it('reads a draft from stdin as `<stdin>`', () => {
    const r = cli(['-f', 'json', '-'], { cwd: dir, input: suttonMissingParagraph40() });
    assert.equal(r.code, 1);
    const [f] = JSON.parse(r.stdout);
    assert.equal(f.file, '<stdin>');
    assert.deepEqual(f.messages.map((m: { ruleId: string }) => m.ruleId), ['paragraph-numbering']);
  });

  it('with --stdin-filename, names stdin so and finds the config file from that path', () => {
    write(dir, 'lenient/.inspection-lint.json', JSON.stringify(onlyRules({ 'paragraph-numbering': 'warning' })));
    const r = cli(['-f', 'json', '-', '--stdin-filename', 'lenient/new.report.md'], { cwd: dir, input: suttonMissingParagraph40() });
    assert.equal(r.code, 0, r.stderr);
    const [f] = JSON.parse(r.stdout);
    assert.equal(f.file, 'lenient/new.report.md');
    assert.equal(f.messages[0].severity, 'warning');
  });

  it('reads front matter whose keys are YAML collections without printing warnings', () => {
    // YAML makes such keys into text, and its library says so on stderr unless told not to.
    for (const yaml of ['[ x ]: 1', '? [a, b]\n: 2', '{ k: v }: 3']) {
      const r = cli(['-f', 'json', '-'], { cwd: dir, input: suttonMissingParagraph40().replace('---\n', `---\n${yaml}\n`) });
      assert.equal(r.stderr, '', yaml);
      assert.equal(r.code, 1, yaml);
    }
  });

  it('refuses binary stdin like a binary file', () => {
    const r = cli(['-'], { cwd: dir, input: Buffer.from([0x00, 0x01, 0x02]) });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'inspection-lint: <stdin>: binary file (holds NUL bytes); expected UTF-8 text\n');
  });

  it('gives the same output in input order with worker threads as in one thread', () => {
    const broken = suttonMissingParagraph40();
    const inputs: string[] = [];
    for (let i = 0; i < 10; i++) inputs.push(write(dir, `many/d${i}.report.md`, i % 3 === 0 ? broken : corpus('sutton-2017')));
    const order = [...inputs].reverse();
    const one = cli(['-f', 'json', ...order], { cwd: dir, env: { INSPECTION_LINT_WORKERS: '0' } });
    const two = cli(['-f', 'json', ...order], { cwd: dir, env: { INSPECTION_LINT_WORKERS: '2' } });
    assert.equal(two.code, 1);
    assert.equal(two.stdout, one.stdout);
    assert.deepEqual(filesOf(two.stdout), order.map((f) => path.relative(dir, f)));
    assert.deepEqual(
      JSON.parse(two.stdout).map((f: { errorCount: number }) => f.errorCount),
      // By the file's own name: the random name of the temporary folder may hold `d` and a digit too.
      order.map((f) => (Number(/^d(\d)\./.exec(path.basename(f))![1]) % 3 === 0 ? 1 : 0)),
    );
  });
});
