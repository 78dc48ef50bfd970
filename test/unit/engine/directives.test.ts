/**
 * Inline disable comments: which problems they suppress, and the comments
 * reported as `unused-disable-directive` (suppressing nothing, or naming an
 * unknown rule), with fixes that remove or correct them.
 */
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes';
import { fixText, lintText, model, offsetOf, summarise, where } from '../../helpers/drafts';

/** A draft whose only problems are footnote and acronym ones, on lines we can name. */
const body = (...blocks: string[]) => `# Body\n\n${blocks.join('\n\n')}\n`;
const mine = (text: string) => summarise(text, lintText(text).filter((p) => ['footnotes', 'acronyms', 'unused-disable-directive'].includes(p.ruleId)));
const at = (text: string, needle: string, n = 0) => where(text, offsetOf(text, needle, n));

describe('disable comments', () => {
  it('reads the rule ids a comment names, and a note after `--`', () => {
    const [d] = model('<!-- inspection-lint-disable footnotes, acronyms -- names of projects -->\n').directives;
    assert.equal(d.kind, 'disable');
    assert.deepEqual(d.rules, ['footnotes', 'acronyms']);
    assert.deepEqual(d.ruleSpans.map((s) => s.end - s.start), ['footnotes'.length, 'acronyms'.length]);
  });

  it('ignores a disable comment shown inside code', () => {
    const text = body('Write `<!-- inspection-lint-disable-next-line acronyms -->` to allow one use.', '```markdown\n<!-- inspection-lint-disable acronyms -->\n```', 'The PAUSE project helps.');
    assert.deepEqual(model(text).directives, []);
    assert.deepEqual(mine(text), [`${at(text, 'PAUSE')} warning acronyms Acronym \`PAUSE\` is never introduced`]);
  });

  it('`disable-next-line` turns the named rule off for the next line only', () => {
    const text = body('<!-- inspection-lint-disable-next-line acronyms -->\nThe PAUSE project helps.', 'The MASE panel meets.');
    assert.deepEqual(mine(text), [`${at(text, 'MASE')} warning acronyms Acronym \`MASE\` is never introduced`]);
  });

  it('`disable-next-line` before a blank line applies to the next line that holds text', () => {
    const text = body('<!-- inspection-lint-disable-next-line acronyms -->', 'The PAUSE project helps.');
    assert.deepEqual(mine(text), []);
  });

  it('`disable-line` turns the rule off on its own line', () => {
    const text = body('The PAUSE project helps. <!-- inspection-lint-disable-line acronyms -->', 'The MASE panel meets.');
    assert.deepEqual(mine(text), [`${at(text, 'MASE')} warning acronyms Acronym \`MASE\` is never introduced`]);
  });

  it('`disable` ... `enable` turns the rule off for the region between them', () => {
    const text = body(
      '<!-- inspection-lint-disable footnotes -->',
      'One[^8].',
      'Two[^9].',
      '<!-- inspection-lint-enable footnotes -->',
      'Three[^7].',
    );
    assert.deepEqual(mine(text), [`${at(text, '[^7]')} error footnotes Expected a definition of footnote \`[^7]\`, found none`]);
  });

  it('`disable` with no `enable` runs to the end of the draft', () => {
    const text = body('<!-- inspection-lint-disable footnotes -->', 'One[^8].', 'Two[^9].');
    assert.deepEqual(mine(text), []);
  });

  it('a comment naming no rule turns every rule off', () => {
    const text = body('<!-- inspection-lint-disable-next-line -->\nThe PAUSE project[^8] helps.', 'The MASE panel meets.');
    assert.deepEqual(mine(text), [`${at(text, 'MASE')} warning acronyms Acronym \`MASE\` is never introduced`]);
  });

  it('a comment naming one rule leaves the others on', () => {
    const text = body('<!-- inspection-lint-disable-next-line acronyms -->\nThe PAUSE project[^8] helps.');
    assert.deepEqual(mine(text), [`${at(text, '[^8]')} error footnotes Expected a definition of footnote \`[^8]\`, found none`]);
  });

  it('reports a comment that suppressed nothing, with a fix that removes its line', () => {
    const text = body('<!-- inspection-lint-disable-next-line footnotes -->\nThe MASE panel meets.');
    const problems = lintText(text).filter((p) => p.ruleId === 'unused-disable-directive');
    assert.deepEqual(summarise(text, problems), [`${at(text, '<!--')} warning unused-disable-directive Disable comment for \`footnotes\` suppressed nothing`]);
    assert.equal(problems[0].fix!.title, 'Remove the unused disable comment');
    assert.equal(applyEdits(text, problems[0].fix!.edits), body('The MASE panel meets.'));
  });

  it('removes only the comment when it shares its line with text', () => {
    const text = body('The panel meets. <!-- inspection-lint-disable-line acronyms -->');
    const [p] = lintText(text).filter((x) => x.ruleId === 'unused-disable-directive');
    assert.equal(applyEdits(text, p.fix!.edits), body('The panel meets. '));
  });

  it('removes an unused region with its `enable` comment', () => {
    const text = body('<!-- inspection-lint-disable footnotes -->', 'No footnotes here.', '<!-- inspection-lint-enable footnotes -->', 'Done.');
    const problems = lintText(text).filter((p) => p.ruleId === 'unused-disable-directive');
    assert.deepEqual(summarise(text, problems), [`${at(text, '<!--')} warning unused-disable-directive Disable comment for \`footnotes\` suppressed nothing`]);
    assert.equal(applyEdits(text, problems[0].fix!.edits), '# Body\n\n\nNo footnotes here.\n\n\nDone.\n');
  });

  it('reports an unknown rule id once, with a fix to the closest known id, and does not also call it unused', () => {
    const text = body('<!-- inspection-lint-disable-next-line acronym -->\nThe PAUSE project helps.');
    const problems = lintText(text).filter((p) => p.ruleId === 'unused-disable-directive');
    assert.deepEqual(summarise(text, problems), [
      `${at(text, 'acronym ')} warning unused-disable-directive Unknown rule \`acronym\` in disable comment, closest is \`acronyms\``,
    ]);
    assert.equal(problems[0].fix!.title, 'Replace `acronym` with `acronyms`');
    const fixed = applyEdits(text, problems[0].fix!.edits);
    assert.deepEqual(mine(fixed), []);
  });

  it('does not treat a comment that names only unknown rules as turning every rule off', () => {
    const text = body('<!-- inspection-lint-disable-next-line no-such-thing -->\nThe PAUSE project helps.');
    assert.deepEqual(mine(text), [
      `${at(text, 'no-such-thing')} warning unused-disable-directive Unknown rule \`no-such-thing\` in disable comment`,
      `${at(text, 'PAUSE')} warning acronyms Acronym \`PAUSE\` is never introduced`,
    ]);
  });

  it('can be turned off or raised to an error like any rule', () => {
    const text = body('<!-- inspection-lint-disable-next-line footnotes -->\nNothing here.');
    assert.deepEqual(lintText(text, { rules: { 'unused-disable-directive': 'off' } }).filter((p) => p.ruleId === 'unused-disable-directive'), []);
    assert.deepEqual(
      lintText(text, { rules: { 'unused-disable-directive': 'error' } }).filter((p) => p.ruleId === 'unused-disable-directive').map((p) => p.severity),
      ['error'],
    );
  });

  it('fixing all leaves no unused comment and keeps the rest of the draft', () => {
    const text = body('<!-- inspection-lint-disable-next-line footnotes -->\nThe panel meets.', 'The end.');
    const fixed = fixText(text);
    assert.ok(!fixed.includes('inspection-lint-disable'));
    assert.ok(fixed.includes('\n\nThe panel meets.\n\nThe end.\n'));
  });
});
