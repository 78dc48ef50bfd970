/**
 * Builds the read-only `Report` model of a draft.
 */
import type { Root, Table } from 'mdast';
import type { Profile } from '../profiles/profile-types';
import { profileForLayout } from '../profiles/profiles';
import { parseInChunks } from '../parse/chunked';
import { spanOf } from '../parse/mdast';
import type { ContentsTable, HeadlineTable, JudgementStatement, Report, Section } from './types';
import { readFrontMatter } from './front-matter';
import { buildSections, readHeadings } from './sections';
import { readHeadlineTable, readSectionTable, readSentences } from './judgements';
import { readParagraphs } from './paragraphs';
import { readCodeSpans } from './code';
import { readMarkers } from './markers';
import { linkMarkers } from './links';
import { readCitations } from './citations';
import { readFootnotes } from './footnotes';
import { contentsSection, readContents } from './contents';
import { readAcronyms } from './acronyms';
import { readDirectives } from './directives';

/**
 * The headline judgement table: the first table that reads as one (the
 * overall sentence in its header, or a row naming a headline area) before the
 * first section, so that a table of the inspection's dates on the title page
 * does not take its place; else the first table, as before (whose problems
 * `headline-judgements` then reports). Never the contents table.
 */
function chooseHeadline(text: string, tables: readonly Table[], sections: readonly Section[], contents: ContentsTable | undefined, profile: Profile): { table?: Table; headline?: HeadlineTable } {
  const usable = (t: Table) => !contents || spanOf(t).start !== contents.span.start;
  const firstSection = sections[0]?.span.start ?? text.length;
  for (const t of tables) {
    if (spanOf(t).start >= firstSection) break;
    if (!usable(t)) continue;
    const h = readHeadlineTable(text, t, profile);
    if (h && (h.overall || h.rows.some((r) => r.area !== undefined && profile.areas.some((a) => a.id === r.area && a.headline)))) return { table: t, headline: h };
  }
  const first = tables[0];
  return { table: first, headline: first && usable(first) ? readHeadlineTable(text, first, profile) : undefined };
}

/**
 * `draftKey` names the draft across its versions (the document's URI in the
 * editor), so what is remembered between versions is kept per draft; drafts
 * read once (the CLI) can leave it out.
 */
export function buildReport(text: string, chosen: Profile, root: Root = parseInChunks(text), draftKey = ''): Report {
  const frontMatter = readFrontMatter(root);
  const headings = readHeadings(text, root);
  // The framework's built-in profile reads a draft in its earlier layout with that layout's.
  const profile = profileForLayout(chosen, headings);
  const title = headings.find((h) => h.depth === 1);
  const sections = buildSections(text, headings, profile);

  const tables = root.children.filter((n): n is Table => n.type === 'table');
  const contents = readContents(text, root, sections);
  const { table: headlineTable, headline } = chooseHeadline(text, tables, sections, contents, profile);

  const statements: JudgementStatement[] = [];
  if (headline?.overall) statements.push(headline.overall);
  if (headline) statements.push(...headline.rows);
  // A table in the contents section lists sections, whatever its first row names (the second half of a
  // contents table a page break split has a row of it for a header).
  const listing = contentsSection(sections)?.span;
  const inContents = (t: Table) => listing !== undefined && spanOf(t).start > listing.start && spanOf(t).start < listing.end;
  for (const t of tables) {
    if ((t === headlineTable && headline) || inContents(t)) continue;
    const st = readSectionTable(text, t, profile);
    if (st) statements.push(st);
  }
  statements.push(...readSentences(text, root, profile));
  statements.sort((a, b) => a.span.start - b.span.start);

  const codeSpans = readCodeSpans(root);
  const { paragraphs, recommendations } = readParagraphs(text, root, sections, profile);
  const markers = readMarkers(text, paragraphs, codeSpans);
  const citations = readCitations(text, paragraphs, recommendations, codeSpans);
  const links = linkMarkers(text, markers, paragraphs, recommendations, citations, undefined, draftKey);
  const footnotes = readFootnotes(text, root, codeSpans);
  const acronyms = readAcronyms(text, root, codeSpans);

  return {
    text,
    profile,
    frontMatter,
    title,
    headings,
    sections,
    headline,
    statements,
    paragraphs,
    recommendations,
    markers,
    links,
    citations,
    footnoteReferences: footnotes.references,
    footnoteDefinitions: footnotes.definitions,
    contents,
    acronymIntroductions: acronyms.introductions,
    acronymUses: acronyms.uses,
    directives: readDirectives(text, codeSpans),
    codeSpans,
  };
}
