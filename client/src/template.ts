/**
 * "New Report from Profile Template": the new-report snippet that ships with
 * the extension is the default profile's template (a test proves it lays out
 * every required section of the profile), inserted into a new draft.
 */
export const NEW_REPORT_SNIPPET = 'New inspection report';

/** The body of the new-report snippet from the snippets file's JSON text. */
export function reportTemplate(snippetsJson: string): string {
  const snippets = JSON.parse(snippetsJson) as Record<string, { body: string | string[] }>;
  const s = snippets[NEW_REPORT_SNIPPET];
  if (!s) throw new Error(`the snippets file has no "${NEW_REPORT_SNIPPET}" snippet`);
  return Array.isArray(s.body) ? s.body.join('\n') : s.body;
}
