import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, offsetOf, replaceOnce, where } from '../../helpers/drafts';

const rule = 'judgement-consistency';

const draft = (overall: string, rows: string[], body = '') =>
  ['# London Borough of Sutton', `| ${overall} | |\n| --- | --- |\n` + rows.join('\n'), '## Executive summary', body].join('\n\n') + '\n';

describe('judgement-consistency', () => {
  for (const name of corpusNames) {
    it(`finds every statement of ${name} in agreement`, () => {
      assert.deepEqual(lintRule(corpus(name), rule), []);
    });
  }

  it('reports a section table that disagrees with the headline table, once, pointing at the headline row', () => {
    const text = replaceOnce(corpus('sutton-2017'), '| Leadership, management and governance | Good |', '| Leadership, management and governance | Outstanding |');
    const problems = lintRule(text, rule);
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p.message, 'Expected `Good` for `Leadership, management and governance` as in the headline table, found `Outstanding`');
    assert.equal(where(text, p.span.start), where(text, offsetOf(text, 'Outstanding |')));
    const headlineRow = '| 3. Leadership, management and governance | ';
    assert.deepEqual(
      p.related?.map((r) => [r.message, where(text, r.span.start)]),
      [['Headline judgement `Good` is here', where(text, offsetOf(text, headlineRow) + headlineRow.length)]],
    );
  });

  it('compares the overall sentence of the headline header with the one opening the executive summary', () => {
    const text = replaceOnce(corpus('sutton-2017'), "Children's services in Sutton are good.", "Children's services in Sutton require improvement.");
    assert.deepEqual(
      lintRule(text, rule).map((p) => p.message),
      ['Expected `Good` for `Overall effectiveness` as in the headline table, found `require improvement`'],
    );
  });

  it('reads a judgement sentence that ends in a footnote mark', () => {
    const text = replaceOnce(corpus('sutton-2017'), 'The graded judgement for adoption performance is that it is good\n', 'The graded judgement for adoption performance is that it is outstanding[^9]\n\n[^9]: A note.\n');
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Expected `Good` for `Adoption performance` as in the headline table, found `outstanding`']);
    const beforeStop = replaceOnce(corpus('sutton-2017'), 'The graded judgement for adoption performance is that it is good\n', 'The graded judgement for adoption performance is that it is outstanding[^9].\n\n[^9]: A note.\n');
    assert.deepEqual(lintRule(beforeStop, rule).map((p) => p.message), ['Expected `Good` for `Adoption performance` as in the headline table, found `outstanding`']);
    const agreeing = replaceOnce(corpus('sutton-2017'), 'The graded judgement for adoption performance is that it is good\n', 'The graded judgement for adoption performance is that it is good[^9]\n\n[^9]: A note.\n');
    assert.deepEqual(lintRule(agreeing, rule), []);
  });

  it('takes an opening about what the services were, or are no longer, for prose', () => {
    for (const opening of ['no longer require improvement', 'were previously judged to require improvement', 'previously required improvement', 'have been judged inadequate in the past']) {
      const text = replaceOnce(corpus('sutton-2017'), "Children's services in Sutton are good.", `Children's services in Sutton ${opening}.`);
      assert.deepEqual(lintRule(text, rule), [], opening);
      assert.deepEqual(lintRule(text, 'judgement-grade'), [], opening);
    }
  });

  it('compares a graded judgement sentence with its headline row', () => {
    const text = replaceOnce(
      corpus('sutton-2017'),
      '### The graded judgement for adoption performance is that it is good',
      '### The graded judgement for adoption performance is that it is outstanding',
    );
    const [p, ...rest] = lintRule(text, rule);
    assert.deepEqual(rest, []);
    assert.equal(p.message, 'Expected `Good` for `Adoption performance` as in the headline table, found `outstanding`');
  });

  it('reads the published variants of a judgement sentence: `judgment`, `on`, the board with `(LSCB)`', () => {
    const text = draft(
      "Children's services in Sutton are good",
      ['| 2.1 Adoption performance | Good |'],
      '### The graded judgment on adoption performance is that it requires improvement to be good\n\nThe Local Safeguarding Children Board (LSCB) is good\n\nThe Local Safeguarding Children Board is outstanding',
    );
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), [
      'Expected `Good` for `Adoption performance` as in the headline table, found `requires improvement to be good`',
      'Expected `Good` for `The Local Safeguarding Children Board` as in the judgement sentence, found `outstanding`',
    ]);
  });

  it('reads a judgement sentence written all in bold or italics', () => {
    const sutton = corpus('sutton-2017');
    for (const [from, to] of [
      ['\nThe Local Safeguarding Children Board is good\n', '\n**The Local Safeguarding Children Board is good**\n\nThe Local Safeguarding Children Board is inadequate\n'],
      ['### The graded judgement for adoption performance is that it is good', '_The graded judgement for adoption performance is that it is outstanding_'],
    ]) {
      const messages = lintRule(replaceOnce(sutton, from, to), rule).map((p) => p.message);
      assert.equal(messages.length, 1, messages.join('; '));
    }
  });

  it('reads the board\'s judgement however the report names the board', () => {
    const sutton = corpus('sutton-2017');
    for (const [sentence, grade] of [
      ['The LSCB requires improvement', 'requires improvement'],
      ['Sutton Safeguarding Children Board (SSCB) requires improvement to be good.', 'requires improvement to be good'],
      ['The Sutton Safeguarding Children Board is inadequate', 'inadequate'],
    ]) {
      const text = replaceOnce(sutton, '\nThe Local Safeguarding Children Board is good\n', `\nThe Local Safeguarding Children Board is good\n\n${sentence}\n`);
      const messages = lintRule(text, rule).map((p) => p.message);
      assert.equal(messages.length, 1, `${sentence}: ${messages.join('; ')}`);
      assert.match(messages[0], new RegExp(`found \`${grade}\`$`));
    }
  });

  it('takes the grade most statements give, reporting the headline when it is the odd one out', () => {
    const text = draft(
      "Children's services in Sutton are outstanding",
      [],
      "Children's services in Sutton are good. Leaders know their services well.\n\nChildren's services in Sutton are good",
    );
    const problems = lintRule(text, rule);
    assert.deepEqual(
      problems.map((p) => [where(text, p.span.start), p.message]),
      [[where(text, offsetOf(text, 'outstanding')), 'Expected `Good` for `Overall effectiveness` as in the judgement sentence, found `outstanding`']],
    );
    assert.deepEqual(problems[0].related?.map((r) => r.message), ['Judgement sentence `Good` is here', 'Judgement sentence `Good` is here']);
  });

  it('gives one problem per disagreeing statement, not one per pair', () => {
    const text = draft(
      "Children's services in Sutton are good",
      [],
      "Children's services in Sutton are outstanding. More.\n\nChildren's services in Sutton are inadequate",
    );
    const problems = lintRule(text, rule);
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'Expected `Good` for `Overall effectiveness` as in the headline table, found `outstanding`',
        'Expected `Good` for `Overall effectiveness` as in the headline table, found `inadequate`',
      ],
    );
    assert.equal(problems[0].related?.length, 2);
  });

  it('reads the overall sentence of the framework\'s first reports, `The overall judgement is that ...`', () => {
    const text = draft(
      'The overall judgement is that children’s services require improvement',
      ['| 1. Children who need help and protection | Requires improvement |'],
      "Children's services in Sutton are good. Leaders know their services well.",
    );
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Expected `Requires improvement` for `Overall effectiveness` as in the headline table, found `good`']);
  });

  it('treats the same grade written differently as agreement (that is for `judgement-grade`)', () => {
    const text = draft(
      "Children's services in Havering require improvement to be good",
      ['| 1. Children who need help and protection | Requires Improvement |'],
      "## The experiences and progress of children who need help and protection\n\n| The experiences and progress of children who need help and protection | Requires improvement to be good |\n| --- | --- |",
    );
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('leaves an unknown grade to `judgement-grade`', () => {
    const text = replaceOnce(corpus('sutton-2017'), '| 3. Leadership, management and governance | Good |', '| 3. Leadership, management and governance | Goodd |');
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('never takes prose for a statement', () => {
    const text = draft("Children's services in Sutton are good", [], 'The quality of post-adoption support is good.\n\nServices for care leavers are inadequate.');
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('reads the overall sentence only where it opens the executive summary, not at the start of a later paragraph', () => {
    const later = [
      "Children's services in Sutton have improved considerably since the last inspection in 2014, when they were judged to be inadequate.",
      "Children's services for care leavers require improvement.",
      "Children's services in Sutton are inadequate.",
    ];
    for (const sentence of later) {
      const text = replaceOnce(corpus('sutton-2017'), '\nPartnership working is good at both', `\n${sentence} Partnership working is good at both`);
      assert.deepEqual(lintRule(text, rule), [], sentence);
    }
  });

  it('takes no past, negated or qualified judgement for the overall sentence opening the executive summary', () => {
    const openings = [
      "Children's services in Sutton have improved considerably since the last inspection in 2014, when they were judged to be inadequate.",
      "Children's services in Sutton were previously judged to be inadequate.",
      "Children's services in Sutton are not yet outstanding.",
      "Children's services in Sutton are no longer inadequate.",
      "Children's services in Sutton, which were inadequate in 2012, are now outstanding.",
    ];
    for (const sentence of openings) {
      const text = replaceOnce(corpus('sutton-2017'), "Children's services in Sutton are good.", sentence);
      assert.deepEqual(lintRule(text, rule), [], sentence);
    }
  });

  it('still reads an opening overall sentence in each of its present-tense forms', () => {
    const openings: [string, string][] = [
      ["Children's services in Sutton are outstanding.", 'outstanding'],
      ["Children’s services in the London Borough of Sutton require improvement to be good.", 'require improvement to be good'],
      ["Children's services on the Isles of Scilly requires improvement.", 'requires improvement'],
      ["Children's services in Sutton is inadequate.", 'inadequate'],
    ];
    for (const [sentence, grade] of openings) {
      const text = replaceOnce(corpus('sutton-2017'), "Children's services in Sutton are good.", sentence);
      assert.deepEqual(lintRule(text, rule).map((p) => p.message), [`Expected \`Good\` for \`Overall effectiveness\` as in the headline table, found \`${grade}\``], sentence);
    }
  });
});
