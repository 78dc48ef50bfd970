/**
 * Mocha root hooks (loaded by `.mocharc.json`). A language server a test
 * started and did not end is a leak: after the last test, any server still
 * running is ended and named, and the run fails. Mocha then exits (`exit` in
 * `.mocharc.json`) rather than wait for every handle to close: esbuild's
 * service process, which the tests' TypeScript loader and builds start, once
 * held a finished run in CI for a quarter of an hour, printing nothing.
 */
import type { Context } from 'mocha';
import { liveServers } from '../lsp/lsp-client';
import { setCurrentTest } from './current-test';

export const mochaHooks = {
  beforeEach(this: Context): void {
    setCurrentTest(this.currentTest?.fullTitle());
  },
  afterEach(): void {
    setCurrentTest(undefined);
  },
  async afterAll(this: Context): Promise<void> {
    this.timeout(10_000);
    // A server a test has just ended may not have exited yet.
    for (let waited = 0; liveServers.size > 0 && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const left = [...liveServers];
    for (const [server] of left) server.kill('SIGKILL');
    liveServers.clear();
    if (left.length > 0) throw new Error(`${left.length} language server(s) left running, started by: ${left.map(([, title]) => title).join('; ')}`);
  },
};
