/**
 * The limits sit far above any real draft, and refuse just past them with
 * one clear reason.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_LIMITS, exceedsLimits, limitsProblem, type Limits } from '../../server/src/engine/limits';
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

  it('takes long heading underlines, thematic breaks, rows of dots and table delimiter rows for what they are: no nesting', () => {
    for (const line of [
      '-'.repeat(70),
      '* '.repeat(30) + '*',
      '- - - ' + '-'.repeat(60),
      '.'.repeat(60),
      '-'.repeat(45) + ' | ' + '-'.repeat(10),
      '1.5.2.3.4.5.6.7.8.9.1.2.3.4.5.6.7.8.9.1.2.3.4.5.6.7.8.9.1.2.3.4.5.6.7.8.9.1.2.3.4.5 Section',
    ]) {
      const text = `# T\n\nThe experiences and progress of children who need help and protection\n${line}\n\nText.\n`;
      assert.equal(exceedsLimits(text), undefined, line);
      assert.equal(exceedsLimits(text.replace(/\n/g, '\r\n')), undefined, `${line} (CRLF)`);
    }
    // A line of markers that does open containers is still refused.
    assert.match(limitsProblem('# T\n\n' + '- '.repeat(45) + 'x\n')!.message, /nested more than `40` levels deep/);
    assert.match(limitsProblem('# T\n\n' + '1. '.repeat(45) + 'x\r\n')!.message, /nested more than `40` levels deep/);
  });

  it('allows brackets and emphasis spread over many blocks', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `Paragraph ${i} with a *word* and a footnote[^${i}].`).join('\n\n');
    assert.equal(exceedsLimits(text), undefined);
  });

  it('finds deep nesting at every line start, after any line break, as a search anchored at line starts does', () => {
    // The specification: each run of 40 or more container characters that a search anchored at line
    // starts (`^` with the `m` flag: after `\n`, `\r`, U+2028 and U+2029) finds, nested too deep.
    const limits: Limits = { ...DEFAULT_LIMITS, maxNesting: 22 };
    // Only markers open containers: `>`, and a list marker followed by white space or the line's end;
    // a thematic break or heading underline (`-----`, `* * *`) opens none.
    const nestedTooDeep = (text: string): number | undefined => {
      const prefix = /^[ \t>*+\-0-9.)]{40,}/gm;
      for (let m = prefix.exec(text); m; m = prefix.exec(text)) {
        const line = /^[^\n\r\u2028\u2029]*/.exec(text.slice(m.index))![0];
        if (/^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) continue;
        const inRun = [...line.matchAll(/>|[-*+](?=[ \t]|$)|\b\d{1,9}[.)](?=[ \t]|$)/g)].filter((x) => x.index! + x[0].length <= m[0].length).length;
        const indent = [...m[0]].reduce((n, c) => n + (c === ' ' ? 1 : c === '\t' ? 4 : 0), 0);
        if (inRun + Math.floor(indent / 2) > limits.maxNesting) return m.index;
      }
      return undefined;
    };
    const piece = fc.constantFrom('> ', '>', '- ', '* ', '1. ', '12) ', '  ', '\t', '    ', '\n', '\r\n', '\r', '\u2028', 'a', 'Text ', '> > > > > > > > > > ', '-----', '- - -', '...', '1.5 ', '*');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const over = exceedsLimits(text, limits);
        const expected = nestedTooDeep(text);
        assert.equal(over?.offset, expected, JSON.stringify(text));
        if (over) assert.match(over.reason, /is nested more than `22` levels deep$/);
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 40), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) * 10 },
    );
  });
});
