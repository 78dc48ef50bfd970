/**
 * A long draft for benchmarks: the Sutton report's findings repeated until the
 * draft is `factor` times as long, renumbered so that the one sequence of
 * paragraph numbers still runs 1 to N with no gap, as a real long report would.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export function suttonText(): string {
  return readFileSync(path.join(process.env.BENCH_ROOT ?? path.join(__dirname, '..'), 'test', 'fixtures', 'corpus', 'sutton-2017.report.md'), 'utf8');
}

/** The Sutton draft with its judged sections' `###` subsections repeated to `factor` times the length, numbered paragraphs renumbered. */
export function tenfold(base = suttonText(), factor = 10): string {
  // Repeat the block of text between the Recommendations and the board's section: the findings.
  const from = base.indexOf('\n## Summary for children and young people');
  const to = base.indexOf('\n## The Local Safeguarding Children Board');
  const head = from > 0 && to > from ? base.slice(0, from) : base;
  const middle = from > 0 && to > from ? base.slice(from, to) : '';
  const tail = from > 0 && to > from ? base.slice(to) : '';
  let body = middle;
  while (head.length + body.length + tail.length < base.length * factor && middle.length > 0) body += middle.replace(/\n## /g, '\n### ');
  let n = 0;
  return (head + body + tail).replace(/^(\d+)\. /gm, () => `${++n}. `);
}

/**
 * Copy `k` of a draft, different from every other copy in each numbered
 * paragraph (`12. Draft 3: Children ...`), so that copies share no paragraph
 * text, as different drafts do not. Copy 0 is the draft itself.
 */
export function distinctCopy(text: string, k: number): string {
  return k === 0 ? text : text.replace(/^(\d+)\. (?=\p{Lu})/gmu, (m) => `${m}Draft ${k}: `);
}

if (require.main === module && process.argv[1]?.endsWith('generate.ts')) process.stdout.write(tenfold());
