/**
 * Profile files as the engine reads them: once while they are unchanged (one
 * profile object, so what is remembered per profile stays), again when they
 * change, and while a file is broken the last profile it gave stays in force.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { forgetProfileFiles, profileFilesKept, resolveProfile } from '../../../server/src/engine/config-file';
import { analyseDocument } from '../../../server/src/lsp/document-analysis';
import { defaultSettings } from '../../../server/src/lsp/settings';
import { corpus } from '../../helpers/drafts';

describe('profile files', () => {
  let dir: string;
  let file: string;
  const builtIn = JSON.parse(readFileSync(path.join(__dirname, '../../../server/src/profiles/ofsted-sif-2016.json'), 'utf8'));
  /** Writes the profile file with a modification time of its own, as a save a second later has. */
  const save = (content: string, second: number) => {
    writeFileSync(file, content);
    utimesSync(file, 1_700_000_000 + second, 1_700_000_000 + second);
  };
  const resolve = () => resolveProfile({ profile: './team.profile.json' }, dir, 'config');

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'profile-files-'));
    file = path.join(dir, 'team.profile.json');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same profile while the file is unchanged, and reads it again when it changes', () => {
    save(JSON.stringify({ ...builtIn, id: 'team-a' }), 1);
    const first = resolve();
    assert.equal(first.profile.id, 'team-a');
    assert.equal(resolve().profile, first.profile, 'one profile object');
    save(JSON.stringify({ ...builtIn, id: 'team-b' }), 2);
    assert.equal(resolve().profile.id, 'team-b');
  });

  it('keeps the last good profile in force while the file is broken or gone, with the error, and takes the mended file', () => {
    save(JSON.stringify({ ...builtIn, id: 'team-good' }), 3);
    const good = resolve().profile;
    save('{ "id": "team-', 4);
    const broken = resolve();
    assert.equal(broken.profile, good);
    assert.equal(broken.lastGood, true);
    assert.match(broken.error!.message, /not valid JSON/);
    const analysis = analyseDocument({ uri: `file://${dir}/a.report.md`, text: corpus('sutton-2017'), version: 1, settings: { ...defaultSettings, profile: file } });
    const said = analysis.problems.filter((p) => p.ruleId === 'config').map((p) => p.message);
    assert.equal(said.length, 1);
    assert.match(said[0], /not valid JSON.*; checked against the profile file as it last was when valid \(`team-good`\)$/);
    unlinkSync(file);
    assert.equal(resolve().profile, good);
    assert.match(resolve().error!.message, /not found/);
    save(JSON.stringify({ ...builtIn, id: 'team-mended' }), 5);
    assert.deepEqual([resolve().profile.id, resolve().error, resolve().lastGood], ['team-mended', undefined, undefined]);
  });

  it('reads a file again when told files changed, though its time and size are as they were', () => {
    save(JSON.stringify({ ...builtIn, id: 'team-x' }), 6);
    assert.equal(resolve().profile.id, 'team-x');
    save(JSON.stringify({ ...builtIn, id: 'team-y' }), 6);
    assert.equal(resolve().profile.id, 'team-x', 'unchanged as far as its time and size show');
    forgetProfileFiles();
    assert.equal(resolve().profile.id, 'team-y');
  });

  it('keeps no record of paths that never gave a profile, as a path typed letter by letter names', () => {
    const before = profileFilesKept();
    for (const prefix of ['./t', './te', './tea', './team', './team.p', './team.profile.js']) resolveProfile({ profile: prefix + '.json' }, dir, 'front matter');
    assert.equal(profileFilesKept(), before);
  });

  it('reads a broken file that never gave a profile once while it is unchanged', () => {
    const broken = path.join(dir, 'broken.profile.json');
    writeFileSync(broken, '{ "id": ');
    utimesSync(broken, 1_700_000_100, 1_700_000_100);
    const first = resolveProfile({ profile: './broken.profile.json' }, dir, 'config');
    assert.match(first.error!.message, /not valid JSON/);
    assert.equal(resolveProfile({ profile: './broken.profile.json' }, dir, 'config').error, first.error, 'the same reading, not a new one');
  });

  it('checks against the default profile a file that never gave one', () => {
    const r = resolveProfile({ profile: './never.profile.json' }, dir, 'config');
    assert.deepEqual([r.profile.id, r.lastGood], ['ofsted-sif-2016', undefined]);
    assert.match(r.error!.message, /not found/);
  });
});
