/**
 * The edit distance that tells a mis-spelt grade (`Goood`) or section title
 * from another word: optimal string alignment, ignoring case.
 */
import { strict as assert } from 'node:assert';
import { closestGrade, editDistance, readSentenceGrade, readTableGrade } from '../../../server/src/model/grades';
import { defaultProfile } from '../../../server/src/profiles/profiles';

/** The recurrence over the whole table, as written in the textbook. */
function reference(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours, whatever the case', () => {
    assert.equal(editDistance('Goood', 'good'), 1);
    assert.equal(editDistance('Outstandnig', 'outstanding'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('ca', 'abc'), 3);
    assert.equal(editDistance('Requires improvement', 'requires improvement'), 0);
  });

  it('gives what the whole table gives, on random words of every length in turn', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const word = (): string => Array.from({ length: Math.floor(random() * 12) }, () => 'abcAB -’'[Math.floor(random() * 8)]).join('');
    for (let c = 0; c < 3000; c++) {
      const a = word();
      const b = word();
      assert.equal(editDistance(a, b), reference(a, b), JSON.stringify([a, b]));
    }
  });

  it('reads a grade holding characters that show nothing (a soft hyphen, a zero-width space) as written', () => {
    const profile = defaultProfile();
    assert.deepEqual(readTableGrade(profile, 'Requires improve\u00ADment'), { grade: 'requires-improvement', exact: true });
    assert.deepEqual(readTableGrade(profile, 'Go\u200Bod'), { grade: 'good', exact: true });
    assert.deepEqual(readSentenceGrade(profile, 'requires improve\u00ADment to be good'), readSentenceGrade(profile, 'requires improvement to be good'));
  });

  it('takes a slip of a grade for the grade, and another word for none', () => {
    const profile = defaultProfile();
    assert.equal(closestGrade(profile, 'goood', true)?.grade, 'good');
    assert.equal(closestGrade(profile, 'poor', true), undefined);
  });
});
