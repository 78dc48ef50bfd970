/**
 * The shape of a report profile: a report structure held as data. Profiles
 * are JSON files validated against `profile.schema.json`; this is their type.
 */

export interface GradeDef {
  /** Stable id used in the model and in messages' logic, e.g. `requires-improvement`. */
  readonly id: string;
  /** The exact form in a table cell, e.g. `Requires improvement`. */
  readonly label: string;
  /** Other exact table forms that are the same grade, e.g. `Requires improvement to be good`. */
  readonly tableForms?: readonly string[];
  /** Lower-case forms in a sentence, verb included where there is one (`requires improvement`). */
  readonly sentenceForms: readonly string[];
  /** Higher is better. Absent for grades that take no part in relations (`Not judged`). */
  readonly rank?: number;
}

export interface AreaDef {
  /** Stable id, e.g. `adoption`. `overall` is the overall effectiveness. */
  readonly id: string;
  /** Number in the headline table (`1`, `2.1`); absent for areas not in the table. */
  readonly number?: string;
  /** Name in the headline table. */
  readonly label: string;
  /** Other names that mean this area (section titles, table labels). */
  readonly aliases?: readonly string[];
  /** True when the headline table must hold this area. */
  readonly headline: boolean;
  /** The key judgement this one sits under (`looked-after` for `adoption`). */
  readonly parent?: string;
  /**
   * Regular expressions (source text, matched case-insensitively against a
   * whole heading or paragraph) that state this judgement as a sentence.
   * `{grade}` stands for any of the grades' sentence forms.
   */
  readonly sentences?: readonly string[];
}

export interface SectionDef {
  /** Stable id, e.g. `recommendations`. */
  readonly id: string;
  readonly title: string;
  /** Other headings that are the same section. */
  readonly aliases?: readonly string[];
  /**
   * Regular expressions (source text, case ignored) any of which a heading's
   * title matches when it is this section under a name of its own: a board
   * named for its area (`Kent Safeguarding Children Board (KSCB)`).
   */
  readonly titlePatterns?: readonly string[];
  readonly depth: number;
  readonly required: boolean;
  /** The judgement whose one-row table sits under the heading. */
  readonly judgement?: string;
  /** Which part of the report the section and its descendants belong to. */
  readonly part?: 'local-authority' | 'board';
  /** `recommendations`: its items are recommendations. `findings`: its items are findings. */
  readonly role?: 'recommendations' | 'findings';
  /** True when the contents table should list this section. */
  readonly contents?: boolean;
  /**
   * False where numbered paragraphs do not stand (a summary, the contents): an
   * ordered list numbered from 1 there is a list of the section's own, when
   * the report's numbered paragraphs start at 1 elsewhere. A subsection
   * that says nothing (and has no `role`) takes its parent's; default true.
   */
  readonly numbered?: boolean;
  readonly children?: readonly SectionDef[];
}

export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly grades: readonly GradeDef[];
  readonly areas: readonly AreaDef[];
  readonly sections: readonly SectionDef[];
  /** Heading titles (any depth) whose lists are findings, wherever they stand. */
  readonly findingsHeadings?: readonly string[];
  /** Acronyms that need no introduction. */
  readonly commonAcronyms?: readonly string[];
}
