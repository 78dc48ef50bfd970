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
