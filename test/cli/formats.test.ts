/**
 * Every output format of the bundled CLI, on a draft with one known error.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { corpus, repoRoot } from '../helpers/drafts';
import { buildCli, cleanUp, cli, lineOf, onlyRules, suttonMissingParagraph40, tempFolder, write } from './cli-harness';

function sarifValidator(): { (data: unknown): boolean; errors?: unknown[] | null } {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  // A draft-04 schema: ajv's draft-07 validator reads it once `id` is `$id` (see the fixture's README).
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema) as { (data: unknown): boolean; errors?: unknown[] | null };
}

describe('inspection-lint output formats', function () {
  // Each case starts the bundled CLI; a busy machine makes that slow.
  this.timeout(90_000);
  let dir: string;
  let draft: string;
  let text: string;
  let errorLine: number;

  before(() => {
    buildCli();
    dir = tempFolder();
    text = suttonMissingParagraph40();
    errorLine = lineOf(text, '\n41. ') + 1;
    draft = write(dir, 'drafts/sutton.report.md', text);
    write(dir, '.inspection-lint.json', JSON.stringify(onlyRules({ 'paragraph-numbering': 'error', footnotes: 'error' })));
  });
  after(() => cleanUp(dir));

  it('stylish: one line per problem with file:line:col, severity, message and rule id, then a summary', () => {
    const r = cli([draft], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], new RegExp(`^drafts/sutton\\.report\\.md:${errorLine}:1\\s+error\\s+Expected paragraph \`40\`, found \`41\`.*\\s+paragraph-numbering$`));
    assert.match(r.stdout, /1 problem \(1 error, 0 warnings\) in 1 file/);
    assert.match(r.stdout, /1 problem can be fixed with `--fix`/);
    assert.equal(r.stderr, '');
  });

  it('stylish: says so when a draft has no problems', () => {
    const clean = write(dir, 'drafts/clean.report.md', corpus('sutton-2017'));
    const r = cli([clean], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, 'No problems in 1 file\n');
  });

  it('stylish: colours only when asked or on a terminal, never with NO_COLOR', () => {
    assert.doesNotMatch(cli([draft], { cwd: dir }).stdout, /\u001b\[/, 'not a terminal');
    assert.match(cli([draft, '--color'], { cwd: dir }).stdout, /\u001b\[31merror/);
    assert.doesNotMatch(cli([draft], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\u001b\[/);
  });

  it('json: one object per file with 1-based positions, counts and the fix', () => {
    const r = cli(['-f', 'json', draft], { cwd: dir });
    assert.equal(r.code, 1);
    const files = JSON.parse(r.stdout);
    assert.equal(files.length, 1);
    const [f] = files;
    assert.equal(f.file, 'drafts/sutton.report.md');
    assert.equal(f.filePath, draft);
    assert.deepEqual([f.errorCount, f.warningCount, f.infoCount, f.fixableCount], [1, 0, 0, 1]);
    const [m] = f.messages;
    assert.equal(m.ruleId, 'paragraph-numbering');
    assert.equal(m.severity, 'error');
    assert.equal(m.line, errorLine);
    assert.equal(m.column, 1);
    assert.match(m.docsUrl, /#paragraph-numbering$/);
    assert.ok(m.fix.edits.length > 0);
    assert.equal(typeof m.fix.title, 'string');
  });

  it('sarif: validates against the SARIF 2.1.0 schema and carries rules, levels, regions and fixes', () => {
    const r = cli(['--format', 'sarif', draft], { cwd: dir });
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const driver = run.tool.driver;
    assert.equal(driver.name, 'inspection-lint');
    const rule = driver.rules.find((x: { id: string }) => x.id === 'paragraph-numbering');
    assert.match(rule.helpUri, /#paragraph-numbering$/);
    assert.equal(rule.defaultConfiguration.level, 'error');
    assert.equal(run.results.length, 1);
    const [res] = run.results;
    assert.equal(res.ruleId, 'paragraph-numbering');
    assert.equal(driver.rules[res.ruleIndex].id, 'paragraph-numbering');
    assert.equal(res.level, 'error');
    const loc = res.locations[0].physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'drafts/sutton.report.md', uriBaseId: '%SRCROOT%' });
    assert.equal(loc.region.startLine, errorLine);
    assert.equal(loc.region.startColumn, 1);
    assert.ok(res.fixes[0].artifactChanges[0].replacements.length > 0);
    assert.equal(run.invocations[0].executionSuccessful, true);
    // The schema is strict enough to catch a wrong level.
    assert.ok(!validate({ ...log, runs: [{ ...run, results: [{ ...res, level: 'info' }] }] }));
  });

  it('sarif: a file that cannot be checked is a failed invocation, and the log still validates', () => {
    const r = cli(['--format', 'sarif', draft, 'drafts/missing.report.md'], { cwd: dir });
    assert.equal(r.code, 2);
    const log = JSON.parse(r.stdout);
    assert.ok(sarifValidator()(log));
    const inv = log.runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.match(inv.toolExecutionNotifications[0].message.text, /missing\.report\.md: file not found/);
  });

  it('sarif: problems the engine reports itself (a draft too large to check) have a rule entry too', () => {
    const long = write(dir, 'drafts/long.report.md', `# Long\n\n${'x'.repeat(20_000)}\n`);
    const log = JSON.parse(cli(['-f', 'sarif', long], { cwd: dir }).stdout);
    assert.ok(sarifValidator()(log));
    const [res] = log.runs[0].results;
    assert.equal(log.runs[0].tool.driver.rules[res.ruleIndex].id, res.ruleId);
  });

  it('github: workflow commands with file, line, column, end and the rule as title', () => {
    const r = cli(['--format', 'github', draft], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], new RegExp(`^::error file=drafts/sutton\\.report\\.md,line=${errorLine},col=1,endLine=\\d+,endColumn=\\d+,title=paragraph-numbering::Expected paragraph \`40\`, found \`41\``));
  });

  it('github: escapes what would end a property or the message', () => {
    const odd = write(dir, 'odd,name:x.report.md', text);
    const r = cli(['-f', 'github', odd], { cwd: dir });
    assert.match(r.stdout, /^::error file=odd%2Cname%3Ax\.report\.md,line=/);
  });

  it('--output-file writes the report there and nothing to stdout', () => {
    const r = cli(['-f', 'json', '-o', 'out/report.json', draft], { cwd: dir });
    assert.equal(r.code, 2, 'the folder does not exist');
    assert.match(r.stderr, /^inspection-lint: out\/report\.json: cannot write the report/);
    const ok = cli(['-f', 'json', '-o', 'report.json', draft], { cwd: dir });
    assert.equal(ok.code, 1);
    assert.equal(ok.stdout, '');
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].messages.length, 1);
  });

  it('--quiet reports errors only', () => {
    const r = cli(['-f', 'json', '--quiet', '--rule', 'paragraph-numbering:warning', draft], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout)[0].messages, []);
  });

  it('--list-rules lists every rule with its default severity', () => {
    const r = cli(['--list-rules']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^paragraph-numbering\s+error\s+fixable\s+\S/m);
    assert.match(r.stdout, /^footnotes\s+error\s/m);
  });

  it('`map` runs the recommendation map, not the linter', () => {
    const r = cli(['map', path.join(repoRoot, 'examples', 'sutton-2017.report.md'), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(JSON.parse(r.stdout), 'json from the map command');
    assert.equal(cli(['map']).code, 2);
  });

  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(cli(['--version']).stdout, `${pkg.version}\n`);
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    for (const option of ['--format', '--fix', '--config', '--profile', '--max-warnings', '--rule', '--quiet', '--no-color', '--print-config', '--stdin-filename']) {
      assert.ok(help.stdout.includes(option), `help names ${option}`);
    }
  });
});
