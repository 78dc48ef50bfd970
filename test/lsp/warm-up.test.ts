/**
 * The server's warm-up before the first draft: the sample draft it analyses
 * runs the code a real draft runs (sections, judgements, recommendations,
 * findings with markers), and the warm-up stops when a document opens.
 */
import { strict as assert } from 'node:assert';
import { analyse } from '../../server/src/engine/analyse';
import { INTERNAL_ERROR_RULE } from '../../server/src/engine/types';
import { sampleDraft, WarmUp } from '../../server/src/lsp/warm-up';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { chunkedStats, parseInChunks } from '../../server/src/parse/chunked';

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

  it('does nothing once the server is no longer idle', async () => {
    let asked = 0;
    const warmUp = new WarmUp(() => (asked++, false));
    warmUp.start();
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(asked, 1, 'one look, then no step');
    warmUp.stop();
  });
});
