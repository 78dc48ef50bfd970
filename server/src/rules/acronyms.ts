import type { Rule, RuleContext } from '../engine/types';
import type { AcronymIntroduction, AcronymUse, Report } from '../model/types';
import { acronymKey, normaliseExpansion } from '../model/acronyms';

/**
 * An acronym is introduced once, in brackets after its expansion, before it
 * is used in running text. Uses in headings and tables (the headline table,
 * the contents) come before the text that introduces them in every published
 * report, so they never count as a use before the introduction. A later
 * introduction with the same expansion (the body re-introducing what the
 * executive summary introduced) is fine; one with a different expansion is
 * not. Acronyms joined by a hyphen (`CP-IS`) are one acronym, unless only
 * their parts are introduced. Every problem is a slip of style, so all are
 * warnings.
 */
export const acronyms: Rule = {
  id: 'acronyms',
  description: 'Acronyms are introduced, in brackets after their expansion, before they are used, and always mean the same',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: { allow: [] },
  optionDocs: {
    allow: "Acronyms that need no introduction, added to the profile's common acronyms (`UK`, `GCSE`, ...). A plural `s` is ignored.",
  },
  check(ctx: RuleContext) {
    const report = ctx.draft;
    const allowed = new Set([...(report.profile.commonAcronyms ?? []), ...allowOption(ctx.options.allow)].map(acronymKey));
    const intros = groupByKey(report.acronymIntroductions);
    const uses = groupByKey(resolveCompounds(report.acronymUses, (key) => allowed.has(key) || intros.has(key)));
    const keys = new Set([...intros.keys(), ...uses.keys()]);
    const read = whereRead(report);
    const byIntroduction = (a: number, b: number) => read.introduces(a) - read.introduces(b) || a - b;
    /** Below zero when a use at `u` is met before an introduction at `i` (in one footnote, in its order). */
    const usedBefore = (u: number, i: number) => {
      const f = read.footnote(u);
      return f >= 0 && f === read.footnote(i) ? u - i : read.uses(u) - read.introduces(i);
    };
    for (const key of keys) {
      if (allowed.has(key)) continue;
      const introduced = [...(intros.get(key) ?? [])].sort((a, b) => byIntroduction(a.span.start, b.span.start));
      const used = uses.get(key) ?? [];
      const first = introduced[0];
      if (!first) {
        const use = used[0];
        ctx.report({ span: use.span, message: `Acronym \`${use.acronym}\` is never introduced` });
        continue;
      }
      const early = used.find((u) => u.context === 'prose' && usedBefore(u.span.start, first.span.start) < 0);
      if (early) {
        ctx.report({
          span: early.span,
          message: `Acronym \`${early.acronym}\` is used before it is introduced`,
          related: [{ span: first.acronymSpan, message: `\`${first.acronym}\` is introduced here` }],
        });
      }
      const firstMatched = introduced.find((i) => i.matched);
      if (!firstMatched) continue;
      const meaning = normaliseExpansion(firstMatched.expansion);
      // Those met after the first that matched its letters (`introduced` is in reading order).
      for (const other of introduced.slice(introduced.indexOf(firstMatched) + 1)) {
        if (!other.matched) continue;
        if (normaliseExpansion(other.expansion) === meaning) continue;
        ctx.report({
          span: other.span,
          message: `Expected \`${other.acronym}\` to stand for \`${firstMatched.expansion}\`, found \`${other.expansion}\``,
          related: [{ span: firstMatched.span, message: `\`${firstMatched.acronym}\` is introduced as \`${firstMatched.expansion}\` here` }],
        });
      }
    }
  },
};

/** Where a reader meets the text at an offset (see `whereRead`). */
interface Reading {
  /** Where a use at `offset` is met. */
  uses(offset: number): number;
  /** Where an introduction at `offset` counts from. */
  introduces(offset: number): number;
  /** The footnote definition `offset` stands in, by place among them, or -1 (text met where it stands). */
  footnote(offset: number): number;
}

/**
 * Where a reader meets the text at an offset. A footnote's definition, which
 * a draft gathers at its end, is met where the footnote is first referenced
 * (on that page): its uses at the reference mark, its introductions from the
 * start of the sentence that holds the mark, since the reader meets the
 * footnote beside that sentence (`the MASE[^4] panel`, with the footnote
 * introducing MASE, uses it no earlier than it is introduced; `the
 * multi-agency risk assessment conference (MARAC)[^9]`, with the footnote
 * using MARAC, introduces it first). Any other text is met where it stands.
 * (Numbers, not a record per offset: the rule asks for every use.)
 */
function whereRead(report: Report): Reading {
  const defs = [...report.footnoteDefinitions].sort((a, b) => a.span.start - b.span.start);
  // Labels match whatever their case, as Markdown matches them.
  const firstReference = new Map<string, number>();
  for (const r of report.footnoteReferences) {
    const label = r.label.toLowerCase();
    if (!firstReference.has(label)) firstReference.set(label, r.span.start);
  }
  const marks = defs.map((d) => firstReference.get(d.label.toLowerCase()) ?? -1);
  const sentences = marks.map((m) => (m < 0 ? -1 : sentenceStart(report.text, m)));
  const footnote = (offset: number): number => {
    // The last definition starting at or before the offset, found by halving.
    let lo = 0;
    let hi = defs.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (defs[mid].span.start <= offset) (at = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return at >= 0 && offset < defs[at].span.end && marks[at] >= 0 ? at : -1;
  };
  return {
    footnote,
    uses: (offset) => {
      const f = footnote(offset);
      return f < 0 ? offset : marks[f];
    },
    introduces: (offset) => {
      const f = footnote(offset);
      return f < 0 ? offset : sentences[f];
    },
  };
}

/**
 * Where the sentence holding `offset` starts: after the last line break, or
 * full stop, question or exclamation mark and space (footnote marks, closing
 * quotes and brackets between them: `... use MOMO.[^5] Children ...`), before it.
 */
function sentenceStart(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0 && i >= offset - 1_000; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
    if ((c === 32 || c === 9) && i > 0 && SENTENCE_END.test(text.slice(Math.max(0, i - 40), i))) return i + 1;
  }
  return Math.max(0, offset - 1_000);
}
const SENTENCE_END = /[.!?](?:\[\^[^\]\s]+\])*["'”’)]*$/u;

/**
 * Acronyms joined by hyphens (`CP-IS`) stand as one where the whole is
 * introduced or allowed, or where none of their parts is (one problem, for
 * the whole); otherwise each part stands for itself, as when `MASH` and `CSE`
 * are each introduced and a report writes `MASH-CSE`.
 */
function resolveCompounds(uses: readonly AcronymUse[], known: (key: string) => boolean): AcronymUse[] {
  const out: AcronymUse[] = [];
  for (const use of uses) {
    if (use.parts && !known(use.key) && use.parts.some((p) => known(p.key))) out.push(...use.parts);
    else out.push(use);
  }
  return out;
}

function allowOption(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function groupByKey<T extends AcronymIntroduction | AcronymUse>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.span.start - b.span.start)) {
    const list = out.get(item.key);
    if (list) list.push(item);
    else out.set(item.key, [item]);
  }
  return out;
}
