/**
 * The cache of recent readings keeps what is used and lets go of the rest,
 * and detached copies do not hold the string they were cut from.
 */
import { strict as assert } from 'node:assert';
import { detached, RecentCache } from '../../server/src/util/recent';

describe('recent cache', () => {
  it('keeps entries used in each generation and drops those unused for two', () => {
    const cache = new RecentCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.set('d', 4); // a, b, c age
    assert.equal(cache.get('a'), 1); // used again: young again
    cache.set('e', 5);
    cache.set('f', 6); // young full (d, a, e): it ages, and b and c are dropped
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('c'), undefined);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('f'), 6);
    assert.ok(cache.size <= 6);
  });

  it('never grows past two generations however many keys come', () => {
    const cache = new RecentCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) cache.set(i, i);
    assert.ok(cache.size <= 200);
    assert.equal(cache.get(9_999), 9_999);
  });

  it('copies a slice into a string of its own, equal to it', () => {
    const whole = 'x'.repeat(100_000) + 'the expansion of an acronym';
    const slice = whole.slice(100_000);
    const copy = detached(slice);
    assert.equal(copy, slice);
    assert.equal(detached('short'), 'short');
  });
});
