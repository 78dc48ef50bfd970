/**
 * The summary line `npm test` reads from each suite and ends with: a suite
 * that could not run here (the Electron suite without a VS Code download)
 * counts as skipped, neither passed nor failed.
 */
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readSummary, summaryLine } = require('../../scripts/summary.js') as {
  readSummary(stdout: string): { passed: number; failed: number; skipped: number } | undefined;
  summaryLine(c: { passed: number; failed: number; skipped?: number }): string;
};

describe('test summary line', () => {
  it('reads a skipped suite as nothing passed and nothing failed', () => {
    const out = 'electron tests skipped: VS Code could not be downloaded here\n0 passed, 0 failed, 1 skipped\n';
    assert.deepEqual(readSummary(out), { passed: 0, failed: 0, skipped: 1 });
  });

  it('reads a suite that ran, among its other output', () => {
    assert.deepEqual(readSummary('  ✓ a step\n  ✗ another\n7 passed, 1 failed\n'), { passed: 7, failed: 1, skipped: 0 });
    assert.equal(readSummary('crashed before counting\n'), undefined);
  });

  it('ends with `N passed, N failed`, adding `, N skipped` only when something was skipped', () => {
    assert.equal(summaryLine({ passed: 530, failed: 0 }), '530 passed, 0 failed');
    assert.equal(summaryLine({ passed: 530, failed: 2, skipped: 1 }), '530 passed, 2 failed, 1 skipped');
    assert.deepEqual(readSummary(summaryLine({ passed: 3, failed: 0, skipped: 1 })), { passed: 3, failed: 0, skipped: 1 });
  });
});
