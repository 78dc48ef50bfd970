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
import { corpus, corpusNames } from '../robustness/edits';

const processor = unified().use(remarkParse).use(reportSyntax).use(remarkFrontmatter, ['yaml']);
const finding = 'Managers make sure that social workers visit children regularly (Recommendation)';

function kinds(text: string): string[] {
  return plainBlocks(text).map((b) => `${b.kind} ${text.slice(b.textStart, b.textEnd)}`);
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

  it('hold most of a real draft', () => {
    for (const name of corpusNames) {
      const text = corpus(name);
      const plain = plainBlocks(text).reduce((n, b) => n + b.lineEnd - b.lineStart, 0);
      assert.ok(plain > 0.8 * text.length, `${name}: ${plain} of ${text.length} characters in plain blocks`);
    }
  });
});
