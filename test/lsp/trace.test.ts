/**
 * The server's trace: with the client's trace on (`$/setTrace`, or the
 * `trace` of `initialize`), each check is logged with how long it took
 * (`$/logTrace`), and with a verbose trace each phase and how much of the
 * draft was parsed again; with the trace off nothing is sent.
 */
import { strict as assert } from 'node:assert';
import { corpus, offsetOf } from '../helpers/drafts';
import { LspClient } from './lsp-client';

const sutton = corpus('sutton-2017');
const uri = 'file:///drafts/sutton-2017.report.md';

describe('language server trace', function () {
  this.timeout(60000);
  let client: LspClient;
  afterEach(async () => client?.shutdown());

  /** A new server, with the client's trace at `trace` (off by default, as a client starts). */
  async function started(trace?: 'messages' | 'verbose'): Promise<void> {
    client = new LspClient({ diagnostics: 'push' });
    await client.initialize();
    if (trace) await client.connection.sendNotification('$/setTrace', { value: trace });
  }

  async function openAndType(): Promise<void> {
    await client.open(uri, sutton);
    await client.until(() => client.published.find((p) => p.uri === uri && p.version === 1), 'first diagnostics');
    const at = client.position(uri, offsetOf(sutton, 'Regular core group meetings'));
    const version = await client.edit(uri, [{ range: { start: at, end: at }, newText: 'e' }]);
    await client.until(() => client.published.find((p) => p.uri === uri && p.version === version), 'diagnostics after the edit');
  }

  it('logs each check with its time, and with a verbose trace its phases and what was parsed again', async () => {
    await started('verbose');
    await openAndType();
    const first = await client.until(() => client.traces.find((t) => t.message.includes('(version 1)')), 'the trace of the first check');
    assert.match(first.message, /^Checked file:\/\/\/drafts\/sutton-2017\.report\.md \(version 1\) in \d+\.\d ms$/);
    assert.match(first.verbose ?? '', /^parse \d+\.\d ms \(the whole draft\), model \d+\.\d ms, rules \d+\.\d ms$/);
    const second = await client.until(() => client.traces.find((t) => t.message.includes('(version 2)')), 'the trace of the check after the edit');
    const reread = /\(re-read (\d+) of (\d+) characters\)/.exec(second.verbose ?? '');
    assert.ok(reread, second.verbose);
    assert.ok(Number(reread[1]) < Number(reread[2]) / 10, `a keystroke re-reads a small part: ${second.verbose}`);
    assert.equal(Number(reread[2]), client.text(uri).length);
  });

  it('logs only the total with a trace of messages', async () => {
    await started('messages');
    await openAndType();
    const trace = await client.until(() => client.traces.find((t) => t.message.includes('(version 2)')), 'the trace of the check after the edit');
    assert.equal(trace.verbose, undefined);
  });

  it('sends nothing while the trace is off', async () => {
    await started();
    await openAndType();
    assert.deepEqual(client.traces, []);
  });
});
