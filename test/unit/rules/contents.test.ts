import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes';
import { fixRule } from '../../helpers/rule-only';
import { corpus, fixText, lintRule, lintText, offsetOf, replaceOnce, summarise, where } from '../../helpers/drafts';

const rows = (...r: string[]) => ['| Section | Page |', '| --- | --- |', ...r].join('\n');
const draft = (table: string | undefined) =>
  [
    '# Body',
    '## Executive summary',
    'Text.',
    '## Contents',
    ...(table === undefined ? [] : [table]),
    '## Recommendations',
    '1. Ensure one.',
    '## Information about this inspection',
    'Text.',
    '',
  ].join('\n\n');
const complete = rows('| Executive summary | 2 |', '| Recommendations | 3 |', '| Information about this inspection | 4 |');
const check = (text: string) => summarise(text, lintRule(text, 'contents'));
const fixed = (text: string) => {
  const [p] = lintRule(text, 'contents');
  assert.ok(p?.fix, 'expected a fix');
  return applyEdits(text, p.fix.edits);
};

describe('contents', () => {
  it('accepts a table that lists every listed heading in order', () => {
    assert.deepEqual(check(draft(complete)), []);
  });

  it('matches a heading ending in a footnote mark as a PDF prints it (superscript digits, an asterisk, a dagger) to its row', () => {
    for (const mark of ['²', '¹²', ' ³', '*', '†', '².']) {
      const text = draft(complete).replace('## Recommendations', `## Recommendations${mark}`);
      assert.deepEqual(check(text), [], mark);
    }
    // In a published report: the checks of contents and sections find what they found with the GFM footnote.
    const sutton = corpus('sutton-2017');
    const text = sutton.replace('### Information about this local authority area[^2]', '### Information about this local authority area²');
    const structure = (t: string) => lintText(t).filter((p) => p.ruleId === 'contents' || p.ruleId === 'required-sections').map((p) => p.message);
    assert.deepEqual(structure(text), structure(sutton));
  });

  it('accepts the contents of the Kent report, which lists the board part under its own titles', () => {
    assert.deepEqual(lintRule(corpus('kent-2017'), 'contents'), []);
  });

  it('accepts a row for the contents section itself, wherever it stands, and keeps it when the table is regenerated', () => {
    assert.deepEqual(check(draft(rows('| Executive summary | 2 |', '| Contents | 2 |', '| Recommendations | 3 |', '| Information about this inspection | 4 |'))), []);
    assert.deepEqual(check(draft(rows('| Contents | 1 |', '| Executive summary | 2 |', '| Recommendations | 3 |', '| Information about this inspection | 4 |'))), []);
    const missing = draft(rows('| Contents | 1 |', '| Executive summary | 2 |', '| Information about this inspection | 4 |'));
    assert.deepEqual(check(missing), [`${where(missing, offsetOf(missing, 'Information about this inspection | 4'))} warning contents Expected a contents row for \`Recommendations\`, found none`]);
    assert.equal(fixed(missing), draft(rows('| Executive summary | 2 |', '| Contents | 1 |', '| Recommendations |  |', '| Information about this inspection | 4 |')));
  });

  it('reports the contents section listed twice', () => {
    const text = draft(rows('| Executive summary | 2 |', '| Contents | 2 |', '| Contents | 2 |', '| Recommendations | 3 |', '| Information about this inspection | 4 |'));
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, 'Contents | 2 |', 1))} error contents Expected \`Contents\` once in the contents, found it again`]);
  });

  it('accepts a row for an extra heading that exists, as Kensington and Chelsea lists `Children looked after in this area`', () => {
    const text = corpus('kensington-and-chelsea-2016');
    assert.ok(text.includes('| Children looked after in this area | 6 |'));
    assert.deepEqual(lintRule(text, 'contents'), []);
  });

  it('matches a row to a heading the profile names otherwise (`Inspection findings – the Local Safeguarding Children Board` for `### Inspection findings`)', () => {
    const text = corpus('kensington-and-chelsea-2016');
    assert.ok(text.includes('\n### Inspection findings\n'));
    assert.deepEqual(lintRule(text, 'contents'), []);
  });

  it('matches a row to a heading by a title the heading could have, when it fits no other section', () => {
    const sutton = corpus('sutton-2017');
    for (const [row, as] of [
      ['The experiences and progress of children who need help and protection', 'The experience and progress of children who need help and protection'],
      ['The Local Safeguarding Children Board (LSCB)', 'Review of the effectiveness of the Local Safeguarding Children Board'],
      ['The Local Safeguarding Children Board (LSCB)', 'Local Safeguarding Children Board (LSCB)'],
      ['Inspection findings – the Local Safeguarding Children Board', 'Inspection findings: the Local Safeguarding Children Board'],
    ]) {
      const text = sutton.replace(`| ${row} |`, `| ${as} |`);
      assert.deepEqual(lintRule(text, 'contents').map((p) => p.message), lintRule(sutton, 'contents').map((p) => p.message), as);
    }
    // A row naming one of the board's sections by its title and the board's name is that section's row, retitled, not the board's.
    const hackney = corpus('hackney-2016');
    const retitled = hackney.replace(/(\| The Local Safeguarding Children Board \(LSCB\) \| \d+ \|\n)\| Executive summary \|/, '$1| Executive summary – the Local Safeguarding Children Board |');
    assert.notEqual(retitled, hackney);
    assert.deepEqual(lintRule(retitled, 'contents').map((p) => p.message), ['Expected `Executive summary`, found `Executive summary – the Local Safeguarding Children Board`']);
    assert.ok(fixRule(retitled, 'contents').includes('| The Local Safeguarding Children Board (LSCB) |'), 'the board\'s row is kept');
    // A row for the board's findings names the board too, but not the board's part: with the board's row gone, it is the findings' row still.
    const noBoardRow = replaceOnce(sutton, '| The Local Safeguarding Children Board (LSCB) | 30 |\n', '');
    assert.deepEqual(lintRule(noBoardRow, 'contents').map((p) => p.message), [
      ...lintRule(sutton, 'contents').map((p) => p.message),
      'Expected a contents row for `The Local Safeguarding Children Board (LSCB)`, found none',
    ]);
  });

  it('matches rows and headings however their dashes are spaced, and `&` for `and`', () => {
    const sutton = corpus('sutton-2017');
    const variants = [
      replaceOnce(sutton, '| Inspection findings – the Local Safeguarding Children Board | 31 |', '| Inspection findings—the Local Safeguarding Children Board | 31 |'),
      replaceOnce(sutton, '| Inspection findings – the Local Safeguarding Children Board | 31 |', '| Inspection findings -- the Local Safeguarding Children Board | 31 |'),
      replaceOnce(sutton, '### Inspection findings – the Local Safeguarding Children Board', '### Inspection findings—the Local Safeguarding Children Board'),
      replaceOnce(sutton, '| Leadership, management and governance | 26 |', '| Leadership, management & governance | 26 |'),
    ];
    for (const text of variants) {
      assert.deepEqual(lintText(text).filter((p) => p.severity === 'error').map((p) => `${p.ruleId} ${p.message}`), []);
      assert.deepEqual(lintRule(text, 'contents').map((p) => p.message), lintRule(sutton, 'contents').map((p) => p.message));
    }
  });

  it('keeps the page of a row whose heading a fix retitles, and matches a retitled row to the missing heading nearest its title', () => {
    const sutton = corpus('sutton-2017');
    const text = sutton.split('Inspection findings – the Local Safeguarding Children Board').join('Inspection finding – the Local Safeguarding Children Board');
    const fixed = fixText(text);
    assert.ok(fixed.includes('| Inspection findings – the Local Safeguarding Children Board | 31 |'), fixed.slice(fixed.indexOf('| Section'), fixed.indexOf('## The local')));
    assert.ok(fixed.includes('\n### Inspection findings – the Local Safeguarding Children Board\n'));
    // A row naming the board's findings is not a second row for the board, whatever the board's heading may be called.
    const retitledHeading = replaceOnce(text, '### Inspection finding – the Local', '### Inspection findings – the Local');
    assert.deepEqual(lintRule(retitledHeading, 'contents').map((p) => p.message).sort(), [
      'Expected `Inspection findings – the Local Safeguarding Children Board`, found `Inspection finding – the Local Safeguarding Children Board`',
      ...lintRule(sutton, 'contents').map((p) => p.message),
    ].sort());
  });

  it('never reads a table of the contents section as a judgement, as the half of a table a page break split', () => {
    const sutton = corpus('sutton-2017');
    const split = replaceOnce(sutton, '| Leadership, management and governance | 26 |\n', '\n| Leadership, management and governance | 26 |\n| --- | --- |\n');
    assert.deepEqual(lintText(split).filter((p) => p.ruleId.startsWith('judgement')), []);
  });

  it('reports a row that names no heading, as an error whose fix drops the row', () => {
    const text = draft(rows('| Executive summary | 2 |', '| Key findings | 3 |', '| Recommendations | 3 |', '| Information about this inspection | 4 |'));
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, 'Key findings'))} error contents Expected a heading \`Key findings\` for this contents row, found none`]);
    assert.equal(fixed(text), draft(complete));
  });

  it('reports a row retitled where a heading belongs as one error, and the fix restores the title and keeps the page', () => {
    const text = draft(rows('| Executive summary | 2 |', '| Our recommendations | 3 |', '| Information about this inspection | 4 |'));
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, 'Our recommendations'))} error contents Expected \`Recommendations\`, found \`Our recommendations\``]);
    assert.equal(fixed(text), draft(complete));
  });

  it('reports a heading the table leaves out as a warning, at the row it belongs before, and the fix adds it with no page', () => {
    const text = draft(rows('| Executive summary | 2 |', '| Information about this inspection | 4 |'));
    const problems = lintRule(text, 'contents');
    assert.deepEqual(summarise(text, problems), [
      `${where(text, offsetOf(text, 'Information about this inspection |'))} warning contents Expected a contents row for \`Recommendations\`, found none`,
    ]);
    assert.deepEqual(summarise(text, problems[0].related!.map((r) => ({ ...problems[0], ...r }))), [
      `${where(text, offsetOf(text, '## Recommendations') + 3)} warning contents Heading \`Recommendations\` is here`,
    ]);
    assert.equal(fixed(text), draft(rows('| Executive summary | 2 |', '| Recommendations |  |', '| Information about this inspection | 4 |')));
  });

  it('reports two swapped rows once, and the fix restores the order with each row keeping its page', () => {
    const text = draft(rows('| Executive summary | 2 |', '| Information about this inspection | 4 |', '| Recommendations | 3 |'));
    const problems = check(text);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /error contents Expected `(Recommendations` after `Executive summary|Information about this inspection` after `Recommendations)`, as the headings are ordered$/);
    assert.equal(fixed(text), draft(complete));
  });

  it('reports a heading listed twice, pointing at the first row', () => {
    const text = draft(rows('| Executive summary | 2 |', '| Recommendations | 3 |', '| Recommendations | 3 |', '| Information about this inspection | 4 |'));
    const problems = lintRule(text, 'contents');
    assert.deepEqual(summarise(text, problems), [
      `${where(text, offsetOf(text, 'Recommendations | 3 |', 1))} error contents Expected \`Recommendations\` once in the contents, found it again`,
    ]);
    assert.equal(where(text, problems[0].related![0].span.start), where(text, offsetOf(text, 'Recommendations | 3 |')));
    assert.equal(fixed(text), draft(complete));
  });

  it('tells apart two headings of one title (`Executive summary` of the report and of the board)', () => {
    const text = corpus('hackney-2016');
    const swapped = replaceOnce(text, '| Executive summary | 36 |\n| Recommendations | 37 |', '| Recommendations | 37 |\n| Executive summary | 36 |');
    const problems = check(swapped);
    assert.equal(problems.length, 1);
    assert.deepEqual(lintRule(text, 'contents'), []);
  });

  it('reports the Sutton report leaving out its executive summary, as a warning only', () => {
    const text = corpus('sutton-2017');
    assert.deepEqual(check(text), ['60:3 warning contents Expected a contents row for `Executive summary`, found none']);
  });

  it('reports a contents section with no table, and the fix inserts one listing the headings', () => {
    const text = draft(undefined);
    const problems = lintRule(text, 'contents');
    assert.deepEqual(summarise(text, problems), [`${where(text, offsetOf(text, 'Contents'))} error contents Expected a contents table under \`Contents\`, found none`]);
    assert.equal(fixed(text), draft(rows('| Executive summary |  |', '| Recommendations |  |', '| Information about this inspection |  |')));
  });

  it('says nothing when there is no contents section (that is for `required-sections`)', () => {
    const text = '# Body\n\n## Recommendations\n\n1. Ensure one.\n';
    assert.deepEqual(lintRule(text, 'contents'), []);
  });

  it('has one fix for all its problems, and after it the table has nothing left to report', () => {
    const text = draft(rows('| Key findings | 1 |', '| Information about this inspection | 4 |', '| Executive summary | 2 |'));
    const problems = lintRule(text, 'contents');
    assert.ok(problems.length >= 3);
    assert.equal(new Set(problems.map((p) => JSON.stringify(p.fix))).size, 1);
    const after = fixed(text);
    assert.deepEqual(lintRule(after, 'contents'), []);
    assert.equal(after.slice(0, offsetOf(after, '| Section')), text.slice(0, offsetOf(text, '| Section')));
    assert.equal(after.slice(offsetOf(after, '## Recommendations')), text.slice(offsetOf(text, '## Recommendations')));
  });

  it('keeps the fixed Sutton table as published, with the executive summary added', () => {
    const text = corpus('sutton-2017');
    const after = fixed(text);
    assert.equal(after, replaceOnce(text, '| --- | --- |\n| The local authority | 5 |', '| --- | --- |\n| Executive summary |  |\n| The local authority | 5 |'));
  });

  it('keeps each kept row as written when the table is regenerated: links, emphasis, a footnote, the page', () => {
    let text = corpus('sutton-2017');
    for (const [from, to] of [
      ['| Recommendations | 8 |', '| [Recommendations](#recommendations) | **8** |'],
      ['| Leadership, management and governance | 26 |', '| *Leadership, management and governance* | 26 |'],
      ['| Summary for children and young people | 9 |', '| Summary for children and young people[^2] | 9 |'],
    ]) {
      text = replaceOnce(text, from, to);
    }
    assert.equal(fixed(text), replaceOnce(text, '| --- | --- |\n| The local authority | 5 |', '| --- | --- |\n| Executive summary |  |\n| The local authority | 5 |'));
  });
});
