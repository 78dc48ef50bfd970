/**
 * Mocha root hooks (loaded by `.mocharc.json`). A language server a test
 * started and did not end keeps mocha from exiting: the run would sit
 * there, printing nothing, until CI gives up on it. After the last test, any
 * server still running is ended and named, and the run fails.
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
