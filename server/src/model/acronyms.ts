/**
 * Acronym introductions (`multi-agency safeguarding hub (MASH)`) and uses.
 */
import type { AcronymIntroduction, AcronymUse, Span } from './types';
import { insideAny } from './code';

/** A word of letters that starts with a capital and holds at least two: `MASH`, `CiCC`, `SDQs`. */
const acronymWord = String.raw`[A-Z](?=[A-Za-z]*[A-Z])[A-Za-z]{1,11}`;
const usePattern = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${acronymWord})(?![\p{L}\p{N}-])`, 'gu');
const introPattern = new RegExp(String.raw`\((${acronymWord})\)`, 'gu');

function letters(acronym: string): string {
  return acronym.replace(/s$/, '').replace(/[a-z]/g, '');
}

/** The words before `(ACR)` that it stands for: from the last word starting with the acronym's first letter. */
function expansionBefore(text: string, openParen: number, acronym: string): { text: string; start: number } | undefined {
  const windowStart = Math.max(0, openParen - 200);
  const before = text.slice(windowStart, openParen);
  const words = [...before.matchAll(/[\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*/gu)];
  const caps = letters(acronym).length;
  const first = acronym[0].toLowerCase();
  const maxWords = Math.max(caps + 3, 4);
  for (let k = Math.max(0, words.length - maxWords); k < words.length; k++) {
    const w = words[k];
    if (w[0][0].toLowerCase() !== first) continue;
    const start = windowStart + (w.index ?? 0);
    const expansion = text.slice(start, openParen).trim();
    if (/[.;:!?]/.test(expansion)) continue;
    return { text: expansion.replace(/\s+/g, ' '), start };
  }
  return undefined;
}

export function readAcronyms(text: string, code: readonly Span[]): { introductions: AcronymIntroduction[]; uses: AcronymUse[] } {
  const introductions: AcronymIntroduction[] = [];
  const introSpans: Span[] = [];
  for (const m of text.matchAll(introPattern)) {
    const open = m.index ?? 0;
    if (insideAny(code, open)) continue;
    const acronym = m[1];
    const exp = expansionBefore(text, open, acronym);
    const acronymSpan = { start: open + 1, end: open + 1 + acronym.length };
    introSpans.push(acronymSpan);
    if (!exp) continue;
    introductions.push({ acronym, expansion: exp.text, span: { start: exp.start, end: open + m[0].length }, acronymSpan });
  }
  const uses: AcronymUse[] = [];
  for (const m of text.matchAll(usePattern)) {
    const start = m.index ?? 0;
    if (insideAny(code, start)) continue;
    if (introSpans.some((s) => s.start === start)) continue;
    uses.push({ acronym: m[1], span: { start, end: start + m[1].length } });
  }
  return { introductions, uses };
}
