/**
 * Fixes of the judgement and structure rules converge: on a skeleton report
 * broken in random ways they care about (sections removed, grades mis-written,
 * rows misnumbered), applying every fix leaves nothing of theirs to fix, and
 * fixing again changes nothing.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Config } from '../../server/src/engine/config';
import { rules } from '../../server/src/rules';
import { fixText, lintText } from '../helpers/drafts';

const mine = ['judgement-grade', 'judgement-consistency', 'judgement-relations', 'headline-judgements', 'required-sections'];
const onlyMine: Config = { rules: Object.fromEntries(rules.map((r) => [r.id, mine.includes(r.id) ? r.defaultSeverity : 'off'])) };

const rows: [string, string][] = [
  ['1.', 'Children who need help and protection'],
  ['2.', 'Children looked after and achieving permanence'],
  ['2.1', 'Adoption performance'],
  ['2.2', 'Experiences and progress of care leavers'],
  ['3.', 'Leadership, management and governance'],
];

const sections = [
  'Executive summary',
  'Contents',
  'The local authority',
  'Recommendations',
  'Summary for children and young people',
  'The experiences and progress of children who need help and protection',
  'The experiences and progress of children looked after and achieving permanence',
  'Leadership, management and governance',
  'Information about this inspection',
];

/** Ways a grade cell is written: right, mis-capitalised, near misses. */
const gradeCell = fc.constantFrom('Good', 'good', 'GOOD', 'Goood', 'Godo', 'Requires Improvement', 'Require improvement', 'Requires improvement', 'Outstandnig', 'Not Judged');
const rowNumber = (n: string) => fc.constantFrom(n, n, '4.', '2.3', '');

const draft = fc
  .record({
    grades: fc.tuple(gradeCell, gradeCell, gradeCell, gradeCell, gradeCell),
    numbers: fc.tuple(...rows.map(([n]) => rowNumber(n))),
    kept: fc.tuple(...sections.map(() => fc.boolean())),
  })
  .map(({ grades, numbers, kept }) => {
    const table = rows.map(([, label], i) => `| ${numbers[i] ? `${numbers[i]} ` : ''}${label} | ${grades[i]} |`).join('\n');
    const body = sections.filter((_, i) => kept[i]).map((t) => `## ${t}\n\nText of ${t.toLowerCase()}.`);
    return ['# Somewhere', `| Children's services in Somewhere are good | |\n| --- | --- |\n${table}`, ...body].join('\n\n') + '\n';
  });

describe('fixes of the judgement and structure rules', () => {
  it('converge: nothing of theirs is left to fix, and fixing again changes nothing', () => {
    let changed = 0;
    fc.assert(
      fc.property(draft, (text) => {
        const fixed = fixText(text, onlyMine);
        if (fixed !== text) changed++;
        assert.deepEqual(
          lintText(fixed, onlyMine)
            .filter((p) => p.fix)
            .map((p) => `${p.ruleId} ${p.message}`),
          [],
        );
        assert.equal(fixText(fixed, onlyMine), fixed);
      }),
      { numRuns: 100, seed: 20161214 },
    );
    assert.ok(changed > 50, `only ${changed} of 100 drafts needed a fix`);
  });
});
