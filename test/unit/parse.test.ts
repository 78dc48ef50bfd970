/**
 * `parseMarkdown` calls remark-parse's parser directly: the Root must be the
 * one the unified processor's `parse` gives, on every draft of the corpus.
 */
import { strict as assert } from 'node:assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes } from 'mdast';
import { mayHoldTable, parseMarkdown, reportSyntax } from '../../server/src/parse/parse';
import { IncrementalParser } from '../../server/src/parse/incremental';
import { corpus, corpusNames } from '../robustness/edits';

describe('parsing a draft', () => {
  it('gives the Root the remark processor gives', () => {
    const processor = unified().use(remarkParse).use(reportSyntax).use(remarkFrontmatter, ['yaml']);
    for (const name of corpusNames) assert.deepStrictEqual(parseMarkdown(corpus(name)), processor.parse(corpus(name)), name);
    const tricky = '---\ntitle: x\n---\n\n# A\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSee[^1] and www.example.com.\n\n[^1]: Note.\n\n- [ ] task\n';
    assert.deepStrictEqual(parseMarkdown(tricky), processor.parse(tricky));
  });

  it('reads a draft whose front matter is never closed as CommonMark reads it, lists and footnotes included', () => {
    const withoutFrontMatter = unified().use(remarkParse).use(reportSyntax);
    const body = '# A\n\n1. A finding.[^1] (Recommendation)\n2. Another.\n\n[^1]: Note.\n';
    for (const text of ['---\nprofile: x\n...\n\n' + body, '---\n\n' + body, '---  \r\n' + body]) {
      const root = parseMarkdown(text);
      assert.deepStrictEqual(root, withoutFrontMatter.parse(text), JSON.stringify(text));
      assert.deepEqual(root.children.map((c) => c.type).slice(-3), ['heading', 'list', 'footnoteDefinition']);
    }
    // Edited into and out of that state, an incremental parse gives what a whole parse gives.
    const closed = '---\nprofile: x\n---\n\n' + body;
    const parser = new IncrementalParser();
    for (const text of [closed, closed.replace('x\n---', 'x\n...'), closed, closed.slice(closed.indexOf('# A')), '---\n' + closed.slice(closed.indexOf('# A')), closed]) {
      assert.deepStrictEqual(parser.parse(text), parseMarkdown(text), JSON.stringify(text.slice(0, 30)));
    }
  });

  it('parses text that cannot hold a table without the table syntax, to the same Root', () => {
    const processor = unified().use(remarkParse).use(reportSyntax).use(remarkFrontmatter, ['yaml']);
    // Every stretch between blank lines of the corpus (most have no table), and what lies on the edge of a table.
    const pieces = corpusNames.flatMap((name) => corpus(name).split(/\n\n/));
    const edges = ['abc\n---\n', 'abc\n:--\n', 'abc\n--:\n', 'abc\n:-:\n', 'abc\n: --\n', 'a\n\n***\n- - -\n', 'Use `a\\|b` here.\n', '> a\n> :--\n', '- a\n  --:\n'];
    let lean = 0;
    for (const text of [...pieces, ...edges]) {
      if (!mayHoldTable(text)) lean++;
      assert.deepStrictEqual(parseMarkdown(text), processor.parse(text), JSON.stringify(text.slice(0, 80)));
    }
    assert.ok(lean > pieces.length / 2, `${lean} of ${pieces.length} pieces parsed without the table syntax`);
    assert.equal(parseMarkdown('abc\n:--\n').children[0].type, 'table');
    assert.equal(parseMarkdown('abc\n---\n').children[0].type, 'heading');
  });

  it('reads the syntax of the draft format: CommonMark, GFM tables and footnotes, front matter, and no other GFM', () => {
    const types = (text: string) => {
      const out = new Set<string>();
      const walk = (n: Nodes) => {
        out.add(n.type);
        if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
      };
      walk(parseMarkdown(text));
      return out;
    };
    const draft = types('---\ntitle: x\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSee[^1] and [the site](https://example.com).\n\n[^1]: Note.\n');
    for (const t of ['yaml', 'table', 'tableCell', 'footnoteReference', 'footnoteDefinition', 'link']) assert.ok(draft.has(t), t);
    // Web and e-mail addresses stay text; `~~` is not strikethrough; `[ ]` is not a task.
    const other = parseMarkdown('Visit www.gov.uk/ofsted or https://example.com, or write to enquiries@ofsted.gov.uk. ~~Old~~ text.\n\n- [ ] task\n');
    assert.deepEqual([...types('Visit www.gov.uk/ofsted or https://example.com, or write to enquiries@ofsted.gov.uk. ~~Old~~ text.\n')].sort(), ['paragraph', 'root', 'text']);
    const item = (other.children[1] as { children: { checked?: boolean | null }[] }).children[0];
    assert.equal(item.checked, null);
  });
});
