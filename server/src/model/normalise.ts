/** Comparing names as people mean them: case, curly quotes, dashes and spacing do not matter. */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
}
