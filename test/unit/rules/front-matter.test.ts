import { strict as assert } from 'node:assert';
import { corpus, corpusNames, lintRule, offsetOf, replaceOnce, summarise, where } from '../../helpers/drafts';
import { analyse } from '../../../server/src/engine/analyse';
import { defaultProfile } from '../../../server/src/profiles/profiles';

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

  it('reports front matter that is never closed once, on its first line, and reads the rest of the draft as it is', () => {
    const unclosed = 'Expected a line `---` closing the front matter this line opens, found none; the draft is read as having no front matter, and none of its settings is used';
    const sutton = corpus('sutton-2017');
    const closedWithDots = replaceOnce(sutton, 'published: 13 February 2017\n---\n', 'published: 13 February 2017\n...\n');
    const ruleOpening = '\uFEFF---\n\n' + sutton.slice(sutton.indexOf('# London'));
    for (const [text, at] of [[closedWithDots, '1:1'], [ruleOpening, '1:2']]) {
      assert.deepEqual(check(text), [`${at} error front-matter ${unclosed}`]);
      // The findings and footnotes are read as ever: no rule reports markers outside findings or footnotes without definitions.
      const errors = analyse(text, defaultProfile()).problems.filter((p) => p.severity === 'error').map((p) => p.ruleId);
      assert.deepEqual(errors, ['front-matter']);
    }
    assert.deepEqual(check('---\n'), [`1:1 error front-matter ${unclosed}`]);
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
