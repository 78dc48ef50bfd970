/**
 * The number a numbered paragraph is written with (`writtenNumber`), read in
 * place, is what the pattern it stands for finds in the item's first 16
 * characters: `/^[ \t]*(\d{1,9})[.)]/`.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ListItem } from 'mdast';
import { writtenNumber } from '../../server/src/parse/mdast';

function byPattern(text: string, start: number, end: number): { value: number; span: { start: number; end: number } } | undefined {
  const m = /^[ \t]*(\d{1,9})[.)]/.exec(text.slice(start, Math.min(end, start + 16)));
  if (!m) return undefined;
  const from = start + m[0].length - 1 - m[1].length;
  return { value: Number(m[1]), span: { start: from, end: from + m[1].length } };
}

function item(start: number, end: number): ListItem {
  return { type: 'listItem', children: [], position: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } } };
}

describe('the written number of a numbered paragraph', () => {
  it('reads 12. and 7) and 007. after spaces and tabs, and nothing else', () => {
    assert.deepEqual(writtenNumber('x\n12. Text', item(2, 10)), { value: 12, span: { start: 2, end: 4 } });
    assert.deepEqual(writtenNumber(' \t7) Text', item(0, 9)), { value: 7, span: { start: 2, end: 3 } });
    assert.deepEqual(writtenNumber('007. Text', item(0, 9)), { value: 7, span: { start: 0, end: 3 } });
    assert.equal(writtenNumber('1234567890. Text', item(0, 16)), undefined, 'ten digits');
    assert.equal(writtenNumber('- 12. Text', item(0, 10)), undefined);
    assert.equal(writtenNumber('12 Text', item(0, 7)), undefined);
    assert.equal(writtenNumber('12.', item(0, 2)), undefined, 'the stop lies outside the item');
  });

  it('gives what the pattern finds in the first 16 characters of random items', () => {
    const piece = fc.constantFrom(' ', '\t', '1', '2', '0', '9', '.', ')', 'a', '-', '\n', '12345', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(30), fc.nat(30), (pieces, a, b) => {
        const text = pieces.join('');
        const start = Math.min(a, text.length);
        const end = Math.min(text.length, start + b);
        assert.deepEqual(writtenNumber(text, item(start, end)), byPattern(text, start, end), JSON.stringify([text, start, end]));
      }),
      { seed: 20261127, numRuns: 2_000 },
    );
  });
});
