import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, offsetOf, summarise, where } from '../../helpers/drafts';

const check = (text: string) => summarise(text, lintRule(text, 'front-matter'));

describe('front-matter', () => {
  it('accepts front matter of keys and values, and a draft without any', () => {
    assert.deepEqual(check('---\nprofile: ofsted-sif-2016\nauthority: "Sutton: children"\n---\n\n# Title\n'), []);
    assert.deepEqual(check('# Title\n\nNo front matter.\n'), []);
  });

  for (const name of corpusNames) {
    it(`accepts the front matter of ${name}`, () => {
      assert.deepEqual(lintRule(corpus(name), 'front-matter'), []);
    });
  }

  it('reports YAML that does not parse at the value it could not read, saying its settings are not used', () => {
    const text = "---\nprofile: ofsted-sif-2016\nauthority: London Borough of Sutton: Children's services\n---\n\n# Title\n";
    assert.deepEqual(check(text), [
      `${where(text, offsetOf(text, 'London Borough'))} error front-matter Front matter is not YAML keys and values (Nested mappings are not allowed in compact mappings); none of its settings is used`,
    ]);
  });

  it('reports YAML that is a list, and an alias to no anchor, at the front matter', () => {
    for (const [yaml, why] of [
      ['- a\n- b', 'a list or a single value'],
      ['profile: *x', 'Unresolved alias (the anchor must be set before the alias): x'],
    ]) {
      const text = `---\n${yaml}\n---\n\n# Title\n`;
      assert.deepEqual(check(text), [`1:1 error front-matter Front matter is not YAML keys and values (${why}); none of its settings is used`], yaml);
    }
  });
});
