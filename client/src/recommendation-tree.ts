/**
 * The "Recommendations" view as plain data: each recommendation with the
 * findings that support it, unsupported ones flagged, and the markers whose
 * recommendation is unclear. Built from the server's recommendation map;
 * extension.ts turns these nodes into VS Code tree items.
 */
import type { MapFinding, MapRecommendation, MapWeakMarker, Part, RecommendationMap, WireRange } from './map-types';

export type TreeIcon = 'recommendation' | 'unsupported' | 'finding' | 'citation' | 'weak' | 'part';

export interface TreeNode {
  /** Stable across refreshes of the same draft, so the view keeps what is expanded. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip: string;
  readonly icon: TreeIcon;
  /** Where a click jumps to; none for group nodes. */
  readonly range?: WireRange;
  readonly children: readonly TreeNode[];
}

const PART_TITLES: Record<Part, string> = {
  'local-authority': 'The local authority',
  board: 'The Local Safeguarding Children Board',
};

/** `Recommendation 4`, or `Board recommendation 2` for the board's unnumbered bullets (`B2`). */
export function recommendationLabel(rec: Pick<MapRecommendation, 'id' | 'number' | 'part'>): string {
  if (rec.number !== undefined) return `Recommendation ${rec.number}`;
  const bullet = /^B(\d+)$/.exec(rec.id);
  if (bullet) return `Board recommendation ${bullet[1]}`;
  return `Recommendation ${rec.id}`;
}

/** The first words of a text, cut at a word boundary. */
export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** `Recommendation 7` or `Board recommendation 2` from a recommendation id alone (`7`, `B2`). */
export function labelFromId(id: string): string {
  return recommendationLabel({ id, number: /^\d+$/.test(id) ? Number(id) : undefined, part: 'local-authority' });
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function findingNode(rec: MapRecommendation, f: MapFinding, i: number): TreeNode {
  const where = f.number !== undefined ? `Paragraph ${f.number}` : `Line ${f.range.start.line + 1}`;
  const how =
    f.via === 'citation'
      ? 'cited by the recommendation'
      : f.explicit
        ? 'names it in its marker'
        : `bare marker, ${percent(f.confidence)} sure`;
  return {
    id: `rec:${rec.id}:${f.via}:${f.number ?? `l${f.range.start.line}`}:${i}`,
    label: where,
    description: how,
    tooltip: `${where} supports ${recommendationLabel(rec)} (${how})`,
    icon: f.via === 'citation' ? 'citation' : 'finding',
    range: f.range,
    children: [],
  };
}

function recommendationNode(rec: MapRecommendation): TreeNode {
  const label = recommendationLabel(rec);
  const count = rec.findings.length;
  return {
    id: `rec:${rec.id}`,
    label,
    description: rec.supported ? `${count} ${count === 1 ? 'finding' : 'findings'} · ${excerpt(rec.text, 50)}` : `No finding supports it · ${excerpt(rec.text, 40)}`,
    tooltip: `${label}: ${rec.text}${rec.supported ? '' : '\n\nNo finding carries a marker for it and it cites no paragraph'}`,
    icon: rec.supported ? 'recommendation' : 'unsupported',
    range: rec.range,
    children: rec.findings.map((f, i) => findingNode(rec, f, i)),
  };
}

function weakNode(m: MapWeakMarker, i: number): TreeNode {
  const best = [...m.candidates].sort((a, b) => b.score - a.score).slice(0, 2);
  const guesses = best.map((c) => `${labelFromId(c.id)} (${percent(c.score)})`).join(', ');
  return {
    id: `weak:${m.range.start.line}:${m.range.start.character}:${i}`,
    label: `Marker on line ${m.range.start.line + 1}`,
    description: best.length ? `could be ${guesses}` : 'no recommendation shares its subject',
    tooltip: 'A bare (Recommendation) marker whose recommendation is unclear: name it, as in (Recommendation 4)',
    icon: 'weak',
    range: m.range,
    children: [],
  };
}

/** The view's top-level nodes: grouped by part when the report has both parts, then the unclear markers. */
export function buildTree(map: RecommendationMap): TreeNode[] {
  const parts = [...new Set(map.recommendations.map((r) => r.part))];
  const top: TreeNode[] =
    parts.length > 1
      ? parts.map((part) => {
          const recs = map.recommendations.filter((r) => r.part === part);
          const unsupported = recs.filter((r) => !r.supported).length;
          return {
            id: `part:${part}`,
            label: PART_TITLES[part] ?? part,
            description: `${recs.length} ${recs.length === 1 ? 'recommendation' : 'recommendations'}${unsupported ? `, ${unsupported} unsupported` : ''}`,
            tooltip: PART_TITLES[part] ?? part,
            icon: 'part' as const,
            children: recs.map(recommendationNode),
          };
        })
      : map.recommendations.map(recommendationNode);
  if (map.weakMarkers.length) {
    top.push({
      id: 'weak',
      label: 'Unclear markers',
      description: `${map.weakMarkers.length}`,
      tooltip: 'Bare markers whose recommendation cannot be told with confidence',
      icon: 'weak',
      children: map.weakMarkers.map(weakNode),
    });
  }
  return top;
}

/** The view's message line: how many recommendations, how many unsupported. */
export function treeMessage(map: RecommendationMap | undefined): string | undefined {
  if (!map) return 'Open a draft report to see its recommendations';
  const n = map.recommendations.length;
  if (n === 0) return 'This draft has no recommendations';
  const unsupported = map.recommendations.filter((r) => !r.supported).length;
  return unsupported ? `${unsupported} of ${n} recommendations have no supporting finding` : undefined;
}
