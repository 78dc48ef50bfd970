/**
 * The Porter (1980) stemming algorithm for English, so that "culture" and
 * "cultural", "ethnicity" and "ethnic", "assess" and "assessment" meet.
 *
 * A draft's first reading stems every distinct word it holds (1 500 in a
 * report) before V8 has compiled any of this, so the steps work on character
 * codes and lengths of the one word instead of slicing and spreading it.
 */

const A = 0x61;
const E = 0x65;
const I = 0x69;
const O = 0x6f;
const U = 0x75;
const Y = 0x79;

/** Whether `w[i]` is a consonant: not a, e, i, o, u, nor a y after a consonant. */
function consonant(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c === A || c === E || c === I || c === O || c === U) return false;
  if (c === Y) return i === 0 || !consonant(w, i - 1);
  return true;
}

/** m(): the number of vowel-consonant sequences in the first `n` letters of `w`. */
function measure(w: string, n: number): number {
  let m = 0;
  let i = 0;
  while (i < n && consonant(w, i)) i++;
  while (i < n) {
    while (i < n && !consonant(w, i)) i++;
    if (i >= n) break;
    while (i < n && consonant(w, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(w: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (!consonant(w, i)) return true;
  return false;
}

/** The first `n` letters end in a double consonant. */
function doubleConsonant(w: string, n: number): boolean {
  return n > 1 && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) && consonant(w, n - 1);
}

/** *o: the first `n` letters end consonant-vowel-consonant, the last not w, x or y. */
function cvc(w: string, n: number): boolean {
  if (n < 3 || !consonant(w, n - 1) || consonant(w, n - 2) || !consonant(w, n - 3)) return false;
  const last = w.charCodeAt(n - 1);
  return last !== 0x77 && last !== 0x78 && last !== Y;
}

/** Whether `w` is one or more of the letters a to z. */
function lowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < A || c > 0x7a) return false;
  }
  return w.length > 0;
}

/** The first rule whose suffix `w` ends with: the suffix replaced by the rule's replacement if what stands before has a measure above `minMeasure`. */
function replace(w: string, rules: readonly (readonly [string, string])[], minMeasure: number): string {
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k];
    if (w.endsWith(rule[0])) {
      const n = w.length - rule[0].length;
      return measure(w, n) > minMeasure ? w.slice(0, n) + rule[1] : w;
    }
  }
  return w;
}

const step2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'], ['isation', 'ise'],
];
const step3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['alise', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const step4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ise'];

export function porterStem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 2 || !lowerAscii(w)) return w;
  // Step 1a
  if (w.endsWith('sses') || w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('ss')) {
    /* keep */
  } else if (w.endsWith('s')) w = w.slice(0, -1);
  // Step 1b
  let extra = false;
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2);
    extra = true;
  } else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3);
    extra = true;
  }
  if (extra) {
    const n = w.length;
    const last = w.charCodeAt(n - 1);
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz') || w.endsWith('is')) w += 'e';
    else if (doubleConsonant(w, n) && last !== 0x6c && last !== 0x73 && last !== 0x7a) w = w.slice(0, -1);
    else if (measure(w, n) === 1 && cvc(w, n)) w += 'e';
  }
  // Step 1c
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';
  // Steps 2 and 3
  w = replace(w, step2, 0);
  w = replace(w, step3, 0);
  // Step 4
  for (let k = 0; k < step4.length; k++) {
    const suffix = step4[k];
    if (!w.endsWith(suffix)) continue;
    const n = w.length - suffix.length;
    const before = n > 0 ? w.charCodeAt(n - 1) : 0;
    if (measure(w, n) > 1 && (suffix !== 'ion' || before === 0x73 || before === 0x74)) w = w.slice(0, n);
    break;
  }
  // Step 5
  if (w.endsWith('e')) {
    const n = w.length - 1;
    const m = measure(w, n);
    if (m > 1 || (m === 1 && !cvc(w, n))) w = w.slice(0, n);
  }
  if (w.endsWith('l') && doubleConsonant(w, w.length) && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}
