/**
 * The recommendation map of a report is made once per report and threshold
 * and shared (two rules and the editor's features ask for it on every
 * keystroke); made afresh, it is the same.
 */
import { strict as assert } from 'node:assert';
import { recommendationMap } from '../../../server/src/engine/recommendation-map';
import { corpus, model } from '../../helpers/drafts';

describe('the recommendation map', () => {
  it('is made once per report and threshold, and is what making it again gives', () => {
    const report = model(corpus('sutton-2017'));
    const map = recommendationMap(report);
    assert.equal(recommendationMap(report), map);
    assert.equal(recommendationMap(report, 0.25), map, 'the default threshold is 0.25');
    const strict = recommendationMap(report, 0.9);
    assert.notEqual(strict, map);
    assert.equal(recommendationMap(report, 0.9), strict);
    const again = recommendationMap(model(corpus('sutton-2017')));
    assert.notEqual(again, map, 'another report, another map');
    const shape = (m: typeof map) => m.entries.map((e) => [e.recommendation.id, e.supports.map((s) => s.paragraph.number), e.cited, e.possible, e.unsupported]);
    assert.deepEqual(shape(again), shape(map));
    assert.ok(map.entries.some((e) => e.supports.length > 1), 'some recommendation has several supports, pushed in order');
  });
});
