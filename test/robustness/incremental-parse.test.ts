/**
 * Incremental parsing gives exactly the Root a full parse gives, positions
 * included, after every edit of long random edit sequences over real drafts.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { IncrementalParser } from '../../server/src/parse/incremental';
import { parseMarkdown } from '../../server/src/parse/parse';
import { editOf } from '../../server/src/parse/root-edits';
import { corpus, corpusNames, editSequence, applyEdit, describeEdit, startText } from './edits';

function sameAsFull(parser: IncrementalParser, text: string, context: string): Root {
  const incremental = parser.parse(text);
  const full = parseMarkdown(text);
  try {
    assert.deepStrictEqual(incremental, full);
  } catch (e) {
    throw new Error(`Incremental parse differs from a full parse after ${context}: ${(e as Error).message.slice(0, 2000)}`);
  }
  return incremental;
}

/** How many of the first and last characters two texts share, the two not overlapping in the shorter. */
function unchangedEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('incremental parsing', () => {
  it('re-parses only the chunk a one-character edit touches', () => {
    const text = corpus('sutton-2017');
    const parser = new IncrementalParser();
    parser.parse(text);
    const at = text.indexOf('Sutton', text.length / 2);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    sameAsFull(parser, edited, 'one insertion');
    assert.equal(parser.stats.mode, 'incremental');
    assert.ok(parser.stats.parsedChars < text.length / 5, `parsed ${parser.stats.parsedChars} of ${text.length} characters`);
  });

  it('marks each Root with what changed since the Root before it, and a full parse as made afresh', () => {
    const text = corpus('sutton-2017');
    const parser = new IncrementalParser();
    const first = editOf(parser.parse(text))!;
    assert.equal(first.previous, undefined, 'the first parse is a full one');
    const at = text.indexOf('Sutton', text.length / 2);
    const second = editOf(parser.parse(text.slice(0, at) + 'xy' + text.slice(at)))!;
    assert.equal(parser.stats.mode, 'incremental');
    assert.deepEqual({ previous: second.previous, from: second.from, to: second.to, delta: second.delta }, { previous: first.stamp, from: at, to: at + 2, delta: 2 });
    const same = editOf(parser.parse(text.slice(0, at) + 'xy' + text.slice(at)))!;
    assert.deepEqual({ previous: same.previous, from: same.from, delta: same.delta }, { previous: second.stamp, from: text.length + 2, delta: 0 }, 'the same text again: nothing changed');
    parser.reset();
    assert.equal(editOf(parser.parse(text))!.previous, undefined, 'after a reset the parse is a full one');
  });

  it("takes the last Root's top-level nodes before and after the edit, and joins again only the list that holds it", () => {
    const text = corpus('sutton-2017');
    const parser = new IncrementalParser();
    parser.parse(text);
    // A second parse assembles the chunks (the first was the parse of the whole draft in pieces).
    let at = text.indexOf('Sutton', text.length / 3);
    let before = parser.parse(text.slice(0, at) + 'x' + text.slice(at));
    let current = text.slice(0, at) + 'x' + text.slice(at);
    for (const where of [0.5, 0.25, 0.75]) {
      at = current.indexOf('Sutton', current.length * where);
      const list = before.children.findIndex((n) => n.position!.start.offset! <= at && at < n.position!.end.offset!);
      assert.equal(before.children[list].type, 'list', 'the edit is in a finding, an item of its section’s list');
      current = current.slice(0, at) + 'x' + current.slice(at);
      const after = parser.parse(current);
      assert.equal(parser.stats.mode, 'incremental');
      assert.deepStrictEqual(after, parseMarkdown(current), `an insertion at ${at}`);
      assert.equal(after.children.length, before.children.length);
      // Parsed again: the chunk the edit is in and the one before it (the last whose first line lies wholly before the edit).
      after.children.forEach((n, k) => {
        if (k === list) assert.notEqual(n, before.children[k], 'the list that holds the edited finding is joined again');
        else if (k !== list - 1) assert.equal(n, before.children[k], `top-level node ${k} is the last Root's`);
      });
      before = after;
    }
  });

  it('re-parses only the item of a tight list a keystroke touches, with its sub-items', () => {
    const text = corpus('sutton-2017');
    const parser = new IncrementalParser();
    parser.parse(text);
    const item = text.indexOf('- In the last 12 months:');
    const next = text.indexOf('\n- ', item + 1) + 1;
    const at = text.indexOf('adoptions', item);
    sameAsFull(parser, text.slice(0, at) + 'x' + text.slice(at), 'an insertion in a sub-item');
    assert.equal(parser.stats.mode, 'incremental');
    assert.equal(parser.stats.parsedChars, next - item + 1, 'the item with its sub-items, and nothing else');
  });

  it('keeps an item of a tight list to its list after the item has been parsed again', () => {
    // Parsed again on its own, the item must still be one that stays a chunk only while the line before it ends an item.
    const parser = new IncrementalParser();
    for (const text of ['- a\n- -\nPara two\n', '- a\n- -\nPara twox\n', ')- a\n- -\nPara twox\n']) sameAsFull(parser, text, JSON.stringify(text));
  });

  it('parses a pasted section that holds footnote references and their definitions as a whole parse does', () => {
    const text = corpus('sutton-2017');
    const parser = new IncrementalParser();
    parser.parse(text);
    const section = text.slice(text.indexOf('\n# ') + 1);
    sameAsFull(parser, `${text}\n${section}`, 'the draft with its sections pasted again at the end');
  });

  it('parses a region again, not the whole draft, when a definition the scan of definition lines misses is used from another piece', () => {
    const text = '# A\n\nFirst x[^9] and [q][y] y.\n\nPlain words here.\n\n> [y]: /u\n\n[^9]: Note.\n\nSecond para.\n';
    const parser = new IncrementalParser();
    sameAsFull(parser, text, 'the first parse');
    sameAsFull(parser, text.replace('Plain words', 'Plain wordss'), 'an edit in the region that holds the definitions');
    assert.equal(parser.stats.mode, 'incremental');
  });

  const tricky: [string, string, string][] = [
    ['opening a fence swallows later headings', '# A\n\ntext\n\n# B\n\nmore\n\n# C\n\nend\n', '# A\n\n```\ntext\n\n# B\n\nmore\n\n# C\n\nend\n'],
    ['closing that fence releases them', '# A\n\n```\ntext\n\n# B\n\nmore\n', '# A\n\n```\ntext\n```\n\n# B\n\nmore\n'],
    ['an HTML comment left open', '# A\n\nx\n\n# B\n\ny\n', '# A\n\n<!--\nx\n\n# B\n\ny\n'],
    ['a footnote definition added elsewhere', '# A\n\nsee[^1]\n\n# B\n\ny\n', '# A\n\nsee[^1]\n\n# B\n\ny\n\n[^1]: note\n'],
    ['a footnote definition removed', '# A\n\nsee[^1]\n\n# B\n\n[^1]: note\n', '# A\n\nsee[^1]\n\n# B\n\n[^1 note\n'],
    ['a link definition used from another chunk', '# A\n\n[x][y]\n\n# B\n\n[y]: /u\n', '# A\n\n[x][y] z\n\n# B\n\n[y]: /u\n'],
    ['a heading turned into list continuation', '- item\n# B\n\ntext\n', '- item\n  # B\n\ntext\n'],
    ['front matter closed', '---\ntitle: x\n\n# A\n\ntext\n', '---\ntitle: x\n---\n\n# A\n\ntext\n'],
    ['CRLF split by an edit', '# A\r\n\r\ntext\r\n\r\n# B\r\n\r\nend\r\n', '# A\r\n\r\ntext\rx\n\r\n# B\r\n\r\nend\r\n'],
    ['a table before a heading', '# A\n\n| a | b |\n| - | - |\n| 1 | 2 |\n# B\n\nx\n', '# A\n\n| a | b |\n| - | - |\n| 1 | 23 |\n# B\n\nx\n'],
    ['a setext heading whose text starts with #', '<!-- x -->\n#---\ntext\n---\n\n# B\n', '\u0000<!-- x -->---\n#---\ntext\n---\n\n# B\n'],
    ['link definitions with escaped and multi-line labels live in another chunk', '# A\n\n[x][a\\]b] [y][Foo bar]\n\n# B\n\n[a\\]b]: /u\n\n[Foo\n bar]: /v\n', '# A\n\n[x][a\\]b] [y][Foo bar] z\n\n# B\n\n[a\\]b]: /u\n\n[Foo\n bar]: /v\n'],
    ['no final line break', '# A\n\ntext\n\n# B\n\nend', '# A\n\ntext\n\n# B\n\nends'],
    // A loose list is cut at its items: each part parses alone and the parts are joined again.
    ['an item changes its delimiter', '1. a\n\n2. b\n\n3. c\n', '1. a\n\n2) b\n\n3. c\n'],
    ['an item becomes a paragraph', '1. a\n\n2. b\n\n3. c\n', '1. a\n\n2.b\n\n3. c\n'],
    ['the blank line between items goes', '1. a\n\n2. b\n\n3. c\n', '1. a\n2. b\n\n3. c\n'],
    ['the blank line between items gets text', '1. a\n\n2. b\n\n3. c\n', '1. a\nx\n2. b\n\n3. c\n'],
    ['the blank line between items gets spaces', '1. a\n\n2. b\n\n3. c\n', '1. a\n   \n2. b\n\n3. c\n'],
    ['a paragraph comes between items', '1. a\n\n2. b\n\n3. c\n', '1. a\n\npara\n\n2. b\n\n3. c\n'],
    ['bullets change', '- a\n\n- b\n\n- c\n', '- a\n\n* b\n\n- c\n'],
    ['an item is indented', '1. a\n\n2. b\n\n3. c\n', '1. a\n\n 2. b\n\n3. c\n'],
    ['an item ends in a nested list', '1. a\n   - x\n\n2. b\n\n3. c\n', '1. a\n   - xy\n\n2. b\n\n3. c\n'],
    ['an item holds a blank line', '1. a\n\n   more\n\n2. b\n\n3. c\n', '1. a\n\n   moore\n\n2. b\n\n3. c\n'],
    ['an empty item', '1.\n\n2. b\n\n3. c\n', '1.\n\n2. bb\n\n3. c\n'],
    ['CRLF items', '1. a\r\n\r\n2. b\r\n\r\n3. c\r\n', '1. a\r\n\r\n2. bx\r\n\r\n3. c\r\n'],
    ['a tight list then a paragraph', '1. a\n2. b\n\npara\n\n3. c\n', '1. a\n2. b\n\npar\n\n3. c\n'],
    ['a fence opened inside an item', '1. a\n\n2. b\n\n3. c\n', '1. a\n\n2. ```b\n\n3. c\n'],
    ['the first line becomes blank', 'x\n1. a\n\n2. b\n', '\n1. a\n\n2. b\n'],
    ['an item after indented code becomes paragraph text', '1.\n    code\n\n2. b\nPara two\n', '\n    code\n\n2. b\nPara two\n'],
    ['a nested item after indented code becomes paragraph text', '```\n\n-   2. inner\nPara two\n', '    ```\n\n-   2. inner\nPara two\n'],
    ['a comment left open in an item swallows the blank line before the next', 'Para two\n\n10) c\nPara two\n', '2) <!--Para two\n\n10) c\nPara two\n'],
    ['a fence left open in the last item', '1. a\n', '1. <!--a\n'],
    // A tight list is cut at its items too: each stays a chunk only while the line before it ends an item of its list.
    ['the item before an item of a tight list becomes a paragraph', '- \n- -\nPara two\n', ')- \n- -\nPara two\n'],
    ['an ordered item of a tight list comes after a paragraph', '1. a\n2. b\n3. c\n', '1. a\nx\n2. b\n3. c\n'],
    ['the line break between items of a tight list goes', '- a\n- b\n- c\n', '- a- b\n- c\n'],
    ['an item of a tight list is indented under the one before', '- a\n- b\n  - c\n- d\n', '- a\n  - b\n  - c\n- d\n'],
    ['a blank line comes between items of a tight list', '- a\n- b\n- c\n', '- a\n\n- b\n- c\n'],
    ['a fence opened in an item of a tight list', '- a\n- b\n- c\n', '- ```a\n- b\n- c\n'],
    ['a tight item holds an ordered list not numbered 1', '- a\n- 2. b\n- c\n', 'x\n- 2. b\n- c\n'],
    ['CRLF items of a tight list', '- a\r\n- b\r\n- c\r\n', '- a\r\n- bx\r\n- c\r\n'],
    // A region is parsed in pieces (at plain blocks, and long stretches at headings): each piece must see the region's own definitions.
    ['a plain paragraph comes between a reference and its definition', '# A\n\nFirst x[^9] y.\n\n[^9]: Note.\n\nSecond para.\n', '# A\n\nFirst x[^9] y.\n\nPlain words here.\n\n[^9]: Note.\n\nSecond para.\n'],
    ['a link definition is pasted after a plain paragraph, with its use', '# A\n\nFirst [x][y] z.\n\n[y]: /u\n', '# A\n\nFirst [x][y] z.\n\nPlain words here.\n\n[y]: /u\n'],
  ];
  for (const [name, before, after] of tricky) {
    it(`matches a full parse when ${name}`, () => {
      const parser = new IncrementalParser();
      sameAsFull(parser, before, 'the first parse');
      sameAsFull(parser, after, name);
      sameAsFull(parser, before, `undoing: ${name}`);
    });
  }

  it('matches a full parse after every edit of random edit sequences over excerpts of the corpus', function () {
    this.timeout(600_000);
    fc.assert(
      fc.property(editSequence(corpusNames, 15, 6_000), fc.nat(3_000), (seq, slack) => {
        const { name, edits } = seq;
        const parser = new IncrementalParser();
        // Told by the editor what it left alone (less than it did, by `slack`), as the server's parser is.
        const told = new IncrementalParser();
        let text = startText(seq);
        parser.parse(text);
        told.parse(text);
        const done: string[] = [];
        for (const edit of edits) {
          const before = text;
          text = applyEdit(text, edit);
          done.push(describeEdit(edit));
          const root = sameAsFull(parser, text, `${name}: ${done.join('; ')}`);
          const { prefix, suffix } = unchangedEnds(before, text);
          const change = { from: before, prefix: Math.max(0, prefix - slack), suffix: Math.max(0, suffix - slack) };
          assert.deepStrictEqual(told.parse(text, change), root, `told what changed, ${name}: ${done.join('; ')}`);
        }
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 20261126), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) },
    );
  });
});

/** Text made of the lines where lists, quotes, fences and comments meet, and edits of the characters that change them. */
const listLine = fc.constantFrom('Para two', 'Élan', '(Recommendation)', 'goes on ', 'see [a] and [^1]', '[a]: /u', '<div>', '~~~', '***', ' 3. c', '1. a', '2. b', '10) c', '- d', '* e', '+ f', '', '', '   ', '   more', '  - nested', '   2. inner', '> q', '```', '<!--', '-->', 'para', '# h', 'h2', '===', '---', '[^1]: note', '    code', '1.', '| a | b |', '| - | - |');
const listText = fc.tuple(fc.array(listLine, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol) + eol);
const listEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(4), insert: fc.constantFrom('', '\n', '\n\n', ' ', '   ', '1. ', '2) ', '- ', '.', ')', 'x', '```', '<!--', '>', '\r\n') });

describe('incremental parsing of lists cut at their items', () => {
  it('matches a full parse after every edit of random edits to lists, quotes, fences and comments', function () {
    this.timeout(600_000);
    fc.assert(
      fc.property(listText, fc.array(listEdit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const parser = new IncrementalParser();
        let text = start;
        sameAsFull(parser, text, 'the first parse');
        const done: string[] = [JSON.stringify(start)];
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          done.push(`at ${at} remove ${e.remove} insert ${JSON.stringify(e.insert)}`);
          sameAsFull(parser, text, done.join('; '));
        }
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 11), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 120) * 5 },
    );
  });
});

describe('incremental parsing of whole drafts', () => {
  it('matches a full parse after every edit of random edit sequences over whole drafts', function () {
    this.timeout(600_000);
    fc.assert(
      fc.property(editSequence(corpusNames, 12), (seq) => {
        const parser = new IncrementalParser();
        let text = startText(seq);
        parser.parse(text);
        const done: string[] = [];
        for (const edit of seq.edits) {
          text = applyEdit(text, edit);
          done.push(describeEdit(edit));
          sameAsFull(parser, text, `${seq.name}: ${done.join('; ')}`);
        }
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 7), numRuns: Number(process.env.ROBUSTNESS_WHOLE_RUNS ?? 4) },
    );
  });
});
