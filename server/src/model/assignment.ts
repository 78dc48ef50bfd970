/**
 * The joint assignment of bare markers to recommendations (step 2 of
 * `links.ts`): for each marker and recommendation, the best total of the
 * whole assignment with that marker there, solved exactly as a matching by
 * dynamic programming over the set of covered recommendations.
 */

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
  const m = evidence.length;
  const r = bonus.length;
  const flat = new Float64Array(m * r);
  for (let i = 0; i < m; i++) {
    const row = evidence[i];
    for (let k = 0; k < r; k++) flat[i * r + k] = row[k];
  }
  return jointTotalsOf(flat, bonus, m);
}

/**
 * `jointTotals` of `m` rows of evidence held row after row in one typed
 * array (kept by the caller unchanged: it is remembered as the key). A row
 * had come as an array of small integers (all zero) or of doubles, and code
 * optimised for one was thrown away on meeting the other, again and again as
 * keystrokes changed the evidence: the programme reads one kind of array only.
 */
export function jointTotalsOf(flat: Float64Array, bonus: readonly number[], m: number): readonly (readonly number[])[] {
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
