/**
 * Plain blocks: which lines count as plain, and that the node built for one
 * is the parser's own. (That a draft parsed with them gives the Root of one
 * parse is `test/robustness/chunked-parse.test.ts`.)
 */
import { strict as assert } from 'node:assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { reportSyntax } from '../../server/src/parse/parse';
import { plainBlocks, plainNode } from '../../server/src/parse/plain-blocks';
import { parseInChunks } from '../../server/src/parse/chunked';
import { lineEnd } from '../../server/src/util/lines';
import fc from 'fast-check';
import { corpus, corpusNames } from '../robustness/edits';

const processor = unified().use(remarkParse).use(reportSyntax).use(remarkFrontmatter, ['yaml']);
const finding = 'Managers make sure that social workers visit children regularly (Recommendation)';

function kinds(text: string): string[] {
  return plainBlocks(text).map((b) => `${b.kind} ${text.slice(b.textStart, b.textEnd)}`);
}

/** Whether every point of a node and its descendants is an object of its own: the incremental parser moves points in place. */
function ownPoints(node: object): boolean {
  const seen = new Set<object>();
  let all = 0;
  const walk = (n: { position?: { start: object; end: object }; children?: unknown[] }) => {
    if (n.position) {
      seen.add(n.position.start).add(n.position.end);
      all += 2;
    }
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(node);
  return seen.size === all;
}

describe('plain blocks', () => {
  it('are lines in column 1 with a blank line either side, opening with a letter, a list marker or a heading', () => {
    assert.deepEqual(kinds(`${finding}\n`), [`paragraph ${finding}`]);
    assert.deepEqual(kinds(`1. ${finding}\n\n2) ${finding}  \n\n- ${finding}\n\n*    ${finding}\t\n`), [1, 2, 3, 4].map(() => `item ${finding}`));
    assert.deepEqual(kinds(`# ${finding}\n## ${finding} \nText\n`), [`heading ${finding}`, `heading ${finding}`]);
    assert.deepEqual(kinds(`Über alles\r\n\r\nÉcole\rnext\r`), ['paragraph Über alles', 'paragraph École\rnext']);
    // Text that goes on over lines opening with a letter or a bracket, the first ending in its text (a soft break).
    assert.deepEqual(kinds(`13. ${finding}\n(Recommendation)\n\nNext\n`), [`item ${finding}\n(Recommendation)`, 'paragraph Next']);
  });

  it('take in the items of a tight list, each next to an item of its own list', () => {
    assert.deepEqual(kinds(`- ${finding}\n- ${finding}\n- ${finding}\n\nText after\n`), [...[1, 2, 3].map(() => `item ${finding}`), 'paragraph Text after']);
    assert.deepEqual(kinds(`1. ${finding}\n2. ${finding}\n`), [1, 2].map(() => `item ${finding}`));
    // Not next to an item of another kind: \`2.\` cannot interrupt a paragraph, so it goes on with the item above.
    assert.deepEqual(kinds(`- ${finding}\n2. ${finding}\n`), []);
    assert.deepEqual(kinds(`- ${finding}\n+ ${finding}\n`), []);
    assert.deepEqual(kinds(`1. ${finding}\n1) ${finding}\n`), []);
    // The first item needs a blank line before it; the last one a blank line or an item after it.
    assert.deepEqual(kinds(`Text before\n- ${finding}\n- ${finding}\n`), [`item ${finding}`]);
    assert.deepEqual(kinds(`\n- ${finding}\n  - nested\n`), []);
  });

  it('leave out lines that may hold syntax, or may be read with the lines around them', () => {
    const misses = [
      `${finding} *emphasis*`,
      `${finding} _x_`,
      `${finding} \`code\``,
      `${finding} [link]`,
      `${finding}!`,
      `${finding} <b>`,
      `${finding} > 3`,
      `${finding} &amp;`,
      `${finding} \\`,
      `${finding} | cell`,
      `${finding} ~~x~~`,
      `${finding}\0`,
      `   ${finding}`,
      `\t${finding}`,
      `1.     ${finding}`,
      `1.\t${finding}`,
      `1234567890. ${finding}`,
      `2016 was the year`,
      `#nospace`,
      `### ${finding} ###`,
      `####### ${finding}`,
      `# `,
    ];
    for (const line of misses) assert.deepEqual(kinds(`\n${line}\n\n`), [], JSON.stringify(line));
    // A line next to text that may be read with it (a table, a setext heading, a hard break, an indented or a block's line), or an item before an indented line.
    for (const next of [':--', '===', '---', '- more', '  more', '> more', '| more']) assert.deepEqual(kinds(`${finding}\n${next}\n`), [], next);
    assert.deepEqual(kinds(`${finding}  \nmore\n`), []);
    assert.deepEqual(kinds(`before\n${finding}\n`), [`paragraph before\n${finding}`]);
    assert.deepEqual(kinds(`1. ${finding}\n\n    more of the item\n`), []);
    assert.deepEqual(kinds(`${finding}\n\n    indented code\n`), [`paragraph ${finding}`]);
  });

  it('are built as the parser reads them, positions included', () => {
    const texts = [
      `${finding}\n`,
      `- ${finding}\n- ${finding}\n`,
      `1. ${finding}\n2. ${finding}\n\n3. ${finding}\n`,
      `* ${finding}\n* * *\n`,
      `- ${finding}\n- [^1] note\n\n[^1]: x\n`,
      `- ${finding}\n- \n- ${finding}\n`,
      `13. ${finding}\n(Recommendation)\n\n14. ${finding}\n`,
      `${finding}\r\nsecond line\r\nthird \r\n`,
      `${finding}  \n`,
      `1. ${finding}\n`,
      `007) ${finding}\t \n`,
      `-    ${finding}`,
      `+ ${finding}\r\n`,
      `# ${finding}\n`,
      `###### ${finding}   \n`,
      `#\t${finding}\t\n`,
      `Être\n`,
    ];
    for (const text of texts) {
      const [block] = plainBlocks(text);
      assert.ok(block, JSON.stringify(text));
      const node = plainNode(text, block);
      const first = processor.parse(text).children[0];
      // A list's first item; the rest of a list is joined at assembly (the whole is held to one parse in chunked-parse.test.ts).
      if (node.type === 'list' && first.type === 'list') assert.deepStrictEqual(node.children[0], first.children[0], JSON.stringify(text));
      else assert.deepStrictEqual(node, first, JSON.stringify(text));
      assert.deepStrictEqual(parseInChunks(text, 1), processor.parse(text), JSON.stringify(text));
    }
  });

  it('take in a table of plain cells, between blank lines, every row opening and closing with a pipe in column 1', () => {
    const headline = "| Children's services in Sutton are good | |\n| --- | --- |\n| 1. Children who need help and protection | Good |\n| 2.1 Adoption performance | Requires improvement |";
    const tables = (text: string) => plainBlocks(text).filter((b) => b.kind === 'table').map((b) => text.slice(b.lineStart, b.lineEnd));
    assert.deepEqual(tables(`Intro\n\n${headline}\n\n## Next\n`), [headline]);
    assert.deepEqual(tables('| A | B |\n|:--|--:|'), ['| A | B |\n|:--|--:|']);
    const misses = [
      // Not after a blank line, or not followed by one: the parser may read the lines with their neighbours.
      `Intro\n${headline}\n`,
      `${headline}\nlazy line\n`,
      // A row not opening or not closing with a pipe in column 1.
      '| A | B |\n| --- | --- |\nx | y |\n',
      '| A | B |\n| --- | --- |\n| x | y\n',
      ' | A | B |\n | --- | --- |\n',
      // A delimiter row of another number of cells, or not a delimiter row.
      '| A | B |\n| --- |\n',
      '| A | B |\n| --- | x |\n',
      '| A |\n',
      // Cells that may hold syntax, or read as a delimiter row.
      '| A *b* | C |\n| --- | --- |\n',
      '| A | [^1] |\n| --- | --- |\n',
      '| A | B |\n| --- | --- |\n| a \\| b | c |\n',
      '| A | B |\n| --- | --- |\n| `x` | c |\n',
      '| A | B |\n| --- | --- |\n| --- | c |\n',
      '| :-: | B |\n| --- | --- |\n',
    ];
    for (const text of misses) assert.deepEqual(tables(`\n${text}`), [], JSON.stringify(text));
  });

  it('build a table as the parser reads it, positions, alignment and empty cells included', () => {
    const texts = [
      '| A b | C |\n| --- | :-: |\n| 1. X y | Good |\n| Z | |\n',
      '|A|B|\n|-|-|\n|x|y|z|\n|w|\n',
      '| A | B |  \n| --- | --- |\t\n| x  |  y |   \n\nNext',
      '| A | B |\n| --- | --- |\n',
      '| A | B |\r\n|:---|---:|\r\n| x | y |\r\n\r\nText',
      '| a  b\tc | d |\n| - | - |\n| \t | e |\n',
      '| Section | Page |\n| --- | --- |\n| Information about this local authority area | 5 |\r| Recommendations | 8 |\r',
    ];
    for (const text of texts) {
      const block = plainBlocks(text).find((b) => b.kind === 'table');
      assert.ok(block, JSON.stringify(text));
      assert.deepStrictEqual(plainNode(text, block), processor.parse(text).children[0], JSON.stringify(text));
      assert.deepStrictEqual(parseInChunks(text, 1), processor.parse(text), JSON.stringify(text));
    }
  });

  it('build any table they take in as the parser reads it (random tables)', () => {
    const cellText = fc.stringMatching(/^[ \t]{0,2}(?:[A-Za-z0-9.,'’()é:-]{1,6}(?: [A-Za-z0-9.,:-]{1,4})?)?[ \t]{0,2}$/);
    const row = fc.array(cellText, { minLength: 1, maxLength: 4 }).map((cells) => `|${cells.join('|')}|`);
    const delimiter = fc.array(fc.constantFrom('---', ':--', '--:', ':-:', ' - ', '-', ' :---: '), { minLength: 1, maxLength: 4 });
    const table = fc
      .tuple(row, delimiter, fc.array(row, { maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('', ' ', '\t'), fc.constantFrom('', 'Before\n\n', '# H\n\n'), fc.constantFrom('', '\n', '\n\nAfter\n', '\nlazy\n'))
      .map(([header, delims, body, eol, pad, before, after]) => {
        // The delimiter row has as many cells as the header most of the time, not always.
        const cells = header.split('|').length - 2;
        const d = delims.length >= cells ? delims.slice(0, cells) : delims;
        return before + [header, `|${d.join('|')}|`, ...body].map((l) => l + pad).join(eol) + after.replace(/\n/g, eol);
      });
    let taken = 0;
    fc.assert(
      fc.property(table, (text) => {
        const parsed = processor.parse(text);
        for (const block of plainBlocks(text)) {
          if (block.kind !== 'table') continue;
          taken++;
          const node = parsed.children.find((n) => n.position!.start.offset === block.lineStart);
          const built = plainNode(text, block);
          assert.deepStrictEqual(built, node, JSON.stringify(text));
          assert.ok(ownPoints(built), `points shared in ${JSON.stringify(text)}`);
        }
        assert.deepStrictEqual(parseInChunks(text, 1), parsed, JSON.stringify(text));
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 8), numRuns: 600 },
    );
    assert.ok(taken > 100, `only ${taken} tables taken in`);
  });

  it('hold most of a real draft', () => {
    for (const name of corpusNames) {
      const text = corpus(name);
      const plain = plainBlocks(text).reduce((n, b) => n + b.lineEnd - b.lineStart, 0);
      assert.ok(plain > 0.8 * text.length, `${name}: ${plain} of ${text.length} characters in plain blocks`);
    }
  });
});

describe('line ends', () => {
  it('finds the break ending a line of LF, CRLF and CR text, from any start, the text\'s end when there is none', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    assert.deepEqual([0, 2, 3, 4, 8, 9, 10, 16, 19, 20, 25].map((s) => lineEnd(text, s)), [3, 3, 3, 7, 8, 14, 14, 19, 19, 19, 19]);
    // One call leaves nothing behind for the next, on another text.
    assert.equal(lineEnd('no break', 0), 8);
    assert.equal(lineEnd('\n', 0), 0);
    assert.equal(lineEnd('', 0), 0);
  });
});
