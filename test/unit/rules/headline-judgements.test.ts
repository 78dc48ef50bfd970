import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, lintText, model, offsetOf, replaceOnce, where } from '../../helpers/drafts';
import { fixRule } from '../../helpers/rule-only';

const rule = 'headline-judgements';

const rows = {
  k1: '| 1. Children who need help and protection | Good |',
  k2: '| 2. Children looked after and achieving permanence | Good |',
  s21: '| 2.1 Adoption performance | Good |',
  s22: '| 2.2 Experiences and progress of care leavers | Requires improvement |',
  k3: '| 3. Leadership, management and governance | Good |',
};
const allRows = [rows.k1, rows.k2, rows.s21, rows.s22, rows.k3];

const draft = (body: string[], header = "Children's services in Sutton are good") =>
  ['# London Borough of Sutton', `| ${header} | |\n| --- | --- |\n${body.join('\n')}`, '## Executive summary', 'Text.'].join('\n\n') + '\n';

const messages = (text: string) => lintRule(text, rule).map((p) => p.message);

describe('headline-judgements', () => {
  for (const name of corpusNames) {
    it(`accepts the headline table of ${name}`, () => {
      assert.deepEqual(lintRule(corpus(name), rule), []);
    });
  }

  it('accepts a table with every headline area, numbered and in order', () => {
    assert.deepEqual(messages(draft(allRows)), []);
  });

  it('accepts an area named as its section names it, `Experience` for `Experiences`, and a name holding a soft hyphen', () => {
    assert.deepEqual(messages(draft([rows.k1, rows.k2, rows.s21, '| 2.2 Experience and progress of care leavers | Requires improvement |', rows.k3])), []);
    assert.deepEqual(messages(draft([rows.k1, rows.k2, rows.s21, '| 2.2 Experiences and pro\u00ADgress of care leavers | Requires improvement |', rows.k3])), []);
    // A hyphen inside a word, a serial comma.
    assert.deepEqual(messages(draft([rows.k1, '| 2. Children looked-after and achieving permanence | Good |', rows.s21, '| 2.2 Experiences and progress of care-leavers | Requires improvement |', '| 3. Leadership, management, and governance | Good |'])), []);
  });

  it('reads a line break written `<br>` in the header as a break between words', () => {
    for (const br of ['<br>', '<br/>', '<BR />']) assert.deepEqual(messages(draft(allRows, `Children's services in Sutton are${br}good`)), [], br);
    assert.deepEqual(model(draft(allRows, "Children's services in Sutton are<br>good")).headline?.overall?.grade.grade, 'good');
  });

  it('reports a draft with no headline table once, at its title', () => {
    const text = '# London Borough of Sutton\n\n## Executive summary\n\nText.\n';
    const problems = lintRule(text, rule);
    assert.deepEqual(
      problems.map((p) => [where(text, p.span.start), p.message]),
      [['1:3', 'Expected a headline judgement table before the first section, found none']],
    );
  });

  it('reports a draft that lost its headline table once, and still reads its first section table as one', () => {
    const text = replaceOnce(corpus('sutton-2017'), /\| Children's services in Sutton are good \| \|\n[^#]*?\n\n/, '');
    assert.deepEqual(messages(text), ['Expected a headline judgement table before the first section, found none']);
    const misspelt = replaceOnce(text, '| The experiences and progress of children who need help and protection | Good |', '| The experiences and progress of children who need help and protection | Goood |');
    assert.deepEqual(lintRule(misspelt, 'judgement-grade').map((p) => p.message.replace(/ \(.*\)/, '')), ['Expected a grade of the scale, found `Goood`']);
  });

  it('takes the first table before the first section that reads as the headline table, past a table of the inspection\'s dates', () => {
    const text = replaceOnce(
      corpus('sutton-2017'),
      'Inspection date: 14 November 2016 to 8 December 2016\n\nReport published: 13 February 2017',
      '| Inspection date | 14 November 2016 to 8 December 2016 |\n| --- | --- |\n| Report published | 13 February 2017 |',
    );
    assert.deepEqual(messages(text), []);
    assert.equal(model(text).headline?.overall?.grade.grade, 'good');
    // With no table that reads as one, the first is still taken, and what it lacks reported.
    const none = draft(['| Inspection date | 14 November 2016 |'], 'Inspection');
    assert.deepEqual(messages(none), ['Expected a headline judgement table before the first section, found none']);
  });

  it('passes over an empty row, as a conversion from a PDF may leave one', () => {
    assert.deepEqual(messages(draft([rows.k1, rows.k2, '| | |', rows.s21, rows.s22, rows.k3])), []);
  });

  it('reports each missing area once, on the row it belongs before', () => {
    const text = draft([rows.k1, rows.k2, rows.s22, rows.k3]);
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Expected headline row `2.1 Adoption performance`, found none']);
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, 'Experiences and progress')));
  });

  it('reports every missing area, not just the first', () => {
    assert.deepEqual(messages(draft([rows.k1, rows.k2])), [
      'Expected headline row `2.1 Adoption performance`, found none',
      'Expected headline row `2.2 Experiences and progress of care leavers`, found none',
      'Expected headline row `3. Leadership, management and governance`, found none',
    ]);
  });

  it('reports a row that is no headline area of the profile', () => {
    const text = draft([...allRows, '| 4. Children in custody | Good |', '| The Local Safeguarding Children Board | Good |']);
    assert.deepEqual(messages(text), [
      'Expected a headline judgement of the profile, found `Children in custody`',
      'Expected a headline judgement of the profile, found `The Local Safeguarding Children Board`',
    ]);
  });

  it('reports a wrong number and fixes it', () => {
    const text = draft([rows.k1, rows.k2, rows.s21.replace('2.1', '2.3'), rows.s22, rows.k3.replace('3.', '4.')]);
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), [
      'Expected number `2.1` for `Adoption performance`, found `2.3`',
      'Expected number `3` for `Leadership, management and governance`, found `4`',
    ]);
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '2.3')));
    assert.equal(problems[0].fix?.title, 'Renumber `Adoption performance` as `2.1`');
    assert.equal(fixRule(text, rule), draft(allRows));
  });

  it('numbers a row written without a number, in the form of its level', () => {
    const text = draft([rows.k1.replace('1. ', ''), rows.k2, rows.s21.replace('2.1 ', ''), rows.s22, rows.k3]);
    assert.deepEqual(messages(text), [
      'Expected number `1` for `Children who need help and protection`, found none',
      'Expected number `2.1` for `Adoption performance`, found none',
    ]);
    assert.equal(fixRule(text, rule), draft(allRows));
  });

  it('reports a row out of order once', () => {
    const text = draft([rows.k1, rows.k2, rows.s22, rows.s21, rows.k3]);
    assert.deepEqual(messages(text), ['Expected `Adoption performance` after `Children looked after and achieving permanence`, found it after `Experiences and progress of care leavers`']);
  });

  it('reports a row that belongs first once', () => {
    const text = draft([rows.k2, rows.s21, rows.s22, rows.k3, rows.k1]);
    assert.deepEqual(messages(text), ['Expected `Children who need help and protection` first, found it after `Leadership, management and governance`']);
  });

  it('reports a repeated row, pointing at the first', () => {
    const text = draft([...allRows, rows.s21]);
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Expected `Adoption performance` once in the headline table, found it again']);
    assert.equal(where(text, problems[0].related![0].span.start), where(text, offsetOf(text, 'Adoption performance')));
  });

  it('reports a header that is not the overall judgement sentence', () => {
    assert.deepEqual(messages(draft(allRows, 'Judgements')), ['Expected the overall judgement sentence in the header of the headline table, found `Judgements`']);
    assert.deepEqual(messages(draft(allRows, '')), ['Expected the overall judgement sentence in the header of the headline table, found none']);
  });

  it('accepts the overall sentence as the framework\'s first reports wrote it', () => {
    for (const header of [
      "The overall judgement is that children's services are good",
      'The overall judgement is that children’s services require improvement',
      "The overall judgment is that children's services in Leeds are inadequate",
    ]) {
      assert.deepEqual(messages(draft(allRows, header)), [], header);
    }
    assert.deepEqual(messages(draft(allRows, 'The overall judgement is that')), ['Expected the overall judgement sentence in the header of the headline table, found `The overall judgement is that`']);
  });

  it('reads the overall sentence however its words are spaced: non-breaking spaces, tabs, two spaces', () => {
    for (const header of [
      'Children’s services in Hackney are\u00a0good',
      'Children’s  services in Hackney are good',
      'Children’s\tservices in the London\u00a0Borough of Hackney\u00a0require  improvement to\u00a0be good',
      'The overall\u00a0judgement is that children’s services are  inadequate',
    ]) {
      assert.deepEqual(messages(draft(allRows, header)), [], JSON.stringify(header));
    }
  });

  it('accepts the overall sentence stated just above the table, as the framework\'s first reports laid it out, but not under another heading', () => {
    const sutton = corpus('sutton-2017');
    const header = "| Children's services in Sutton are good | |\n| --- | --- |\n";
    const above = replaceOnce(sutton, header, "The overall judgement is that children's services are good\n\nThe judgements on areas of the service that contribute to overall effectiveness are:\n\n| Judgement | Grade |\n| --- | --- |\n");
    assert.deepEqual(messages(above), []);
    const elsewhere = replaceOnce(sutton, header, "The overall judgement is that children's services are good\n\n## Judgements\n\n| Judgement | Grade |\n| --- | --- |\n");
    assert.deepEqual(messages(elsewhere), ['Expected the overall judgement sentence in the header of the headline table, found `Judgement`']);
  });

  it('reads the first judgement as a row when a table with no headings puts it in the header row, under the overall sentence', () => {
    const sutton = corpus('sutton-2017');
    const header = "| Children's services in Sutton are good | |\n| --- | --- |\n| 1. Children who need help and protection | Good |\n";
    const early = replaceOnce(sutton, header, 'The overall judgement is that children’s services are good\n\n| 1. Children who need help and protection | Good |\n| --- | --- |\n');
    assert.deepEqual(messages(early), []);
    assert.deepEqual(model(early).headline?.rows.map((r) => `${r.number} ${r.area} ${r.grade.grade}`), model(sutton).headline?.rows.map((r) => `${r.number} ${r.area} ${r.grade.grade}`));
    // Its grade is the headline's, held to the section's table.
    const disagreeing = replaceOnce(early, '| 1. Children who need help and protection | Good |', '| 1. Children who need help and protection | Inadequate |');
    assert.ok(lintText(disagreeing).some((p) => p.ruleId === 'judgement-consistency'));
  });

  it('leaves a mis-spelt grade in the header to `judgement-grade`', () => {
    assert.deepEqual(messages(draft(allRows, "Children's services in Sutton are goood")), []);
  });

  it('leaves the Sutton report unchanged when fixing, and fixes a mutated one back', () => {
    const sutton = corpus('sutton-2017');
    assert.equal(fixRule(sutton, rule), sutton);
    const broken = replaceOnce(sutton, '| 2.2 Experiences and progress of care leavers |', '| 2.3 Experiences and progress of care leavers |');
    assert.equal(fixRule(broken, rule), sutton);
  });
});
