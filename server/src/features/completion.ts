/**
 * Completion: grades in judgement tables and sentences, recommendation
 * numbers inside `(Recommendation `, and the profile's section titles for
 * headings and contents rows.
 */
import type { CompletionItem, Position } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import type { SectionDef } from '../profiles/profile-types';
import type { DocumentAnalysis } from '../lsp/document-analysis';
import { openingWords } from './navigation-model';

export const completionTriggers = [' ', '|', '#', '('];

export function completion(analysis: DocumentAnalysis, position: Position): CompletionItem[] {
  if (!analysis.isDraft) return [];
  const { report, ranges, text } = analysis;
  const offset = ranges.offset(position);
  const lineStart = ranges.index.lineStart(position.line);
  const before = text.slice(lineStart, offset);
  const profile = report.profile;

  // `(Recommendation ` or `(recommendations 5, `: the numbers of the recommendations.
  const marker = /\(\s*recommendations?\s+(?:\d+\s*(?:,|and)\s*)*(\d*)$/i.exec(before);
  if (marker) {
    const inParagraph = report.paragraphs.find((p) => offset >= p.span.start && offset <= p.span.end);
    return report.recommendations
      .filter((r) => r.number !== undefined)
      .map((r, i) => ({
        label: String(r.number),
        kind: CompletionItemKind.Reference,
        detail: openingWords(r.text, 80),
        documentation: r.text,
        // The recommendations of the paragraph's own part first.
        sortText: `${inParagraph && r.part !== inParagraph.part ? 1 : 0}${String(i).padStart(4, '0')}`,
      }));
  }

  // A heading: the profile's section titles at that depth.
  const heading = /^(#{2,6})\s+([^#]*)$/.exec(before);
  if (heading) {
    const depth = heading[1].length;
    return sectionTitles(profile.sections).filter((d) => d.depth === depth || (d.depth === undefined && depth === 2)).map((d) => ({
      label: d.title,
      kind: CompletionItemKind.Module,
      detail: d.required ? 'Required section' : 'Section',
    }));
  }

  if (/^\s*\|/.test(before)) {
    const cells = before.split('|').length - 1;
    const inContents = report.contents && offset >= report.contents.span.start && offset <= report.contents.span.end + 1;
    if (inContents && cells === 1) {
      return sectionTitles(profile.sections).filter((d) => d.contents).map((d) => ({ label: d.title, kind: CompletionItemKind.Module, detail: 'Section' }));
    }
    // The second cell of a judgement table row: a grade as written in a table.
    if (cells >= 2 && !inContents) {
      return profile.grades.flatMap((g) => [g.label, ...(g.tableForms ?? [])].map((label, i) => ({ label, kind: CompletionItemKind.EnumMember, detail: 'Grade', sortText: `${g.id}${i}` })));
    }
    return [];
  }

  // A judgement sentence: `... is`, `... are`, `... is that it`.
  if (/\b(is|are|be|it)\s+[a-z ]*$/i.test(before) && isJudgementLine(analysis, before)) {
    return profile.grades.flatMap((g) => g.sentenceForms.map((label) => ({ label, kind: CompletionItemKind.EnumMember, detail: `Grade: ${g.label}` })));
  }
  return [];
}

function isJudgementLine(analysis: DocumentAnalysis, before: string): boolean {
  const words = before.toLowerCase();
  if (/\bjudgement\b/.test(words)) return true;
  return analysis.report.profile.areas.some((a) => [a.label, ...(a.aliases ?? [])].some((n) => words.includes(n.toLowerCase().replace(/^the /, ''))));
}

function sectionTitles(defs: readonly SectionDef[]): SectionDef[] {
  const out: SectionDef[] = [];
  const seen = new Set<string>();
  const walk = (ds: readonly SectionDef[]) => {
    for (const d of ds) {
      const key = `${d.depth}:${d.title}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(d);
      }
      walk(d.children ?? []);
    }
  };
  walk(defs);
  return out;
}
