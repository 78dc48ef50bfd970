import type { Fix, Rule, RuleContext } from '../engine/types';
import type { SectionDef } from '../profiles/profile-types';
import type { Heading, Section, Span } from '../model/types';
import { flattenSections, matchesSection } from '../model/sections';
import { flattenDefs } from '../model/paragraphs';
import { editDistance } from '../model/grades';
import { normaliseName } from '../model/normalise';
import { RecentCache } from '../util/recent';
import { inOrder } from './sequence';

/**
 * The profile's sections stand in the profile's order, and every required
 * one is there: at the top level, and inside each profile section that is
 * there (the board part's children when the board part exists). Every
 * missing or misplaced section is reported, not just the first; a missing one
 * is fixed by inserting its heading, with its depth of `#`s, between the
 * neighbours it belongs between.
 */
export const requiredSections: Rule = {
  id: 'required-sections',
  description: 'Every section the profile requires is present, and the profile\'s sections are in its order',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: { ignore: [] },
  optionDocs: {
    ignore: 'Sections this draft may leave out, by id (`summary-for-children`) or title (`Summary for children and young people`)',
  },
  check(ctx: RuleContext) {
    const ignore = Array.isArray(ctx.options.ignore) ? ctx.options.ignore.map((x) => normaliseName(String(x))) : [];
    checkLevel(ctx, ctx.draft.sections, ctx.draft.profile.sections, undefined, ignore);
    checkJudgedSections(ctx, ignore);
  },
};

/**
 * A judged section the profile allows in several places, none of them
 * required (the framework's earlier layout: under the inspection judgements
 * heading, beside it, or under it written as a part of its own), must still
 * stand in one of them.
 */
function checkJudgedSections(ctx: RuleContext, ignore: readonly string[]): void {
  const defs = flattenDefs(ctx.draft.profile.sections);
  let sections: Section[] | undefined;
  const judgements = [...new Set(defs.flatMap((d) => (d.judgement ? [d.judgement] : [])))];
  for (const judgement of judgements) {
    const places = defs.filter((d) => d.judgement === judgement);
    if (places.length < 2 || places.some((d) => d.required)) continue;
    sections ??= flattenSections(ctx.draft.sections);
    if (places.some((d) => sections!.some((s) => s.profileId === d.id))) continue;
    const def = places[0];
    if (ignore.includes(normaliseName(def.id)) || ignore.includes(normaliseName(def.title))) continue;
    // At the heading the section belongs under, when there is one: the innermost, the last in the draft's order
    // (the inspection judgements heading, after the local authority's).
    const holders = new Set(defs.filter((d) => d.children?.some((c) => places.includes(c))).map((d) => d.id));
    const holder = sections.filter((s) => s.profileId !== undefined && holders.has(s.profileId)).pop();
    ctx.report({ span: holder?.heading.titleSpan ?? titleOrStart(ctx), message: `Expected section \`${def.title}\`, found none` });
  }
}

function checkLevel(ctx: RuleContext, siblings: readonly Section[], defs: readonly SectionDef[], parent: Section | undefined, ignore: readonly string[]): void {
  const defIndex = (s: Section) => defs.findIndex((d) => d.id === s.profileId);
  const present: Section[] = [];
  for (const s of siblings) {
    if (defIndex(s) < 0) continue;
    if (s.outOfPlace) reportDepth(ctx, s, defs[defIndex(s)], parent);
    const earlier = present.find((p) => p.profileId === s.profileId);
    if (earlier) {
      ctx.report({
        span: s.heading.titleSpan,
        message: `Expected section \`${s.title}\` once, found it again`,
        related: [{ span: earlier.heading.titleSpan, message: `Section \`${earlier.title}\` is here` }],
      });
      continue;
    }
    present.push(s);
  }

  const ordered = inOrder(present.map(defIndex));
  present.forEach((s, i) => {
    if (ordered.has(i)) return;
    const after = present.filter((p, j) => ordered.has(j) && defIndex(p) < defIndex(s)).pop();
    const before = present[i - 1];
    const want = after ? `after \`${after.title}\`` : 'first';
    const got = before ? `after \`${before.title}\`` : 'first';
    ctx.report({ span: s.heading.titleSpan, message: `Expected section \`${s.title}\` ${want}, found it ${got}` });
  });

  const anchors = present.filter((_, i) => ordered.has(i));
  defs.forEach((def, index) => {
    if (!def.required || present.some((s) => s.profileId === def.id)) return;
    if (ignore.includes(normaliseName(def.id)) || ignore.includes(normaliseName(def.title))) return;
    const next = anchors.find((s) => defIndex(s) > index);
    const previous = anchors.filter((s) => defIndex(s) < index).pop();
    const where =
      previous && next
        ? ` between \`${previous.title}\` and \`${next.title}\``
        : previous
          ? ` after \`${previous.title}\``
          : next
            ? ` before \`${next.title}\``
            : parent
              ? ` in \`${parent.title}\``
              : '';
    const misplaced = atWrongDepth(ctx, def, previous, next, parent);
    if (misplaced) {
      ctx.report({
        span: misplaced.titleSpan,
        message: `Expected section \`${def.title}\` as a \`${'#'.repeat(def.depth)}\` heading, found \`${'#'.repeat(misplaced.depth)}\``,
        fix: depthFix(ctx, misplaced, def.depth),
      });
      return;
    }
    const misspelt = misspeltTitle(siblings, def, previous, next);
    if (misspelt) {
      const plain = ctx.draft.text.slice(misspelt.heading.titleSpan.start, misspelt.heading.titleSpan.end) === misspelt.title;
      ctx.report({
        span: misspelt.heading.titleSpan,
        message: `Expected section \`${def.title}\`, found \`${misspelt.title}\``,
        fix: plain ? { title: `Rename \`${misspelt.title}\` to \`${def.title}\``, edits: [{ span: misspelt.heading.titleSpan, newText: def.title }] } : undefined,
      });
      return;
    }
    ctx.report({
      span: (next ?? previous ?? parent)?.heading.titleSpan ?? titleOrStart(ctx),
      message: `Expected section \`${def.title}\`${where}, found none`,
      // Made when asked for: while a section is missing, every keystroke reports it again.
      fix: () => insertHeading(ctx, def, next, previous, parent),
    });
  });

  for (const s of present) {
    const def = defs[defIndex(s)];
    if (def.children?.length) checkLevel(ctx, s.children, def.children, s, ignore);
  }
}

/**
 * A profile section whose heading is one level out of place: the model reads
 * it where it belongs (see `buildTree`), and this is its one problem.
 */
function reportDepth(ctx: RuleContext, s: Section, def: SectionDef, parent: Section | undefined): void {
  const where = parent ? `, a part of \`${parent.title}\`,` : '';
  ctx.report({
    span: s.heading.titleSpan,
    message: `Expected section \`${s.title}\`${where} as a \`${'#'.repeat(def.depth)}\` heading, found \`${'#'.repeat(s.heading.depth)}\``,
    fix: depthFix(ctx, s.heading, def.depth),
  });
}

/** Rewrites an ATX heading's `#`s (a setext heading, or one whose marks are indented, is left to the writer). */
function depthFix(ctx: RuleContext, heading: Heading, depth: number): Fix | undefined {
  const marks = ctx.draft.text.slice(heading.span.start, heading.titleSpan.start);
  if (!/^#+[ \t]+$/.test(marks)) return undefined;
  return { title: `Make \`${heading.title}\` a \`${'#'.repeat(depth)}\` heading`, edits: [{ span: { start: heading.span.start, end: heading.titleSpan.start }, newText: `${'#'.repeat(depth)} ` }] };
}

/** A section the profile does not know, between the right neighbours, whose title is a slip of the section's (`Recomendations`). */
function misspeltTitle(siblings: readonly Section[], def: SectionDef, previous: Section | undefined, next: Section | undefined): Section | undefined {
  const from = previous?.heading.span.start ?? -1;
  const to = next?.heading.span.start ?? Infinity;
  const names = [def.title, ...(def.aliases ?? [])];
  return siblings.find(
    (s) =>
      !s.profileId &&
      s.heading.span.start > from &&
      s.heading.span.start < to &&
      names.some((n) => {
        const d = titleDistance(normaliseName(s.title), normaliseName(n));
        return d > 0 && d <= 3 && d * 4 < n.length;
      }),
  );
}

/**
 * Edit distances between normalised titles, remembered: while a section is
 * missing, every keystroke compares each heading the profile does not know
 * with the section's names again (on Sutton, the largest part of the rules'
 * time per keystroke).
 */
const titleDistances = new RecentCache<string, number>(1_024);

function titleDistance(title: string, name: string): number {
  return titleDistances.remember(`${title}\u0000${name}`, () => editDistance(title, name));
}

/** A heading with the section's title at another depth, between the neighbours the section belongs between. */
function atWrongDepth(ctx: RuleContext, def: SectionDef, previous: Section | undefined, next: Section | undefined, parent: Section | undefined): Heading | undefined {
  const from = previous?.heading.span.end ?? parent?.heading.span.end ?? 0;
  const to = next?.heading.span.start ?? parent?.span.end ?? ctx.draft.text.length;
  return ctx.draft.headings.find((h) => h.depth >= 2 && h.depth !== def.depth && h.span.start >= from && h.span.start <= to && matchesSection(def, h.title));
}

function heading(def: SectionDef): string {
  return `${'#'.repeat(def.depth)} ${def.title}`;
}

/** Inserts the heading before the next section it belongs before, or after the one it follows. */
function insertHeading(ctx: RuleContext, def: SectionDef, next: Section | undefined, previous: Section | undefined, parent: Section | undefined): Fix {
  const title = `Insert heading \`${heading(def)}\``;
  if (next) return { title, edits: [{ span: at(next.heading.span.start), newText: `${heading(def)}\n\n` }] };
  const end = beforeFootnotes(ctx, previous?.span.end ?? parent?.span.end ?? trimmedEnd(ctx.draft.text));
  return { title, edits: [{ span: at(end), newText: end === 0 ? `${heading(def)}\n` : `\n\n${heading(def)}` }] };
}

/**
 * Footnote definitions gathered at the end of the report belong to no section:
 * a heading inserted at the end of the last section goes before them.
 */
function beforeFootnotes(ctx: RuleContext, end: number): number {
  const text = ctx.draft.text;
  if (text.slice(end).trim() !== '') return end;
  const defs = [...ctx.draft.footnoteDefinitions].sort((a, b) => a.span.start - b.span.start);
  let tail = end;
  for (let i = defs.length - 1; i >= 0; i--) {
    if (text.slice(defs[i].span.end, tail).trim() !== '') break;
    tail = defs[i].span.start;
  }
  return tail === end ? end : trimmedEnd(text.slice(0, tail));
}

function at(offset: number): Span {
  return { start: offset, end: offset };
}

/** Where `text` ends without its trailing white space (found from the end: a pattern would try every space in the draft). */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

function titleOrStart(ctx: RuleContext): Span {
  return ctx.draft.title?.titleSpan ?? at(0);
}
