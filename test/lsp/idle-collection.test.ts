/**
 * Collecting the young generation between keystrokes: once nothing has
 * happened for the quiet time, and only when there is something to collect;
 * never while edits keep coming, never after the server stops. The real
 * server does it (its loader gives it V8's `gc`), and says so in a verbose
 * trace.
 */
import { strict as assert } from 'node:assert';
import { IdleCollection, MIN_USED_BYTES, type Collected } from '../../server/src/lsp/idle-collection';
import { corpus, offsetOf } from '../helpers/drafts';
import { LspClient } from './lsp-client';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('collecting between keystrokes', function () {
  this.timeout(60000);
  const QUIET = 40;

  /** An idle collection with a stand-in for V8's `gc` and for the bytes in use. */
  function collection(used: () => number = () => 4 * MIN_USED_BYTES) {
    const runs: number[] = [];
    const reported: Collected[] = [];
    const idle = new IdleCollection((c) => reported.push(c), () => runs.push(Date.now()), QUIET, used);
    return { idle, runs, reported };
  }

  it('collects once, after the quiet time that follows the last activity, and says what it did', async () => {
    const { idle, runs, reported } = collection();
    idle.activity();
    await sleep(QUIET / 2);
    assert.equal(runs.length, 0, 'not before the quiet time');
    idle.activity();
    await sleep(QUIET / 2 + 5);
    assert.equal(runs.length, 0, 'activity puts it off');
    await sleep(QUIET * 2);
    assert.equal(runs.length, 1);
    assert.equal(reported.length, 1);
    assert.equal(reported[0].before, 4 * MIN_USED_BYTES);
    await sleep(QUIET * 2);
    assert.equal(runs.length, 1, 'once per quiet spell');
    idle.stop();
  });

  it('never collects while activity comes more often than the quiet time', async () => {
    const { idle, runs } = collection();
    for (let k = 0; k < 8; k++) {
      idle.activity();
      await sleep(QUIET / 4);
    }
    assert.equal(runs.length, 0);
    idle.stop();
  });

  it('leaves a young generation with little in it alone', async () => {
    const { idle, runs } = collection(() => MIN_USED_BYTES - 1);
    idle.activity();
    await sleep(QUIET * 3);
    assert.equal(runs.length, 0);
    idle.stop();
  });

  it('does nothing once stopped, or without V8\'s gc', async () => {
    const { idle, runs } = collection();
    idle.activity();
    idle.stop();
    idle.activity();
    await sleep(QUIET * 3);
    assert.equal(runs.length, 0);
    const none = new IdleCollection(() => assert.fail('nothing to report'), null, QUIET, () => 4 * MIN_USED_BYTES);
    none.activity();
    await sleep(QUIET * 3);
  });

  it('stops collecting, and never throws, when V8\'s gc fails', async () => {
    let calls = 0;
    const idle = new IdleCollection(
      () => assert.fail('nothing collected'),
      () => {
        calls++;
        throw new TypeError('unknown option');
      },
      QUIET,
      () => 4 * MIN_USED_BYTES,
    );
    idle.activity();
    await sleep(QUIET * 3);
    idle.activity();
    await sleep(QUIET * 3);
    assert.equal(calls, 1);
  });

  it('runs in the real server between checks, as its verbose trace says', async () => {
    const client = new LspClient({ diagnostics: 'push' });
    try {
      await client.initialize();
      await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
      const uri = 'file:///drafts/sutton-2017.report.md';
      const sutton = corpus('sutton-2017');
      await client.open(uri, sutton);
      await client.until(() => client.published.find((p) => p.uri === uri && p.version === 1), 'first diagnostics');
      const at = client.position(uri, offsetOf(sutton, 'Regular core group meetings'));
      const version = await client.edit(uri, [{ range: { start: at, end: at }, newText: 'e' }]);
      await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), 'diagnostics after the edit');
      const trace = await client.until(() => client.traces.find((t) => t.message.startsWith('Collected the young generation')), 'a collection between checks');
      assert.match(trace.message, /^Collected the young generation between checks in \d+\.\d ms$/);
      const kb = /^(\d+) KB in use before, (\d+) KB after$/.exec(trace.verbose ?? '');
      assert.ok(kb, trace.verbose);
      assert.ok(Number(kb[1]) * 1024 >= MIN_USED_BYTES && Number(kb[2]) < Number(kb[1]), trace.verbose);
    } finally {
      await client.shutdown();
    }
  });
});
