/**
 * The limits sit far above any real draft, and refuse just past them with
 * one clear reason.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_LIMITS, exceedsLimits, limitsProblem } from '../../server/src/engine/limits';
import { tenfold } from '../../bench/generate';
import { corpus, corpusNames } from './edits';

describe('limits on what the engine checks', () => {
  for (const name of corpusNames) {
    it(`checks the published ${name} report`, () => assert.equal(exceedsLimits(corpus(name)), undefined));
  }

  it('checks a draft ten times as long as the Sutton report', () => assert.equal(exceedsLimits(tenfold(corpus('sutton-2017'))), undefined));

  it('checks a line of exactly the longest length, and refuses one character more, naming the line', () => {
    const ok = '# T\n\n' + 'a'.repeat(DEFAULT_LIMITS.maxLineLength) + '\n';
    assert.equal(exceedsLimits(ok), undefined);
    const long = '# T\n\n' + 'a'.repeat(DEFAULT_LIMITS.maxLineLength + 1) + '\n';
    const p = limitsProblem(long)!;
    assert.equal(p.message, 'Draft too large to check: line 3 has more than `10000` characters');
    assert.deepEqual(p.span, { start: 5, end: 5 });
  });

  it('counts a CRLF draft by its lines, not as one line', () => {
    const crlf = Array.from({ length: 3_000 }, () => 'Some words here.').join('\r');
    assert.equal(exceedsLimits(crlf), undefined);
  });

  it('refuses deep nesting by the line where it goes too deep', () => {
    const quotes = Array.from({ length: 60 }, (_, i) => '>'.repeat(i + 1) + ' x').join('\n');
    assert.match(limitsProblem(quotes)!.message, /^Draft too large to check: line 41 is nested more than `40` levels deep$/);
  });

  it('allows brackets and emphasis spread over many blocks', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `Paragraph ${i} with a *word* and a footnote[^${i}].`).join('\n\n');
    assert.equal(exceedsLimits(text), undefined);
  });
});
