/**
 * A draft hard-wrapped at 80 columns says what the same draft with a line per
 * paragraph says: inside a paragraph a line break is a space. Each published
 * report, its paragraphs and list items wrapped (never before a word that
 * could start a block of its own), gives the same links, with the same
 * confidence and shared words, and the same problems.
 */
import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintText, model } from '../helpers/drafts';

/** Every line that is a paragraph or a list item, wrapped at `width` columns; list items' later lines indented under their text. */
function wrapped(text: string, width = 80): string {
  return text
    .split('\n')
    .map((line) => {
      const item = /^(\d+\.|[-*+]) /.exec(line);
      const plain = item || /^\p{L}/u.test(line);
      if (!plain || line.length <= width) return line;
      const indent = item ? ' '.repeat(item[0].length) : '';
      const words = line.split(' ');
      const out: string[] = [];
      let current = words[0];
      for (const word of words.slice(1)) {
        // A word that could open a block of its own (a list, a heading, a quote, a table row) stays on its line.
        const opensBlock = /^(?:[-*+>#|]|\d+[.)]|\[\^)/.test(word);
        if (current.length + 1 + word.length > width && !opensBlock && word !== '') {
          out.push(current);
          current = indent + word;
        } else current += ` ${word}`;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

describe('published reports hard-wrapped', () => {
  for (const name of corpusNames) {
    it(`reads ${name} wrapped at 80 columns as it reads it unwrapped`, () => {
      const text = corpus(name);
      const wrappedText = wrapped(text);
      assert.ok(wrappedText.split('\n').length > text.split('\n').length + 500, 'the draft was wrapped');
      const links = (t: string) => model(t).links.map((l) => ({ ...l, candidates: l.candidates.map((c) => ({ ...c })) }));
      assert.deepEqual(links(wrappedText), links(text));
      const problems = (t: string) => lintText(t).map((p) => `${p.severity} ${p.ruleId} ${p.message}`);
      assert.deepEqual(problems(wrappedText), problems(text));
    });
  }
});
