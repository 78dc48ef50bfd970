/**
 * `parseMarkdown` calls remark-parse's parser directly: the Root must be the
 * one the unified processor's `parse` gives, on every draft of the corpus.
 */
import { strict as assert } from 'node:assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseMarkdown } from '../../server/src/parse/parse';
import { corpus, corpusNames } from '../robustness/edits';

describe('parsing a draft', () => {
  it('gives the Root the remark processor gives', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
    for (const name of corpusNames) assert.deepStrictEqual(parseMarkdown(corpus(name)), processor.parse(corpus(name)), name);
    const tricky = '---\ntitle: x\n---\n\n# A\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSee[^1] and www.example.com.\n\n[^1]: Note.\n\n- [ ] task\n';
    assert.deepStrictEqual(parseMarkdown(tricky), processor.parse(tricky));
  });
});
