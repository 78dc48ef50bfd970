/**
 * Evaluates recommendation linking against the labelled corpus
 * (`test/fixtures/corpus/*.links.json`: finding number -> recommendation).
 * For each report and overall: markers linked to the labelled recommendation
 * with confidence (right), flagged as uncertain (flagged, right or not), and
 * linked to another recommendation with confidence (wrong and confident).
 *
 * Usage: npm run eval:links [-- --threshold 0.25] [--verbose] [--strict: exit 1 when a link is wrong and confident]
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildReport } from '../server/src/model/build';
import { defaultProfile } from '../server/src/profiles/profiles';
import { DEFAULT_LINK_THRESHOLD } from '../server/src/model/links';

const dir = path.resolve(__dirname, '..', 'test', 'fixtures', 'corpus');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const tIndex = args.indexOf('--threshold');
const threshold = tIndex >= 0 ? Number(args[tIndex + 1]) : DEFAULT_LINK_THRESHOLD;

interface Tally { markers: number; right: number; flaggedRight: number; flaggedWrong: number; wrong: number }
const total: Tally = { markers: 0, right: 0, flaggedRight: 0, flaggedWrong: 0, wrong: 0 };
const rows: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.links.json')).sort()) {
  const name = file.replace(/\.links\.json$/, '');
  const labels: Record<string, number | string> = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const report = buildReport(readFileSync(path.join(dir, `${name}.report.md`), 'utf8'), defaultProfile());
  const t: Tally = { markers: 0, right: 0, flaggedRight: 0, flaggedWrong: 0, wrong: 0 };
  for (const link of report.links) {
    const marker = report.markers[link.markerIndex];
    const para = marker.paragraphIndex !== undefined ? report.paragraphs[marker.paragraphIndex] : undefined;
    if (!para) continue;
    const label = labels[String(para.number)];
    if (label === undefined) continue;
    t.markers++;
    const right = link.recommendationId === String(label);
    const confident = link.explicit || link.confidence >= threshold;
    if (confident && right) t.right++;
    else if (confident) t.wrong++;
    else if (right) t.flaggedRight++;
    else t.flaggedWrong++;
    if (verbose || (confident && !right)) {
      const c = link.candidates.map((x) => `${x.recommendationId}:${x.score.toFixed(3)}`).join(' ');
      console.log(`  ${name} ${para.number} -> ${link.recommendationId ?? '-'} (label ${label}) conf ${link.confidence.toFixed(2)} ${confident ? (right ? 'right' : 'WRONG') : 'flagged'}  [${c}] shared: ${link.candidates[0]?.shared.slice(0, 4).join(', ') ?? ''}`);
    }
  }
  for (const k of Object.keys(t) as (keyof Tally)[]) total[k] += t[k];
  rows.push(line(name, t));
}
console.log(`threshold ${threshold}`);
console.log('report                        markers  right  flagged(best right)  flagged(best wrong)  wrong+confident');
for (const r of rows) console.log(r);
console.log(line('overall', total));
if (args.includes('--strict') && total.wrong > 0) process.exitCode = 1;

function line(name: string, t: Tally): string {
  return `${name.padEnd(30)}${String(t.markers).padStart(7)}${String(t.right).padStart(7)}${String(t.flaggedRight).padStart(21)}${String(t.flaggedWrong).padStart(21)}${String(t.wrong).padStart(17)}`;
}
