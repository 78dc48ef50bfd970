/**
 * Tokenising as it was first written here, with a pattern: the reference the
 * scan in `server/src/model/similarity.ts` must agree with, token for token.
 */
import { stem, type Token } from '../../../../server/src/model/similarity';

const stopwords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours yourself yourselves ensure ensuring'
  ).split(/\s+/),
);

/** A word: a letter, then letters, apostrophes and hyphens. */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

export function tokensByPattern(text: string): Token[] {
  const out: Token[] = [];
  let lastEnd = -1;
  let lastKept = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const raw = m[0];
    let end = raw.length;
    const last = raw.charCodeAt(end - 1);
    if (last === 0x27 || last === 0x2019) end--;
    while (end > 0 && raw.charCodeAt(end - 1) === 0x2d) end--;
    const lower = (end === raw.length ? raw : raw.slice(0, end)).toLowerCase();
    let adjacent = lastEnd >= 0 && start > lastEnd;
    for (let k = lastEnd; adjacent && k < start; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9) adjacent = false;
    }
    lastEnd = start + raw.length;
    if (lower.length < 3 || stopwords.has(lower) || lower === 'recommendation' || lower === 'recommendations') {
      lastKept = false;
      continue;
    }
    out.push({ stem: stem(lower), word: lower, joined: adjacent && lastKept });
    lastKept = true;
  }
  return out;
}
