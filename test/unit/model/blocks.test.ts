/**
 * Readings remembered by block: an untouched block is not read again, a
 * moved one gives its reading moved (in place), and a changed one (or one
 * whose look-behind changed) is read afresh.
 */
import { strict as assert } from 'node:assert';
import { IncrementalParser } from '../../../server/src/parse/incremental';
import { BlockReading, inOrder, joined, type Block } from '../../../server/src/model/blocks';
import { readFootnotes } from '../../../server/src/model/footnotes';
import { readCodeSpans } from '../../../server/src/model/code';
import { parseInChunks } from '../../../server/src/parse/chunked';
import { spanOf } from '../../../server/src/parse/mdast';
import type { Root } from 'mdast';

describe('readings remembered by block', () => {
  it('reads each item of a list once, moves the offsets of the items after an edit, and reads the edited item and one whose look-behind changed again', () => {
    let reads: number[] = [];
    const reading = new BlockReading<{ start: number }>(3, (v, by) => {
      v.start += by;
    });
    const read = (text: string, parser: IncrementalParser) =>
      reading
        .readAll(text, parser.parse(text), (b: Block) => {
          reads.push(spanOf(b).start);
          return { start: spanOf(b).start };
        })
        .map((v) => v.start);
    const parser = new IncrementalParser();
    // An edit on an item's first line re-parses the item before it too, so the edits here are on second lines.
    const text = '# Findings\n\n1. First\n   finding.\n\n2. Second\n   finding.\n\n3. Third\n   finding.\n';
    assert.deepEqual(read(text, parser), [0, 12, 34, 57]);
    assert.deepEqual(reads, [0, 12, 34, 57]);

    reads = [];
    const edited = text.replace('First\n   finding', 'First\n   long finding');
    assert.deepEqual(read(edited, parser), [0, 12, 39, 62]);
    assert.deepEqual(reads, [12], 'only the edited item is read again');

    reads = [];
    assert.deepEqual(read(edited, parser), [0, 12, 39, 62]);
    assert.deepEqual(reads, []);

    // The item after the edited one sees a different look-behind (".\n\n" becomes "!\n\n").
    reads = [];
    read(edited.replace('Second\n   finding.', 'Second\n   finding!'), parser);
    assert.deepEqual(reads, [39, 62]);
  });

  it('gives each block its own reading when two drafts are read in turn, each edited through its own parser', () => {
    const reading = new BlockReading<{ start: number; text: string }>(2, (v, by) => {
      v.start += by;
    });
    const afresh = (text: string, b: Block) => ({ start: spanOf(b).start, text: text.slice(Math.max(0, spanOf(b).start - 2), spanOf(b).end) });
    const read = (text: string, parser: IncrementalParser) => reading.readAll(text, parser.parse(text), (b) => afresh(text, b));
    const expected = (text: string) => reading.readAll(text, parseInChunks(text), (b) => afresh(text, b));
    let a = '# A\n\n1. One\n   finding.\n\n2. Two\n   finding.\n\n3. Three\n   finding.\n';
    let b = '# B\n\n- Alpha\n  item.\n\n- Beta\n  item.\n\nA closing paragraph.\n';
    const pa = new IncrementalParser();
    const pb = new IncrementalParser();
    read(a, pa);
    read(b, pb);
    for (const [i, edit] of [
      ['One\n   finding', 'One\n   long finding'],
      ['Alpha\n  item', 'Alpha\n  short'],
      ['Two\n   finding.', 'Two\n   finding!'],
      ['Beta\n  item.', 'Beta\n  item!'],
      ['Three\n   finding', 'Three\n   x'],
    ].entries()) {
      if (i % 2 === 0) {
        a = a.replace(edit[0], edit[1]);
        assert.deepEqual(read(a, pa), expected(a), `draft A after edit ${i}`);
      } else {
        b = b.replace(edit[0], edit[1]);
        assert.deepEqual(read(b, pb), expected(b), `draft B after edit ${i}`);
      }
      // The same draft again, unchanged: every block is its last reading.
      if (i % 2 === 0) assert.deepEqual(read(a, pa), expected(a));
    }
  });

  it('moves the reading of a block after an edit in place: the same record, not a copy', () => {
    const reading = new BlockReading<{ start: number }>(0, (v, by) => {
      v.start += by;
    });
    const parser = new IncrementalParser();
    const read = (text: string) => reading.readAll(text, parser.parse(text), (b: Block) => ({ start: spanOf(b).start }));
    const text = '# Findings\n\n1. First\n   finding.\n\n2. Second\n   finding.\n\n3. Third\n   finding.\n';
    const before = read(text);
    const after = read(text.replace('First\n   finding', 'First\n   long finding'));
    assert.equal(after[0], before[0], 'before the edit: the same record');
    assert.notEqual(after[2], undefined);
    assert.equal(after[2], before[2], 'after the edit: the same record, moved');
    assert.equal(after[3], before[3]);
    assert.deepEqual(after.map((v) => v.start), [0, 12, 39, 62]);
  });

  it('reads a block again whose look-behind changed in a version it was not given', () => {
    const reading = new BlockReading<string>(3, () => {});
    const read = (text: string, root: Root) => reading.readAll(text, root, (b) => text.slice(Math.max(0, spanOf(b).start - 3), spanOf(b).end));
    const parser = new IncrementalParser();
    const v1 = '# A\n\n1. One\n   finding.\n\n2. Two\n   finding.\n\n3. Three\n   finding.\n';
    read(v1, parser.parse(v1));
    // Version 2 ends item 2 differently (in the look-behind of item 3, whose node stays), and is parsed but not read.
    const v2 = v1.replace('Two\n   finding.', 'Two\n   finding!');
    parser.parse(v2);
    // Version 3 changes item 1 only, keeping every offset.
    const v3 = v2.replace('One\n   finding', 'One\n   fineing');
    assert.deepEqual(read(v3, parser.parse(v3)), read(v3, parseInChunks(v3)));
  });

  it('joins the readings of blocks in block order, each reading\'s items in its own order', () => {
    assert.deepEqual(joined([{ xs: [1, 2] }, { xs: [] }, { xs: [3] }], (r) => r.xs), [1, 2, 3]);
    assert.deepEqual(joined([], (r: { xs: number[] }) => r.xs), []);
    assert.equal(inOrder([{ start: 1 }, { start: 1 }, { start: 4 }]), true);
    assert.equal(inOrder([{ start: 2 }, { start: 1 }]), false);
  });

  it('gives footnote references in order of place when micromark found some of a block and left others as text', () => {
    // `[^1]` is defined, so micromark makes it a reference; `[^2]`, before it, stays text and is found in the text.
    const text = '# Report\n\nFirst [^2] and then [^1], with `[^3]` in code.\n\n- An item [^4] and [^1].\n\n[^1]: Defined.\n';
    const { references } = readFootnotes(text, parseInChunks(text));
    assert.deepEqual(
      references.map((r) => [r.label, text.slice(r.span.start, r.span.end)]),
      [['2', '[^2]'], ['1', '[^1]'], ['4', '[^4]'], ['1', '[^1]']],
    );
    assert.ok(inOrder(readCodeSpans(parseInChunks(text))));
  });
});
