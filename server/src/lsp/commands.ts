/** The commands the server runs for editors (`workspace/executeCommand`). */
export const RECOMMENDATION_MAP = 'inspectionReport.recommendationMap';
export const RENUMBER_PARAGRAPHS = 'inspectionReport.renumberParagraphs';
export const REGENERATE_CONTENTS = 'inspectionReport.regenerateContents';
export const COMMANDS = [RECOMMENDATION_MAP, RENUMBER_PARAGRAPHS, REGENERATE_CONTENTS] as const;

export interface DocumentArgs {
  readonly uri: string;
  /** The version the command was asked for; the server refuses when the document has moved on. */
  readonly version?: number;
}

export interface EditResult {
  readonly applied: boolean;
  /** Why nothing was applied: `outdated`, `nothing-to-do`, `not-open`, `rejected`. */
  readonly reason?: string;
}
