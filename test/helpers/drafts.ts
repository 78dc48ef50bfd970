/**
 * Shared test helpers: the real corpus, linting text, finding positions by text.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, fixAll } from '../../server/src/engine/analyse';
import type { Config } from '../../server/src/engine/config';
import type { Problem } from '../../server/src/engine/types';
import { buildReport } from '../../server/src/model/build';
import { parseInChunks } from '../../server/src/parse/chunked';
import { IncrementalParser } from '../../server/src/parse/incremental';
import type { Report } from '../../server/src/model/types';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { LineIndex } from '../../server/src/util/positions';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const corpusDir = path.join(repoRoot, 'test', 'fixtures', 'corpus');
export const corpusNames = ['sutton-2017', 'kent-2017', 'kensington-and-chelsea-2016', 'hackney-2016', 'isles-of-scilly-2016'] as const;
export type CorpusName = (typeof corpusNames)[number];

const cache = new Map<string, string>();

/** The text of a published report in the draft format. */
export function corpus(name: CorpusName): string {
  let t = cache.get(name);
  if (t === undefined) {
    t = readFileSync(path.join(corpusDir, `${name}.report.md`), 'utf8');
    cache.set(name, t);
  }
  return t;
}

export function corpusLinks(name: CorpusName): Record<string, number | string> {
  return JSON.parse(readFileSync(path.join(corpusDir, `${name}.links.json`), 'utf8'));
}

export function model(text: string): Report {
  return buildReport(text, defaultProfile());
}

/**
 * The model of `draft`, then of `draft` edited by `edit`, both through one
 * incremental parser (so what the edit left alone is remembered); and the
 * edited text's model read afresh, to hold the remembered one to.
 */
/**
 * A draft's model, then the model of the draft edited by `edit` (built
 * incrementally from the first), and the edited draft's model built afresh.
 * Records the edit left alone are shared by `before` and `after`, and those
 * it moved are moved in place, so `before` is out of date once `after` is
 * built (as in the server, which answers from the current version only):
 * `seen` is a copy of `before` as it was.
 */
export function editedOnce(draft: string, edit: (text: string) => string): { before: Report; seen: Report; after: Report; fresh: Report } {
  const profile = defaultProfile();
  const parser = new IncrementalParser();
  const before = buildReport(draft, profile, parser.parse(draft));
  const seen = structuredClone(before);
  const edited = edit(draft);
  const after = buildReport(edited, profile, parser.parse(edited));
  return { before, seen, after, fresh: buildReport(edited, profile, parseInChunks(edited)) };
}

export function lintText(text: string, config: Config = {}): Problem[] {
  return [...analyse(text, defaultProfile(), config).problems];
}

/** Problems of one rule only (other rules off). */
export function lintRule(text: string, ruleId: string, options: Record<string, unknown> = {}): Problem[] {
  return lintText(text, { rules: { [ruleId]: { ...options } } }).filter((p) => p.ruleId === ruleId);
}

export function fixText(text: string, config: Config = {}): string {
  return fixAll(text, defaultProfile(), config).text;
}

/** `line:column` (1-based) of a problem, for readable assertions. */
export function where(text: string, offset: number): string {
  const p = new LineIndex(text).human(offset);
  return `${p.line}:${p.column}`;
}

/** One line per problem: `line:col rule message`, for exact whole-draft assertions. */
export function summarise(text: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${where(text, p.span.start)} ${p.severity} ${p.ruleId} ${p.message}`);
}

/** Offset of the `occurrence`-th (0-based) appearance of `needle`; throws if absent so tests cannot pass vacuously. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`Test text does not contain ${JSON.stringify(needle)} (occurrence ${occurrence})`);
  }
  return at;
}

/** Replaces exactly one occurrence of `from`; throws if it is absent or ambiguous. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  if (typeof from === 'string') {
    const first = text.indexOf(from);
    if (first < 0) throw new Error(`Not found: ${JSON.stringify(from)}`);
    if (text.indexOf(from, first + 1) >= 0) throw new Error(`Ambiguous: ${JSON.stringify(from)}`);
    return text.slice(0, first) + to + text.slice(first + from.length);
  }
  const matches = [...text.matchAll(new RegExp(from.source, from.flags.includes('g') ? from.flags : from.flags + 'g'))];
  if (matches.length !== 1) throw new Error(`Expected one match of ${from}, found ${matches.length}`);
  const m = matches[0];
  return text.slice(0, m.index) + to + text.slice((m.index ?? 0) + m[0].length);
}

/** Removes the numbered paragraph with this written number (its whole item and the blank line after). */
export function deleteParagraph(text: string, n: number): string {
  const m = new RegExp(`(^|\\n)${n}\\. [^\\n]*(\\n(?!\\n)[^\\n]*)*\\n\\n`).exec(text);
  if (!m) throw new Error(`No paragraph ${n}`);
  const start = m.index + m[1].length;
  return text.slice(0, start) + text.slice(m.index + m[0].length);
}

/**
 * One test per published report: the given rules give it no error, and exactly
 * the warnings listed as its real slips (`line:col severity rule message`).
 */
export function itGivesOnlyItsRealSlips(rules: ReadonlySet<string>, slips: Readonly<Record<CorpusName, readonly string[]>>): void {
  for (const name of corpusNames) {
    it(`${name} gives no error, and only the warnings of its real slips`, () => {
      const text = corpus(name);
      const problems = lintText(text).filter((p) => rules.has(p.ruleId));
      assert.deepEqual(summarise(text, problems), slips[name]);
      assert.ok(problems.every((p) => p.severity !== 'error'));
    });
  }
}
