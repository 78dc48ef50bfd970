/**
 * Positions stay right whatever the draft's bytes: CRLF line endings, a
 * byte-order mark, tabs, and non-ASCII text (emoji, combining marks) before a
 * problem. Every problem must point at the same text as in the plain draft.
 */
import { strict as assert } from 'node:assert';
import { analyse } from '../../server/src/engine/analyse';
import { IncrementalAnalyser } from '../../server/src/engine/incremental';
import type { Problem } from '../../server/src/engine/types';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { LineIndex } from '../../server/src/util/positions';
import { corpus, deleteParagraph } from '../helpers/drafts';

const profile = defaultProfile();

/** Sutton with paragraph 40 removed and a footnote reference to nothing: problems to point at. */
function flawed(): string {
  return deleteParagraph(corpus('sutton-2017'), 40).replace('Inspection date: 14 November', 'Inspection date[^99]: 14 November');
}

function pointedAt(text: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.ruleId} ${p.message} @ ${JSON.stringify(text.slice(p.span.start, Math.max(p.span.end, p.span.start + 12)).replace(/\r/g, ''))}`);
}

describe('positions in drafts with unusual bytes', () => {
  const plain = flawed();
  const expected = pointedAt(plain, analyse(plain, profile).problems);

  it('has problems to point at', () => {
    assert.ok(expected.some((e) => e.startsWith('paragraph-numbering')), expected.join('\n'));
  });

  it('points at the same text with CRLF line endings, and on the same line and column', () => {
    const crlf = plain.replace(/\n/g, '\r\n');
    const problems = analyse(crlf, profile).problems;
    assert.deepEqual(pointedAt(crlf, problems), expected);
    const plainProblems = analyse(plain, profile).problems;
    const a = new LineIndex(plain);
    const b = new LineIndex(crlf);
    assert.deepEqual(
      problems.map((p) => b.human(p.span.start)),
      plainProblems.map((p) => a.human(p.span.start)),
    );
  });

  it('points at the same text after a byte-order mark', () => {
    const bom = '\uFEFF' + plain;
    assert.deepEqual(pointedAt(bom, analyse(bom, profile).problems), expected);
  });

  it('points at the same text when tabs, emoji and combining marks come before the problems', () => {
    const noisy = plain
      .replace('Families benefit from', 'Families\tbenefit 👨‍👩‍👧 from')
      .replace('Children who need adoption', 'Children who need adoption (café, naïve, e\u0301)')
      .replace('Report published: 13 February 2017', 'Report published: 13 February 2017 🙂\u200d🙂');
    assert.deepEqual(pointedAt(noisy, analyse(noisy, profile).problems), expected);
  });

  it('gives the same positions incrementally, as the draft gains CRLF, a BOM and emoji', () => {
    const analyser = new IncrementalAnalyser();
    let text = plain;
    analyser.analyse(text, profile);
    for (const next of [plain.replace(/\n/g, '\r\n'), '\uFEFF' + plain, plain.replace('Families benefit', 'Families 😀 benefit')]) {
      text = next;
      assert.deepEqual(analyser.analyse(text, profile).problems, analyse(text, profile).problems);
    }
  });
});
