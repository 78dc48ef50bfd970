/**
 * `unused-disable-directive` as a rule: its id, severity and fixes. How the
 * comments work is specified in test/unit/engine/directives.test.ts.
 */
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes';
import { unusedDisableDirective } from '../../../server/src/rules/unused-disable-directive';
import { lintText, offsetOf, summarise, where } from '../../helpers/drafts';

const id = 'unused-disable-directive';
const of = (text: string, config = {}) => lintText(text, config).filter((p) => p.ruleId === id);

describe('unused-disable-directive', () => {
  it('is a fixable warning by default, with the id the engine reports', () => {
    assert.deepEqual([unusedDisableDirective.id, unusedDisableDirective.defaultSeverity, unusedDisableDirective.fixable], [id, 'warning', true]);
  });

  it('accepts a comment that suppresses a problem', () => {
    assert.deepEqual(of('# Body\n\n<!-- inspection-lint-disable-next-line acronyms -->\nThe PAUSE project helps.\n'), []);
  });

  it('reports a comment that suppresses nothing, and its fix removes it', () => {
    const text = '# Body\n\n<!-- inspection-lint-disable-next-line acronyms -->\nThe project helps.\n';
    const problems = of(text);
    assert.deepEqual(summarise(text, problems), [`${where(text, offsetOf(text, '<!--'))} warning ${id} Disable comment for \`acronyms\` suppressed nothing`]);
    assert.equal(applyEdits(text, problems[0].fix!.edits), '# Body\n\nThe project helps.\n');
  });

  it('reports an unknown rule id with no close match, and its fix removes the comment', () => {
    const text = '# Body\n\nThe project helps. <!-- inspection-lint-disable-line spelling -->\n';
    const problems = of(text);
    assert.deepEqual(summarise(text, problems), [`${where(text, offsetOf(text, 'spelling'))} warning ${id} Unknown rule \`spelling\` in disable comment`]);
    assert.equal(problems[0].fix!.title, 'Remove the disable comment');
    assert.equal(applyEdits(text, problems[0].fix!.edits), '# Body\n\nThe project helps. \n');
  });

  it('takes its severity from the config', () => {
    const text = '# Body\n\n<!-- inspection-lint-disable-next-line acronyms -->\nThe project helps.\n';
    assert.deepEqual(of(text, { rules: { [id]: 'info' } }).map((p) => p.severity), ['info']);
    assert.deepEqual(of(text, { rules: { [id]: 'off' } }), []);
  });
});
