/**
 * The recommendation map as CSV (RFC 4180): one row per recommendation and
 * supporting finding, a row with an empty finding for a recommendation with
 * no support, and one row per weakly linked marker.
 */
import type { MapRows } from './map-rows';

const field = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function formatCsv(rows: MapRows): string {
  const out: (string | number | undefined)[][] = [['recommendation', 'part', 'status', 'finding', 'how', 'confidence', 'shared', 'line']];
  for (const r of rows.recommendations) {
    if (r.supports.length === 0) out.push([r.id, r.part, r.status, '', '', '', '', r.line]);
    for (const s of r.supports) out.push([r.id, r.part, r.status, s.paragraph, s.how, s.confidence.toFixed(2), s.shared.slice(0, 3).join('; '), s.line]);
  }
  for (const w of rows.weakMarkers) {
    out.push([w.candidates.map((c) => c.id).join(' or '), '', 'weak-marker', w.paragraph, 'linked', w.confidence.toFixed(2), w.candidates[0]?.shared.slice(0, 3).join('; '), w.line]);
  }
  return out.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
