/**
 * The unified diff `--fix-dry-run` prints: exact for a small change, and for
 * any pair of texts, applying it to the old text gives the new one.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unifiedDiff } from '../../server/src/cli/diff';

/** Applies a unified diff made by `unifiedDiff` (whole lines, LF). */
function applyDiff(before: string, diff: string): string {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  const lines = diff.replace(/\n$/, '').split('\n').slice(2);
  for (let i = 0; i < lines.length; i++) {
    const h = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(lines[i]);
    assert.ok(h, `hunk header expected: ${lines[i]}`);
    const start = Number(h[2]) === 0 ? Number(h[1]) : Number(h[1]) - 1;
    while (at < start) out.push(a[at++]);
    for (i++; i < lines.length && !lines[i].startsWith('@@'); i++) {
      const [kind, text] = [lines[i][0], lines[i].slice(1)];
      if (kind === ' ' || kind === '-') {
        assert.equal(a[at], text, `context or removed line ${at + 1} matches`);
        at++;
      }
      if (kind === ' ' || kind === '+') out.push(text);
    }
    i--;
  }
  while (at < a.length) out.push(a[at++]);
  return out.length ? out.join('\n') + '\n' : '';
}

describe('unified diff for --fix-dry-run', () => {
  it('shows a changed line with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n') + '\n';
    const after = before.replace('5\n', 'five\n');
    assert.equal(unifiedDiff(before, after, 'a.report.md'), ['--- a/a.report.md', '+++ b/a.report.md', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'));
  });

  it('is empty when nothing changes', () => {
    assert.equal(unifiedDiff('same\n', 'same\n', 'a.md'), '');
  });

  it('turns the old text into the new one, for any texts', () => {
    const line = fc.constantFrom('a', 'b', 'c', '40. A finding.', '', '## Heading');
    const text = fc.array(line, { maxLength: 30 }).map((ls) => (ls.length ? ls.join('\n') + '\n' : ''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        assert.equal(applyDiff(before, unifiedDiff(before, after, 'x.md')), after);
      }),
      { numRuns: 500, seed: 20161208 },
    );
  });
});
