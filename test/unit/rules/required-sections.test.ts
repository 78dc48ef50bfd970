import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, lintText, model, offsetOf, replaceOnce, where } from '../../helpers/drafts';
import { fixRule } from '../../helpers/rule-only';
import type { Section } from '../../../server/src/model/types';

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

  it("knows the board's findings heading however it names the board: by its area's acronym, or not at all", () => {
    for (const title of ['Inspection findings – the SSCB', 'Inspection findings – the board', 'Inspection findings: Sutton Safeguarding Children Board']) {
      const text = replaceOnce(sutton(), '### Inspection findings – the Local Safeguarding Children Board\n', `### ${title}\n`);
      assert.deepEqual(messages(text), [], title);
    }
  });

  it('knows a section whose heading holds a footnote reference with no definition (the footnote is the slip)', () => {
    const text = replaceOnce(sutton(), /^## Recommendations\n/m, '## Recommendations[^9]\n');
    assert.deepEqual(messages(text), []);
    assert.deepEqual(lintText(text).filter((p) => p.severity === 'error').map((p) => p.ruleId), ['footnotes']);
  });

  it('knows the summary for children and young people under the names reports give it', () => {
    for (const title of ['Summary for children and young people in Sutton', 'A summary for children and young people', 'Summary for young people and children']) {
      const text = replaceOnce(sutton(), /^## Summary for children and young people\n/m, `## ${title}\n`);
      assert.deepEqual(messages(text), [], title);
    }
  });

  it('reports a required section written at the wrong depth, and fixes its heading', () => {
    const text = replaceOnce(sutton(), /^## Recommendations\n/m, '### Recommendations\n');
    assert.deepEqual(messages(text), ['Expected section `Recommendations` as a `##` heading, found `###`']);
    assert.equal(fixRule(text, rule), sutton());
  });

  describe('a section one level out of place', () => {
    const problems = (text: string) => lintText(text).filter((p) => p.ruleId !== rule).map((p) => `${p.severity} ${p.ruleId} ${p.message}`);
    const parts = (text: string) => model(text).paragraphs.map((p) => `${p.number} ${p.part} ${p.role}`);
    const links = (text: string) => model(text).links.map((l) => `${l.markerIndex} ${l.recommendationId} ${l.confidence}`);

    it("reads the board's parts written as `##` headings as the board's, with one problem each, and fixes each heading", () => {
      let text = sutton();
      for (const title of ['Executive summary', 'Recommendations', 'Inspection findings – the Local Safeguarding Children Board']) {
        text = replaceOnce(text, `\n### ${title}\n`, `\n## ${title}\n`);
      }
      assert.deepEqual(messages(text), [
        'Expected section `Executive summary`, a part of `The Local Safeguarding Children Board (LSCB)`, as a `###` heading, found `##`',
        'Expected section `Recommendations`, a part of `The Local Safeguarding Children Board (LSCB)`, as a `###` heading, found `##`',
        'Expected section `Inspection findings – the Local Safeguarding Children Board`, a part of `The Local Safeguarding Children Board (LSCB)`, as a `###` heading, found `##`',
      ]);
      // Everything else reads as in the published report: the board's recommendation and findings are the board's.
      assert.deepEqual(parts(text), parts(sutton()));
      assert.deepEqual(links(text), links(sutton()));
      assert.deepEqual(problems(text), problems(sutton()));
      assert.equal(fixRule(text, rule), sutton());
    });

    it('reads a part of the local authority written as `##`, with its own subsections, where it belongs', () => {
      const text = replaceOnce(sutton(), '\n### Information about this local authority area', '\n## Information about this local authority area');
      assert.deepEqual(messages(text), ['Expected section `Information about this local authority area`, a part of `The local authority`, as a `###` heading, found `##`']);
      const area = model(text).sections.find((s) => s.title === 'The local authority')!.children[0];
      assert.deepEqual(area.children.map((s) => s.title), ['Previous Ofsted inspections', 'Local leadership', 'Children living in this area', 'Child protection in this area', 'Children looked after in this area']);
      assert.equal(fixRule(text, rule), sutton());
    });

    it('reads a later top-level section written as `###` as that section, its recommendations included', () => {
      const text = replaceOnce(sutton(), /^## Recommendations\n/m, '### Recommendations\n');
      assert.deepEqual(parts(text), parts(sutton()));
      assert.deepEqual(links(text), links(sutton()));
      assert.deepEqual(problems(text), problems(sutton()));
    });

    it('reads the parts after one slipped heading where they are written: the one slip is one problem', () => {
      for (const [from, to] of [
        ['\n### Recommendations\n\n81', '\n## Recommendations\n\n81'],
        ['\n### Executive summary\n', '\n## Executive summary\n'],
      ]) {
        const text = replaceOnce(sutton(), from, to);
        assert.equal(messages(text).length, 1, to);
        assert.deepEqual(parts(text), parts(sutton()), to);
        assert.deepEqual(links(text), links(sutton()), to);
        assert.deepEqual(problems(text), problems(sutton()), to);
        assert.equal(fixRule(text, rule), sutton(), to);
      }
      // A judged section written `###`: its own parts, written `###`, stay under it.
      const judged = '## The experiences and progress of children looked after and achieving permanence\n';
      const text = replaceOnce(sutton(), judged, `#${judged}`);
      const section = model(text).sections.find((x) => x.profileId === 'looked-after')!;
      assert.deepEqual(section.children.map((x) => x.title), model(sutton()).sections.find((x) => x.profileId === 'looked-after')!.children.map((x) => x.title));
      assert.equal(messages(text).length, 1);
      assert.equal(fixRule(text, rule), sutton());
    });

    it('does not lift a subsection about a section that has its own `##` heading later, or that only a title pattern finds', () => {
      for (const [before, sub] of [
        ['\n80. Sutton has', '### The Local Safeguarding Children Board'],
        ['\n80. Sutton has', '### Partnership with the Local Safeguarding Children Board'],
        ['\n## Contents\n', '### Areas for improvement'],
      ]) {
        const text = replaceOnce(sutton(), before, `\n${sub}\n\nA few words.\n${before}`);
        assert.deepEqual(messages(text), [], sub);
        assert.deepEqual(parts(text), parts(sutton()), sub);
      }
    });

    it('reports nothing for a part written a level deeper than its parent allows, as before: it stands where it is written', () => {
      const text = replaceOnce(sutton(), '### Information about this local authority area', '#### Information about this local authority area');
      assert.deepEqual(messages(text), []);
    });

    it('ends every section at a `#` heading, a part of one included', () => {
      const text = replaceOnce(sutton(), '\n### Recommendations\n\n81', '\n# A part of its own\n\n## Recommendations\n\n81');
      const within = (list: readonly Section[], outer?: Section): void => {
        for (const x of list) {
          if (outer) assert.ok(x.span.start >= outer.span.start && x.span.end <= outer.span.end, x.title);
          within(x.children, x);
        }
      };
      within(model(text).sections);
    });

    it('leaves a subsection named for a section met before, or for a part of another section, where it stands', () => {
      const under = '## Leadership, management and governance\n';
      for (const title of ['Recommendations', 'Executive summary', 'Information about this local authority area']) {
        const text = replaceOnce(sutton(), under, `${under}\n### ${title}\n`);
        assert.deepEqual(messages(text), [], title);
        assert.deepEqual(parts(text), parts(sutton()), title);
      }
      // A `##` heading naming a part of a section other than the one before it is a section of its own.
      const text = replaceOnce(sutton(), under, `## Information about this local authority area\n\n${under}`);
      assert.equal(model(text).sections.filter((s) => s.title === 'Information about this local authority area').length, 1);
    });
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
