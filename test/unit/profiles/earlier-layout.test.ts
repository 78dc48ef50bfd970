/**
 * The framework's 2014 and 2015 reports were laid out otherwise than
 * Sutton's; a draft laid out so is read with the built-in profile of that
 * layout, `ofsted-sif-2014`, when it would otherwise get `ofsted-sif-2016`.
 */
import { strict as assert } from 'node:assert';
import { analyse } from '../../../server/src/engine/analyse';
import { IncrementalAnalyser } from '../../../server/src/engine/incremental';
import { analyseDocument } from '../../../server/src/lsp/document-analysis';
import { defaultSettings } from '../../../server/src/lsp/settings';
import { builtInProfile, defaultProfile, profileForLayout } from '../../../server/src/profiles/profiles';
import { validateProfile } from '../../../server/src/profiles/validate-profile';
import { corpus, model, replaceOnce } from '../../helpers/drafts';
import { parseMarkdown } from '../../../server/src/parse/parse';
import { readHeadings } from '../../../server/src/model/sections';
import { earlierLayoutText } from '../../../server/src/profiles/layout';
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

  it('reads the judged sections under the inspection judgements heading, beside it, or under it as a part of its own', () => {
    const [a, b] = [text.indexOf('### Inspection judgements about the local authority'), text.indexOf('## The Local Safeguarding Children Board (LSCB)')];
    const judged = (wrapper: string) => {
      const mid = text.slice(a, b).replace(/^#### /gm, '### ').replace(/^##### /gm, '#### ').replace('### Inspection judgements about the local authority', wrapper);
      return text.slice(0, a) + mid + text.slice(b);
    };
    for (const layout of [text, judged('### Inspection judgements about the local authority'), judged('## Inspection judgements about the local authority')]) {
      assert.deepEqual(problems(layout), ['warning acronyms Acronym `MASE` is never introduced']);
      const areas = analyse(layout, earlier()).report.statements.filter((st) => st.kind === 'section-table').map((st) => st.area);
      assert.deepEqual(areas, ['help-and-protection', 'looked-after', 'leadership']);
    }
  });

  it('reads the overall sentence on the title page with its explanation on the next line, and the summary of findings\' opening', () => {
    const joined = replaceOnce(text, 'children’s services are good\n\nThe local authority leads', 'children’s services are good\nThe local authority leads');
    assert.deepEqual(problems(joined), problems(text));
    const disagreeing = replaceOnce(joined, 'children’s services are good\nThe local authority leads', 'children’s services are inadequate\nThe local authority leads');
    assert.ok(problems(disagreeing).some((p) => p.startsWith('error judgement-consistency')));
    // The summary of findings opens as the executive summary does: its first sentence states the overall judgement.
    const summary = replaceOnce(text, "Children's services in Sutton are good. The senior", "Children's services in Sutton require improvement. The senior");
    assert.ok(problems(summary).some((p) => p.startsWith('error judgement-consistency')));
  });

  it('reports a judged section found in none of its places', () => {
    const at = text.indexOf('#### Leadership, management and governance');
    const missing = text.slice(0, at) + text.slice(text.indexOf('\n#####', at) + 1);
    assert.deepEqual(problems(missing).filter((p) => p.startsWith('error')), ['error required-sections Expected section `Leadership, management and governance`, found none']);
    // At the heading the judged sections stand under.
    const [problem] = analyse(missing, earlier()).problems.filter((p) => p.severity === 'error');
    assert.equal(missing.slice(problem.span.start, problem.span.end), 'Inspection judgements about the local authority');
  });

  it('numbers the unnumbered recommendations of a part in the order they stand, paragraphs and bullets alike', () => {
    let board = replaceOnce(text, '#### Areas for improvement\n\n81. ', '#### Priority and immediate action\n\nEnsure that the board acts on neglect now.\n\n#### Areas for improvement\n\n- ');
    for (let n = 82; n <= 95; n++) board = replaceOnce(board, `\n${n}. `, `\n${n - 1}. `);
    const recs = analyse(board, earlier()).report.recommendations.filter((r) => r.part === 'board');
    assert.deepEqual(recs.map((r) => `${r.id} ${r.text.slice(0, 20)}`), ['B1 Ensure that the boar', `B2 ${/\n81\. (.{20})/.exec(text)![1]}`]);
  });

  it('still reports slips in that layout', () => {
    const missing = replaceOnce(text, '\n### Summary for children and young people\n', '\n');
    assert.ok(problems(missing).some((p) => p.startsWith('error required-sections Expected section `Summary for children and young people`')));
    const disagreeing = replaceOnce(text, '| Leadership, management and governance | Good |', '| Leadership, management and governance | Inadequate |');
    assert.ok(problems(disagreeing).some((p) => p.startsWith('error judgement-consistency')));
  });

  it('is chosen for a draft laid out so, in place of the built-in profile of the later layout only', () => {
    const chosen = (t: string) => profileForLayout(defaultProfile(), readHeadings(t, parseMarkdown(t))).id;
    assert.equal(chosen(text), 'ofsted-sif-2014');
    assert.equal(chosen(sutton), 'ofsted-sif-2016');
    // The heading however it is written: bold, odd spaces, a soft hyphen, underlined, in capitals or the singular.
    for (const heading of [
      '### **Inspection judgements about the local authority**',
      '### Inspection  judgements about the local\u00a0authority',
      '### Inspec\u00adtion judgements about the local authority',
      'Inspection judgements about the local authority\n---',
      '## Inspection judgements about the Local Authority',
      '### Inspection judgement about the local authority',
    ]) {
      assert.equal(chosen(replaceOnce(text, '### Inspection judgements about the local authority', heading)), 'ofsted-sif-2014', heading);
    }
    // Not a sentence, a comment, code or front matter that holds the words, nor a heading that says more.
    const later = '\n## Information about this inspection\n';
    for (const insert of [
      'The inspection judgements about the local authority are set out above.',
      '<!--\n## Inspection judgements about the local authority\n-->',
      '```\n## Inspection judgements about the local authority\n```',
      '### Inspection judgements about the local authority and its partners',
    ]) {
      assert.equal(chosen(replaceOnce(sutton, later, `\n${insert}\n${later}`)), 'ofsted-sif-2016', insert);
    }
    const own = { ...defaultProfile(), id: 'own' };
    assert.equal(profileForLayout(own, readHeadings(text, parseMarkdown(text))), own);
    // Every reader of a draft reads it so: the model, and the language server, its front matter naming `ofsted-sif-2016` as the template has it.
    assert.equal(model(text).profile.id, 'ofsted-sif-2014');
    assert.match(text, /^---\nprofile: ofsted-sif-2016\n/);
    const a = analyseDocument({ uri: 'file:///drafts/leeds.report.md', text, version: 1, settings: defaultSettings });
    assert.equal(a.report.profile.id, 'ofsted-sif-2014');
    assert.deepEqual(a.problems.filter((p) => p.severity === 'error'), []);
  });

  it('is told from the text alone, as the editor\'s status item tells it, as near as a line search gets', () => {
    assert.equal(earlierLayoutText(text), true);
    assert.equal(earlierLayoutText(sutton), false);
    assert.equal(earlierLayoutText(replaceOnce(text, '### Inspection judgements about the local authority', '### **Inspection judgements about the Local Authority**')), true);
    assert.equal(earlierLayoutText(`${sutton}\nThe inspection judgements about the local authority are above.\n`), false);
  });

  describe('in the CLI', () => {
    let dir: string;
    before(() => {
      buildCli();
      dir = mkdtempSync(path.join(tmpdir(), 'earlier-'));
      writeFileSync(path.join(dir, 'leeds.report.md'), text);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('names the profile it reads it with in --print-config', () => {
      const r = cli(['--print-config', 'leeds.report.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).profile, 'ofsted-sif-2014');
    });

    it('checks it with no error', () => {
      const r = cli(['-f', 'json', 'leeds.report.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const [file] = JSON.parse(r.stdout);
      assert.equal(file.errorCount, 0);
    });
  });
});

describe('the earlier layout under edits', () => {
  it('gives the same model and problems incrementally as in full while an edit switches the layout off and on', () => {
    const analyser = new IncrementalAnalyser();
    let text = earlierLayoutSutton();
    const at = text.indexOf('### Inspection judgements about the local authority') + 5;
    const finding = text.indexOf('\n11. ') + 10;
    const steps: ((t: string) => string)[] = [
      (t) => t.slice(0, at) + t.slice(at + 1), // `### Insection ...`: the layout is lost
      (t) => t.slice(0, finding) + 'e' + t.slice(finding), // typing in a finding meanwhile
      (t) => t.slice(0, at) + 'n' + t.slice(at), // the heading back
      (t) => t.slice(0, finding) + t.slice(finding + 1),
      (t) => t.replace('\n## The local authority\n', '\n## The local authority\n\n### Inspection judgements about the local authority\n'), // a second one
    ];
    const ids: string[] = [];
    analyser.analyse(text, defaultProfile());
    for (const step of steps) {
      text = step(text);
      const incremental = analyser.analyse(text, defaultProfile());
      const full = analyse(text, defaultProfile());
      ids.push(full.report.profile.id);
      assert.deepStrictEqual(incremental.report, full.report);
      assert.deepStrictEqual(incremental.problems.map((p) => ({ ...p })), full.problems.map((p) => ({ ...p })));
    }
    assert.deepEqual(ids, ['ofsted-sif-2016', 'ofsted-sif-2016', 'ofsted-sif-2014', 'ofsted-sif-2014', 'ofsted-sif-2014']);
  });
});
