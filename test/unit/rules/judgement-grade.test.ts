import { strict as assert } from 'node:assert';
import { corpus, lintRule, model, offsetOf, replaceOnce, where } from '../../helpers/drafts';
import { fixRule } from '../../helpers/rule-only';

const rule = 'judgement-grade';

/** A draft with a headline table of the given rows and any body after it. */
const draft = (rows: string[], body = '') =>
  [
    '# London Borough of Sutton',
    "| Children's services in Sutton are good | |\n| --- | --- |\n" + rows.join('\n'),
    '## Executive summary',
    body,
  ].join('\n\n') + '\n';

const only = (text: string, options = {}) => lintRule(text, rule, options);

describe('judgement-grade', () => {
  it('accepts every grade of the Sutton report', () => {
    assert.deepEqual(only(corpus('sutton-2017')), []);
  });

  it('accepts the long table form `Requires improvement to be good` and sentences in their lower-case forms', () => {
    const text = draft(
      ['| 1. Children who need help and protection | Requires improvement to be good |'],
      'The Local Safeguarding Children Board requires improvement to be good',
    );
    assert.deepEqual(only(text), []);
  });

  it('warns, never errs, on a known grade mis-capitalised in a table, and fixes it', () => {
    const text = draft(['| 2.2 Experiences and progress of care leavers | Requires Improvement |']);
    const problems = only(text);
    assert.deepEqual(
      problems.map((p) => [p.severity, p.message, where(text, p.span.start)]),
      [['warning', 'Expected `Requires improvement`, found `Requires Improvement`', where(text, offsetOf(text, 'Requires Improvement'))]],
    );
    assert.equal(problems[0].fix?.title, 'Replace `Requires Improvement` with `Requires improvement`');
    assert.equal(fixRule(text, rule), draft(['| 2.2 Experiences and progress of care leavers | Requires improvement |']));
  });

  it('takes a grade spaced with a non-breaking space, a tab or two spaces for the grade itself, not another spelling', () => {
    const text = draft(
      ['| 1. Children who need help and protection | Requires\u00a0improvement |', '| 2. Children looked after and achieving permanence | Requires  improvement to be good |'],
      'The Local Safeguarding Children Board requires\timprovement to\u00a0be good',
    );
    assert.deepEqual(only(text), []);
  });

  it('warns on `Require improvement` and `Not Judged` in a table, the same grades written otherwise', () => {
    const text = draft([
      '| 1. Children who need help and protection | Require improvement |',
      '| 2. Children looked after and achieving permanence | Not Judged |',
    ]);
    assert.deepEqual(
      only(text).map((p) => `${p.severity} ${p.message}`),
      ['warning Expected `Requires improvement`, found `Require improvement`', 'warning Expected `Not judged`, found `Not Judged`'],
    );
  });

  it('warns on a capitalised grade inside a judgement sentence, and fixes it to the lower-case form', () => {
    const text = draft([], 'The Local Safeguarding Children Board is Good');
    assert.deepEqual(only(text).map((p) => p.message), ['Expected `good`, found `Good`']);
    assert.match(fixRule(text, rule), /The Local Safeguarding Children Board is good\n/);
  });

  it('errs on a word that is no grade, and fixes a near miss to the closest grade', () => {
    const text = draft(['| 3. Leadership, management and governance | Goood |']);
    const [p, ...rest] = only(text);
    assert.deepEqual(rest, []);
    assert.equal(p.severity, 'error');
    assert.equal(p.message, 'Expected a grade of the scale (`Outstanding`, `Good`, `Requires improvement`, `Inadequate`, `Not judged`), found `Goood`');
    assert.equal(p.fix?.title, 'Replace `Goood` with `Good`');
    assert.equal(fixRule(text, rule), draft(['| 3. Leadership, management and governance | Good |']));
  });

  it('offers no fix for a word far from every grade', () => {
    const [p] = only(draft(['| 3. Leadership, management and governance | Excellent |']));
    assert.equal(p.severity, 'error');
    assert.match(p.message, /found `Excellent`$/);
    assert.equal(p.fix, undefined);
  });

  it('finds a mis-spelt grade in a judgement sentence and fixes it', () => {
    const text = draft([], 'The Local Safeguarding Children Board is outstandnig');
    const [p] = only(text);
    assert.equal(p.severity, 'error');
    assert.equal(where(text, p.span.start), where(text, offsetOf(text, 'outstandnig')));
    assert.match(fixRule(text, rule), /The Local Safeguarding Children Board is outstanding\n/);
  });

  it('never reads prose as a judgement, even when it ends in a word like a grade', () => {
    const text = draft(
      [],
      'The quality of post-adoption support is good.\n\nChildren\'s services in Sutton are improving. Leaders know them well.\n\nThe Local Safeguarding Children Board is poor at this',
    );
    assert.deepEqual(only(text), []);
  });

  it('never reads a table of figures about a judged area as its judgement, but still a judgement table with a slip', () => {
    const sutton = corpus('sutton-2017');
    const under = '### The graded judgement for adoption performance is that it is good\n';
    for (const table of [
      '| Adoption performance | Sutton | England |\n| --- | --- | --- |\n| Average days A1 | 398 | 558 |',
      '| Adoption performance | 2015–16 |\n| --- | --- |\n| Children adopted | 12 |',
      '| Experiences and progress of care leavers | % |\n| --- | --- |\n| In education | 61 |',
    ]) {
      const text = replaceOnce(sutton, under, `${under}\n${table}\n`);
      assert.deepEqual(lintRule(text, rule), [], table);
      assert.deepEqual(lintRule(text, 'judgement-consistency'), [], table);
    }
    // A one-row judgement table with a mis-spelt grade, and one with rows under it, are judgements still.
    for (const table of ['| Adoption performance | Goood |\n| --- | --- |', '| Adoption performance | Goood |\n| --- | --- |\n| | |']) {
      const text = replaceOnce(sutton, under, `${under}\n${table}\n`);
      assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Expected a grade of the scale (`Outstanding`, `Good`, `Requires improvement`, `Inadequate`, `Not judged`), found `Goood`'], table);
    }
    // So are a one-row table whose grade a conversion split over two cells, and one whose grade was wrapped into the row below.
    const split = replaceOnce(sutton, under, `${under}\n| Adoption performance | Requires | improvement |\n| --- | --- | --- |\n`);
    assert.deepEqual(lintRule(split, rule).map((p) => p.message), ['Expected a grade of the scale (`Outstanding`, `Good`, `Requires improvement`, `Inadequate`, `Not judged`), found `Requires`']);
    const wrapped = replaceOnce(sutton, under, `${under}\n| Adoption performance | |\n| --- | --- |\n| | Outstanding |\n`);
    assert.deepEqual(lintRule(wrapped, rule).map((p) => p.message), ['Expected a grade for `Adoption performance`, found none']);
    // Figures under a header whose other cells are empty are figures still.
    for (const table of [
      '| Adoption performance | | |\n| --- | --- | --- |\n| | Sutton | England |\n| Average days A1 | 398 | 558 |',
      '| Adoption performance | |\n| --- | --- |\n| Children adopted in 2015–16 | 12 |',
    ]) {
      const text = replaceOnce(sutton, under, `${under}\n${table}\n`);
      assert.deepEqual(lintRule(text, rule), [], table);
      assert.deepEqual(lintRule(text, 'judgement-consistency'), [], table);
    }
  });

  it('reads a first table of rows under `| Overall effectiveness | |` as the headline table, its header a slip', () => {
    const text = replaceOnce(corpus('sutton-2017'), "| Children's services in Sutton are good | |", '| Overall effectiveness | |');
    assert.equal(model(text).headline?.rows.length, 5);
    assert.deepEqual(lintRule(text, 'headline-judgements').map((p) => p.message), ['Expected the overall judgement sentence in the header of the headline table, found `Overall effectiveness`']);
  });

  it('never reads a table of figures that comes first in a draft as its headline table', () => {
    const text = '# Body\n\n| Adoption performance | Sutton | England |\n| --- | --- | --- |\n| Average days A1 | 398 | 558 |\n\n## Executive summary\n\nText.\n';
    assert.deepEqual(lintRule(text, rule), []);
    assert.equal(model(text).headline, undefined);
  });

  it('reports a headline row with no grade', () => {
    const text = draft(['| 2.1 Adoption performance | |']);
    assert.deepEqual(only(text).map((p) => p.message), ['Expected a grade for `Adoption performance`, found none']);
  });

  it('option `maxDistance` sets how close a word must be to a grade to be fixed', () => {
    const text = draft(['| 1. Children who need help and protection | Otstandnigg |']);
    assert.equal(only(text)[0].fix, undefined, 'three edits is too far by default');
    assert.equal(only(text, { maxDistance: 3 })[0].fix?.title, 'Replace `Otstandnigg` with `Outstanding`');
    const near = draft(['| 1. Children who need help and protection | Goood |']);
    assert.equal(only(near, { maxDistance: 0 })[0].fix, undefined);
  });

  it('leaves nothing of its own to fix after fixing', () => {
    let text = corpus('sutton-2017');
    text = replaceOnce(text, '| 2.1 Adoption performance | Good |', '| 2.1 Adoption performance | Godo |');
    text = replaceOnce(text, '| 2.2 Experiences and progress of care leavers | Requires improvement |', '| 2.2 Experiences and progress of care leavers | requires Improvement |');
    text = replaceOnce(text, 'The Local Safeguarding Children Board is good', 'The Local Safeguarding Children Board is goood');
    assert.equal(only(text).length, 3);
    const fixed = fixRule(text, rule);
    assert.deepEqual(only(fixed), []);
    assert.equal(fixed, corpus('sutton-2017'));
  });
});
