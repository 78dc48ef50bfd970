/**
 * `--fix` never loses a draft: it writes atomically, keeps line endings, a
 * byte-order mark and the file mode, writes nothing if the file changed
 * while it was being checked, and says what it changed.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fixAll } from '../../server/src/engine/analyse';
import type { Config } from '../../server/src/engine/config';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { writeIfUnchanged } from '../../server/src/cli/write-file';
import { corpus } from '../helpers/drafts';
import { buildCli, cleanUp, cli, onlyRules, suttonMissingParagraph40, tempFolder, write } from './cli-harness';

describe('inspection-lint --fix', function () {
  this.timeout(90_000);
  let dir: string;
  let broken: string;
  let expected: string;
  const config = onlyRules({ 'paragraph-numbering': 'error', footnotes: 'error' });

  before(() => {
    buildCli();
    dir = tempFolder();
    write(dir, '.inspection-lint.json', JSON.stringify(config));
    broken = suttonMissingParagraph40();
    expected = fixAll(broken, defaultProfile(), config as Config).text;
    assert.notEqual(expected, broken, 'the broken draft has something to fix');
  });
  after(() => cleanUp(dir));

  it('writes the engine\'s fixes, says what it fixed, and reports nothing left', () => {
    const file = write(dir, 'plain/draft.report.md', broken);
    const r = cli(['--fix', file], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(file, 'utf8'), expected);
    assert.match(r.stdout, /^Fixed 1 problem in plain\/draft\.report\.md$/m);
    assert.match(r.stdout, /No problems in 1 file/);
    assert.deepEqual(readdirSync(path.dirname(file)), ['draft.report.md'], 'no temporary file left behind');
  });

  it('replaces the file by rename: a hard link to the old file still holds the old text', () => {
    const file = write(dir, 'atomic/draft.report.md', broken);
    const old = path.join(dir, 'atomic', 'old-link.md');
    linkSync(file, old);
    const inode = statSync(file).ino;
    assert.equal(cli(['--fix', file], { cwd: dir }).code, 0);
    assert.notEqual(statSync(file).ino, inode, 'a new file took the old one\'s place');
    assert.equal(readFileSync(old, 'utf8'), broken);
    assert.equal(readFileSync(file, 'utf8'), expected);
  });

  it('keeps CRLF line endings', () => {
    const file = write(dir, 'crlf/draft.report.md', broken.replace(/\n/g, '\r\n'));
    assert.equal(cli(['--fix', file], { cwd: dir }).code, 0);
    const after = readFileSync(file, 'utf8');
    assert.equal(after, expected.replace(/\n/g, '\r\n'));
    assert.doesNotMatch(after, /[^\r]\n/);
  });

  it('keeps a byte-order mark, and reports positions of the text a person sees', () => {
    const file = write(dir, 'bom/draft.report.md', '\uFEFF' + broken);
    const before = JSON.parse(cli(['-f', 'json', file], { cwd: dir }).stdout)[0].messages;
    const plain = write(dir, 'bom/plain.report.md', broken);
    assert.deepEqual(before, JSON.parse(cli(['-f', 'json', plain], { cwd: dir }).stdout)[0].messages, 'the same problems at the same places as without the mark');
    const first = write(dir, 'bom/first-line.report.md', '\uFEFFSee the note[^x].\n');
    const [m] = JSON.parse(cli(['-f', 'json', first], { cwd: dir }).stdout)[0].messages;
    assert.deepEqual([m.ruleId, m.line, m.column], ['footnotes', 1, 13], 'column counted from the first character a person sees');
    assert.equal(cli(['--fix', file], { cwd: dir }).code, 0);
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), expected);
  });

  it('keeps the file mode', () => {
    const file = write(dir, 'mode/draft.report.md', broken);
    chmodSync(file, 0o640);
    assert.equal(cli(['--fix', file], { cwd: dir }).code, 0);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.equal(readFileSync(file, 'utf8'), expected);
  });

  it('leaves a draft with nothing to fix untouched', () => {
    const file = write(dir, 'clean/draft.report.md', corpus('sutton-2017'));
    const inode = statSync(file).ino;
    const r = cli(['--fix', file], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(statSync(file).ino, inode);
    assert.doesNotMatch(r.stdout, /Fixed/);
  });

  it('reports what is left after fixing', () => {
    const file = write(dir, 'left/draft.report.md', broken.replace('[^1]', '[^99]'));
    const r = cli(['--fix', '-f', 'json', file], { cwd: dir });
    assert.equal(r.code, 1);
    const [f] = JSON.parse(r.stdout);
    assert.deepEqual(f.fixed, { count: 1, written: true });
    assert.deepEqual(
      f.messages.map((m: { ruleId: string }) => m.ruleId),
      ['footnotes', 'footnotes'],
      'the reference with no definition and the definition never referenced',
    );
    assert.match(r.stderr, /^inspection-lint: fixed 1 problem in left\/draft\.report\.md$/m);
  });

  it('with stdin, prints the fixed draft to stdout and the report to stderr', () => {
    const r = cli(['--fix', '-', '--stdin-filename', 'stdin.report.md'], { cwd: dir, input: broken });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, expected);
    assert.match(r.stderr, /No problems in 1 file/);
  });

  it('with stdin, gives back the draft as it came on stdout when it cannot be checked, so an editor\'s filter loses nothing', () => {
    const brokenConfig = write(dir, 'broken-config/.inspection-lint.json', '{ "rules": ');
    const r = cli(['--fix', '-'], { cwd: path.dirname(brokenConfig), input: broken });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, broken);
    assert.match(r.stderr, /inspection-lint: .*\.inspection-lint\.json/);
    const binary = cli(['--fix', '-'], { cwd: dir, input: 'a draft\0with a NUL byte\n' });
    assert.equal(binary.code, 2);
    assert.equal(binary.stdout, 'a draft\0with a NUL byte\n');
    assert.match(binary.stderr, /binary file/);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const file = write(dir, 'dry/draft.report.md', broken);
    const r = cli(['--fix-dry-run', file], { cwd: dir });
    assert.equal(readFileSync(file, 'utf8'), broken);
    assert.match(r.stdout, /^--- a\/dry\/draft\.report\.md\n\+\+\+ b\/dry\/draft\.report\.md\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    assert.match(r.stdout, /^-41\. /m);
    assert.match(r.stdout, /^\+40\. /m);
    assert.match(r.stdout, /Would fix 1 problem in dry\/draft\.report\.md/);
  });

  describe('writing back (write-file.ts)', () => {
    it('writes nothing when the file changed since it was read', () => {
      const file = write(dir, 'race/draft.report.md', 'as read\n');
      const original = readFileSync(file);
      writeFileSync(file, 'saved by the writer meanwhile\n');
      assert.equal(writeIfUnchanged(file, original, Buffer.from('fixed\n')), 'changed-meanwhile');
      assert.equal(readFileSync(file, 'utf8'), 'saved by the writer meanwhile\n');
      assert.deepEqual(readdirSync(path.dirname(file)), ['draft.report.md']);
    });

    it('writes nothing over what is not a regular file, without reading it again (a pipe would wait for ever)', () => {
      const fifo = path.join(dir, 'fifo.report.md');
      execFileSync('mkfifo', [fifo]);
      // A writer waits at the other end (for each of the two reads a write makes), so that reading the pipe would not
      // hang this test, only fail it.
      const writer = spawn('sh', ['-c', `printf 'as read\\n' > '${fifo}'; printf 'as read\\n' > '${fifo}'`], { stdio: 'ignore' });
      try {
        assert.equal(writeIfUnchanged(fifo, Buffer.from('as read\n'), Buffer.from('fixed\n')), 'not-a-file');
        assert.ok(statSync(fifo).isFIFO());
      } finally {
        writer.kill();
      }
    });

    it('writes nothing over a read-only file, though the folder would allow the rename', () => {
      const file = write(dir, 'locked/draft.report.md', broken);
      chmodSync(file, 0o444);
      const r = cli(['--fix', file], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^inspection-lint: locked\/draft\.report\.md: read-only; fixes not written$/m);
      assert.match(r.stdout, /paragraph-numbering/, 'the problems are still reported');
      assert.equal(readFileSync(file, 'utf8'), broken);
      assert.equal(statSync(file).mode & 0o777, 0o444);
    });

    it('writes when the file is as it was read', () => {
      const file = write(dir, 'race2/draft.report.md', 'as read\n');
      assert.equal(writeIfUnchanged(file, readFileSync(file), Buffer.from('fixed\n')), 'written');
      assert.equal(readFileSync(file, 'utf8'), 'fixed\n');
    });
  });
});
