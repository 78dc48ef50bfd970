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
    const explicitlyCovered = new Set(
      links
        .filter((l) => l.explicit && l.recommendationId && paragraphs[markers[l.markerIndex].paragraphIndex ?? -1]?.role === 'finding')
        .map((l) => l.recommendationId!),
    );
    const recVectors = pool.map((r) => index.vector([{ text: r.text, weight: 1 }]));
    const findingVectors = group.map(({ m, para }) => findingVector(index, text, para!, m, parameters.markerSentenceWeight));
    // What a finding shares with a recommendation is worked out only for its three candidates.
    const raw = findingVectors.map((v) => recVectors.map((rv) => index.score(v, rv)));
    const scale = mean(raw.map((row) => Math.max(...row))) || 1;
    const evidence = group.map(({ para }, mi) =>
      pool.map((r, ri) => raw[mi][ri] / scale + parameters.citationEvidence * citationEvidence(r, para!, citations, paragraphs)),
    );
    const bonus = pool.map((r) => (explicitlyCovered.has(r.id) ? 0 : parameters.coverageBonus));
    const totals = pool.length <= MAX_JOINT ? jointTotals(evidence, bonus) : evidence;
    group.forEach(({ i }, mi) => {
      const order = topThree(totals[mi]);
      const [best, second] = order;
      const margin = second === undefined ? 1 : totals[mi][best] - totals[mi][second];
      const candidates: LinkCandidate[] = order.slice(0, 3).map((ri) => ({
        recommendationId: pool[ri].id,
        score: round(raw[mi][ri]),
        shared: index.cosine(findingVectors[mi], recVectors[ri]).shared,
      }));
      const anything = evidence[mi][best] > 0;
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

/**
 * For each marker and recommendation, the best total of the whole assignment
 * with that marker on that recommendation: the summed evidence of every
 * marker's recommendation plus the bonus of each recommendation covered.
 *
 * Worked out as a matching. Any assignment is worth at most every marker's
 * best evidence, plus, for each covered recommendation, what one marker
 * that covers it (its designated marker) gains or loses by being there:
 * `bonus + evidence - best`. A marker left undesignated takes its best, which
 * can only cover more. So the best total is the sum of the bests plus the
 * best matching of recommendations to markers on those gains, of which only
 * the positive ones matter: a marker has a few (about four of ten
 * recommendations on the tenfold benchmark draft). The matching is
 * found by dynamic programming over the set of designated recommendations,
 * forwards and backwards over the markers a best matching may need
 * (`candidateMarkers`); with one marker held on a recommendation it is
 * designated there (no other marker gains by it), and the others' best is
 * the programme's full maximum only where the best matching without that
 * recommendation uses the marker (`matchedOutside`).
 */
export function jointTotals(evidence: readonly (readonly number[])[], bonus: readonly number[]): readonly (readonly number[])[] {
  // The inputs as typed arrays, row after row. A row comes as an array of small integers (all zero)
  // or of doubles, and code optimised for one was thrown away on meeting the other, again and again
  // as keystrokes changed the evidence: the programme now reads one kind of array only.
  const m = evidence.length;
  const r = bonus.length;
  const flat = new Float64Array(m * r);
  for (let i = 0; i < m; i++) {
    const row = evidence[i];
    for (let k = 0; k < r; k++) flat[i * r + k] = row[k];
  }
  const bonuses = Float64Array.from(bonus);
  // Exact inputs, compared number by number, so a hit is exactly what the programme would give:
  // most keystrokes leave the evidence of a part as it was.
  for (let k = recentTotals.length - 1; k >= 0; k--) {
    const known = recentTotals[k];
    if (!sameInputs(known, flat, bonuses)) continue;
    recentTotals.splice(k, 1);
    recentTotals.push(known);
    return known.totals;
  }
  const totals = computeJointTotals(flat, bonuses, m);
  if (recentTotals.length >= 32) recentTotals.shift();
  recentTotals.push({ evidence: flat, bonus: bonuses, totals });
  return totals;
}

interface RememberedTotals {
  /** The evidence, row after row. */
  readonly evidence: Float64Array;
  readonly bonus: Float64Array;
  readonly totals: readonly (readonly number[])[];
}

/** The assignments of recent analyses, most recent last (a few parts of a few open drafts). */
const recentTotals: RememberedTotals[] = [];

function sameInputs(known: RememberedTotals, evidence: Float64Array, bonus: Float64Array): boolean {
  if (known.bonus.length !== bonus.length || known.evidence.length !== evidence.length) return false;
  for (let k = 0; k < bonus.length; k++) if (known.bonus[k] !== bonus[k]) return false;
  for (let j = 0; j < evidence.length; j++) if (known.evidence[j] !== evidence[j]) return false;
  return true;
}

/**
 * The markers a best matching may need: for each recommendation, the `r`
 * markers that gain most by covering it (all of them when fewer gain), in
 * marker order. With marker i held on recommendation k, the others are matched
 * to the r - 1 recommendations left; a recommendation j matched to a marker
 * outside its r has, among its r, at least one that is neither marker i nor
 * matched elsewhere (at most r - 2 are), and that one gains at least as much
 * there. So some best matching uses these markers only, and any other marker
 * is never needed: with it held, the rest is the best matching without its
 * recommendation. On the tenfold benchmark draft about 95 of 165 markers.
 */
function candidateMarkers(gainAt: readonly Int32Array[], gainOf: readonly Float64Array[], r: number): Int32Array {
  const byRecommendation: { marker: number; gain: number }[][] = Array.from({ length: r }, () => []);
  for (let i = 0; i < gainAt.length; i++) for (let e = 0; e < gainAt[i].length; e++) byRecommendation[gainAt[i][e]].push({ marker: i, gain: gainOf[i][e] });
  const chosen = new Uint8Array(gainAt.length);
  for (const gains of byRecommendation) {
    if (gains.length > r) gains.sort((a, b) => b.gain - a.gain || a.marker - b.marker);
    for (let n = 0; n < Math.min(r, gains.length); n++) chosen[gains[n].marker] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < chosen.length; i++) if (chosen[i]) out.push(i);
  return Int32Array.from(out);
}

/** The programme, on `m` rows of evidence (row after row) and the bonuses. */
function computeJointTotals(evidence: Float64Array, bonus: Float64Array, m: number): number[][] {
  const r = bonus.length;
  const states = 1 << r;
  const NEG = -Infinity;
  const best = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let b = -Infinity;
    for (let k = 0; k < r; k++) b = Math.max(b, evidence[i * r + k]);
    best[i] = b;
  }
  let sumOfBests = 0;
  for (let i = 0; i < m; i++) sumOfBests += best[i];
  // The positive gains of designating each marker, as (recommendation, gain) pairs.
  const gainAt: Int32Array[] = [];
  const gainOf: Float64Array[] = [];
  for (let i = 0; i < m; i++) {
    const at: number[] = [];
    const of: number[] = [];
    for (let k = 0; k < r; k++) {
      const gain = bonus[k] + evidence[i * r + k] - best[i];
      if (gain > 0) {
        at.push(k);
        of.push(gain);
      }
    }
    gainAt.push(Int32Array.from(at));
    gainOf.push(Float64Array.from(of));
  }
  // The programme runs over the candidates only, the c markers a best matching may need.
  const candidates = candidateMarkers(gainAt, gainOf, r);
  const c = candidates.length;
  // backward[p * states + u]: the best gain of the candidates from the p-th on, designated to recommendations
  // outside u. Each maximum is taken one gain at a time over every set without that gain's recommendation (the
  // sets with its bit clear, in runs of `bit`): the same candidates as set by set, in tighter loops.
  const backward = scratch((c + 1) * states);
  backward.fill(0, c * states);
  for (let p = c - 1; p >= 0; p--) {
    const cur = p * states;
    const after = cur + states;
    // Candidate p designated nowhere.
    backward.copyWithin(cur, after, after + states);
    const at = gainAt[candidates[p]];
    const of = gainOf[candidates[p]];
    for (let e = 0; e < at.length; e++) {
      const bit = 1 << at[e];
      const gain = of[e];
      for (let run = 0; run < states; run += 2 * bit) {
        for (let u = run; u < run + bit; u++) {
          const w = gain + backward[after + (u | bit)];
          if (w > backward[cur + u]) backward[cur + u] = w;
        }
      }
    }
  }
  const out = new Array<number[]>(m);
  const rowOf = (i: number, held: Float64Array): number[] => {
    const rest = sumOfBests - best[i];
    const row = new Array<number>(r);
    for (let k = 0; k < r; k++) row[k] = evidence[i * r + k] + bonus[k] + rest + held[k];
    return row;
  };
  // A marker held on k that some best matching of the candidates outside k leaves out (every marker that is
  // not a candidate, and most that are): that matching's gain, backward[1 << k].
  const outside = new Float64Array(r);
  for (let k = 0; k < r; k++) outside[k] = backward[1 << k];
  const inMatching = matchedOutside(backward, candidates, gainAt, gainOf, r);
  for (let i = 0, p = 0; i < m; i++) {
    if (p < c && candidates[p] === i) p++;
    else out[i] = rowOf(i, outside);
  }
  // forward[s]: the best gain of the candidates before the current one designated to exactly the set s.
  let forward = new Float64Array(states).fill(NEG);
  let next = new Float64Array(states);
  forward[0] = 0;
  const held = new Float64Array(r);
  for (let p = 0; p < c; p++) {
    // With candidate p held on k, and designated there: the best of the others around it.
    const after = (p + 1) * states;
    for (let k = 0; k < r; k++) {
      const bit = 1 << k;
      if ((inMatching[p] & bit) === 0) {
        held[k] = outside[k];
        continue;
      }
      let h = NEG;
      for (let run = 0; run < states; run += 2 * bit) {
        for (let s = run; s < run + bit; s++) {
          const f = forward[s];
          if (f === NEG) continue;
          const v = f + backward[after + (s | bit)];
          if (v > h) h = v;
        }
      }
      held[k] = h;
    }
    out[candidates[p]] = rowOf(candidates[p], held);
    // Then candidate p joins those before: designated nowhere, or to one of its gains.
    next.set(forward);
    const at = gainAt[candidates[p]];
    const of = gainOf[candidates[p]];
    for (let e = 0; e < at.length; e++) {
      const bit = 1 << at[e];
      const gain = of[e];
      for (let run = 0; run < states; run += 2 * bit) {
        for (let s = run; s < run + bit; s++) {
          const f = forward[s];
          if (f === NEG) continue;
          const v = f + gain;
          if (v > next[s | bit]) next[s | bit] = v;
        }
      }
    }
    [forward, next] = [next, forward];
  }
  return out;
}

/**
 * For each candidate, the recommendations k (as bits) whose best matching of
 * the candidates outside k, traced back through `backward`, designates it:
 * held on k, such a candidate needs the programme's full maximum, any other
 * the matching's own gain. A recommendation has at most r - 1 such
 * candidates, so the maxima taken fall from c * r to at most r * (r - 1)
 * (from about 950 to 90 on the tenfold benchmark draft). Each step of the
 * trace finds the very sum the backward pass stored; should none match, every
 * later candidate is counted in, which costs time, never a wrong total.
 */
function matchedOutside(backward: Float64Array, candidates: Int32Array, gainAt: readonly Int32Array[], gainOf: readonly Float64Array[], r: number): Uint32Array {
  const states = 1 << r;
  const c = candidates.length;
  const out = new Uint32Array(c);
  for (let k = 0; k < r; k++) {
    let u = 1 << k;
    for (let p = 0; p < c; p++) {
      const cur = p * states;
      const after = cur + states;
      const v = backward[cur + u];
      if (v === backward[after + u]) continue;
      const at = gainAt[candidates[p]];
      const of = gainOf[candidates[p]];
      let found = false;
      for (let e = 0; e < at.length && !found; e++) {
        const bit = 1 << at[e];
        if ((u & bit) === 0 && v === of[e] + backward[after + (u | bit)]) {
          u |= bit;
          found = true;
        }
      }
      if (!found) {
        for (let q = p; q < c; q++) out[q] |= 1 << k;
        break;
      }
      out[p] |= 1 << k;
    }
  }
  return out;
}

/**
 * The backward values, in one buffer kept between calls: a fresh buffer of
 * a megabyte or more is memory the system must hand over page by page, which
 * on a long draft cost more than the programme itself. Past 16 MB (many
 * markers and recommendations) the buffer is not kept.
 */
let kept = new Float64Array(0);
function scratch(length: number): Float64Array {
  if (length <= kept.length) return kept.subarray(0, length);
  const buffer = new Float64Array(length);
  if (length * 8 <= 16 * 2 ** 20) kept = buffer;
  return buffer;
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
