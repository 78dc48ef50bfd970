/**
 * The read-only model of a draft report. Everything the rules and the editor
 * features know about a draft is here; none of it refers to mdast.
 * Spans are UTF-16 offsets into `Report.text`.
 */
import type { Span } from '../util/positions';
import type { Profile } from '../profiles/profile-types';

export type { Span };

export type Part = 'local-authority' | 'board';

export interface FrontMatter {
  readonly span: Span;
  readonly data: Readonly<Record<string, unknown>>;
  /** Set when the YAML could not be read. */
  readonly error?: { readonly message: string; readonly span: Span };
}

export interface Heading {
  readonly kind: 'heading';
  readonly depth: number;
  readonly title: string;
  readonly span: Span;
  /** Span of the heading's text, without the `#` marks. */
  readonly titleSpan: Span;
}

export interface Section {
  readonly kind: 'section';
  readonly heading: Heading;
  readonly title: string;
  readonly depth: number;
  /** From the heading to the last character before the next heading of the same or a lower depth. */
  readonly span: Span;
  readonly children: readonly Section[];
  /** Ids of this section and its ancestors, outermost first, that matched the profile (`recommendations`, `lscb`). */
  readonly profileId?: string;
  readonly part: Part;
  /** 0 for a top-level (`##`) section's index among its siblings, and so on. */
  readonly path: readonly number[];
  /**
   * True when its heading is one level out of place (a part of the board
   * written `##`): the section stands where its title says it belongs.
   */
  readonly outOfPlace?: boolean;
}

export interface GradeText {
  /** The text as written. */
  readonly raw: string;
  readonly span: Span;
  /** The profile grade it names, when it names one. */
  readonly grade?: string;
  /** True when written exactly in one of the profile's forms for where it stands. */
  readonly exact: boolean;
}

export type StatementKind = 'headline-overall' | 'headline-row' | 'section-table' | 'sentence';

export interface JudgementStatement {
  readonly kind: StatementKind;
  /** The profile area it states, when recognised. */
  readonly area?: string;
  /** The judged area's name as written (a table's first cell; a sentence's text). */
  readonly label: string;
  readonly labelSpan: Span;
  /** The number written in a headline row (`2.1`), when there is one. */
  readonly number?: string;
  readonly numberSpan?: Span;
  readonly grade: GradeText;
  readonly span: Span;
}

export interface HeadlineTable {
  readonly span: Span;
  readonly overall?: JudgementStatement;
  readonly rows: readonly JudgementStatement[];
}

export type ParagraphRole = 'recommendation' | 'finding' | 'other';

export interface NumberedParagraph {
  readonly kind: 'paragraph';
  /** The number written in the source. */
  readonly number: number;
  readonly numberSpan: Span;
  /** The whole list item. */
  readonly span: Span;
  /** Plain text of the item, without its number. */
  readonly text: string;
  readonly role: ParagraphRole;
  readonly part: Part;
  /** Path of the innermost section holding it. */
  readonly sectionPath: readonly number[];
  /** 0-based position among all numbered paragraphs. */
  readonly index: number;
  /**
   * Whether the item ends in its own text: its last block is a paragraph of
   * the item itself (not a table, quotation, list, code, HTML or a
   * definition), ending in words, not a hard line break.
   */
  readonly endsInText: boolean;
}

export interface Recommendation {
  readonly kind: 'recommendation';
  /** `4` for a numbered recommendation, `B2` for the board's second unnumbered one. */
  readonly id: string;
  /** The written number; absent for bullets. */
  readonly number?: number;
  readonly part: Part;
  readonly span: Span;
  readonly text: string;
  /** Index into `Report.paragraphs` when numbered. */
  readonly paragraphIndex?: number;
}

export type MarkerStyle =
  /** `... opportunity. (Recommendation)` or on a line of its own. */
  | 'after-sentence'
  /** `... opportunity (Recommendation).` */
  | 'before-period'
  /** Anywhere else in the text. */
  | 'inline';

export interface Marker {
  readonly kind: 'marker';
  readonly span: Span;
  readonly raw: string;
  /** Numbers the marker names; empty for a bare marker. A range (`4–6`) is expanded, each with the span of its written text. */
  readonly numbers: readonly { readonly value: number; readonly span: Span }[];
  /** `(Recommendations)` or `(recommendations 5, 11)`. */
  readonly plural: boolean;
  readonly lowercase: boolean;
  readonly style: MarkerStyle;
  /** Index into `Report.paragraphs` of the paragraph that holds it. */
  readonly paragraphIndex?: number;
}

export interface LinkCandidate {
  readonly recommendationId: string;
  /** 0..1, higher is more alike. */
  readonly score: number;
  /** Words or phrases the finding and the recommendation share, most telling first. */
  readonly shared: readonly string[];
}

export interface MarkerLink {
  /** Index into `Report.markers`. */
  readonly markerIndex: number;
  /** The recommendation the marker supports; absent when none could be chosen. */
  readonly recommendationId?: string;
  /** 0..1: 1 for a marker that names its recommendation. */
  readonly confidence: number;
  /** True when the link comes from a number written in the marker. */
  readonly explicit: boolean;
  /** Best candidates, best first (for a bare marker). */
  readonly candidates: readonly LinkCandidate[];
}

export interface Citation {
  readonly kind: 'citation';
  /** The whole citation text, e.g. `(paragraphs 33, 154)` or `paragraph 40`. */
  readonly span: Span;
  readonly raw: string;
  /** Each paragraph number cited; a range is expanded, each with the span of its written text. */
  readonly numbers: readonly { readonly value: number; readonly span: Span }[];
  /** Index into `Report.paragraphs` of the paragraph that holds it. */
  readonly paragraphIndex?: number;
  /** Id of the recommendation that holds it. */
  readonly recommendationId?: string;
}

export interface FootnoteReference {
  readonly label: string;
  readonly span: Span;
}

export interface FootnoteDefinition {
  readonly label: string;
  readonly span: Span;
  readonly labelSpan: Span;
}

export interface ContentsRow {
  readonly title: string;
  readonly titleSpan: Span;
  readonly page?: string;
  readonly pageSpan?: Span;
  readonly span: Span;
}

export interface ContentsTable {
  readonly span: Span;
  /** The `## Contents` section it sits in. */
  readonly sectionPath: readonly number[];
  readonly rows: readonly ContentsRow[];
  /** True when the table's header is `| Section | Page |` or alike. */
  readonly hasPageColumn: boolean;
}

/** Where an acronym stands: running text, a heading, or a table cell (headline, contents). */
export type AcronymContext = 'prose' | 'heading' | 'table';

export interface AcronymIntroduction {
  readonly acronym: string;
  /** The acronym without a plural `s` (`SDQs` -> `SDQ`): what introductions and uses are matched on. */
  readonly key: string;
  /** The words before the bracket: those whose initials spell the acronym, or a best guess when none do. */
  readonly expansion: string;
  /** True when the initials of `expansion` spell the acronym. */
  readonly matched: boolean;
  /** The whole `expansion (ACRONYM)` text. */
  readonly span: Span;
  readonly acronymSpan: Span;
  readonly context: AcronymContext;
}

export interface AcronymUse {
  readonly acronym: string;
  readonly key: string;
  readonly span: Span;
  readonly context: AcronymContext;
  /**
   * For acronyms joined by hyphens (`CP-IS`), read as one: each part as a use
   * of its own. Where the whole is never introduced the parts stand for it
   * (`MASH-CSE` when `MASH` and `CSE` each are).
   */
  readonly parts?: readonly AcronymUse[];
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface DisableDirective {
  readonly kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  readonly rules: readonly string[];
  /** Span of each rule id named, in the order of `rules`. */
  readonly ruleSpans: readonly Span[];
  readonly span: Span;
}

export interface Report {
  readonly text: string;
  readonly profile: Profile;
  readonly frontMatter?: FrontMatter;
  readonly title?: Heading;
  readonly headings: readonly Heading[];
  /** The `##`-and-deeper section tree (a `#` title is not a section). */
  readonly sections: readonly Section[];
  readonly headline?: HeadlineTable;
  readonly statements: readonly JudgementStatement[];
  readonly paragraphs: readonly NumberedParagraph[];
  readonly recommendations: readonly Recommendation[];
  readonly markers: readonly Marker[];
  readonly links: readonly MarkerLink[];
  readonly citations: readonly Citation[];
  readonly footnoteReferences: readonly FootnoteReference[];
  readonly footnoteDefinitions: readonly FootnoteDefinition[];
  readonly contents?: ContentsTable;
  readonly acronymIntroductions: readonly AcronymIntroduction[];
  readonly acronymUses: readonly AcronymUse[];
  readonly directives: readonly DisableDirective[];
  /** Spans of code (fenced, indented, inline) and HTML, where text rules must not look. */
  readonly codeSpans: readonly Span[];
}
