/**
 * The server's copy of a draft (`DraftDocument`) reads exactly as
 * `vscode-languageserver-textdocument`'s after the same changes: text,
 * ranges of text, line count, and every position and offset, over random
 * change sequences on short texts (line breaks of every kind, edits that
 * split and join CR LF pairs, line ranges and line breaks, reversed and out-of-range positions, whole
 * replacements) and on a long draft held in a buffer.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { type Position, TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DraftDocument, EXTERNAL_MIN, LONG_DRAFT, MAX_BUFFERED } from '../../server/src/lsp/draft-document';
import { suttonText, tenfold } from '../../bench/generate';
import { lineStartsOf } from '../../server/src/util/positions';

const piece = fc.oneof(
  fc.constantFrom('\r', '\n', '\r\n', '\n\r', 'a', ' ', '’', '😀', '\uD83D', '# Heading\r\n', 'Text.\n\n'),
  fc.string({ maxLength: 6 }),
);
const textArb = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
const positionArb = fc.record({ line: fc.integer({ min: -1, max: 25 }), character: fc.integer({ min: -1, max: 40 }) });
const changeArb: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: positionArb, end: positionArb }), text: textArb }) },
  { weight: 1, arbitrary: fc.record({ text: textArb }) },
);

/**
 * The text after `change`, its offsets found by a reference document made
 * afresh from `text`: the reference's own update, given positions past the
 * end, counts lines that are not there.
 */
function applied(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change) || !change.range) return change.text;
  const fresh = TextDocument.create('file:///d.md', 'markdown', 1, text);
  let { start, end } = change.range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
  return text.slice(0, fresh.offsetAt(start)) + change.text + text.slice(fresh.offsetAt(end));
}

/** Both documents read the same, everywhere. */
function sameAs(ours: DraftDocument, theirs: TextDocument, context: string): void {
  const text = theirs.getText();
  assert.equal(ours.getText(), text, `text after ${context}`);
  assert.equal(ours.lineCount, theirs.lineCount, `line count after ${context}`);
  assert.deepEqual([...ours.lineStarts()], lineStartsOf(text), `line starts after ${context}`);
  assert.equal(ours.version, theirs.version);
  for (let offset = -1; offset <= text.length + 1; offset++) {
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `position of offset ${offset} after ${context}`);
  }
  for (let line = -1; line <= theirs.lineCount; line++) {
    for (let character = -1; character <= 12; character++) {
      const p = { line, character };
      assert.equal(ours.offsetAt(p), theirs.offsetAt(p), `offset of ${line}:${character} after ${context}`);
    }
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `range of line ${line} after ${context}`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `line break of line ${line} after ${context}`);
    const range = { start: { line, character: 1 }, end: { line: line + 1, character: 2 } };
    assert.equal(ours.getText(range), theirs.getText(range), `text of lines ${line} to ${line + 1} after ${context}`);
  }
}

/** Replaces text[from, to) of both documents with `inserted`, as one change of version `version`. */
function editBoth(ours: DraftDocument, theirs: TextDocument, from: number, to: number, inserted: string, version: number): void {
  const range = { start: theirs.positionAt(from), end: theirs.positionAt(to) };
  DraftDocument.update(ours, [{ range, text: inserted }], version);
  TextDocument.update(theirs, [{ range, text: inserted }], version);
}

describe('the server copy of a draft', () => {
  it('reads as a reference text document of the same text after every change of random sequences', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.array(changeArb, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (start, batches) => {
        const ours = DraftDocument.create('file:///d.md', 'markdown', 1, start);
        sameAs(ours, TextDocument.create('file:///d.md', 'markdown', 1, start), 'opening');
        let text = start;
        batches.forEach((changes, i) => {
          DraftDocument.update(ours, changes, i + 2);
          for (const change of changes) text = applied(text, change);
          sameAs(ours, TextDocument.create('file:///d.md', 'markdown', i + 2, text), `change ${i + 1}: ${JSON.stringify(changes)}`);
        });
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 20261127), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) * 4 },
    );
  });

  it('keeps a long draft in a buffer and reads as the reference after typing, pasting and deleting', () => {
    const long = tenfold(suttonText());
    assert.ok(long.length >= LONG_DRAFT);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            remove: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 400_000 })),
            text: fc.oneof(fc.constantFrom('e', ' ', '\r\n', '\n', '’'), fc.constant(long.slice(0, 300_000)), textArb),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (edits) => {
          const ours = DraftDocument.create('file:///long.md', 'markdown', 1, long);
          const theirs = TextDocument.create('file:///long.md', 'markdown', 1, long);
          edits.forEach((e, i) => {
            const text = theirs.getText();
            const from = Math.floor(e.at * text.length);
            editBoth(ours, theirs, from, Math.min(text.length, from + e.remove), e.text, i + 2);
            const context = `edit ${i + 1} (at ${from}, removing ${e.remove}, inserting ${e.text.length})`;
            assert.equal(ours.getText(), theirs.getText(), `text after ${context}`);
            assert.equal(ours.lineCount, theirs.lineCount, `line count after ${context}`);
            assert.deepEqual([...ours.lineStarts()], lineStartsOf(theirs.getText()), `line starts after ${context}`);
            const n = theirs.getText().length;
            for (const offset of [0, from - 1, from, from + 1, from + e.text.length, Math.floor(n / 2), n - 1, n]) {
              assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `position of ${offset} after ${context}`);
              const p = theirs.positionAt(offset);
              assert.equal(ours.offsetAt(p), theirs.offsetAt(p));
            }
          });
        },
      ),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 27), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) / 4 },
    );
  });

  /** Reads `ours` whole, as the server does before a check, and holds what it says of the change to the texts. */
  function readAndCheck(ours: DraftDocument, given: string, context: string): string {
    const text = ours.getText();
    assert.equal(ours.takeChange(`${text} `), undefined, 'nothing is said of another text');
    const change = ours.takeChange(text);
    if (text !== given) {
      assert.ok(change, `a change is known after ${context}`);
      assert.equal(change.from, given, `from the text given before, after ${context}`);
    }
    // The same text given again may keep what was said of it and not taken: that stays true of the two texts.
    if (change) {
      const { from } = change;
      assert.ok(change.prefix + change.suffix <= Math.min(from.length, text.length), context);
      assert.equal(text.slice(0, change.prefix), from.slice(0, change.prefix), `prefix after ${context}`);
      assert.equal(text.slice(text.length - change.suffix), from.slice(from.length - change.suffix), `suffix after ${context}`);
    }
    assert.equal(ours.takeChange(text), undefined, 'given once');
    return text;
  }

  it('says how each whole text it gives came from the one it gave before, over random change sequences', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.record({ changes: fc.array(changeArb, { minLength: 1, maxLength: 3 }), read: fc.boolean() }), { maxLength: 10 }), (start, batches) => {
        const ours = DraftDocument.create('file:///d.md', 'markdown', 1, start);
        let given = ours.getText();
        assert.equal(ours.takeChange(given), undefined, 'nothing is said of the first text');
        batches.forEach(({ changes, read }, i) => {
          DraftDocument.update(ours, changes, i + 2);
          if (read) given = readAndCheck(ours, given, `batch ${i + 1}: ${JSON.stringify(changes).slice(0, 300)}`);
        });
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 20261128), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) * 2 },
    );
  });

  it('says so of a long draft too, across cuts and pastes that take it out of its buffer and back, read after some edits only', () => {
    const long = tenfold(suttonText()).slice(0, 360_000);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            remove: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 300_000 })),
            text: fc.oneof(fc.constantFrom('', 'e', '\r\n', '’'), fc.constant(long.slice(1_000, 201_000)), textArb),
            read: fc.boolean(),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        (edits) => {
          const ours = DraftDocument.create('file:///long.md', 'markdown', 1, long);
          const theirs = TextDocument.create('file:///long.md', 'markdown', 1, long);
          let given = ours.getText();
          edits.forEach((e, i) => {
            const text = theirs.getText();
            const from = Math.floor(e.at * text.length);
            editBoth(ours, theirs, from, Math.min(text.length, from + e.remove), e.text, i + 2);
            if (e.read) given = readAndCheck(ours, given, `edit ${i + 1} (at ${from}, removing ${e.remove}, inserting ${e.text.length})`);
          });
        },
      ),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 28), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) / 2 },
    );
  });

  it('says so after the edits that once lost a change: a cut out of the buffer between two reads', () => {
    const t0 = tenfold(suttonText()).slice(0, 300_000);
    const ours = DraftDocument.create('file:///long.md', 'markdown', 1, t0);
    const theirs = TextDocument.create('file:///long.md', 'markdown', 1, t0);
    let given = ours.getText();
    const steps: [number, number, string][] = [
      [100, 100, 'x'],
      [1001, 200001, ''],
      [1001, 1001, t0.slice(1000, 200000)],
      [100, 101, ''],
      [1000, 200000, ''],
      [80000, 80000, 'y'],
    ];
    steps.forEach(([from, to, inserted], i) => editBoth(ours, theirs, from, to, inserted, i + 2));
    assert.equal(ours.getText(), theirs.getText());
    given = readAndCheck(ours, given, 'the six edits');
    assert.equal(given, theirs.getText());
  });

  it('refuses a change without text, as the reference does, and keeps the text as it was', () => {
    const ours = DraftDocument.create('file:///d.md', 'markdown', 1, 'one\ntwo\n');
    const bad = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] as unknown as TextDocumentContentChangeEvent[];
    assert.throws(() => DraftDocument.update(ours, bad, 2), /Unknown change event received/);
    assert.throws(() => TextDocument.update(TextDocument.create('file:///d.md', 'markdown', 1, 'one\ntwo\n'), bad, 2), /Unknown change event received/);
    assert.equal(ours.getText(), 'one\ntwo\n');
    assert.equal(ours.version, 1);
  });

  it('gives a long draft as a string of its own length, and the versions before it stay as they were', () => {
    const long = tenfold(suttonText());
    const doc = DraftDocument.create('file:///long.md', 'markdown', 1, long);
    const before = doc.getText();
    DraftDocument.update(doc, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }], 2);
    const after = doc.getText();
    assert.equal(after.length, long.length + 1);
    assert.ok(after.length < EXTERNAL_MIN, 'the draft is shorter than what is decoded, so the string is cut to its length');
    assert.equal(before, long, 'editing the buffer does not change a string given out before');
    assert.equal(after, long.slice(0, doc.offsetAt({ line: 3, character: 0 })) + 'x' + long.slice(doc.offsetAt({ line: 3, character: 0 })));
  });

  it('stops holding a buffer when a long draft is cut short or grows past what is checked, and holds one again in between', () => {
    const long = tenfold(suttonText());
    const ours = DraftDocument.create('file:///long.md', 'markdown', 1, long);
    const theirs = TextDocument.create('file:///long.md', 'markdown', 1, long);
    assert.equal(ours.inBuffer, true);
    const at = (offset: number) => theirs.positionAt(offset);
    const steps: [() => { range: { start: Position; end: Position }; text: string }, boolean][] = [
      [() => ({ range: { start: at(1_000), end: at(theirs.getText().length) }, text: '' }), false],
      [() => ({ range: { start: at(500), end: at(500) }, text: long }), true],
      [() => ({ range: { start: at(0), end: at(0) }, text: long + long + long }), true],
      [() => ({ range: { start: at(7), end: at(7) }, text: long }), false],
      [() => ({ range: { start: at(0), end: at(theirs.getText().length - 400_000) }, text: '' }), true],
    ];
    for (const [i, [make, inBuffer]] of steps.entries()) {
      const change = make();
      DraftDocument.update(ours, [change], i + 2);
      TextDocument.update(theirs, [change], i + 2);
      assert.equal(ours.getText(), theirs.getText(), `text after step ${i + 1}`);
      assert.equal(ours.lineCount, theirs.lineCount);
      assert.deepEqual(ours.positionAt(theirs.getText().length - 3), theirs.positionAt(theirs.getText().length - 3));
      assert.equal(ours.inBuffer, inBuffer, `${theirs.getText().length} characters ${inBuffer ? 'are' : 'are not'} held in a buffer (step ${i + 1})`);
    }
    assert.ok(theirs.getText().length > LONG_DRAFT && theirs.getText().length <= MAX_BUFFERED);
  });
});
