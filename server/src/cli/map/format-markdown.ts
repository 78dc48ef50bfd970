/** The recommendation map as a Markdown table, for people and for pasting into a review. */
import type { MapRows, MapSupport } from './map-rows';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function supportText(s: MapSupport): string {
  if (s.how === 'linked') return `${s.paragraph} (linked, ${s.confidence.toFixed(2)}${s.shared.length ? `: ${s.shared.slice(0, 3).join(', ')}` : ''})`;
  return `${s.paragraph} (${s.how})`;
}

export function formatMarkdown(rows: MapRows): string {
  const out: string[] = [`# Recommendation map: ${rows.file}`, '', '| Recommendation | Part | Supported by | Cites | Status |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows.recommendations) {
    const summary = r.text.length > 80 ? `${r.text.slice(0, 77)}...` : r.text;
    const status = r.status === 'weak' ? `weak: may be ${r.possible.join(', ')}` : r.status;
    out.push(
      `| ${cell(`${r.id}. ${summary}`)} | ${r.part === 'board' ? 'board' : 'local authority'} | ${cell(r.supports.map(supportText).join('; ') || '-')} | ${r.cited.join(', ') || '-'} | ${status} |`,
    );
  }
  if (rows.weakMarkers.length) {
    out.push('', `## Markers with weak links (confidence below ${rows.threshold})`, '', '| Finding | Line | Confidence | Best candidates |', '| --- | --- | --- | --- |');
    for (const w of rows.weakMarkers) {
      const candidates = w.candidates.map((c) => `${c.id}${c.shared.length ? ` (${c.shared.slice(0, 3).join(', ')})` : ''}`).join(' or ');
      out.push(`| ${w.paragraph ?? '-'} | ${w.line} | ${w.confidence.toFixed(2)} | ${cell(candidates || '-')} |`);
    }
  }
  return out.join('\n') + '\n';
}
