/**
 * The Sutton report laid out as the framework's earlier reports (2014 and
 * 2015: Leeds, Enfield, Devon) were: the overall sentence above a judgement
 * table with no headings; `## The local authority` holding its summary of
 * findings, what it needs to improve, the summary for children and young
 * people, the information about the area and the inspection judgements about
 * the local authority, the judged sections under that; the board's part
 * with its own summary, improvements and judgement; what the inspection
 * judgements mean. Its words are Sutton's (Open Government Licence v3.0, see
 * test/fixtures/corpus/README.md); only the layout is the earlier one's.
 */
import { corpus } from './drafts';

function swap(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`Not found: ${String(from)}`);
  return out;
}

/** The text from the heading line `start` up to the heading line `end` (not included). */
function between(text: string, start: string, end: string): string {
  const a = text.indexOf(`\n${start}\n`);
  const b = text.indexOf(`\n${end}\n`, a + 1);
  if (a < 0 || b < 0) throw new Error(`Not found: ${start} .. ${end}`);
  return text.slice(a + 1, b + 1);
}

export function earlierLayoutSutton(): string {
  let t = corpus('sutton-2017');
  t = swap(t, "| Children's services in Sutton are good | |\n| --- | --- |\n| 1. Children who need help and protection | Good |\n",
    'The overall judgement is that children’s services are good\n\nThe local authority leads effective services that meet the requirements for good.\n\nThe judgements on areas of the service that contribute to overall effectiveness are:\n\n| 1. Children who need help and protection | Good |\n| --- | --- |\n');
  const summary = between(t, '## Executive summary', '## Contents').replace('## Executive summary\n', '### Summary of findings\n');
  t = t.replace(between(t, '## Executive summary', '## Contents'), '');
  const area = between(t, '### Information about this local authority area[^2]', '## Recommendations');
  t = t.replace(area, '');
  t = swap(t, '\n## The local authority\n\n', `\n## The local authority\n\n${summary}`);
  t = swap(t, '\n## Recommendations\n', '\n### What does the local authority need to improve?\n\n#### Areas for improvement\n');
  t = swap(t, '\n## Summary for children and young people\n', '\n### Summary for children and young people\n');
  // The judged sections under the inspection judgements about the local authority, their own parts one level deeper.
  const judged = between(t, '## The experiences and progress of children who need help and protection', '## The Local Safeguarding Children Board (LSCB)');
  const deeper = judged.replace(/^### /gm, '##### ').replace(/^## /gm, '#### ');
  t = t.replace(judged, `${area}\n### Inspection judgements about the local authority\n\n${deeper}`);
  t = swap(t, '\n### Executive summary\n', '\n### Summary of findings\n');
  t = swap(t, '\n### Recommendations\n', '\n### What does the LSCB need to improve?\n\n#### Areas for improvement\n');
  t = swap(t, '\n### Inspection findings – the Local Safeguarding Children Board\n', '\n### Inspection judgement about the LSCB\n');
  t = swap(t, '\n## Information about this inspection\n', '\n## What the inspection judgements mean\n\n### The local authority\n\nAn outstanding local authority leads highly effective services.\n\n### The LSCB\n\nAn LSCB that is good coordinates the activity of statutory partners.\n\n## Information about this inspection\n');
  t = swap(t, /\| Section \| Page \|[\s\S]*?\n\n/, [
    '| Section | Page |', '| --- | --- |',
    '| The local authority | 3 |', '| Summary of findings | 3 |', '| What does the local authority need to improve? | 4 |', '| Areas for improvement | 4 |',
    '| Summary for children and young people | 10 |', '| Information about this local authority area | 11 |', '| Inspection judgements about the local authority | 13 |',
    '| The Local Safeguarding Children Board (LSCB) | 49 |', '| Summary of findings | 49 |', '| What does the LSCB need to improve? | 50 |', '| Areas for improvement | 50 |', '| Inspection judgement about the LSCB | 50 |',
    '| What the inspection judgements mean | 56 |', '| The local authority | 56 |', '| The LSCB | 56 |', '| Information about this inspection | 57 |',
  ].join('\n') + '\n\n');
  return t;
}
