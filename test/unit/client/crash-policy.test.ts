/**
 * A server that dies is restarted and the writer told once; one that keeps
 * dying is left stopped, with an error.
 */
import { strict as assert } from 'node:assert';
import { CrashPolicy, OnceOnly } from '../../../client/src/crash-policy';

describe('crash policy', () => {
  it('restarts a server that died and says so the first time only', () => {
    const p = new CrashPolicy(4, 180_000);
    const first = p.closed(0);
    assert.deepEqual(first, { restart: true, message: 'The inspection report server stopped unexpectedly and was restarted' });
    assert.deepEqual(p.closed(60_000), { restart: true });
    assert.deepEqual(p.closed(500_000), { restart: true });
  });

  it('gives up, with an error, when the server dies more often than it may within the window', () => {
    const p = new CrashPolicy(4, 180_000);
    for (let i = 0; i < 4; i++) assert.equal(p.closed(i * 1000).restart, true);
    const d = p.closed(5000);
    assert.equal(d.restart, false);
    assert.equal(d.error, true);
    assert.match(d.message!, /stopped 5 times in 3 minutes/);
  });

  it('forgets crashes older than the window, and all of them on a restart the writer asks for', () => {
    const p = new CrashPolicy(2, 1000);
    p.closed(0);
    p.closed(10);
    assert.equal(p.closed(2000).restart, true);
    p.closed(2001);
    p.reset();
    assert.equal(p.closed(2002).restart, true);
  });

  it('shows each error once', () => {
    const once = new OnceOnly();
    assert.deepEqual([once.first('a'), once.first('a'), once.first('b')], [true, false, true]);
  });
});
