import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { plainMapping, readFrontMatter } from '../../../server/src/model/front-matter';
import { parseMarkdown } from '../../../server/src/parse/parse';

const corpus = path.join(__dirname, '..', '..', 'fixtures', 'corpus');

/** What the YAML parser makes of `value`, or undefined when it finds errors. */
function yamlOf(value: string): unknown {
  const doc = parseDocument(value, { prettyErrors: false });
  return doc.errors.length > 0 ? undefined : doc.toJS();
}

describe('front matter without the YAML parser', () => {
  it('reads the corpus drafts’ front matter as YAML does, without the parser', () => {
    const drafts = readdirSync(corpus).filter((n) => n.endsWith('.report.md'));
    for (const name of drafts) {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path.join(corpus, name), 'utf8'));
      assert.ok(m, `${name} has front matter`);
      const plain = plainMapping(m[1]);
      assert.ok(plain, `${name}: read without the parser`);
      assert.deepEqual(plain, yamlOf(m[1]), name);
    }
  });

  it('leaves to the parser what YAML reads otherwise', () => {
    for (const value of ['a: 0x1F', 'a: 2016', 'a: 1e3', 'a: TRUE', 'a: null', 'a: b: c', 'a: b # note', 'a: "b"', 'a: b\n  c', 'a: b\na: c', 'a:', '- a', 'a:\tb', 'a: b\r', 'true: a', 'a: [b]', '']) {
      assert.equal(plainMapping(value), undefined, value);
    }
  });

  it('agrees with the YAML parser whenever it reads a mapping itself', () => {
    const piece = fc.constantFrom('a', 'Zb', 'key-1', 'x_y', ' ', '  ', ':', ': ', '#', ' #', '0', '12', '0x1F', '1e3', '.5', '-', '+', 'true', 'False', 'NULL', '~', 'yes', "'", '"', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '\t', '\r', 'é', '’', '\\', '14 November 2016', 'London Borough');
    const word = fc.constantFrom('a', 'Borough', 'of', 'Sutton', ' ', '1', '2016', '-', ',', '.', '/', '(', ')');
    const rest = fc.array(fc.oneof({ arbitrary: word, weight: 6 }, { arbitrary: piece, weight: 1 }), { maxLength: 6 }).map((xs) => xs.join(''));
    const text = fc.tuple(fc.oneof({ arbitrary: fc.constantFrom('London', 'x', '14', '0'), weight: 4 }, { arbitrary: piece, weight: 1 }), rest).map(([a, b]) => a + b);
    const key = fc.constantFrom('k', 'name', 'inspection-dates', 'x_1', 'true', 'A', 'k ', ' k', 'authority', 'published', 'profile', 'b2');
    const line = fc.oneof(
      { arbitrary: fc.tuple(key, fc.constantFrom(': ', ':  ', ':', ': \t'), text).map(([k, sep, v]) => `${k}${sep}${v}`), weight: 8 },
      { arbitrary: text, weight: 1 },
      { arbitrary: fc.constant(''), weight: 1 },
    );
    const mapping = fc.array(line, { maxLength: 5 }).map((ls) => ls.join('\n'));
    let read = 0;
    fc.assert(
      fc.property(mapping, (value) => {
        const plain = plainMapping(value);
        if (plain === undefined) return;
        read++;
        assert.deepEqual(plain, yamlOf(value), JSON.stringify(value));
      }),
      { numRuns: 20_000, seed: 11 },
    );
    assert.ok(read > 500, `only ${read} read without the parser`);
  });
});

describe('front matter the YAML parser cannot make values of', () => {
  it('gives an error, never throws, for an alias to no anchor or aliases without bound', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    for (const value of ['*<div>', 'profile: *missing', laughs]) {
      const fm = readFrontMatter(parseMarkdown(`---\n${value}\n---\n\n# Title\n`));
      assert.ok(fm, value);
      assert.deepEqual(fm.data, {}, value);
      assert.ok(fm.error && fm.error.message.length > 0, value);
      assert.deepEqual(fm.error.span, fm.span, value);
    }
  });
});
