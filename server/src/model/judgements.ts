/**
 * Every statement of a judgement: the headline table, the one-row table
 * under a judged section's heading, and sentences that stand as a heading or
 * a paragraph of their own.
 */
import type { Root, Table, TableCell, Paragraph, Heading as MdHeading } from 'mdast';
import type { AreaDef, Profile } from '../profiles/profile-types';
import { plainText, spanOf } from '../parse/mdast';
import type { GradeText, HeadlineTable, JudgementStatement, Span } from './types';
import { areaByName, closestGrade, gradeInAnotherTense, looseSentencePatterns, readSentenceGrade, readTableGrade, sentencePatterns, sentenceSkeletons, type SentencePatterns } from './grades';
import { normaliseName } from './normalise';
import { titleOf } from './sections';
import { BlockReading } from './blocks';
import { moveSpan } from '../util/positions';
import { detached } from '../util/recent';

export interface CellText {
  readonly text: string;
  readonly span: Span;
}

/** A cell's trimmed text and the span of that text (an empty cell gets an empty span inside it). */
export function cellText(text: string, cell: TableCell): CellText {
  const value = plainText(cell).trim();
  const s = spanOf(cell);
  const raw = text.slice(s.start, s.end);
  // A cell's source starts with its pipe; find where the content lies.
  const body = raw.replace(/^\|/, '');
  const lead = raw.length - body.length;
  const inner = body.replace(/\|\s*$/, '');
  const trimmedStart = inner.length - inner.trimStart().length;
  const content = inner.trim();
  const start = s.start + lead + trimmedStart;
  return { text: value, span: { start, end: start + content.length } };
}

export function tableRows(text: string, table: Table): CellText[][] {
  return table.children.map((row) => row.children.map((c) => cellText(text, c)));
}

function gradeText(profile: Profile, cell: CellText, inSentence: boolean): GradeText {
  const r = inSentence ? readSentenceGrade(profile, cell.text) : readTableGrade(profile, cell.text);
  return { raw: cell.text, span: cell.span, grade: r.grade, exact: r.exact };
}

const rowNumber = /^(\d+(?:\.\d+)*)\.?\s+/;

/** The first table of the report, read as the headline judgement table. */
export function readHeadline(text: string, table: Table, profile: Profile): HeadlineTable {
  const rows = tableRows(text, table);
  const [header, ...body] = rows;
  const statements: JudgementStatement[] = [];
  // The earlier layout prints the overall sentence above a table with no headings, so a conversion may put the first
  // judgement in the header row: `| 1. Children who need help and protection | Good |` is a row, not a header.
  const headerIsRow = header !== undefined && isNumberedRow(profile, header);
  if (headerIsRow) pushRow(profile, statements, header, spanOf(table.children[0]));
  for (let i = 0; i < body.length; i++) pushRow(profile, statements, body[i], spanOf(table.children[i + 1]));
  const overall = header && !headerIsRow ? overallFromHeader(profile, header[0], spanOf(table.children[0])) : undefined;
  return { span: spanOf(table), overall, rows: statements };
}

/** Whether a row reads as a numbered judgement of the profile and its grade: `| 1. Children who need help and protection | Good |`. */
function isNumberedRow(profile: Profile, row: readonly CellText[]): boolean {
  const [labelCell, gradeCell] = row;
  const m = labelCell && rowNumber.exec(labelCell.text);
  return !!m && areaByName(profile, labelCell.text.slice(m[0].length)) !== undefined && gradeLike(profile, gradeCell);
}

function pushRow(profile: Profile, statements: JudgementStatement[], row: readonly CellText[], rowSpan: Span): void {
  const [labelCell, gradeCell] = row;
  // An empty row (`| | |`, as a conversion from a PDF may leave one) states nothing.
  if (!labelCell || row.every((c) => c.text === '')) return;
  const m = rowNumber.exec(labelCell.text);
  const number = m ? m[1] : undefined;
  const label = m ? labelCell.text.slice(m[0].length) : labelCell.text;
  const labelStart = labelCell.span.start + (m ? labelCell.text.indexOf(label, m[0].length) : 0);
  const numberSpan = m ? { start: labelCell.span.start, end: labelCell.span.start + m[1].length } : undefined;
  const area = areaByName(profile, label);
  const g = gradeCell ?? { text: '', span: { start: rowSpan.end, end: rowSpan.end } };
  statements.push({
    kind: 'headline-row',
    area: area?.id,
    label,
    labelSpan: { start: labelStart, end: labelStart + label.length },
    number,
    numberSpan,
    grade: gradeText(profile, g, false),
    span: rowSpan,
  });
}

/**
 * The first table read as the headline judgement table, unless its first
 * header cell names a judged area and it is a judged section's one-row table
 * (a draft with no headline table), which stays a section table, or a table
 * of figures about the area, which is no statement. A table of rows under
 * `| Overall effectiveness | |` is the headline table, its header a slip.
 */
export function readHeadlineTable(text: string, table: Table, profile: Profile): HeadlineTable | undefined {
  const headline = readHeadline(text, table, profile);
  if (headline.overall) return headline;
  const rows = tableRows(text, table);
  if (areaOfHeader(profile, rows[0]) && (rows.length === 1 || isFigures(profile, rows))) return undefined;
  return headline;
}

/** The judged area a table's header names in its first cell, when it has two cells or more. */
function areaOfHeader(profile: Profile, header: readonly CellText[] | undefined): AreaDef | undefined {
  return header && header.length >= 2 ? areaByName(profile, header[0].text) : undefined;
}

function gradeLike(profile: Profile, cell: CellText | undefined): boolean {
  return cell !== undefined && cell.text !== '' && (readTableGrade(profile, cell.text).grade !== undefined || closestGrade(profile, cell.text, false) !== undefined);
}

/**
 * Rows of figures under a header naming an area: the header has a third cell
 * of text, or a second cell that is no grade nor close to one, or an empty
 * second cell over rows none of which has a grade in its second cell (a
 * one-row table's grade wrapped into a row of its own, or a headline table
 * whose header names the overall area, has).
 */
function isFigures(profile: Profile, rows: readonly (readonly CellText[])[]): boolean {
  const header = rows[0];
  if (header.slice(2).some((c) => c.text !== '')) return true;
  if (header[1].text !== '') return !gradeLike(profile, header[1]);
  return !rows.slice(1).some((row) => gradeLike(profile, row[1]));
}

function overallFromHeader(profile: Profile, cell: CellText | undefined, rowSpan: Span): JudgementStatement | undefined {
  if (!cell || !cell.text) return undefined;
  return sentenceStatement(profile, cell.text, cell.span, 'headline-overall', rowSpan);
}

/**
 * A table under a heading whose first header cell names a judged area:
 * `| Leadership, ... | Good |`. A table of figures about an area is none
 * (`isFigures`: `| Adoption performance | Sutton | England |`, or `| Adoption
 * performance | 2015–16 |` with rows under it). A table of one row is always
 * read.
 */
export function readSectionTable(text: string, table: Table, profile: Profile): JudgementStatement | undefined {
  const rows = tableRows(text, table);
  const header = rows[0];
  const area = areaOfHeader(profile, header);
  if (!area) return undefined;
  if (rows.length > 1 && isFigures(profile, rows)) return undefined;
  return {
    kind: 'section-table',
    area: area.id,
    label: header[0].text,
    labelSpan: header[0].span,
    grade: gradeText(profile, header[1], false),
    span: spanOf(table),
  };
}

/**
 * A sentence that states a judgement, when the whole of `sentence` matches one
 * of the profile's patterns. `sentenceSpan` is where `sentence` starts in the text.
 */
export function sentenceStatement(
  profile: Profile,
  sentence: string,
  sentenceSpan: Span,
  kind: 'sentence' | 'headline-overall',
  span: Span = sentenceSpan,
): JudgementStatement | undefined {
  const trimmed = sentence.trim();
  // Read with other apostrophes as the patterns write them (`Children‘s`, `Childrenʼs`): one character for one, so places stay.
  const reading = trimmed.replace(OTHER_APOSTROPHES, "'");
  // The patterns (with grades, and loose) that can match: those whose skeleton does. The three lists run in the same order.
  const candidates = sentenceSkeletons(profile).map(({ area, re }) => (kind !== 'headline-overall' || area.id === 'overall') && re.test(reading));
  if (!candidates.includes(true)) return undefined;
  const offset = sentenceSpan.start + sentence.indexOf(trimmed);
  const statement = (found: Graded, reading: Pick<GradeText, 'grade' | 'exact'>): JudgementStatement => {
    const at = offset + found.at;
    return {
      kind,
      area: found.area,
      label: trimmed,
      labelSpan: { start: offset, end: offset + trimmed.length },
      grade: { raw: found.raw, span: { start: at, end: at + found.raw.length }, ...reading },
      span,
    };
  };
  const graded = firstGraded(sentencePatterns(profile), candidates, reading, () => true);
  if (graded) {
    const r = readSentenceGrade(profile, graded.raw);
    return statement(graded, { grade: r.grade, exact: r.exact });
  }
  // A grade that is not a grade's form but close to one: `... are goood`.
  // A grade's verb in another tense is no slip in the overall sentence: it says what the services were.
  const misspelt = firstGraded(looseSentencePatterns(profile), candidates, reading, (raw, area) => closestGrade(profile, raw, true) !== undefined && !(area === 'overall' && gradeInAnotherTense(profile, raw)));
  return misspelt && statement(misspelt, { exact: false });
}

/** Apostrophes a draft may have where the profile's patterns write `’` or `'`: left and modifier letter, grave and acute accents, prime. */
const OTHER_APOSTROPHES = /[\u2018\u02BC`\u00B4\u2032]/g;

/** A pattern's match with a grade: the area, the grade as written, and where it stands in the sentence. */
interface Graded {
  readonly area: string;
  readonly raw: string;
  readonly at: number;
}

/**
 * The first of `patterns` (only those `candidates` allows) that matches
 * `trimmed` with a grade `accept` takes: its area, the grade as written, and
 * where it stands in `trimmed`.
 */
function firstGraded(patterns: SentencePatterns, candidates: readonly boolean[], trimmed: string, accept: (raw: string, area: string) => boolean): Graded | undefined {
  for (let j = 0; j < patterns.length; j++) {
    if (!candidates[j]) continue;
    const { area, re } = patterns[j];
    const m = re.exec(trimmed);
    const raw = m?.groups?.grade;
    if (!m || !raw || !accept(raw, area.id)) continue;
    return { area: area.id, raw, at: m.index + m[0].lastIndexOf(raw) };
  }
  return undefined;
}

/**
 * Sentences standing alone as a heading or paragraph, and the overall
 * sentence opening the executive summary: the first sentence of its first
 * paragraph ("Children's services in Sutton are good."). Later paragraphs are
 * prose, which may well open with a past or partial judgement ("Children's
 * services in Sutton have improved since 2014, when they were judged to be
 * inadequate").
 */
export function readSentences(text: string, root: Root, profile: Profile): JudgementStatement[] {
  const { standing, opening, titlePage: titlePageReading } = readingsFor(profile);
  const out: JudgementStatement[] = [];
  let awaitingOpening = false;
  /** Before the first section: the title page, where the framework's earlier reports state the overall judgement above the table. */
  let titlePage = true;
  for (const node of root.children) {
    if (node.type === 'heading') {
      if (node.depth >= 2) titlePage = false;
      if (node.depth <= 2) awaitingOpening = node.depth === 2 && headingName(node) === 'executive summary';
      // The earlier layout's summary of findings (a `###` under the local authority's part) opens as the executive summary does.
      if (node.depth <= 3 && headingName(node) === 'summary of findings') awaitingOpening = true;
      const st = standing.readOne(text, root, node, (n) => ownStrings(statementOfBlock(text, n, profile)));
      if (st) out.push(st);
    } else if (node.type === 'paragraph') {
      const st = standing.readOne(text, root, node, (n) => ownStrings(statementOfBlock(text, n, profile)));
      if (st) out.push(st);
      else if (awaitingOpening) {
        const s = opening.readOne(text, root, node, (n) => ownStrings(overallOpening(text, n, profile)));
        if (s) out.push(s);
      } else if (titlePage) {
        // `The overall judgement is that children's services are good` on a line of its own, the explanation under it.
        const s = titlePageReading.readOne(text, root, node, (n) => ownStrings(overallOpening(text, n, profile, true)));
        if (s) out.push(s);
      }
      awaitingOpening = false;
    }
  }
  return out;
}

/** A heading's title as names are compared: from the model's heading record, names normalised from a table by text. */
function headingName(node: MdHeading): string {
  return normaliseName(titleOf(node));
}

function overallOpening(text: string, node: Paragraph, profile: Profile, orFirstLine = false): JudgementStatement | undefined {
  const first = firstSentence(text, node);
  const s = first && sentenceStatement(profile, first.text, first.span, 'sentence');
  if (s && s.area === 'overall') return s;
  const line = orFirstLine ? firstLine(text, node) : undefined;
  const l = line && sentenceStatement(profile, line.text, line.span, 'sentence');
  return l && l.area === 'overall' ? l : undefined;
}

/** A paragraph's first line, when the paragraph has more than one. */
function firstLine(text: string, node: Paragraph): CellText | undefined {
  const first = node.children[0];
  if (!first || first.type !== 'text') return undefined;
  const s = spanOf(first);
  const end = text.indexOf('\n', s.start);
  if (end < 0 || end >= s.end || end - s.start > 300) return undefined;
  const value = text.slice(s.start, end).replace(/\r$/, '');
  return { text: value, span: { start: s.start, end: s.start + value.length } };
}

/**
 * What a heading or paragraph states, read by block (`BlockReading`): the
 * incremental parser gives back the same node for a block an edit did not
 * touch, with the same text, so its statement (most often none) is read once
 * and moved with the block. Reading every block's sentence again on each
 * keystroke made about 140 KB of garbage on the tenfold benchmark draft. The
 * statements depend on the profile, so each profile has its own readings:
 * the statements a heading or paragraph makes on its own, and the overall
 * judgement opening a paragraph of the executive summary.
 */
interface SentenceReadings {
  readonly standing: BlockReading<JudgementStatement | undefined>;
  readonly opening: BlockReading<JudgementStatement | undefined>;
  /** A title-page paragraph's opening, by its first sentence or first line. */
  readonly titlePage: BlockReading<JudgementStatement | undefined>;
}

const byProfile = new WeakMap<Profile, SentenceReadings>();

function readingsFor(profile: Profile): SentenceReadings {
  let out = byProfile.get(profile);
  if (!out) {
    const moved = (s: JudgementStatement | undefined, by: number) => s && moveStatement(s, by);
    byProfile.set(profile, (out = { standing: new BlockReading(0, moved), opening: new BlockReading(0, moved), titlePage: new BlockReading(0, moved) }));
  }
  return out;
}

/**
 * A statement whose strings hold only their own characters: its label and
 * grade are slices of the draft, and a statement remembered with its block
 * would keep that whole version of the draft alive (about 9 MB more held
 * with the soak's 50 drafts open).
 */
function ownStrings(s: JudgementStatement | undefined): JudgementStatement | undefined {
  return s && { ...s, label: detached(s.label), grade: { ...s.grade, raw: detached(s.grade.raw) } };
}

/** Moves a remembered statement in place (its spans are objects of its own: see `sentenceStatement`). */
function moveStatement(s: JudgementStatement, by: number): void {
  moveSpan(s.span, by);
  moveSpan(s.labelSpan, by);
  moveSpan(s.grade.span, by);
  if (s.numberSpan) moveSpan(s.numberSpan, by);
}

function statementOfBlock(text: string, node: Paragraph | MdHeading, profile: Profile): JudgementStatement | undefined {
  // Footnote marks at its end are no part of the sentence (`... is that it is outstanding[^4]`, or `[^4].`).
  let count = node.children.length;
  if (count > 2 && node.children[count - 2].type === 'footnoteReference') {
    const last = node.children[count - 1];
    if (last.type === 'text' && /^[\s.]*$/.test(last.value)) count--;
  }
  while (count > 1 && node.children[count - 1].type === 'footnoteReference') count--;
  if (count !== 1) return undefined;
  // The sentence as plain text, or all in bold or italics (`**The LSCB is good**`).
  let only = node.children[0];
  if ((only.type === 'strong' || only.type === 'emphasis') && only.children.length === 1) only = only.children[0];
  if (only.type !== 'text') return undefined;
  const s = spanOf(only);
  const value = text.slice(s.start, s.end);
  if (value.length > 300) return undefined;
  return sentenceStatement(profile, value, s, 'sentence', spanOf(node));
}

function firstSentence(text: string, node: Paragraph): CellText | undefined {
  const first = node.children[0];
  if (!first || first.type !== 'text') return undefined;
  const s = spanOf(first);
  const value = text.slice(s.start, s.end);
  const m = /^[^.!?]*[.!?]/.exec(value);
  if (!m || m[0].length > 300) return undefined;
  return { text: m[0], span: { start: s.start, end: s.start + m[0].length } };
}
