/**
 * The server's warm-up: the sample draft it analyses
 * runs the code a real draft runs (sections, judgements, recommendations,
 * findings with markers), and the warm-up pauses while the writer opens and edits documents.
 */
import { strict as assert } from 'node:assert';
import { analyse } from '../../server/src/engine/analyse';
import { INTERNAL_ERROR_RULE } from '../../server/src/engine/types';
import { sampleDraft, WarmUp } from '../../server/src/lsp/warm-up';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { chunkedStats, parseInChunks } from '../../server/src/parse/chunked';
import { rememberedTables } from '../../server/src/model/similarity';

describe('language server warm-up', () => {
  it('analyses a sample draft with the structure of the profile', () => {
    const { report, problems } = analyse(sampleDraft(defaultProfile()), defaultProfile());
    assert.ok(!problems.some((p) => p.ruleId === INTERNAL_ERROR_RULE));
    assert.ok(report.recommendations.length > 0, 'recommendations');
    assert.ok(report.markers.length > 0, 'markers');
    assert.ok(report.headline, 'a headline table');
  });

  it('makes a long sample that is parsed in pieces, as a real draft is, and checks it as a whole parse does', () => {
    const long = sampleDraft(defaultProfile(), 40);
    assert.ok(long.length >= 32_768, `${long.length} characters`);
    parseInChunks(long);
    assert.ok(chunkedStats.pieces > 1, 'parsed in pieces');
    const { problems } = analyse(long, defaultProfile());
    assert.ok(!problems.some((p) => p.ruleId === INTERNAL_ERROR_RULE));
  });

  /** Resolves when `f` holds, looked at every 10 ms; fails after `ms`. */
  async function until(f: () => boolean, what: string, ms = 30000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!f()) {
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('runs every step while no document is open, then ends, keeping no table of the sample it edited', async () => {
    // Drafts read once share one table (the warm-up's whole analyses use it too).
    analyse(sampleDraft(defaultProfile()), defaultProfile());
    const tables = rememberedTables();
    const warmUp = new WarmUp(defaultProfile, { delayMs: 10, quietMs: 500 });
    warmUp.start();
    await until(() => warmUp.steps === 20, 'twenty steps');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(warmUp.steps, 20, 'no step after the last');
    assert.equal(rememberedTables(), tables, 'the edited sample\'s term frequencies let go');
    warmUp.stop();
  });

  it('takes no step while the writer opens and edits documents, and goes on once they pause', async function () {
    this.timeout(60000);
    const warmUp = new WarmUp(defaultProfile, { delayMs: 10, quietMs: 500 });
    warmUp.start();
    // An open at once, then a keystroke every 20 ms for a second: typing leaves no room for a step.
    warmUp.activity();
    const typing = setInterval(() => warmUp.activity(), 20);
    await new Promise((r) => setTimeout(r, 1000));
    clearInterval(typing);
    assert.equal(warmUp.steps, 0, 'no step while typing');
    // The writer pauses: the warm-up goes on, without the short sample (a draft has been read).
    await until(() => warmUp.steps > 0, 'a step after the pause');
    assert.ok(warmUp.steps >= 5, `the short sample's four steps skipped (${warmUp.steps} steps)`);
    warmUp.activity();
    const paused = warmUp.steps;
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(warmUp.steps, paused, 'paused again by the next keystroke');
    await until(() => warmUp.steps === 20, 'the rest of the steps');
    warmUp.stop();
  });

  it('ends for good when stopped', async () => {
    const warmUp = new WarmUp(defaultProfile, { delayMs: 10, quietMs: 10 });
    warmUp.start();
    warmUp.stop();
    warmUp.activity();
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(warmUp.steps, 0);
  });
});
