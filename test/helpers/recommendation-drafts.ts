/**
 * Small drafts with recommendations and findings, for the recommendation
 * rules' tests: the local authority's part, and optionally the board's.
 */
export interface DraftParts {
  readonly recommendations: readonly string[];
  readonly findings: readonly string[];
  readonly boardRecommendations?: readonly string[];
  readonly boardFindings?: readonly string[];
}

/** Numbers every item in one sequence, recommendations first, as published reports do. */
export function recommendationDraft(parts: DraftParts): string {
  let n = 0;
  const numbered = (items: readonly string[]) => items.map((t) => `${++n}. ${t}`).join('\n\n');
  let text = `# London Borough of Example\n\n## Recommendations\n\n${numbered(parts.recommendations)}\n\n`;
  text += `## The experiences and progress of children who need help and protection\n\n${numbered(parts.findings)}\n`;
  if (parts.boardRecommendations || parts.boardFindings) {
    text += `\n## The Local Safeguarding Children Board (LSCB)\n\n### Recommendations\n\n${numbered(parts.boardRecommendations ?? [])}\n\n`;
    text += `### Inspection findings – the Local Safeguarding Children Board\n\n${numbered(parts.boardFindings ?? [])}\n`;
  }
  return text;
}

export const missingRec = 'Ensure that every child who goes missing from home is offered a return home interview and that interviews are recorded.';
export const leaversRec = 'Ensure that care leavers live in suitable accommodation and that risks to their well-being are known.';
export const missingFinding = 'Children who go missing from home are not always offered a return home interview, and interviews are not consistently recorded.';
export const leaversFinding = 'A few care leavers live in bed and breakfast accommodation, and risks to their well-being are not known.';
export const neutralFinding = 'Schools and health partners work well together.';
