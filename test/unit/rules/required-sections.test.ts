import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, offsetOf, replaceOnce, where } from '../../helpers/drafts';
import { fixRule } from '../../helpers/rule-only';

const rule = 'required-sections';
const sutton = () => corpus('sutton-2017');

/** The Sutton report without one `##` section (its heading and everything under it). */
const withoutSection = (text: string, heading: string) => {
  const start = offsetOf(text, `\n## ${heading}\n`) + 1;
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(0, start) + (next < 0 ? '' : text.slice(next + 1));
};

/** The Sutton report with only the heading line of a section removed. */
const withoutHeading = (text: string, heading: string) => replaceOnce(text, new RegExp(`^${heading.replace(/[()]/g, '\\$&')}\\n\\n`, 'm'), '');

const messages = (text: string, options = {}) => lintRule(text, rule, options).map((p) => p.message);

describe('required-sections', () => {
  for (const name of corpusNames) {
    it(`finds every required section of ${name}, in order`, () => {
      assert.deepEqual(lintRule(corpus(name), rule), []);
    });
  }

  it('reports a missing section between its neighbours, and re-inserts its heading there', () => {
    const text = withoutHeading(sutton(), '## Summary for children and young people');
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), [
      'Expected section `Summary for children and young people` between `Recommendations` and `The experiences and progress of children who need help and protection`, found none',
    ]);
    assert.equal(problems[0].fix?.title, 'Insert heading `## Summary for children and young people`');
    // The heading goes straight before the next section: the text under the lost heading stays where it was.
    const next = '## The experiences and progress of children who need help and protection\n';
    assert.equal(fixRule(text, rule), replaceOnce(text, next, `## Summary for children and young people\n\n${next}`));
    const removed = withoutSection(sutton(), 'Summary for children and young people');
    assert.equal(fixRule(removed, rule), replaceOnce(sutton(), /## Summary for children and young people\n[\s\S]*?(?=## The experiences)/, '## Summary for children and young people\n\n'));
  });

  it('reports every missing section, not just the first', () => {
    const text = withoutSection(withoutSection(sutton(), 'Contents'), 'Leadership, management and governance');
    assert.deepEqual(messages(text), [
      'Expected section `Contents` between `Executive summary` and `The local authority`, found none',
      'Expected section `Leadership, management and governance` between `The experiences and progress of children looked after and achieving permanence` and `The Local Safeguarding Children Board (LSCB)`, found none',
    ]);
  });

  it('inserts a missing last section after the one it follows', () => {
    const text = withoutSection(sutton(), 'Information about this inspection');
    assert.deepEqual(messages(text), ['Expected section `Information about this inspection` after `The Local Safeguarding Children Board (LSCB)`, found none']);
    assert.match(fixRule(text, rule), /\(Recommendation\)\n\n## Information about this inspection\n+$/);
  });

  it('inserts a missing last section before the footnote definitions gathered at the end', () => {
    const text = `${withoutSection(sutton(), 'Information about this inspection').trimEnd()} \t\n\n[^8]: A note.  \n\n[^9]: Another note.\t\n \n`;
    assert.match(fixRule(text, rule), /\(Recommendation\)\n\n## Information about this inspection \t\n\n\[\^8\]: A note\. {2}\n\n\[\^9\]: Another note\.\t\n \n$/);
  });

  it('reports a section out of order once', () => {
    const text = sutton().replace(/(## Recommendations\n[\s\S]*?)(## Summary for children and young people\n[\s\S]*?)(?=## The experiences)/, (_, a, b) => b + a);
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), [
      'Expected section `Recommendations` after `The local authority`, found it after `Summary for children and young people`',
    ]);
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, 'Recommendations\n\n1.')));
    assert.equal(problems[0].fix, undefined);
  });

  it('accepts a report with no board part, as a re-inspection report has', () => {
    assert.deepEqual(messages(withoutSection(sutton(), 'The Local Safeguarding Children Board (LSCB)')), []);
  });

  it('requires the board part\'s own required sections when it exists, with the right depth of heading', () => {
    const text = withoutHeading(sutton(), '### Executive summary');
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Expected section `Executive summary` before `Recommendations`, found none']);
    assert.equal(problems[0].fix?.title, 'Insert heading `### Executive summary`');
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, 'Recommendations\n\n81.')));
  });

  it('knows the board\'s findings heading when it names the board `(LSCB)`', () => {
    const text = replaceOnce(sutton(), '### Inspection findings – the Local Safeguarding Children Board\n', '### Inspection findings – the Local Safeguarding Children Board (LSCB)\n');
    assert.deepEqual(messages(text), []);
  });

  it('reports a required section written at the wrong depth, and fixes its heading', () => {
    const text = replaceOnce(sutton(), /^## Recommendations\n/m, '### Recommendations\n');
    assert.deepEqual(messages(text), ['Expected section `Recommendations` as a `##` heading, found `###`']);
    assert.equal(fixRule(text, rule), sutton());
  });

  it('reports a required section whose title is mis-spelt as that, not as missing, and fixes the title', () => {
    const text = replaceOnce(sutton(), /^## Recommendations\n/m, '## Recomendations\n');
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Expected section `Recommendations`, found `Recomendations`']);
    assert.equal(problems[0].fix?.title, 'Rename `Recomendations` to `Recommendations`');
    assert.equal(fixRule(text, rule), sutton());
  });

  it('tells a slip from another title as each draft writes it, whatever drafts came before (distances are remembered)', () => {
    const titled = (title: string) => messages(replaceOnce(sutton(), /^## Recommendations\n/m, `## ${title}\n`));
    const slip = (title: string) => [`Expected section \`Recommendations\`, found \`${title}\``];
    const missing = ['Expected section `Recommendations` between `The local authority` and `Summary for children and young people`, found none'];
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(titled('Recomendations'), slip('Recomendations'));
      assert.deepEqual(titled('Recommendation list'), missing);
      assert.deepEqual(titled('RECOMENDATIONS'), slip('RECOMENDATIONS'));
      assert.deepEqual(titled('Recomendatoins'), slip('Recomendatoins'));
      assert.deepEqual(titled('Reflections'), missing);
    }
  });

  it('does not take a different section for a slip of a missing one', () => {
    const text = replaceOnce(withoutSection(sutton(), 'Recommendations'), /^## Summary for children and young people\n/m, '## Recommendations for children\n\n## Summary for children and young people\n');
    assert.deepEqual(messages(text), [
      'Expected section `Recommendations` between `The local authority` and `Summary for children and young people`, found none',
    ]);
  });

  it('reports a section written twice, pointing at the first', () => {
    const text = replaceOnce(sutton(), /^## Information about this inspection\n/m, '## Contents\n\n## Information about this inspection\n');
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Expected section `Contents` once, found it again']);
    assert.equal(where(text, problems[0].related![0].span.start), where(text, offsetOf(text, 'Contents')));
  });

  it('option `ignore` lets a draft leave out sections, by id or by title', () => {
    const text = withoutSection(withoutSection(sutton(), 'Contents'), 'Summary for children and young people');
    assert.equal(messages(text).length, 2);
    assert.deepEqual(messages(text, { ignore: ['contents', 'Summary for children and young people'] }), []);
  });

  it('fixes an empty draft to every required heading in order, leaving nothing of its own to fix', () => {
    const fixed = fixRule('# London Borough of Sutton\n', rule);
    assert.deepEqual(messages(fixed), []);
    assert.deepEqual(
      fixed.split('\n').filter((l) => l.startsWith('## ')),
      [
        '## Executive summary',
        '## Contents',
        '## The local authority',
        '## Recommendations',
        '## Summary for children and young people',
        '## The experiences and progress of children who need help and protection',
        '## The experiences and progress of children looked after and achieving permanence',
        '## Leadership, management and governance',
        '## Information about this inspection',
      ],
    );
  });
});
