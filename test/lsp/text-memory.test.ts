/**
 * Memory made ready for a long draft's versions: once per process, after the
 * first check of a draft held in a buffer; first a block freed untouched (which
 * raises the C library's thresholds), then, a turn later, pieces touched and
 * freed. The real server does it after a long draft's first diagnostics, and
 * says so in a verbose trace; a short draft never sets it off.
 */
import { strict as assert } from 'node:assert';
import { suttonText, tenfold } from '../../bench/generate';
import { LONG_DRAFT } from '../../server/src/lsp/draft-document';
import { RAISE_BYTES, RESERVE_BYTES, TextMemory, type TextMemoryHost } from '../../server/src/lsp/text-memory';
import { LspClient } from './lsp-client';

describe('memory made ready for a long draft', function () {
  this.timeout(120000);

  /** A host that records what it is asked to do; timers run when `run` is called. */
  function host(platform: NodeJS.Platform = 'linux', collect = true) {
    const steps: string[] = [];
    const pending: (() => void)[] = [];
    const allocated: Buffer[] = [];
    const h: TextMemoryHost = {
      allocate: (bytes) => {
        steps.push(`allocate ${bytes}`);
        const b = Buffer.alloc(Math.min(bytes, 16), 7);
        allocated.push(b);
        return b;
      },
      collect: collect ? () => steps.push('collect') : null,
      later: (f, ms) => {
        steps.push(`later ${ms}`);
        pending.push(f);
      },
      platform,
    };
    const run = () => {
      while (pending.length) pending.shift()!();
    };
    return { h, steps, run, allocated };
  }

  it('raises the thresholds first, then touches the reserve in pieces a turn later, and tells how much', () => {
    const { h, steps, run, allocated } = host();
    const told: number[] = [];
    const memory = new TextMemory((bytes) => told.push(bytes), h);
    memory.longDraftChecked();
    assert.deepEqual(steps, ['later 0'], 'nothing is done during the check itself');
    run();
    const pieces = RESERVE_BYTES / 2 ** 20;
    assert.deepEqual(steps.slice(0, 4), ['later 0', `allocate ${RAISE_BYTES}`, 'collect', 'later 20']);
    assert.deepEqual(steps.slice(4, 4 + pieces), Array(pieces).fill(`allocate ${2 ** 20}`));
    assert.deepEqual(steps.slice(4 + pieces), ['collect']);
    assert.equal(allocated[0][0], 7, 'the first block is never written');
    assert.ok(allocated.slice(1).every((b) => b.every((x) => x === 0)), 'every piece of the reserve is touched');
    assert.deepEqual(told, [RESERVE_BYTES]);
  });

  it('is done once, whatever is checked after (a server has one)', () => {
    const { h, steps, run } = host();
    const memory = new TextMemory(() => {}, h);
    memory.longDraftChecked();
    run();
    const once = steps.length;
    memory.longDraftChecked();
    run();
    assert.equal(steps.length, once);
    assert.ok(memory.prepared);
  });

  it('is not done on systems whose C library keeps memory its own way', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { h, steps, run } = host(platform);
      const memory = new TextMemory(() => assert.fail('nothing made ready'), h);
      memory.longDraftChecked();
      run();
      assert.deepEqual(steps, []);
      assert.equal(memory.prepared, false);
    }
  });

  it('still makes the reserve without V8\'s gc (the buffers then go at the next collection V8 makes)', () => {
    const { h, steps, run } = host('linux', false);
    const told: number[] = [];
    new TextMemory((bytes) => told.push(bytes), h).longDraftChecked();
    run();
    assert.ok(!steps.includes('collect'));
    assert.deepEqual(told, [RESERVE_BYTES]);
  });

  it('runs in the real server after a long draft\'s first diagnostics, once, and never for a short draft', async function () {
    // Elsewhere the C library keeps memory its own way, and nothing is done (the test above).
    if (process.platform !== 'linux') this.skip();
    const client = new LspClient({ diagnostics: 'push' });
    try {
      await client.initialize();
      await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
      const ready = () => client.traces.filter((t) => t.message.startsWith('Made memory ready'));
      const short = 'file:///drafts/sutton.report.md';
      await client.open(short, suttonText());
      await client.until(() => client.published.find((p) => p.uri === short && p.version === 1), 'first diagnostics of the short draft');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(ready().length, 0, 'a short draft is not held in a buffer');

      const long = tenfold();
      assert.ok(long.length >= LONG_DRAFT);
      for (const [k, uri] of ['file:///drafts/long-1.report.md', 'file:///drafts/long-2.report.md'].entries()) {
        await client.open(uri, long);
        await client.until(() => client.published.find((p) => p.uri === uri && p.version === 1), 'first diagnostics of the long draft');
        const trace = await client.until(() => ready()[0], 'memory made ready');
        assert.match(trace.message, /^Made memory ready for the versions of a long draft in \d+ ms$/);
        assert.equal(trace.verbose, `${RESERVE_BYTES / 2 ** 20} MB touched and freed`);
        if (k === 1) {
          await new Promise((r) => setTimeout(r, 300));
          assert.equal(ready().length, 1, 'once per server');
        }
      }
    } finally {
      await client.shutdown();
    }
  });
});
