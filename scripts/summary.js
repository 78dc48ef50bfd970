// The one-line summary every suite ends with, read and written the same way:
// `N passed, N failed`, with `, N skipped` after it only when something could
// not run on this machine (skipped is neither passed nor failed).

/** The counts in a suite's output, or undefined when it printed no summary. */
function readSummary(stdout) {
  const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m.exec(stdout ?? '');
  return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) } : undefined;
}

function summaryLine({ passed, failed, skipped = 0 }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

module.exports = { readSummary, summaryLine };
