/**
 * Linking each `(Recommendation)` marker to the recommendation it supports.
 *
 * A marker that names a number links to it. Bare markers are linked together,
 * part by part (the local authority's, the board's), to the recommendations
 * of their own part:
 *
 * 1. Evidence. Each finding is compared with each recommendation by what they
 *    say: tf-idf over the report's own paragraphs, on words and two-word
 *    phrases, cosine similarity. (Counting the sentence just before the
 *    marker again is possible, `markerSentenceWeight`, but measured no
 *    better, so it is off.) A recommendation that cites a
 *    paragraph (`(paragraph 17)`) adds evidence for a marked finding at or
 *    near that paragraph. Scores are put on the report's own scale (divided
 *    by the mean best score of the part's markers), so no constant depends
 *    on how long or wordy a report is.
 * 2. Assignment. Each recommendation is usually supported by at least one
 *    finding, so the markers are assigned jointly: the assignment maximises
 *    the summed evidence plus a bonus for every recommendation it covers
 *    (exactly, by dynamic programming over the covered set).
 * 3. Confidence. For each marker, the best total with the marker on its
 *    recommendation is compared with the best total with it anywhere else:
 *    the margin, on the report's scale, capped at 1, is the confidence.
 */
import type { Citation, LinkCandidate, Marker, MarkerLink, NumberedParagraph, Part, Recommendation } from './types';
import { tfidfIndex, type TermIndex, type TermVector } from './similarity';
import { jointTotalsOf } from './assignment';

/** Below this confidence a bare marker's link is reported as uncertain. */
export const DEFAULT_LINK_THRESHOLD = 0.25;

export interface LinkParameters {
  /** Weight of the sentence the marker follows, on top of the whole finding. */
  readonly markerSentenceWeight: number;
  /** Evidence, on the report's scale, from a recommendation citing the marked finding (halved per paragraph away). */
  readonly citationEvidence: number;
  /** Bonus, on the report's scale, for each recommendation the assignment covers. */
  readonly coverageBonus: number;
}

export const DEFAULT_LINK_PARAMETERS: LinkParameters = { markerSentenceWeight: 0, citationEvidence: 0.5, coverageBonus: 0.5 };

/** Beyond this many recommendations in a part, markers are linked one by one. */
const MAX_JOINT = 16;

export function linkMarkers(
  text: string,
  markers: readonly Marker[],
  paragraphs: readonly NumberedParagraph[],
  recommendations: readonly Recommendation[],
  citations: readonly Citation[] = [],
  parameters: LinkParameters = DEFAULT_LINK_PARAMETERS,
  /** Names the draft across its versions (see `tfidfIndex`). */
  draftKey = '',
): MarkerLink[] {
  const links: MarkerLink[] = markers.map((marker, markerIndex) => {
    if (marker.numbers.length > 0) {
      const rec = marker.numbers.map((n) => recommendations.find((r) => r.number === n.value)).find((r) => r !== undefined);
      return { markerIndex, recommendationId: rec?.id, confidence: rec ? 1 : 0, explicit: true, candidates: [] };
    }
    return { markerIndex, confidence: 0, explicit: false, candidates: [] };
  });
  const bare = markers
    .map((m, i) => ({ m, i, para: m.paragraphIndex !== undefined ? paragraphs[m.paragraphIndex] : undefined }))
    // A marker naming only numbers that no recommendation has still supports something: it
    // takes part in the assignment (so a broken number does not unsettle other links), and its
    // candidates say what it may have meant, but its link stays broken.
    .filter((x) => x.para?.role === 'finding' && (x.m.numbers.length === 0 || links[x.i].recommendationId === undefined));
  if (bare.length === 0) return links;
  const index = tfidfIndex([...paragraphs.map((p) => p.text), ...recommendations.filter((r) => r.number === undefined).map((r) => r.text)], draftKey);
  for (const part of ['local-authority', 'board'] as Part[]) {
    const pool = recommendations.filter((r) => r.part === part);
    const group = bare.filter((x) => x.para!.part === part);
    if (pool.length === 0 || group.length === 0) continue;
    // Every recommendation a finding's marker names, not only the first: `(Recommendations 4 and 5)` covers 5 too.
    const explicitlyCovered = new Set(
      links
        .filter((l) => l.explicit && paragraphs[markers[l.markerIndex].paragraphIndex ?? -1]?.role === 'finding')
        .flatMap((l) => markers[l.markerIndex].numbers.flatMap((n) => recommendations.filter((r) => r.number === n.value).map((r) => r.id))),
    );
    const recVectors = pool.map((r) => index.vector([{ text: r.text, weight: 1 }]));
    const findingVectors = group.map(({ m, para }) => findingVector(index, text, para!, m, parameters.markerSentenceWeight));
    // Scores and evidence row after row, one typed array each: an array per marker, and the programme's own copy,
    // had been about 130 KB of garbage a keystroke on the tenfold benchmark draft. The values and the order of
    // every sum are as they were.
    const m = group.length;
    const r = pool.length;
    // What a finding shares with a recommendation is worked out only for its three candidates.
    const raw = new Float64Array(m * r);
    let sumOfBests = 0;
    for (let mi = 0; mi < m; mi++) {
      let best = -Infinity;
      for (let ri = 0; ri < r; ri++) best = Math.max(best, (raw[mi * r + ri] = index.score(findingVectors[mi], recVectors[ri])));
      sumOfBests += best;
    }
    const scale = sumOfBests / m || 1;
    const evidence = new Float64Array(m * r);
    for (let mi = 0; mi < m; mi++) {
      const para = group[mi].para!;
      for (let ri = 0; ri < r; ri++) evidence[mi * r + ri] = raw[mi * r + ri] / scale + parameters.citationEvidence * citationEvidence(pool[ri], para, citations, paragraphs);
    }
    const bonus = pool.map((rec) => (explicitlyCovered.has(rec.id) ? 0 : parameters.coverageBonus));
    const totals = r <= MAX_JOINT ? jointTotalsOf(evidence, bonus, m) : rowsOf(evidence, m, r);
    group.forEach(({ i }, mi) => {
      const order = topThree(totals[mi]);
      const [best, second] = order;
      const margin = second === undefined ? 1 : totals[mi][best] - totals[mi][second];
      const candidates: LinkCandidate[] = order.slice(0, 3).map((ri) => ({
        recommendationId: pool[ri].id,
        score: round(raw[mi * r + ri]),
        shared: index.cosine(findingVectors[mi], recVectors[ri]).shared,
      }));
      const anything = evidence[mi * r + best] > 0;
      if (links[i].explicit) {
        links[i] = { ...links[i], candidates };
        return;
      }
      links[i] = {
        markerIndex: i,
        recommendationId: anything ? pool[best].id : undefined,
        confidence: anything ? round(Math.max(0, Math.min(1, margin))) : 0,
        explicit: false,
        candidates,
      };
    });
  }
  return links;
}

/**
 * The indices of the three largest values of `row`, largest first, an earlier
 * index first among equal values: the first three of the indices sorted by
 * value (a stable sort), without sorting. A row holds finite values and
 * -Infinity (a recommendation no assignment can give), which are equal to
 * one another. Sorting the ten recommendations of each of the tenfold
 * draft's 165 markers on every keystroke made 145 KB of garbage.
 */
export function topThree(row: readonly number[]): number[] {
  const top: number[] = [];
  for (let i = 0; i < row.length; i++) {
    let at = top.length;
    while (at > 0 && row[i] > row[top[at - 1]]) at--;
    if (at < 3) {
      if (top.length < 3) top.push(i);
      for (let k = top.length - 1; k > at; k--) top[k] = top[k - 1];
      top[at] = i;
    }
  }
  return top;
}

function findingVector(index: TermIndex, text: string, para: NumberedParagraph, marker: Marker, sentenceWeight: number): TermVector {
  if (sentenceWeight <= 0) return index.vector([{ text: para.text, weight: 1 }]);
  const before = text.slice(para.numberSpan.end, marker.span.start);
  const sentences = before.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  const last = sentences[sentences.length - 1] ?? '';
  return index.vector([
    { text: para.text, weight: 1 },
    { text: last, weight: sentenceWeight },
  ]);
}

/** 1 when the recommendation cites the finding, 1/2 one paragraph away, 1/4 two away, else 0. */
function citationEvidence(rec: Recommendation, para: NumberedParagraph, citations: readonly Citation[], paragraphs: readonly NumberedParagraph[]): number {
  let best = 0;
  for (const c of citations) {
    if (c.recommendationId !== rec.id) continue;
    for (const n of c.numbers) {
      const cited = paragraphs.find((p) => p.number === n.value);
      if (!cited || cited.part !== para.part) continue;
      const d = Math.abs(cited.index - para.index);
      if (d <= 2) best = Math.max(best, 1 / 2 ** d);
    }
  }
  return best;
}

/** `m` rows of a table held row after row. */
function rowsOf(table: Float64Array, m: number, r: number): number[][] {
  return Array.from({ length: m }, (_, i) => Array.from(table.subarray(i * r, (i + 1) * r)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
