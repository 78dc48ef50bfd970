import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, offsetOf, where } from '../../helpers/drafts';

const rule = 'judgement-relations';

interface Grades {
  overall: string;
  k1: string;
  k2: string;
  s21: string;
  s22: string;
  k3: string;
}

const good: Grades = { overall: 'good', k1: 'Good', k2: 'Good', s21: 'Good', s22: 'Good', k3: 'Good' };

/** A draft whose headline table gives these grades, and any body after it. */
const draft = (changes: Partial<Grades>, body = '') => {
  const g = { ...good, ...changes };
  return (
    [
      '# London Borough of Sutton',
      [
        `| Children's services in Sutton are ${g.overall} | |`,
        '| --- | --- |',
        `| 1. Children who need help and protection | ${g.k1} |`,
        `| 2. Children looked after and achieving permanence | ${g.k2} |`,
        `| 2.1 Adoption performance | ${g.s21} |`,
        `| 2.2 Experiences and progress of care leavers | ${g.s22} |`,
        `| 3. Leadership, management and governance | ${g.k3} |`,
      ].join('\n'),
      '## Executive summary',
      body,
    ].join('\n\n') + '\n'
  );
};

const messages = (text: string) => lintRule(text, rule).map((p) => p.message);

describe('judgement-relations', () => {
  for (const name of corpusNames) {
    it(`finds the judgements of ${name} related as the framework states`, () => {
      assert.deepEqual(lintRule(corpus(name), rule), []);
    });
  }

  it('warns when a key judgement is inadequate and overall effectiveness is not, pointing at the key judgement', () => {
    const text = draft({ overall: 'requires improvement', k1: 'Requires improvement', k3: 'Inadequate' });
    const problems = lintRule(text, rule);
    assert.deepEqual(
      problems.map((p) => [p.severity, p.message, where(text, p.span.start)]),
      [
        [
          'warning',
          'Expected overall effectiveness `Inadequate` as `Leadership, management and governance` is `Inadequate`, found `requires improvement`',
          where(text, offsetOf(text, 'requires improvement')),
        ],
      ],
    );
    assert.deepEqual(
      problems[0].related?.map((r) => [r.message, where(text, r.span.start)]),
      [['Key judgement 3 (`Inadequate`) is here', where(text, offsetOf(text, 'Inadequate'))]],
    );
  });

  it('warns when overall effectiveness is inadequate but no key judgement is', () => {
    assert.deepEqual(messages(draft({ overall: 'inadequate', k1: 'Requires improvement' })), [
      'Expected overall effectiveness between `Requires improvement` and `Good`, the worst and best key judgements, found `inadequate`',
    ]);
  });

  it('accepts overall effectiveness inadequate when a key judgement is, whatever the others', () => {
    assert.deepEqual(messages(draft({ overall: 'inadequate', k1: 'Inadequate', k2: 'Outstanding', s21: 'Outstanding' })), []);
  });

  it('warns when overall effectiveness lies outside the worst and best key judgements', () => {
    assert.deepEqual(messages(draft({ overall: 'outstanding', k1: 'Requires improvement' })), [
      'Expected overall effectiveness between `Requires improvement` and `Good`, the worst and best key judgements, found `outstanding`',
    ]);
    assert.deepEqual(messages(draft({ overall: 'requires improvement' })), ['Expected overall effectiveness `Good` like every key judgement, found `requires improvement`']);
  });

  it('accepts any overall effectiveness between the worst and best key judgements', () => {
    const keys = { k1: 'Requires improvement', k2: 'Good', k3: 'Outstanding', s21: 'Outstanding' };
    for (const overall of ['requires improvement', 'good', 'outstanding']) assert.deepEqual(messages(draft({ ...keys, overall })), [], overall);
  });

  it('warns when key judgement 2 is better than both 2.1 and 2.2', () => {
    const text = draft({ overall: 'good', k2: 'Outstanding', s21: 'Good', s22: 'Requires improvement', k3: 'Outstanding' });
    const problems = lintRule(text, rule);
    assert.deepEqual(
      problems.map((p) => p.message),
      ['Expected `Children looked after and achieving permanence` no better than `Good`, the better of `2.1` and `2.2`, found `Outstanding`'],
    );
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, 'Outstanding')));
    assert.deepEqual(problems[0].related?.map((r) => r.message), ['Judgement 2.1 (`Good`) is here', 'Judgement 2.2 (`Requires improvement`) is here']);
  });

  it('accepts key judgement 2 worse than both 2.1 and 2.2, and an inadequate 2.1 under a good 2', () => {
    assert.deepEqual(messages(draft({ k2: 'Requires improvement', k1: 'Requires improvement', s21: 'Good', s22: 'Good' })), []);
    assert.deepEqual(messages(draft({ s21: 'Inadequate' })), []);
  });

  it('does not let 2.1, 2.2 or the board limit overall effectiveness', () => {
    const text = draft({ overall: 'good', s21: 'Inadequate', s22: 'Requires improvement', k2: 'Requires improvement' }, 'The Local Safeguarding Children Board is inadequate');
    assert.deepEqual(messages(text), []);
  });

  it('leaves `Not judged` areas out of every relation', () => {
    // As in the Isles of Scilly report: key judgement 2 and both graded judgements under it not judged.
    assert.deepEqual(messages(draft({ k2: 'Not judged', s21: 'Not judged', s22: 'Not judged', k1: 'Requires improvement', overall: 'requires improvement' })), []);
    // One of 2.1 and 2.2 not judged: the better of the two is not known, and the other does not bound key judgement 2.
    assert.deepEqual(messages(draft({ k2: 'Outstanding', s21: 'Not judged', s22: 'Good', k3: 'Outstanding' })), []);
    assert.deepEqual(messages(draft({ k2: 'Good', s21: 'Requires improvement', s22: 'Not judged' })), []);
  });

  it('leaves an area whose statements disagree to `judgement-consistency`', () => {
    // The headline says outstanding, the executive summary good: one defect, reported once by the other rule.
    const text = draft({ overall: 'outstanding' }, "Children's services in Sutton are good. Leaders know their services well.");
    assert.deepEqual(messages(text), []);
  });

  it('does not judge overall effectiveness against key judgements that are not stated', () => {
    const text = draft({ overall: 'outstanding' }).replace('| 3. Leadership, management and governance | Good |\n', '');
    assert.deepEqual(messages(text), []);
  });

  it('is a warning by default and can be made an error', () => {
    const text = draft({ overall: 'outstanding' });
    assert.equal(lintRule(text, rule)[0].severity, 'warning');
    assert.equal(lintRule(text, rule, { severity: 'error' })[0].severity, 'error');
  });
});
