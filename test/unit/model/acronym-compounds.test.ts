/**
 * Acronyms joined by hyphens (`CP-IS`): read as one use that keeps its parts,
 * introduced as one, and, remembered by block, moved with its parts when an
 * edit before it moves the block.
 */
import { strict as assert } from 'node:assert';
import { readAcronyms, readAcronymsAfresh } from '../../../server/src/model/acronyms';
import { readCodeSpans } from '../../../server/src/model/code';
import { IncrementalParser } from '../../../server/src/parse/incremental';
import { parseMarkdown } from '../../../server/src/parse/parse';

const read = (text: string) => readAcronymsAfresh(text, parseMarkdown(text));

describe('acronyms joined by hyphens', () => {
  it('are one use, with each part a use of its own', () => {
    const text = '# Body\n\nEach CP-IS alert and every LADO-MASH-CSE referral.\n';
    const { uses } = read(text);
    assert.deepEqual(
      uses.map((u) => [u.acronym, u.key, text.slice(u.span.start, u.span.end), (u.parts ?? []).map((p) => text.slice(p.span.start, p.span.end))]),
      [
        ['CP-IS', 'CP-IS', 'CP-IS', ['CP', 'IS']],
        ['LADO-MASH-CSE', 'LADO-MASH-CSE', 'LADO-MASH-CSE', ['LADO', 'MASH', 'CSE']],
      ],
    );
  });

  it('are introduced as one, the expansion spelling the letters without the hyphen', () => {
    const text = '# Body\n\nThe child protection information sharing project (CP-IS) is live.\n';
    const { introductions, uses } = read(text);
    assert.deepEqual(uses, []);
    assert.deepEqual(
      introductions.map((i) => [i.acronym, i.key, i.expansion, i.matched]),
      [['CP-IS', 'CP-IS', 'child protection information sharing project', true]],
    );
  });

  it('leave a hyphenated word that is not an acronym, or a plural, as before', () => {
    const text = '# Body\n\nThe MASH-led triage, the SDQs-based review and the CP-ISs.\n';
    assert.deepEqual(
      read(text).uses.map((u) => [u.acronym, u.key]),
      [
        ['MASH', 'MASH'],
        ['SDQs', 'SDQ'],
        ['CP-ISs', 'CP-IS'],
      ],
    );
  });

  it('move with their parts when an edit before them moves their block, as reading afresh gives', () => {
    const parser = new IncrementalParser();
    // The edit lies more than 60 characters before the block, so the block's reading is moved, not read again.
    const first = '# Body\n\nThe hub works well, and its managers check every decision that it makes on the same day.\n\nEach CP-IS alert is checked.\n';
    const root = parser.parse(first);
    readAcronyms(first, root, readCodeSpans(root));
    for (const text of [first.replace('hub', 'busy hub'), first.replace('hub works', 'hub')]) {
      const next = parser.parse(text);
      const code = readCodeSpans(next);
      assert.deepEqual(readAcronyms(text, next, code), readAcronymsAfresh(text, next, code));
      assert.deepEqual(readAcronyms(text, next, code).uses[0].parts!.map((p) => text.slice(p.span.start, p.span.end)), ['CP', 'IS']);
    }
  });
});
