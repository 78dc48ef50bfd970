/**
 * A vector of one text of weight 1 is made from the text's remembered counts
 * (`oneText` in `similarity.ts`); it must be the general weighted sum's vector
 * to the last bit, so that scores, links and confidences do not move.
 */
import { strict as assert } from 'node:assert';
import { tfidfIndex, weightsOf } from '../../../server/src/model/similarity';
import { corpus, corpusNames, model } from '../../helpers/drafts';

describe('term vectors of one text', () => {
  it('are the weighted sum\'s vectors to the last bit, for every paragraph of the corpus', () => {
    for (const name of corpusNames) {
      const texts = model(corpus(name)).paragraphs.map((p) => p.text);
      const index = tfidfIndex(texts, `term-vectors ${name}`);
      for (const text of texts) {
        const one = index.vector([{ text, weight: 1 }]);
        // An empty second part takes the general path and adds nothing.
        const sum = index.vector([
          { text, weight: 1 },
          { text: '', weight: 0.5 },
        ]);
        assert.deepEqual(one.terms, sum.terms, name);
        assert.ok(one.values.every((v, i) => Object.is(v, sum.values[i])), `${name}: ${text.slice(0, 40)}`);
        assert.ok(Object.is(one.norm, sum.norm), name);
        assert.deepEqual([...weightsOf(one)], [...weightsOf(sum)]);
        assert.deepEqual([...one.labels], [...sum.labels]);
        assert.ok(one.terms.every((t) => one.termSet.has(t)) && !one.termSet.has('not a term'));
      }
    }
  });
});
