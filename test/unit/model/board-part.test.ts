/**
 * The board's part is found by its heading however the report names the
 * board: the Local Safeguarding Children Board with or without `The` and
 * `(LSCB)`, a review of its effectiveness, or the board named for its area
 * (`Kent Safeguarding Children Board (KSCB)`). Its recommendations and
 * findings are the board's, and its markers link to the board's
 * recommendations, as with the heading the Sutton report uses.
 */
import { strict as assert } from 'node:assert';
import { corpus, lintText, model, replaceOnce } from '../../helpers/drafts';

const heading = '## The Local Safeguarding Children Board (LSCB)';

describe('the board part', () => {
  const sutton = corpus('sutton-2017');
  const parts = (text: string) => model(text).paragraphs.map((p) => `${p.number} ${p.part} ${p.role}`);
  const links = (text: string) => model(text).links.map((l) => `${l.markerIndex} ${l.recommendationId} ${l.confidence}`);
  const problems = (text: string) =>
    lintText(text)
      .filter((p) => p.ruleId !== 'contents')
      .map((p) => `${p.severity} ${p.ruleId} ${p.message}`);

  for (const title of [
    'Local Safeguarding Children Board',
    'The Local Safeguarding Children Board (the LSCB)',
    'Review of the effectiveness of the Local Safeguarding Children Board',
    'Sutton Safeguarding Children Board (SSCB)',
    'The LSCB',
  ]) {
    it(`is found under \`## ${title}\``, () => {
      const text = replaceOnce(sutton, heading, `## ${title}`);
      assert.deepEqual(parts(text), parts(sutton));
      assert.deepEqual(links(text), links(sutton));
      assert.deepEqual(problems(text), problems(sutton));
    });
  }

  it('is found under a heading of the board\'s own acronym, which is then used before it is introduced', () => {
    const text = replaceOnce(sutton, heading, '## The SSCB');
    assert.deepEqual(parts(text), parts(sutton));
    assert.deepEqual(links(text), links(sutton));
    assert.deepEqual(problems(text), [...problems(sutton), 'warning acronyms Acronym `SSCB` is never introduced']);
  });

  it("reads a recommendation written as a paragraph of its own, in a recommendations section with no list, as the part's", () => {
    const m = /\n81\. (.*)\n/.exec(sutton)!;
    let text = sutton.replace(m[0], `\n${m[1]}\n`);
    for (let n = 82; n <= 95; n++) text = text.replace(`\n${n}. `, `\n${n - 1}. `);
    assert.deepEqual(model(text).recommendations.map((r) => `${r.id} ${r.part}`).slice(-2), ['10 local-authority', 'B1 board']);
    assert.deepEqual(problems(text), problems(sutton));
    // One that only uses the word is one.
    const worded = text.replace(`\n${m[1]}\n`, '\nEnsure that the recommendations of serious case reviews are acted on promptly.\n');
    assert.deepEqual(model(worded).recommendations.map((r) => r.id).slice(-1), ['B1']);
    // One that leads into them or speaks of them is none.
    const led = text.replace(`\n${m[1]}\n`, `\nThe LSCB should:\n\n${m[1]}\n\nThese recommendations apply to the board's partners too.\n`);
    assert.deepEqual(model(led).recommendations.map((r) => r.id), model(text).recommendations.map((r) => r.id));
    // A section with a list has its recommendations in it: a paragraph there is prose about them.
    const withIntro = sutton.replace('### Recommendations\n\n81.', '### Recommendations\n\nThe board should:\n\n81.');
    assert.deepEqual(model(withIntro).recommendations.map((r) => r.id), model(sutton).recommendations.map((r) => r.id));
  });

  it('is not found under a heading that names no board', () => {
    const text = replaceOnce(sutton, heading, '## Safeguarding partnerships');
    assert.ok(model(text).paragraphs.every((p) => p.part === 'local-authority'));
  });
});
