/**
 * A text built by edits (slices joined together) is held by V8 as a tree of
 * pieces until something forces it into one flat buffer. Until then every
 * `substr`, comparison or regular expression over it walks the pieces again:
 * comparing an edited 900 KB draft with its last version block by block took
 * about 4 ms instead of 0.05 ms. Reading one character flattens it in place,
 * once, for every later reader of the same string.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
