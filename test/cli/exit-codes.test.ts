/**
 * Exit codes 0 (no errors), 1 (errors, or too many warnings) and 2 (the tool
 * could not do its job), with one line for people on stderr and never a
 * stack trace.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { corpus, repoRoot } from '../helpers/drafts';
import type { CliRun } from './cli-harness';
import { assertNoStackTrace, buildCli, cleanUp, cli, onlyRules, suttonMissingParagraph40, tempFolder, write } from './cli-harness';

/** Exit 2 and exactly one line on stderr, matching `pattern`. */
function assertTrouble(r: CliRun, pattern: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assertNoStackTrace(r);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, found:\n${r.stderr}`);
  assert.match(lines[0], pattern);
}

describe('inspection-lint exit codes', function () {
  this.timeout(90_000);
  let dir: string;
  let broken: string;
  let clean: string;

  before(() => {
    buildCli();
    dir = tempFolder();
    write(dir, '.inspection-lint.json', JSON.stringify(onlyRules({ 'paragraph-numbering': 'error', footnotes: 'error' })));
    broken = write(dir, 'broken.report.md', suttonMissingParagraph40());
    clean = write(dir, 'clean.report.md', corpus('sutton-2017'));
  });
  after(() => cleanUp(dir));

  it('lints the bundled Sutton example with exit 0 (npm run example)', () => {
    const r = cli([path.join('examples', 'sutton-2017.report.md')], { cwd: repoRoot });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /\(0 errors|No problems/);
  });

  it('exits 0 when there are no errors, 1 when there are', () => {
    assert.equal(cli([clean], { cwd: dir }).code, 0);
    assert.equal(cli([broken], { cwd: dir }).code, 1);
  });

  it('exits 0 for warnings alone, and 1 once they outnumber --max-warnings', () => {
    const asWarning = ['--rule', 'paragraph-numbering:warning', broken];
    assert.equal(cli(asWarning, { cwd: dir }).code, 0);
    assert.equal(cli(['--max-warnings', '1', ...asWarning], { cwd: dir }).code, 0);
    const over = cli(['--max-warnings', '0', ...asWarning], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /^inspection-lint: 1 warning, more than the 0 allowed by --max-warnings$/m);
  });

  it('exits 2 for a missing file, naming it', () => {
    assertTrouble(cli(['nowhere.report.md'], { cwd: dir }), /^inspection-lint: nowhere\.report\.md: file not found$/);
  });

  it('exits 2 for a folder with no drafts in it', () => {
    write(dir, 'empty/notes.md', '# Notes\n');
    assertTrouble(cli(['empty'], { cwd: dir }), /^inspection-lint: empty: no drafts \(`\*\.report\.md`\) in this folder$/);
  });

  it('exits 2 for a glob that matches nothing', () => {
    assertTrouble(cli(['drafts/**/*.report.md'], { cwd: dir }), /^inspection-lint: drafts\/\*\*\/\*\.report\.md: no files match this pattern$/);
  });

  it('exits 2 for a binary file', () => {
    write(dir, 'bin/picture.report.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    assertTrouble(cli(['bin/picture.report.md'], { cwd: dir }), /^inspection-lint: bin\/picture\.report\.md: binary file \(holds NUL bytes\); expected UTF-8 text$/);
  });

  it('exits 2 for text that is not valid UTF-8, naming the line', () => {
    write(dir, 'latin1/draft.report.md', Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    assertTrouble(cli(['latin1/draft.report.md'], { cwd: dir }), /^inspection-lint: latin1\/draft\.report\.md: not valid UTF-8 text \(line 3\)$/);
  });

  it('exits 2 for UTF-16 text', () => {
    write(dir, 'utf16/draft.report.md', Buffer.from('\uFEFF# Title\n', 'utf16le'));
    assertTrouble(cli(['utf16/draft.report.md'], { cwd: dir }), /: UTF-16 text; expected UTF-8$/);
  });

  it('still checks the other files when one cannot be read, and exits 2', () => {
    const r = cli(['-f', 'json', broken, 'nowhere.report.md', clean], { cwd: dir });
    assert.equal(r.code, 2);
    const files = JSON.parse(r.stdout);
    assert.deepEqual(
      files.map((f: { file: string; errorCount: number; fatal?: string }) => [f.file, f.errorCount, f.fatal ?? '']),
      [
        ['broken.report.md', 1, ''],
        ['nowhere.report.md', 0, 'nowhere.report.md: file not found'],
        ['clean.report.md', 0, ''],
      ],
    );
  });

  it('refuses a 20 MB draft with one error, and neither hangs nor crashes', () => {
    const huge = write(dir, 'huge/draft.report.md', `# Huge\n\n${'A finding that goes on. '.repeat(40)}\n\n`.repeat(20_000));
    const r = cli(['-f', 'json', huge], { cwd: dir });
    assertNoStackTrace(r);
    assert.equal(r.code, 1, r.stderr);
    const [f] = JSON.parse(r.stdout);
    assert.deepEqual(f.messages.map((m: { message: string }) => m.message.replace(/:.*/, '')), ['Draft too large to check']);
  });

  it('exits 2 for a config file that is not valid JSON, naming the file, line and column', () => {
    write(dir, 'bad-json/.inspection-lint.json', '{\n  "rules": {\n    "footnotes": "error",\n  }\n}\n');
    write(dir, 'bad-json/a.report.md', corpus('sutton-2017'));
    assertTrouble(cli(['bad-json/a.report.md'], { cwd: dir }), /^inspection-lint: .*bad-json\/\.inspection-lint\.json:4:3: not valid JSON: /);
  });

  it('exits 2 for a config naming an unknown rule, listing the known ones', () => {
    write(dir, 'bad-rule/.inspection-lint.json', '{\n  "rules": {\n    "footnote": "error"\n  }\n}\n');
    write(dir, 'bad-rule/a.report.md', corpus('sutton-2017'));
    assertTrouble(cli(['bad-rule/a.report.md'], { cwd: dir }), /bad-rule\/\.inspection-lint\.json:3:5: Unknown rule `footnote` \(known rules: .*`footnotes`.*\)$/);
  });

  it('exits 2 for a config with a wrong severity', () => {
    write(dir, 'bad-severity/.inspection-lint.json', '{ "rules": { "footnotes": { "severity": "fatal" } } }');
    write(dir, 'bad-severity/a.report.md', corpus('sutton-2017'));
    assertTrouble(cli(['bad-severity/a.report.md'], { cwd: dir }), /bad-severity\/\.inspection-lint\.json:1:41: Rule `footnotes`: expected `severity` to be one of `off`, `info`, `warning`, `error`, found `fatal`$/);
  });

  it('says a broken config once, however many drafts share it', () => {
    write(dir, 'bad-many/.inspection-lint.json', '[]');
    for (const n of [1, 2, 3]) write(dir, `bad-many/d${n}.report.md`, corpus('sutton-2017'));
    assertTrouble(cli(['bad-many'], { cwd: dir }), /bad-many\/\.inspection-lint\.json:1:1: Expected an object, found an array$/);
  });

  it('exits 2 for an unknown profile, from the config file or --profile', () => {
    write(dir, 'bad-profile/.inspection-lint.json', '{ "profile": "ofsted-2099" }');
    write(dir, 'bad-profile/a.report.md', corpus('sutton-2017'));
    assertTrouble(cli(['bad-profile/a.report.md'], { cwd: dir }), /\.inspection-lint\.json: Unknown profile `ofsted-2099` \(built-in profiles: `ofsted-sif-2016`, `ofsted-sif-2014`; or give a path to a profile JSON file\)$/);
    assertTrouble(cli(['--profile', 'nope', clean], { cwd: dir }), /^inspection-lint: --profile: Unknown profile `nope`/);
    assertTrouble(cli(['--profile', 'profiles/none.json', clean], { cwd: dir }), /^inspection-lint: --profile: Profile file `profiles\/none\.json` not found$/);
  });

  it('exits 2 for a --config file that does not exist', () => {
    assertTrouble(cli(['--config', 'missing.json', clean], { cwd: dir }), /missing\.json: file not found$/);
  });

  it('exits 2 for bad arguments, with a hint', () => {
    assertTrouble(cli(['--frobnicate', clean], { cwd: dir }), /^inspection-lint: unknown option `--frobnicate` \(see `inspection-lint --help`\)$/);
    assertTrouble(cli(['--format', 'xml', clean], { cwd: dir }), /^inspection-lint: unknown format `xml` \(formats: `stylish`, `json`, `sarif`, `github`\)$/);
    assertTrouble(cli([clean, '--format'], { cwd: dir }), /^inspection-lint: option `--format` needs a value/);
    assertTrouble(cli(['--max-warnings', 'many', clean], { cwd: dir }), /^inspection-lint: --max-warnings: expected a whole number/);
    assertTrouble(cli(['--rule', 'footnotes', clean], { cwd: dir }), /^inspection-lint: --rule: expected `id:severity`, found `footnotes`$/);
    assertTrouble(cli(['--rule', 'nonsense:off', clean], { cwd: dir }), /^inspection-lint: --rule: unknown rule `nonsense`/);
    assertTrouble(cli(['--rule', 'footnotes:loud', clean], { cwd: dir }), /^inspection-lint: --rule: expected a severity .* for `footnotes`, found `loud`$/);
    assertTrouble(cli(['--fix', '--fix-dry-run', clean], { cwd: dir }), /^inspection-lint: use either `--fix` or `--fix-dry-run`, not both$/);
  });
});
