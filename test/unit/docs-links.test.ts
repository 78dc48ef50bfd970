/**
 * The project's Markdown links to files and headings that exist: README,
 * docs (the generated rules page too, whose rule bodies are written from
 * `docs/rules/`), examples and fixtures' notes. A heading is found by the
 * anchor GitHub gives it (lower case, punctuation dropped, spaces as hyphens,
 * `-1`, `-2` for repeats).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/drafts';

/** GitHub's anchors for the headings of a Markdown text (outside code fences). */
function headingAnchors(text: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of outsideFences(text)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line.text);
    if (!m) continue;
    const slug = m[1]
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** The lines of a Markdown text outside fenced code, with their numbers. */
function outsideFences(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fenced = false;
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) out.push({ text: line, line: i + 1 });
  });
  return out;
}

/** Every broken relative link of `file`: `file:line: what`. */
function brokenLinks(file: string): string[] {
  const out: string[] = [];
  const rel = path.relative(repoRoot, file);
  for (const { text, line } of outsideFences(readFileSync(file, 'utf8'))) {
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = m[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const [target, anchor] = href.split('#');
      const resolved = target ? path.resolve(path.dirname(file), decodeURIComponent(target)) : file;
      if (!existsSync(resolved)) out.push(`${rel}:${line}: ${href}: no such file`);
      else if (anchor && resolved.endsWith('.md') && !headingAnchors(readFileSync(resolved, 'utf8')).has(anchor)) out.push(`${rel}:${line}: ${href}: no such heading`);
    }
  }
  return out;
}

describe('links in the documentation', () => {
  it('point at files and headings that exist', () => {
    const files = execFileSync('git', ['ls-files', '*.md'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !f.endsWith('.report.md'))
      .map((f) => path.join(repoRoot, f))
      .filter((f) => existsSync(f));
    assert.ok(files.some((f) => f.endsWith(path.join('docs', 'rules.md'))), 'the rules page is among the files read');
    assert.deepEqual(files.flatMap(brokenLinks), []);
  });

  it('finds headings by the anchors GitHub gives them', () => {
    const anchors = headingAnchors('# Rules\n\n## Where the time goes, and what is left\n\n```\n# not a heading\n```\n\n## `contents`\n\n## Runs BS and BT (28 November)\n\n## Rules\n');
    assert.deepEqual([...anchors], ['rules', 'where-the-time-goes-and-what-is-left', 'contents', 'runs-bs-and-bt-28-november', 'rules-1']);
  });
});
