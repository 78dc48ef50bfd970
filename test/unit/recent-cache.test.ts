/**
 * The cache of recent readings keeps what is used and lets go of the rest,
 * and detached copies do not hold the string they were cut from.
 */
import { strict as assert } from 'node:assert';
import { detached, RecentCache } from '../../server/src/util/recent';

describe('recent cache', () => {
  it('keeps entries used in each generation, however many, and drops those unused for two', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a third new key: a and b age
    assert.equal(cache.get('a'), 1); // used again: young again
    cache.set('c', 33); // not new
    cache.set('d', 4); // young holds c, a, d: two new keys since it began
    cache.set('e', 5); // a third: c, a, d age, and b is dropped
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('c'), 33);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('d'), 4);
    assert.equal(cache.get('e'), 5);
  });

  it('holds at most two generations of keys that are never read again', () => {
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
