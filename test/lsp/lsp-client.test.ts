/**
 * The protocol tests' client itself: a server that ends makes what waits on
 * it fail at once, with the server's own output, instead of waiting for ever
 * (a benchmark awaiting only a request would otherwise end quietly, with
 * status 0, as if it had run).
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { LspClient } from './lsp-client';

describe('LSP test client', function () {
  this.timeout(60000);

  it('fails `initialize` with the output of a server that could not start', async () => {
    const missing = path.join(__dirname, 'no-such-module.js');
    const client = new LspClient({ nodeArgs: ['--require', missing] });
    await assert.rejects(client.initialize(), (e: Error) => {
      assert.match(e.message, /Server exited \(1\) before answering `initialize`/);
      assert.match(e.message, /no-such-module\.js/);
      return true;
    });
    await client.shutdown();
  });

  it('ends a wait at once when the server is killed', async () => {
    const client = new LspClient();
    await client.initialize();
    const t0 = Date.now();
    const waiting = client.until(() => false, 'nothing', 30000);
    client.process.kill('SIGKILL');
    await assert.rejects(waiting, /Server exited \(SIGKILL\) while waiting for nothing/);
    assert.ok(Date.now() - t0 < 10000, 'the wait ended with the server, not at its timeout');
    await client.shutdown();
  });
});
