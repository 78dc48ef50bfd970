/**
 * Whole-draft mutations of the Sutton report that concern the judgement and
 * structure rules. Each asserts the full list of problems from every rule,
 * so a false positive of any rule shows up here.
 */
import { strict as assert } from 'node:assert';
import type { Config } from '../../server/src/engine/config';
import { rules } from '../../server/src/rules';
import { corpus, fixText, lintText, replaceOnce, summarise } from '../helpers/drafts';

const sutton = () => corpus('sutton-2017');
const problemsOf = (text: string) => summarise(text, lintText(text));

/** Warnings the published Sutton report itself gives, at their line in the unchanged text (see the Sutton report's own tests). */
const published = (shift = 0) => [
  '60:3 warning contents Expected a contents row for `Executive summary`, found none',
  `${353 + shift}:221 warning acronyms Acronym \`MASE\` is never introduced`,
];

const mine = ['judgement-grade', 'judgement-consistency', 'judgement-relations', 'headline-judgements', 'required-sections'];
const onlyMine: Config = { rules: Object.fromEntries(rules.map((r) => [r.id, mine.includes(r.id) ? r.defaultSeverity : 'off'])) };

describe('mutations of the Sutton report: judgements and structure', () => {
  it('the unchanged report gives only the warnings of its real slips', () => {
    assert.deepEqual(problemsOf(sutton()), published());
  });

  it('changing the section table of Leadership to `Outstanding` gives one consistency error, pointing at the headline row', () => {
    const text = replaceOnce(sutton(), '| Leadership, management and governance | Good |', '| Leadership, management and governance | Outstanding |');
    assert.deepEqual(problemsOf(text), [
      published()[0],
      '338:43 error judgement-consistency Expected `Good` for `Leadership, management and governance` as in the headline table, found `Outstanding`',
      published()[1],
    ]);
    const [p] = lintText(text).filter((x) => x.ruleId === 'judgement-consistency');
    assert.deepEqual(summarise(text, p.related!.map((r) => ({ ...p, ...r }))), [
      '26:46 error judgement-consistency Headline judgement `Good` is here',
    ]);
  });

  it('changing the overall sentence of the executive summary gives one consistency error', () => {
    const text = replaceOnce(sutton(), "Children's services in Sutton are good. The senior", "Children's services in Sutton are outstanding. The senior");
    assert.deepEqual(problemsOf(text), [
      '30:35 error judgement-consistency Expected `Good` for `Overall effectiveness` as in the headline table, found `outstanding`',
      ...published(),
    ]);
  });

  it('misspelling a grade (`Goodd`) gives one grade error whose fix restores the report', () => {
    const text = replaceOnce(sutton(), '| 3. Leadership, management and governance | Good |', '| 3. Leadership, management and governance | Goodd |');
    assert.deepEqual(problemsOf(text), [
      '26:46 error judgement-grade Expected a grade of the scale (`Outstanding`, `Good`, `Requires improvement`, `Inadequate`, `Not judged`), found `Goodd`',
      ...published(),
    ]);
    assert.equal(fixText(text, onlyMine), sutton());
  });

  it('writing `Not Judged` for a grade gives one warning, never an error', () => {
    const text = replaceOnce(sutton(), '| 2.1 Adoption performance | Good |', '| 2.1 Adoption performance | Not Judged |');
    // The adoption sentence still says good: the statements now disagree, which is a second, real defect.
    assert.deepEqual(problemsOf(text), [
      '24:30 warning judgement-grade Expected `Not judged`, found `Not Judged`',
      published()[0],
      '294:65 error judgement-consistency Expected `Not judged` for `Adoption performance` as in the headline table, found `good`',
      published()[1],
    ]);
  });

  it('judging leadership inadequate everywhere, overall still good, gives one relations warning', () => {
    let text = replaceOnce(sutton(), '| 3. Leadership, management and governance | Good |', '| 3. Leadership, management and governance | Inadequate |');
    text = replaceOnce(text, '| Leadership, management and governance | Good |', '| Leadership, management and governance | Inadequate |');
    assert.deepEqual(problemsOf(text), [
      '20:37 warning judgement-relations Expected overall effectiveness `Inadequate` as `Leadership, management and governance` is `Inadequate`, found `good`',
      ...published(),
    ]);
  });

  it('judging key judgement 2 outstanding everywhere, above both 2.1 and 2.2, gives one relations warning', () => {
    let text = replaceOnce(sutton(), '| 2. Children looked after and achieving permanence | Good |', '| 2. Children looked after and achieving permanence | Outstanding |');
    text = replaceOnce(text, '| The experiences and progress of children looked after and achieving permanence | Good |', '| The experiences and progress of children looked after and achieving permanence | Outstanding |');
    assert.deepEqual(problemsOf(text), [
      '23:55 warning judgement-relations Expected `Children looked after and achieving permanence` no better than `Good`, the better of `2.1` and `2.2`, found `Outstanding`',
      ...published(),
    ]);
  });

  it('numbering a headline row `2.3` gives one headline error whose fix restores the report', () => {
    const text = replaceOnce(sutton(), '| 2.1 Adoption performance |', '| 2.3 Adoption performance |');
    assert.deepEqual(problemsOf(text), ['24:3 error headline-judgements Expected number `2.1` for `Adoption performance`, found `2.3`', ...published()]);
    assert.equal(fixText(text, onlyMine), sutton());
  });

  it('removing a required section (and its contents row) gives one error whose fix re-inserts the heading in its place', () => {
    const section = /## Summary for children and young people\n[\s\S]*?(?=## The experiences and progress of children who need help)/;
    const text = replaceOnce(replaceOnce(sutton(), section, ''), '| Summary for children and young people | 9 |\n', '');
    assert.deepEqual(problemsOf(text), [
      published()[0],
      '152:4 error required-sections Expected section `Summary for children and young people` between `Recommendations` and `The experiences and progress of children who need help and protection`, found none',
      published(-14)[1],
    ]);
    const [p] = lintText(text).filter((x) => x.ruleId === 'required-sections');
    assert.equal(p.fix?.title, 'Insert heading `## Summary for children and young people`');
    const expected = replaceOnce(replaceOnce(sutton(), section, '## Summary for children and young people\n\n'), '| Summary for children and young people | 9 |\n', '');
    assert.equal(fixText(text, onlyMine), expected);
  });

  it('fixing every fixable problem of these rules at once leaves nothing of theirs to fix, and nothing else changed', () => {
    let text = sutton();
    text = replaceOnce(text, '| 1. Children who need help and protection | Good |', '| 1. Children who need help and protection | Goood |');
    text = replaceOnce(text, '| 2.2 Experiences and progress of care leavers | Requires improvement |', '| 2.2 Experiences and progress of care leavers | Require Improvement |');
    text = replaceOnce(text, '| 3. Leadership, management and governance |', '| 4. Leadership, management and governance |');
    text = replaceOnce(text, /^## Recommendations\n/m, '### Recommendations\n');
    const lost = /## Information about this inspection\n[\s\S]*?(?=\[\^1\]:)/;
    text = replaceOnce(text, lost, '');
    const fixed = fixText(text, onlyMine);
    assert.deepEqual(lintText(fixed, onlyMine).filter((p) => p.fix), []);
    assert.equal(fixed, replaceOnce(sutton(), lost, '## Information about this inspection\n\n'));
  });
});
