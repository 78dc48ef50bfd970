/**
 * The config file `.inspection-lint.json`: found by walking up from the
 * draft, validated against its schema with errors people can act on, and
 * the profile chosen by front matter < config file < `--profile`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { generatedFiles } from '../../server/src/engine/generated-files';
import { CONFIG_FILE_NAME, CONFIG_VALIDATION, findConfigFile, parseConfigText, frontMatterProfile, loadConfigFile, resolveProfile, selectProfile } from '../../server/src/engine/config-file';
import { rules } from '../../server/src/rules';
import { corpus, repoRoot } from '../helpers/drafts';
import { buildCli, cleanUp, cli, onlyRules, suttonMissingParagraph40, tempFolder, write } from './cli-harness';

const schemaFile = path.join(repoRoot, 'schemas', 'inspection-lint.schema.json');

/** The built-in profile under another id, as a file. */
function profileCopy(id: string): string {
  const p = JSON.parse(readFileSync(path.join(repoRoot, 'server', 'src', 'profiles', 'ofsted-sif-2016.json'), 'utf8'));
  delete p.$schema;
  return JSON.stringify({ ...p, id }, null, 2);
}

describe('config file', () => {
  let dir: string;
  before(() => {
    dir = tempFolder();
  });
  after(() => cleanUp(dir));

  describe('the schema', () => {
    it('and the generated validators are current with the rule registry and the profile schema (run `npm run schema` after changing a rule)', () => {
      const files = generatedFiles();
      assert.deepEqual(
        files.map((f) => f.path),
        ['schemas/inspection-lint.schema.json', 'server/src/generated/config-validator.js', 'server/src/generated/profile-validator.js'],
      );
      for (const f of files) assert.equal(readFileSync(path.join(repoRoot, f.path), 'utf8'), f.text, `${f.path} is out of date: run \`npm run schema\``);
    });

    it('accepts and refuses what Ajv compiling the schema file does', () => {
      // Ajv compiling the schema file now, with the options the generated code was made with.
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
      const compiled = new Ajv(CONFIG_VALIDATION).compile(schema);
      const samples: unknown[] = [
        {},
        { profile: 'ofsted-sif-2016', rules: { footnotes: 'warning', acronyms: { severity: 'error', allow: ['NHS'] } } },
        { rules: { footnotes: 'loud' } },
        { rules: { acronyms: { alow: [] } } },
        { rule: {} },
        [],
        'rules',
      ];
      for (const data of samples) {
        const generated = parseConfigText(JSON.stringify(data), 'x.json');
        assert.equal(generated.error === undefined, compiled(data), `valid alike: ${JSON.stringify(data)}`);
      }
    });

    it('is a strict draft-07 schema that editors can use, naming every rule', () => {
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
      const validate = new Ajv({ strict: true }).compile(schema);
      assert.ok(validate({ $schema: './schemas/inspection-lint.schema.json', profile: 'ofsted-sif-2016', rules: { footnotes: 'warning', acronyms: { severity: 'error', allow: ['NHS'] } } }));
      assert.ok(!validate({ rules: { footnotes: 'loud' } }));
      for (const r of rules) assert.ok(schema.properties.rules.properties[r.id], `schema names ${r.id}`);
    });
  });

  describe('loadConfigFile', () => {
    it('reads severities and options', () => {
      const file = write(dir, 'ok/.inspection-lint.json', '{ "profile": "ofsted-sif-2016", "rules": { "footnotes": "off", "acronyms": { "allow": ["NHS"] } } }');
      const r = loadConfigFile(file);
      assert.equal(r.error, undefined);
      assert.deepEqual(r.config, { profile: 'ofsted-sif-2016', rules: { footnotes: 'off', acronyms: { allow: ['NHS'] } } });
    });

    it('keeps no partial settings from a broken file, and says where the problem is', () => {
      const file = write(dir, 'broken/.inspection-lint.json', '{\n  "rules": {\n    "footnotes": "off",\n    "acronyms": { "allow": "NHS" }\n  }\n}\n');
      const r = loadConfigFile(file);
      assert.deepEqual(r.config, {});
      assert.equal(r.error?.file, file);
      assert.deepEqual([r.error?.line, r.error?.column], [4, 28]);
      assert.equal(r.error?.problem, 'Rule `acronyms`: expected option `allow` to be an array of strings, found `NHS`');
      assert.equal(r.error?.message, `${file}:4:28: ${r.error?.problem}`);
    });

    it('names an unknown option and the known ones', () => {
      const file = write(dir, 'option/.inspection-lint.json', '{ "rules": { "acronyms": { "alow": [] } } }');
      assert.equal(loadConfigFile(file).error?.problem, 'Rule `acronyms`: unknown option `alow` (known options: `severity`, `allow`)');
    });

    it('names an unknown top-level setting', () => {
      const file = write(dir, 'setting/.inspection-lint.json', '{ "rule": {} }');
      assert.equal(loadConfigFile(file).error?.problem, 'Unknown setting `rule` (known settings: `$schema`, `profile`, `rules`)');
    });

    it('accepts a byte-order mark', () => {
      const file = write(dir, 'bom/.inspection-lint.json', '\uFEFF{ "rules": { "footnotes": "info" } }');
      assert.deepEqual(loadConfigFile(file), { config: { rules: { footnotes: 'info' } } });
    });
  });

  describe('findConfigFile', () => {
    it('finds the nearest file walking up, and nothing above the filesystem root', () => {
      const top = write(dir, 'walk/.inspection-lint.json', '{}');
      const nested = write(dir, 'walk/a/.inspection-lint.json', '{}');
      assert.equal(findConfigFile(path.join(dir, 'walk', 'a', 'b', 'c')), nested);
      assert.equal(findConfigFile(path.join(dir, 'walk', 'x')), top);
      assert.equal(findConfigFile(path.join(dir, 'walk')), top);
      assert.equal(path.basename(top), CONFIG_FILE_NAME);
      const none = findConfigFile(path.parse(dir).root);
      assert.ok(none === undefined || path.dirname(none) === path.parse(dir).root);
    });
  });

  describe('profiles', () => {
    it('resolves a built-in id, a path relative to the config, and names the built-in ids for an unknown one', () => {
      write(dir, 'profiles/mine.json', profileCopy('mine'));
      assert.equal(resolveProfile({}, dir).profile.id, 'ofsted-sif-2016');
      assert.equal(resolveProfile({ profile: 'ofsted-sif-2016' }, dir).profile.id, 'ofsted-sif-2016');
      assert.equal(resolveProfile({ profile: 'profiles/mine.json' }, dir).profile.id, 'mine');
      assert.match(resolveProfile({ profile: 'ofsted-1999' }, dir).error!.problem, /^Unknown profile `ofsted-1999` \(built-in profiles: `ofsted-sif-2016`/);
    });

    it('refuses a profile file that is not a valid profile', () => {
      write(dir, 'profiles/bad.json', '{ "id": "bad" }');
      assert.match(resolveProfile({ profile: 'profiles/bad.json' }, dir).error!.message, /bad\.json: not a valid profile/);
    });

    it('refuses a profile file whose patterns are not regular expressions, naming the pattern', () => {
      const sentences = JSON.parse(profileCopy('patterns'));
      sentences.areas[0].sentences = ['^children(?:s services {grade}$'];
      write(dir, 'profiles/sentences.json', JSON.stringify(sentences));
      assert.match(resolveProfile({ profile: 'profiles/sentences.json' }, dir).error!.message, /sentences\.json: not a valid profile: \/areas\/0\/sentences\/0 is not a regular expression/);
      const titles = JSON.parse(profileCopy('patterns'));
      titles.sections.find((s: { id: string }) => s.id === 'lscb').titlePatterns = ['fine', 'board['];
      write(dir, 'profiles/titles.json', JSON.stringify(titles));
      assert.match(resolveProfile({ profile: 'profiles/titles.json' }, dir).error!.message, /titles\.json: not a valid profile: \/sections\/\d+\/titlePatterns\/1 is not a regular expression/);
    });

    it('reads the front matter\'s profile key', () => {
      assert.equal(frontMatterProfile('---\nprofile: ofsted-sif-2016\nauthority: X\n---\n# X\n'), 'ofsted-sif-2016');
      assert.equal(frontMatterProfile('\uFEFF---\r\nprofile: p.json\r\n---\r\n'), 'p.json');
      assert.equal(frontMatterProfile('# X\n\nprofile: no\n'), undefined);
      assert.equal(frontMatterProfile('---\nprofile: [unclosed\n---\n'), undefined);
    });

    it('lets the config file beat the front matter, and an explicit choice beat both', () => {
      for (const id of ['fm', 'cfg', 'flag']) write(dir, `precedence/${id}.json`, profileCopy(id));
      const base = path.join(dir, 'precedence');
      const frontMatter = { profile: 'fm.json', baseDir: base, source: 'draft' };
      const configFile = { profile: 'cfg.json', baseDir: base, source: 'config' };
      const explicit = { profile: 'flag.json', baseDir: base, source: '--profile' };
      assert.equal(selectProfile({}).profile.id, 'ofsted-sif-2016');
      assert.equal(selectProfile({ frontMatter }).profile.id, 'fm');
      assert.equal(selectProfile({ frontMatter, configFile }).profile.id, 'cfg');
      assert.equal(selectProfile({ frontMatter, configFile, explicit }).profile.id, 'flag');
    });
  });
});

describe('inspection-lint with config files', function () {
  this.timeout(90_000);
  let dir: string;
  before(() => {
    buildCli();
    dir = tempFolder();
  });
  after(() => cleanUp(dir));

  it('uses the nearest config file above the draft', () => {
    write(dir, 'team/.inspection-lint.json', JSON.stringify(onlyRules({ 'paragraph-numbering': 'error' })));
    write(dir, 'team/lenient/.inspection-lint.json', JSON.stringify(onlyRules({ 'paragraph-numbering': 'warning' })));
    const strict = write(dir, 'team/drafts/a.report.md', suttonMissingParagraph40());
    const lenient = write(dir, 'team/lenient/drafts/a.report.md', suttonMissingParagraph40());
    const r = cli(['-f', 'json', strict, lenient], { cwd: dir });
    assert.deepEqual(
      JSON.parse(r.stdout).map((f: { messages: { severity: string }[] }) => f.messages.map((m) => m.severity)),
      [['error'], ['warning']],
    );
    assert.equal(r.code, 1);
  });

  it('--config uses one file for every draft, and --rule goes over it', () => {
    const cfg = write(dir, 'elsewhere/settings.json', JSON.stringify(onlyRules({ 'paragraph-numbering': 'warning' })));
    const draft = path.join(dir, 'team', 'drafts', 'a.report.md');
    assert.equal(cli(['--config', cfg, draft], { cwd: dir }).code, 0);
    assert.equal(cli(['--config', cfg, '--rule', 'paragraph-numbering:error', draft], { cwd: dir }).code, 1);
    assert.equal(cli(['--rule', 'paragraph-numbering:off', draft], { cwd: dir }).code, 0);
  });

  it('--print-config shows the config file, profile and every rule\'s resolved setting', () => {
    write(dir, 'print/.inspection-lint.json', '{ "rules": { "acronyms": { "allow": ["NHS"] } } }');
    const r = cli(['--print-config', 'print/a.report.md', '--rule', 'footnotes:info'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const printed = JSON.parse(r.stdout);
    assert.equal(printed.configFile, path.join(dir, 'print', '.inspection-lint.json'));
    assert.equal(printed.profile, 'ofsted-sif-2016');
    assert.deepEqual(printed.rules.acronyms.options.allow, ['NHS']);
    assert.equal(printed.rules.footnotes.severity, 'info');
    for (const rule of rules) assert.ok(printed.rules[rule.id], `prints ${rule.id}`);
  });

  it('chooses the profile by front matter, then config file, then --profile', () => {
    for (const id of ['from-front-matter', 'from-config', 'from-flag']) write(dir, `choose/${id}.json`, profileCopy(id));
    const text = corpus('sutton-2017').replace('profile: ofsted-sif-2016', 'profile: from-front-matter.json');
    write(dir, 'choose/a.report.md', text);
    const chosen = (args: string[]): string => JSON.parse(cli(['--print-config', 'choose/a.report.md', ...args], { cwd: dir }).stdout).profile;
    assert.equal(chosen([]), 'from-front-matter');
    write(dir, 'choose/.inspection-lint.json', '{ "profile": "from-config.json" }');
    assert.equal(chosen([]), 'from-config');
    assert.equal(chosen(['--profile', 'choose/from-flag.json']), 'from-flag');
    const lint = cli(['choose/a.report.md', '--profile', 'choose/from-flag.json'], { cwd: dir });
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
  });
});
