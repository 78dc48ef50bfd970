/**
 * Text similarity for linking: tf-idf over the report's own paragraphs,
 * with light stemming. Nothing here is tuned to particular reports: the
 * weights come from the report being read.
 */

const stopwords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours yourself yourselves ensure ensuring that which there'
  ).split(/\s+/),
);

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s?$/, '');
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  return w;
}

export interface Token {
  readonly stem: string;
  readonly word: string;
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const word = m[0].replace(/[’']$/, '');
    const lower = word.toLowerCase();
    if (lower.length < 3 || stopwords.has(lower)) continue;
    if (/^recommendations?$/.test(lower)) continue;
    out.push({ stem: stem(lower), word: lower });
  }
  return out;
}

export interface TermIndex {
  compare(a: string, b: string): { score: number; shared: string[] };
}

export function tfidfIndex(documents: readonly string[]): TermIndex {
  const df = new Map<string, number>();
  for (const d of documents) for (const t of new Set(tokens(d).map((x) => x.stem))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length + 1;
  const idf = (t: string) => Math.log(n / ((df.get(t) ?? 0) + 1)) + 1;
  const vector = (text: string) => {
    const v = new Map<string, number>();
    const words = new Map<string, string>();
    for (const t of tokens(text)) {
      v.set(t.stem, (v.get(t.stem) ?? 0) + 1);
      if (!words.has(t.stem)) words.set(t.stem, t.word);
    }
    for (const [k, c] of v) v.set(k, (1 + Math.log(c)) * idf(k));
    return { v, words };
  };
  return {
    compare(a, b) {
      const va = vector(a);
      const vb = vector(b);
      let dot = 0;
      const contributions: [string, number][] = [];
      for (const [k, x] of va.v) {
        const y = vb.v.get(k);
        if (y) {
          dot += x * y;
          contributions.push([vb.words.get(k) ?? k, x * y]);
        }
      }
      const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
      const d = norm(va.v) * norm(vb.v);
      const shared = contributions.sort((p, q) => q[1] - p[1]).map((c) => c[0]);
      return { score: d ? dot / d : 0, shared: shared.slice(0, 8) };
    },
  };
}
