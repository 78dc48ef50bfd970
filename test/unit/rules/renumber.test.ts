import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes';
import { renumberEdits } from '../../../server/src/rules/renumber';
import { corpus, deleteParagraph, fixText, lintText, model, replaceOnce } from '../../helpers/drafts';

const renumber = (text: string) => applyEdits(text, renumberEdits(model(text)));

describe('renumbering updates every reference in the same edit', () => {
  const draft = [
    '# Body',
    '## Recommendations',
    '1. Offer return home interviews (paragraph 5).',
    '3. Improve accommodation (paragraphs 6, 8).',
    '4. Review the work set out in paragraphs 6 to 8 and 6-7 (see paragraph 8).',
    '## The experiences and progress of children who need help and protection',
    '5. Interviews are not offered. (Recommendation 1)',
    '6. Accommodation is poor. (Recommendation 3)',
    '7. As set out in paragraph 6, some live in hostels.',
    '8. Risks are not known. (Recommendations 3, 4)',
    '',
  ].join('\n\n');

  it('renumbers paragraphs, named markers, citations and both ends of ranges', () => {
    assert.equal(
      renumber(draft),
      [
        '# Body',
        '## Recommendations',
        '1. Offer return home interviews (paragraph 4).',
        '2. Improve accommodation (paragraphs 5, 7).',
        '3. Review the work set out in paragraphs 5 to 7 and 5-6 (see paragraph 7).',
        '## The experiences and progress of children who need help and protection',
        '4. Interviews are not offered. (Recommendation 1)',
        '5. Accommodation is poor. (Recommendation 2)',
        '6. As set out in paragraph 5, some live in hostels.',
        '7. Risks are not known. (Recommendations 2, 3)',
        '',
      ].join('\n\n'),
    );
  });

  it('rewrites both ends of a range a marker names, and only the numbers of recommendations', () => {
    const text = [
      '# Body',
      '## Recommendations',
      '1. Offer return home interviews.',
      '3. Improve accommodation.',
      '4. Review plans.',
      '5. Train staff.',
      '## The experiences and progress of children who need help and protection',
      '6. Interviews are not offered. (Recommendations 3–5)',
      '7. Plans are late. (Recommendations 1, 4 to 5)',
      '',
    ].join('\n\n');
    const fixed = renumber(text);
    assert.ok(fixed.includes('5. Interviews are not offered. (Recommendations 2–4)'), fixed);
    assert.ok(fixed.includes('6. Plans are late. (Recommendations 1, 3 to 4)'), fixed);
  });

  it('leaves a draft numbered 1 to N unchanged', () => {
    assert.deepEqual(renumberEdits(model(renumber(draft))), []);
  });

  it('keeps the Sutton report’s references right when a recommendation is dropped and the fix is applied', () => {
    // Recommendation 4 has two marked findings; 13 and 20 name it once renumbered.
    let text = corpus('sutton-2017');
    text = text.replace(/(\n13\. [^\n]*\n)\(Recommendation\)/, '$1(Recommendation 4)');
    text = replaceOnce(text, 'intervention if circ', 'intervention (see paragraph 20) if circ');
    const dropped = deleteParagraph(text, 2);
    const fixed = fixText(dropped);
    assert.match(fixed, /\n12\. Thresholds[^\n]*\n\(Recommendation 3\)/);
    assert.match(fixed, /intervention \(see paragraph 19\) if circ/);
    assert.deepEqual(lintText(fixed).filter((p) => p.ruleId === 'paragraph-numbering' || p.ruleId === 'paragraph-citation'), []);
  });
});

describe('renumbering keeps each item\'s lines in it when a number changes length', () => {
  const heading = ['# Body', '## Recommendations', '1. Offer return home interviews.', '## The experiences and progress of children who need help and protection'];
  /** Findings 2 to 9 written with 2 twice, so that the fix renumbers the last two to 9 and 10. */
  const findings = (last: string[]) => [...['2', '2', '3', '4', '5', '6', '7'].map((n) => `${n}. Interviews are not offered.`), ...last];
  /** Paragraphs 1 to 8, then `rest` (a paragraph numbered 10, to become 9, and what follows it). */
  const afterEight = (...rest: string[]) => [...heading, ...['2', '3', '4', '5', '6', '7', '8'].map((n) => `${n}. Interviews are not offered.`), ...rest, ''].join('\n\n');

  it('indents a marker on a line of its own under 9. one more when it becomes 10.', () => {
    const draft = [...heading, ...findings(['8. Risks are not known.', '9. Plans are late.\n\n   (Recommendation)\n\n   A second paragraph of the finding.']), ''].join('\n\n');
    const fixed = renumber(draft);
    assert.ok(fixed.includes('\n\n10. Plans are late.\n\n    (Recommendation)\n\n    A second paragraph of the finding.\n'), fixed);
    // The marker is still in its finding, as before the fix.
    const before = model(draft).markers.map((m) => model(draft).paragraphs[m.paragraphIndex!].text);
    const after = model(fixed).markers.map((m) => model(fixed).paragraphs[m.paragraphIndex!].text);
    assert.deepEqual(after, before);
    assert.equal(model(fixed).paragraphs.length, 10);
  });

  it('takes a column off the lines of 10. when it becomes 9., and leaves lazy, blank and tabbed lines alone', () => {
    const draft = afterEight('10. Plans are late,\nas the records show.\n\n    (Recommendation)\n\n        indented code in the item');
    const fixed = renumber(draft);
    assert.ok(fixed.includes('\n\n9. Plans are late,\nas the records show.\n\n   (Recommendation)\n\n       indented code in the item\n'), fixed);
    // A line indented with a tab is left as it is: a tab stays a tab (and four columns are still enough under 9.).
    const tabbed = draft.replace('\n\n    (Recommendation)\n\n        indented code in the item', '\n\n\t(Recommendation)');
    assert.ok(renumber(tabbed).includes('\n\n9. Plans are late,\nas the records show.\n\n\t(Recommendation)\n'), renumber(tabbed));
  });

  it('moves the line after an item left with it when 10. becomes 9., so a paragraph or item indented three spaces stays out of it', () => {
    for (const after of ['   A note after the findings.', '   11. Plans are reviewed.', '\n   A note after two blank lines.', '   (Recommendation)']) {
      const draft = afterEight('10. Plans are late.', after);
      const fixed = renumber(draft);
      assert.ok(fixed.includes(`\n\n9. Plans are late.\n\n${after.replace('   ', '  ').replace('11.', '10.')}\n`), JSON.stringify(fixed.slice(-120)));
      const last = (t: string) => model(t).paragraphs.find((p) => p.text.startsWith('Plans are late'))!.text;
      assert.equal(last(fixed), last(draft));
    }
    // A line indented less than the new column, or as far as the old one (in the item), is left as it was.
    const inside = renumber(afterEight('10. Plans are late.', '    (Recommendation)', '  A note.'));
    assert.ok(inside.includes('\n\n9. Plans are late.\n\n   (Recommendation)\n\n  A note.\n'), JSON.stringify(inside.slice(-80)));
  });

  /** The draft with its last finding written as `last` (numbered 9, to become 10), renumbered; and the text of that finding before and after. */
  const lastFinding = (last: string, eol = '\n') => {
    const draft = [...heading, ...findings(['8. Risks are not known.', last]), ''].join('\n\n').replace(/\n/g, eol);
    const fixed = renumber(draft);
    const textOf = (t: string) => model(t).paragraphs.at(-1)!.text;
    return { fixed, before: textOf(draft), after: textOf(fixed) };
  };

  it('moves the lines of an item whose first line is the number alone, or the number and spaces', () => {
    for (const opening of ['9.', '9.   ']) {
      const { fixed, before, after } = lastFinding(`${opening}\n   Plans are late.\n\n   (Recommendation)`);
      assert.ok(fixed.includes(`\n\n10.${opening.slice(2)}\n    Plans are late.\n\n    (Recommendation)\n`), fixed);
      assert.equal(after, before);
    }
  });

  it('moves the lines indented with spaces whatever a tab does on another line, and a tabbed line after its tab', () => {
    let r = lastFinding('9. Plans are late.\n\t\n   (Recommendation)');
    assert.equal(r.after, r.before);
    r = lastFinding('9. Plans are late,\n\tas shown.\n\n   (Recommendation)');
    assert.ok(r.fixed.includes('\n\n10. Plans are late,\n\t as shown.\n\n    (Recommendation)\n'), r.fixed);
    assert.equal(r.after, r.before);
  });

  it('moves nothing when a tab after the number takes up the change in its width', () => {
    // `9.\t` and `10.\t` both put the text at column four.
    const { fixed, before, after } = lastFinding('9.\tPlans are late.\n\n    (Recommendation)\n\n       indented code in the item');
    assert.ok(fixed.includes('\n\n10.\tPlans are late.\n\n    (Recommendation)\n\n       indented code in the item\n'), fixed);
    assert.equal(after, before);
    const shorter = afterEight('10.\tPlans are late.\n\n    (Recommendation)');
    assert.ok(renumber(shorter).includes('\n\n9.\tPlans are late.\n\n    (Recommendation)\n'), renumber(shorter));
  });

  it('moves them in a draft whose lines end in CR alone, or CR LF', () => {
    for (const eol of ['\r', '\r\n']) {
      const r = lastFinding('9. Plans are late.\n\n   (Recommendation)', eol);
      assert.ok(r.fixed.includes(`10. Plans are late.${eol}${eol}    (Recommendation)${eol}`), JSON.stringify(r.fixed.slice(-80)));
      assert.equal(r.after, r.before);
    }
  });

  it('changes nothing but the number when the item is one line, or the number keeps its length', () => {
    const draft = [...heading, ...findings(['8. Risks are not known.', '9. Plans are late. (Recommendation)']), ''].join('\n\n');
    const edits = renumberEdits(model(draft));
    assert.ok(edits.every((e) => /^\d+$/.test(e.newText)), JSON.stringify(edits));
  });
});
