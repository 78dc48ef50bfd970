/**
 * The Porter stemmer as it was first written here, on sliced strings: the
 * reference the character-code version in `server/src/model/stem.ts` must
 * agree with, word for word.
 */

const vowel = (w: string, i: number): boolean => {
  const c = w[i];
  if ('aeiou'.includes(c)) return true;
  if (c === 'y') return i > 0 && !vowel(w, i - 1);
  return false;
};

/** m(): the number of vowel-consonant sequences in `w`. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && !vowel(w, i)) i++;
  while (i < n) {
    while (i < n && vowel(w, i)) i++;
    if (i >= n) break;
    while (i < n && !vowel(w, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (w: string) => [...w].some((_, i) => vowel(w, i));
const doubleConsonant = (w: string) => w.length > 1 && w[w.length - 1] === w[w.length - 2] && !vowel(w, w.length - 1);
/** *o: ends consonant-vowel-consonant, the last not w, x or y. */
const cvc = (w: string) => {
  const n = w.length;
  return n >= 3 && !vowel(w, n - 1) && vowel(w, n - 2) && !vowel(w, n - 3) && !'wxy'.includes(w[n - 1]);
};

function replace(w: string, rules: readonly [string, string][], minMeasure: number): string {
  for (const [suffix, to] of rules) {
    if (w.endsWith(suffix)) {
      const stemPart = w.slice(0, -suffix.length);
      return measure(stemPart) > minMeasure ? stemPart + to : w;
    }
  }
  return w;
}

const step2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'], ['isation', 'ise'],
];
const step3: [string, string][] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['alise', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const step4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ise'];

export function porterStem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 2 || !/^[a-z]+$/.test(w)) return w;
  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('ss')) {
    /* keep */
  } else if (w.endsWith('s')) w = w.slice(0, -1);
  // Step 1b
  let extra = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    extra = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    extra = true;
  }
  if (extra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz') || w.endsWith('is')) w += 'e';
    else if (doubleConsonant(w) && !'lsz'.includes(w[w.length - 1])) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  // Step 1c
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  // Steps 2 and 3
  w = replace(w, step2, 0);
  w = replace(w, step3, 0);
  // Step 4
  for (const suffix of step4) {
    if (!w.endsWith(suffix)) continue;
    const s = w.slice(0, -suffix.length);
    if (measure(s) > 1 && (suffix !== 'ion' || /[st]$/.test(s))) w = s;
    break;
  }
  // Step 5
  if (w.endsWith('e')) {
    const s = w.slice(0, -1);
    const m = measure(s);
    if (m > 1 || (m === 1 && !cvc(s))) w = s;
  }
  if (measure(w) > 1 && doubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}
