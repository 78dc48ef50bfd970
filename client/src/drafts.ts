/**
 * Which documents are drafts: the `inspectionReport.drafts` globs become the
 * language client's document selector, and the same globs decide whether an
 * open Markdown file is a draft (for the status item and the Recommendations view).
 */
export const LANGUAGE_ID = 'inspection-report';
export const DEFAULT_DRAFTS: readonly string[] = ['**/*.report.md'];

export type DocumentFilter = { language: string } | { scheme: string; language: string; pattern: string };

/** Valid glob patterns from the setting, whatever it holds. */
export function draftGlobs(setting: unknown): string[] {
  if (!Array.isArray(setting)) return [...DEFAULT_DRAFTS];
  return [...new Set(setting.filter((g): g is string => typeof g === 'string').map((g) => g.trim()).filter(Boolean))];
}

/** The draft language everywhere, plus Markdown files on disk that match one of the globs. */
export function documentSelector(globs: readonly string[]): DocumentFilter[] {
  return [{ language: LANGUAGE_ID }, ...globs.map((pattern) => ({ scheme: 'file', language: 'markdown', pattern }))];
}

/** A glob as a regular expression over `/`-separated paths: `**` crosses folders, `*` and `?` do not, `{a,b}` is either. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{' && glob.indexOf('}', i) > i) {
      const close = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
      i = close;
    } else re += escape(c);
  }
  return new RegExp(`(?:^|/)${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** Whether a document is a draft: in the draft language, or a Markdown file whose path matches a glob. */
export function isDraft(doc: { languageId: string; path: string }, globs: readonly string[]): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  if (doc.languageId !== 'markdown') return false;
  const p = doc.path.replace(/\\/g, '/');
  return globs.some((g) => globToRegExp(g).test(p));
}
