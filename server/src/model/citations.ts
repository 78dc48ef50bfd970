/**
 * Paragraph citations: `(paragraph 17)`, `(paragraphs 33, 154)`,
 * `(see paragraph 12)`, `(page 12, paragraph 17)`, `paragraphs 20 to 24`,
 * `as set out in paragraph 40`. A paragraph of another document is not a
 * citation of the report: one "of" it (`paragraph 19 of Schedule 2`) or "in"
 * it by its title, one named by where it stands in it (`chapter 1, paragraph
 * 4`), by its title and year, or as a handbook's or guidance's, or one whose
 * number is no whole number (`paragraphs 3.4 and 3.5`, `paragraph 19B`).
 */
import type { Citation, NumberedParagraph, Recommendation, Span } from './types';
import { hasNumbered, paragraphAt } from './paragraphs';
import { insideAny } from './code';
import { matchesAt } from '../util/candidates';

/** A report's paragraph number: a whole number, not the start of `3.4` or `19B`. */
const number = String.raw`\d{1,5}(?!\d|\p{L}|\.\d)`;
const item = String.raw`${number}(?:\s*(?:-|–|to)\s*${number})?`;
/**
 * What may follow a number of a list joined to it by a comma: more of the
 * list, a bracket or the end of the clause. `paragraphs 35 and 36, 224
 * children were looked after` goes on with a number of its own, not a third
 * paragraph.
 */
const listGoesOn = String.raw`(?=[ \t]*(?:[,;:.)\]\r\n]|and\b|&|or\b|$))`;
const list = String.raw`${item}(?:\s*(?:and|&|,\s*and)\s*${item}|\s*,\s*${item}${listGoesOn})*`;
/**
 * `paragraphs` takes a list, `paragraph` one number or range: in `as set out
 * in paragraph 35, 224 children were looked after` the second number is the
 * sentence's own.
 */
export const citationPattern = new RegExp(String.raw`\b(?:paragraphs\s+(${list})|paragraph\s+(${item}))`, 'iuy');
/**
 * Every citation starts with the letters `paragraph` (no other character folds to one of
 * them), so the pattern is tried only where they stand: a case-insensitive unicode
 * pattern with `\b` scanned over a whole report on every keystroke was one of its
 * costliest steps. Gives exactly the matches a global scan gives.
 */
const candidate = /paragraph/gi;

/** The matches a global scan of `text` with the citation pattern gives. */
export function citationMatches(text: string): RegExpExecArray[] {
  return matchesAt(text, citationPattern, (from) => {
    candidate.lastIndex = from;
    return candidate.exec(text)?.index ?? -1;
  });
}

/**
 * What names a paragraph as another document's, written just before it:
 * `chapter 1, `, `Annex A `, `volume 2 (`, `Regulations 2010, `, a title
 * and its year (`Working Together to Safeguard Children 2015, `, or
 * `Children (2015), `: a year in brackets after a capitalised word, not
 * `(since 2015), `), an earlier report by its year (`the 2013 report (`,
 * not `this 2017 report (`), or a handbook or guidance named just before
 * (`the inspection handbook (`). A `sub-paragraph` is part of another
 * document's paragraph too. `volume` takes a number (`contact volume
 * doubled (paragraph 2)` cites the report).
 */
const inAnotherDocument =
  /(?:\b(?:chapter|section|part|article|annex|appendix|schedule)\s+[\p{L}\d.]+,?|\bregulations?\s+[\p{L}\d.]+,|\bvolume\s+(?:\d+|[ivx]+)\b,?|\b(?:19|20)\d\d,|\bthe\s+(?:19|20)\d\d\s+(?:inspection\s+|review\s+)?report,?|\b(?:handbook|guidance),?|\bsub-?)\s*\(?\s*$/iu;

function namesAnotherDocument(before: string): boolean {
  return inAnotherDocument.test(before) || inNamedDocument.test(before) || titleAndYearWithComma.test(before);
}

/**
 * A title and its year in brackets, and the comma of `..., paragraph 150`
 * (`Children (2015), `): a word with a capital, read with its case (`\p{Lu}`
 * under the `i` flag takes any letter: `practice (2015), ` is the report's own
 * prose).
 */
const titleAndYearWithComma = /\p{Lu}[\p{L}’'-]*\s+\((?:19|20)\d\d\),\s*\(?\s*$/u;

/**
 * What names a numbered recommendation as another document's, written just
 * before it: as for a paragraph, but only by a numbered part (`Annex A`,
 * `section 4`), a volume, or an earlier report by its year. A year alone, or
 * regulations (`... follow the Care Planning Regulations 2010 (Recommendation
 * 2)`), is not enough (a finding may end `... by March 2016,
 * (Recommendation 2)` or `... began in April (2016) (Recommendation 3)`), nor
 * is guidance (`... in line with statutory guidance (Recommendation 3)`).
 */
const recommendationElsewhere =
  /(?:\b(?:chapter|section|part|article|annex|appendix|schedule)\s+(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)\b,?|\bvolume\s+(?:\d+|[ivx]+)\b,?|\bthe\s+(?:19|20)\d\d\s+(?:inspection\s+|review\s+)?report,?)\s*$/iu;

/** Whether what is written just before `start` (a marker's opening bracket) names another document's recommendation. */
export function afterAnotherDocument(text: string, start: number): boolean {
  return recommendationElsewhere.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * The same, written with capitals that matter and the comma of `..., paragraph
 * 112`: `the Care Planning Regulations, ` (`meet regulations, ` is the report's
 * prose), an Act and its year (`the Children Act 1989, `), or a date or a
 * publisher and year in brackets (`(March 2015), `, `(HM Government, 2015), `;
 * not `(since 2015), `). Without the comma (`the Children Act 1989 (paragraph
 * 45)`, `its plan (March 2016) (paragraph 45)`), a recommendation cites its
 * own finding after naming the Act.
 */
const inNamedDocument =
  /(?:\bRegulations?|\bAct\s+(?:19|20)\d\d|\((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+|[^()]{1,40},\s*)(?:19|20)\d\d\)),\s*\(?\s*$/u;

/** What names it so just after it, besides `of ...`: `in Working Together`, `in ‘Working Together’` (a document's capitalised title). */
const inTitledDocument = /^\s+in\s+(?:the\s+)?[‘'"“]?\p{Lu}/u;

/**
 * What names another report, review or inspection in a sentence: a report or
 * inspection of a year or an earlier time (`the 2013 report`, `the previous
 * inspection`, `the last inspection report`, `the inspection in 2012`,
 * `Ofsted's report of March 2013`), a review or visit of a year (`the 2015
 * peer review`), a monitoring visit, a serious case review (`SCR`), a review
 * or report by its author (`the Munro review`, `the Laming report`), an
 * annual or overview report, an inquiry. Not a review or visit of practice
 * (`managers review plans`, `after the last review`, `did not visit`), nor
 * `this inspection`.
 */
const otherReport = new RegExp(
  [
    String.raw`\b(?:(?:19|20)\d\d|previous|last|earlier|prior|former)\b[^.!?(),]{0,25}?\b(?:report|inspection)\b`,
    String.raw`\b(?:19|20)\d\d(?:[–-]\d\d)?\s+(?:\p{L}+\s+){0,2}(?:review|visit)\b`,
    String.raw`\b(?:report|inspection|review|visit)\s+(?:of|in|from)\s+(?:\p{L}+\s+)?(?:19|20)\d\d\b`,
    String.raw`\bofsted[’']s\b[^.!?()]{0,30}?\b(?:report|inspection|review|visit)\b`,
    String.raw`\bmonitoring visit\b`,
    String.raw`\bserious case reviews?\b`,
    String.raw`\b(?:munro|laming|wood)\b[^.!?()]{0,20}?\b(?:review|report)\b`,
    String.raw`\b(?:annual|overview) report\b`,
    String.raw`\binquiry\b`,
  ].join('|'),
  'iu',
);
const otherReportByName = /\bSCRs?\b/u;

/**
 * What names a document of guidance or law, besides: `Working Together`, an
 * Act or Regulations by their capitalised title (`the Children Act`, `the
 * Care Planning Regulations`), the inspection framework or handbook, the
 * Public Law Outline, a Practice Direction.
 */
const guidanceByName = /\bWorking Together\b|\b\p{Lu}\p{L}+ (?:Act|Regulations)\b|\bPublic Law Outline\b|\bPractice Direction\b/u;
const guidance = /\binspection (?:framework|handbook)\b/iu;

/** The sentence before `start`, up to 120 characters back. */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  const end = Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((e) => before.lastIndexOf(e)));
  return end < 0 ? before : before.slice(end + 1);
}

/**
 * Whether the sentence before `start` names another report, review or
 * inspection. Read only for a marker whose numbers the report does not
 * have: `(recommendation 12)` in a report of ten recommendations after
 * `Ofsted's 2013 report` is that report's, not a slip in this one. (A
 * finding that follows guidance or the law names no recommendation of it:
 * `... in line with statutory guidance (Recommendation 13)` is a slip.)
 */
export function sentenceNamesReport(text: string, start: number): boolean {
  return namesReport(sentenceBefore(text, start));
}

function namesReport(sentence: string): boolean {
  return otherReport.test(sentence) || otherReportByName.test(sentence);
}

/**
 * Whether the sentence before `start` names another document: a report,
 * review or inspection as `sentenceNamesReport` finds them, or guidance or
 * law by name. Read only for a citation whose numbers the report does not
 * have: `(paragraph 150)` in a report of 95 paragraphs after `Working
 * Together` is that document's.
 */
export function sentenceNamesDocument(text: string, start: number): boolean {
  const sentence = sentenceBefore(text, start);
  return namesReport(sentence) || guidanceByName.test(sentence) || guidance.test(sentence);
}

export function readCitations(
  text: string,
  paragraphs: readonly NumberedParagraph[],
  recommendations: readonly Recommendation[],
  code: readonly Span[],
): Citation[] {
  const out: Citation[] = [];
  for (const m of citationMatches(text)) {
    const start = m.index ?? 0;
    if (insideAny(code, start)) continue;
    // `paragraph 19 of Schedule 2`, `chapter 1, paragraph 4`: another document's paragraph, unless `... of this report`.
    const after = text.slice(start + m[0].length, start + m[0].length + 30);
    if (!/^\s+of\s+this\s+report\b/iu.test(after) && (/^\s+of\s/iu.test(after) || inTitledDocument.test(after) || namesAnotherDocument(text.slice(Math.max(0, start - 60), start)))) continue;
    const cited = m[1] ?? m[2];
    const listStart = start + m[0].length - cited.length;
    const numbers: { value: number; span: Span }[] = [];
    for (const part of cited.matchAll(new RegExp(item, 'gu'))) {
      const s = listStart + (part.index ?? 0);
      const ends = part[0].match(/\d+/g) ?? [];
      const from = Number(ends[0]);
      const to = ends.length > 1 ? Number(ends[1]) : from;
      const span = { start: s, end: s + part[0].length };
      if (to >= from && to - from <= 200) for (let v = from; v <= to; v++) numbers.push({ value: v, span });
      else numbers.push({ value: from, span }, { value: to, span }); // a range written backwards or too wide to mean: its two ends
    }
    // Numbers the report does not have, after another document's name: that document's paragraphs.
    if (numbers.every((n) => !hasNumbered(paragraphs, n.value)) && sentenceNamesDocument(text, start)) continue;
    const span = { start, end: start + m[0].length };
    const para = paragraphAt(paragraphs, start);
    const rec = recommendations.find((r) => start >= r.span.start && start <= r.span.end);
    out.push({ kind: 'citation', span, raw: m[0], numbers, paragraphIndex: para?.index, recommendationId: rec?.id });
  }
  return out;
}
