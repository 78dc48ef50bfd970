/**
 * The framework's 2014 and 2015 reports were laid out otherwise than
 * Sutton's; a draft laid out so is read with the built-in profile of that
 * layout, `ofsted-sif-2014`, when it would otherwise get `ofsted-sif-2016`.
 */
import { strict as assert } from 'node:assert';
import { analyse } from '../../../server/src/engine/analyse';
import { analyseDocument } from '../../../server/src/lsp/document-analysis';
import { defaultSettings } from '../../../server/src/lsp/settings';
import { builtInProfile, defaultProfile, profileForLayout } from '../../../server/src/profiles/profiles';
import { validateProfile } from '../../../server/src/profiles/validate-profile';
import { corpus, replaceOnce } from '../../helpers/drafts';
import { earlierLayoutSutton } from '../../helpers/earlier-layout';
import { buildCli, cli } from '../../cli/cli-harness';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const earlier = () => builtInProfile('ofsted-sif-2014')!;
const problems = (text: string) => analyse(text, earlier()).problems.map((p) => `${p.severity} ${p.ruleId} ${p.message}`);

describe('the earlier layout (ofsted-sif-2014)', () => {
  const sutton = corpus('sutton-2017');
  const text = earlierLayoutSutton();

  it('is a valid built-in profile', () => {
    assert.deepEqual(validateProfile(earlier()), []);
  });

  it('reads the Sutton report laid out as the earlier reports were with no error, and as Sutton reads', () => {
    assert.deepEqual(problems(text), ['warning acronyms Acronym `MASE` is never introduced']);
    const a = analyse(text, earlier()).report;
    const b = analyse(sutton, defaultProfile()).report;
    assert.deepEqual(a.paragraphs.map((p) => `${p.number} ${p.part} ${p.role}`), b.paragraphs.map((p) => `${p.number} ${p.part} ${p.role}`));
    assert.deepEqual(a.recommendations.map((r) => r.id), b.recommendations.map((r) => r.id));
    assert.deepEqual(a.links.map((l) => `${l.recommendationId} ${l.confidence}`), b.links.map((l) => `${l.recommendationId} ${l.confidence}`));
    // Every judgement stated, with its grade (Sutton states the overall judgement twice, the second in its executive summary).
    const stated = (r: typeof a) => [...new Set(r.statements.map((s) => `${s.area} ${s.grade.grade}`))].sort();
    assert.deepEqual(stated(a), stated(b));
  });

  it('still reports slips in that layout', () => {
    const missing = replaceOnce(text, '\n### Summary for children and young people\n', '\n');
    assert.ok(problems(missing).some((p) => p.startsWith('error required-sections Expected section `Summary for children and young people`')));
    const disagreeing = replaceOnce(text, '| Leadership, management and governance | Good |', '| Leadership, management and governance | Inadequate |');
    assert.ok(problems(disagreeing).some((p) => p.startsWith('error judgement-consistency')));
  });

  it('is chosen for a draft laid out so, in place of the built-in profile of the later layout only', () => {
    assert.equal(profileForLayout(defaultProfile(), text).id, 'ofsted-sif-2014');
    assert.equal(profileForLayout(defaultProfile(), sutton).id, 'ofsted-sif-2016');
    // A heading written so, not a sentence that says the words.
    assert.equal(profileForLayout(defaultProfile(), `${sutton}\nThe inspection judgements about the local authority are set out above.\n`).id, 'ofsted-sif-2016');
    assert.equal(profileForLayout(defaultProfile(), '## Inspection judgements about the Local Authority\n').id, 'ofsted-sif-2014');
    const own = { ...defaultProfile(), id: 'own' };
    assert.equal(profileForLayout(own, text), own);
    // The language server reads it so, its front matter naming `ofsted-sif-2016` as the template has it.
    assert.match(text, /^---\nprofile: ofsted-sif-2016\n/);
    const a = analyseDocument({ uri: 'file:///drafts/leeds.report.md', text, version: 1, settings: defaultSettings });
    assert.equal(a.report.profile.id, 'ofsted-sif-2014');
    assert.deepEqual(a.problems.filter((p) => p.severity === 'error'), []);
  });

  describe('in the CLI', () => {
    let dir: string;
    before(() => {
      buildCli();
      dir = mkdtempSync(path.join(tmpdir(), 'earlier-'));
      writeFileSync(path.join(dir, 'leeds.report.md'), text);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('checks it with no error', () => {
      const r = cli(['-f', 'json', 'leeds.report.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const [file] = JSON.parse(r.stdout);
      assert.equal(file.errorCount, 0);
    });
  });
});
