/** The recommendation map as JSON, for tools. */
import type { MapRows } from './map-rows';

export function formatJson(rows: MapRows): string {
  return JSON.stringify(rows, null, 2) + '\n';
}
