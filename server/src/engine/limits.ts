/**
 * What the engine refuses to check, before anything is parsed. The Markdown
 * parser is recursive in places and quadratic in others: containers nested
 * thousands deep overflow its stack, and a paragraph with thousands of
 * brackets or emphasis marks takes seconds. Published reports are about
 * 100 KB with lines of a few hundred characters and nesting of two or three
 * levels, so the limits sit far above any real draft. A refused draft gets one
 * diagnostic, "Draft too large to check: ...", never a hang or a crash.
 */
import type { Problem } from './types';
import { docsUrl } from './types';

export const LIMITS_RULE = 'draft-too-large';

export interface Limits {
  /** Characters in the draft. */
  readonly maxLength: number;
  /** Characters in one line. */
  readonly maxLineLength: number;
  /** Block quotes and list items nested inside each other. */
  readonly maxNesting: number;
  /** `[` in one block (text between blank lines). */
  readonly maxBracketsPerBlock: number;
  /** `*` and `_` in one block. */
  readonly maxEmphasisPerBlock: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxLength: 2_000_000,
  maxLineLength: 10_000,
  maxNesting: 40,
  maxBracketsPerBlock: 2_000,
  maxEmphasisPerBlock: 4_000,
};

/** Why a draft is too large to check, or undefined when it is fine. Linear, with native scans where it can. */
export function exceedsLimits(text: string, limits: Limits = DEFAULT_LIMITS): { reason: string; offset: number } | undefined {
  if (text.length > limits.maxLength) {
    return { reason: `it has ${text.length} characters, more than \`${limits.maxLength}\``, offset: 0 };
  }
  // Long lines, and deep nesting: a long run of container markers or indentation at a line start.
  // Where lines end only at `\n` the runs are read at each line start in the same pass (a regular
  // expression anchored at line starts took most of this check's time on long drafts); a long line
  // anywhere is reported before nesting.
  const onlyLineFeeds = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  let deep: { reason: string; offset: number } | undefined;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > limits.maxLineLength) {
      const cr = text.indexOf('\r', start);
      if (cr < 0 || cr >= end || longestCrLine(text, start, end) > limits.maxLineLength) {
        return { reason: `line ${lineNumber(text, start)} has more than \`${limits.maxLineLength}\` characters`, offset: start };
      }
    }
    if (onlyLineFeeds && !deep) deep = deepNesting(text, start, limits);
    start = end + 1;
  }
  if (deep) return deep;
  if (!onlyLineFeeds) {
    const prefix = /^[ \t>*+\-0-9.)]{40,}/gm;
    for (let m = prefix.exec(text); m; m = prefix.exec(text)) {
      if (!isThematicBreak(text, m.index) && nestingOf(text, m.index, m.index + m[0].length) > limits.maxNesting) return nestedTooDeep(text, m.index, limits);
    }
  }
  // Blocks (text between blank lines) whose inline parsing would be quadratic; only looked for when the whole draft has that many marks.
  const brackets = occurrences(text, '[', limits.maxBracketsPerBlock + 1);
  const emphasis = occurrences(text, '*', limits.maxEmphasisPerBlock + 1) + occurrences(text, '_', limits.maxEmphasisPerBlock + 1);
  if (brackets <= limits.maxBracketsPerBlock && emphasis <= limits.maxEmphasisPerBlock) return undefined;
  let blockStart = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const blank = !/\S/.test(text.slice(start, end));
    const last = end >= text.length;
    if (blank || last) {
      const blockEnd = blank ? start : end;
      if (blockEnd - blockStart > Math.min(limits.maxBracketsPerBlock, limits.maxEmphasisPerBlock)) {
        const over = crowdedBlock(text, blockStart, blockEnd, limits);
        if (over) return over;
      }
      blockStart = end + 1;
    }
    start = end + 1;
  }
  return undefined;
}

/** The one problem a refused draft gets. */
export function limitsProblem(text: string, limits: Limits = DEFAULT_LIMITS): Problem | undefined {
  const over = exceedsLimits(text, limits);
  if (!over) return undefined;
  return {
    ruleId: LIMITS_RULE,
    severity: 'error',
    docsUrl: docsUrl(LIMITS_RULE),
    span: { start: over.offset, end: over.offset },
    message: `Draft too large to check: ${over.reason}`,
  };
}

/** How long a run of container markers and indentation at a line start must be to be looked at. */
const NESTING_RUN = 40;

/** Whether the line at `start` opens with such a run nesting deeper than the limit. */
function deepNesting(text: string, start: number, limits: Limits): { reason: string; offset: number } | undefined {
  let k = start;
  while (k < text.length && isPrefixCode(text.charCodeAt(k))) k++;
  if (k - start < NESTING_RUN || isThematicBreak(text, start) || nestingOf(text, start, k) <= limits.maxNesting) return undefined;
  return nestedTooDeep(text, start, limits);
}

/**
 * Whether the line at `start` is a thematic break or a heading's underline: one of `-`, `*`, `_`
 * three times or more, with spaces or tabs between (`-----`, `* * *`). It opens no container.
 */
function isThematicBreak(text: string, start: number): boolean {
  let mark = 0;
  let count = 0;
  for (let k = start; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
    if (c === 32 || c === 9) continue;
    if ((c !== 45 && c !== 42 && c !== 95) || (mark !== 0 && c !== mark)) return false;
    mark = c;
    count++;
  }
  return count >= 3;
}

function nestedTooDeep(text: string, lineStart: number, limits: Limits): { reason: string; offset: number } {
  return { reason: `line ${lineNumber(text, lineStart)} is nested more than \`${limits.maxNesting}\` levels deep`, offset: lineStart };
}

/** Space, tab, `>`, `*`, `+`, `-`, `.`, `)` and digits: what a run of container markers and indentation holds. */
function isPrefixCode(c: number): boolean {
  return c === 32 || c === 9 || c === 62 || c === 42 || c === 43 || c === 45 || c === 46 || c === 41 || (c >= 48 && c <= 57);
}

/**
 * Nesting that text[from, to), a line prefix, opens: each `>`, each list
 * marker (`-`, `*`, `+`, or up to nine digits and `.` or `)`, followed by a
 * space, a tab or the line's end), and each two columns of indentation. A run
 * of dashes or dots opens nothing.
 */
function nestingOf(text: string, from: number, to: number): number {
  let depth = 0;
  let indent = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else if (c === 62 /* > */) depth++;
    else if (c === 45 || c === 42 || c === 43) {
      if (endsMarker(text, k + 1)) depth++;
    } else if (c >= 48 && c <= 57) {
      let j = k;
      while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if (j - k <= 9 && (d === 46 || d === 41) && endsMarker(text, j + 1)) {
        depth++;
        k = j;
      } else k = j - 1;
    }
  }
  return depth + Math.floor(indent / 2);
}

/** Whether a list marker ending before `k` is one: a space, a tab or the line's end follows it. */
function endsMarker(text: string, k: number): boolean {
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function longestCrLine(text: string, start: number, end: number): number {
  let longest = 0;
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k === end || text.charCodeAt(k) === 13) {
      longest = Math.max(longest, k - from);
      from = k + 1;
    }
  }
  return longest;
}

function crowdedBlock(text: string, start: number, end: number, limits: Limits): { reason: string; offset: number } | undefined {
  let brackets = 0;
  let emphasis = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 91 /* [ */) brackets++;
    else if (c === 42 /* * */ || c === 95 /* _ */) emphasis++;
  }
  const line = lineNumber(text, start);
  if (brackets > limits.maxBracketsPerBlock) return { reason: `the block at line ${line} has more than \`${limits.maxBracketsPerBlock}\` brackets`, offset: start };
  if (emphasis > limits.maxEmphasisPerBlock) return { reason: `the block at line ${line} has more than \`${limits.maxEmphasisPerBlock}\` emphasis marks`, offset: start };
  return undefined;
}

/** How often `ch` occurs, counting no further than `cap` (native search, so a draft with few is cheap). */
function occurrences(text: string, ch: string, cap: number): number {
  let n = 0;
  for (let k = text.indexOf(ch); k >= 0 && n < cap; k = text.indexOf(ch, k + 1)) n++;
  return n;
}

function lineNumber(text: string, offset: number): number {
  let n = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) n++;
  return n;
}
