/**
 * Headings and the section tree, matched against the profile's sections.
 */
import type { Heading as MdHeading, Root } from 'mdast';
import type { Profile, SectionDef } from '../profiles/profile-types';
import { movedBy, plainText, spanOf } from '../parse/mdast';
import type { Heading, Part, Section } from './types';
import { normaliseName } from './normalise';
import { moveSpan } from '../util/positions';

/**
 * Each heading's record as last read, by node: the parser gives back the node
 * of a heading an edit did not touch, moved with what follows the edit, and
 * its record is moved in place with it (as block readings are: see
 * `blocks.ts`), its title not read again.
 */
const lastRead = new WeakMap<MdHeading, Heading>();

export function readHeadings(text: string, root: Root): Heading[] {
  const out: Heading[] = [];
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    out.push(headingOf(text, node));
  }
  return out;
}

/** A heading node's title, from its record when the model has read it (as `readHeadings` has, for the draft's headings). */
export function titleOf(node: MdHeading): string {
  return lastRead.get(node)?.title ?? plainText(node).trim();
}

function headingOf(text: string, node: MdHeading): Heading {
  const known = lastRead.get(node);
  const by = known && movedBy(node, known.span);
  if (known && by !== undefined) {
    if (by !== 0) {
      moveSpan(known.span, by);
      moveSpan(known.titleSpan, by);
    }
    return known;
  }
  const heading = toHeading(text, node);
  lastRead.set(node, heading);
  return heading;
}

function toHeading(text: string, node: MdHeading): Heading {
  const span = spanOf(node);
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  let titleSpan = first && last ? { start: spanOf(first).start, end: spanOf(last).end } : { start: span.end, end: span.end };
  // Setext headings and trailing #s: keep the span on the heading's own first line.
  if (titleSpan.start < span.start) titleSpan = { start: span.start, end: span.end };
  return { kind: 'heading', depth: node.depth, title: plainText(node).trim(), span, titleSpan };
}

/** Whether two section paths (`Section.path`, `NumberedParagraph.sectionPath`) name the same section. */
export function samePath(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a heading titled `title` is the profile's section `def`: by its title, an alias, or one of its title patterns. */
export function matchesSection(def: SectionDef, title: string): boolean {
  return namesSection(def, title) || (def.titlePatterns ?? []).some((p) => titlePattern(p).test(normaliseName(title)));
}

/**
 * Whether `title` is the section's own title or an alias: what a contents row
 * names it by. Title patterns are for headings only (a row naming the board's
 * findings holds the board's name too).
 */
export function namesSection(def: SectionDef, title: string): boolean {
  const n = normaliseName(title);
  return normaliseName(def.title) === n || (def.aliases ?? []).some((a) => normaliseName(a) === n);
}

/** A profile's title pattern, compiled once. */
function titlePattern(source: string): RegExp {
  let re = titlePatterns.get(source);
  if (!re) titlePatterns.set(source, (re = new RegExp(source, 'iu')));
  return re;
}
const titlePatterns = new Map<string, RegExp>();

interface MutableSection {
  kind: 'section';
  heading: Heading;
  title: string;
  depth: number;
  span: { start: number; end: number };
  children: MutableSection[];
  profileId?: string;
  part: Part;
  path: number[];
  outOfPlace?: boolean;
}

/**
 * Builds the tree of `##`-and-deeper sections, in one pass over the headings.
 * A `#` heading opens nothing and leaves the tree as it is, but ends the
 * span of every section open before it.
 */
export function buildSections(text: string, headings: readonly Heading[], profile: Profile): Section[] {
  let tree = headings.length ? lastTrees.get(headings[0]) : undefined;
  if (!tree || tree.profile !== profile || !sameHeadings(tree.headings, headings)) {
    tree = buildTree(headings, profile);
    if (headings.length) lastTrees.set(headings[0], tree);
  }
  setSpans(text, tree);
  return tree.top;
}

/**
 * The tree built last for a draft, by its first heading's record (each
 * draft's own): the heading records of a draft the edit did not touch are
 * the same objects from one keystroke to the next (`readHeadings`), and so
 * is then the tree, its spans set again in place. Building it again on every
 * keystroke was about 125 KB of garbage on the tenfold benchmark draft (197
 * headings). Like every record of the model, a section holds until the
 * draft's next analysis.
 */
interface BuiltTree {
  readonly headings: readonly Heading[];
  readonly profile: Profile;
  readonly top: MutableSection[];
  /** The section each heading opens (none for a `#` heading), by the heading's place. */
  readonly sections: readonly (MutableSection | undefined)[];
}

const lastTrees = new WeakMap<Heading, BuiltTree>();

function sameHeadings(a: readonly Heading[], b: readonly Heading[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Each section's span: from its heading to the next heading of its depth or a lower one (a `#` heading ends every section). */
function setSpans(text: string, tree: BuiltTree): void {
  /** Sections whose span no heading has ended yet: deeper ones last. */
  const open: MutableSection[] = [];
  tree.headings.forEach((h, i) => {
    const section = tree.sections[i];
    // The depth the heading stands at in the tree (a heading one level out of place stands where it belongs).
    const depth = section?.depth ?? h.depth;
    while (open.length && open[open.length - 1].depth >= depth) open.pop()!.span.end = trimEnd(text, h.span.start);
    if (!section) return;
    section.span.start = h.span.start;
    section.span.end = text.length;
    open.push(section);
  });
  for (const s of open) s.span.end = trimEnd(text, text.length);
}

/** A section open while the headings are read, with the profile's section it matched. */
interface Frame {
  readonly section: MutableSection;
  readonly def: SectionDef | undefined;
  /** The number of `#`s its heading stands for: as written, or one more or fewer for a heading out of place. */
  readonly level: number;
}

/**
 * The sections the headings open and how they nest, with the profile's
 * section each names (spans: `setSpans`).
 *
 * A heading one level out of place stands where its title says it belongs,
 * one level in or out (`Section.outOfPlace`, which `required-sections`
 * reports). One level too shallow: a `##` heading naming a part of the `##`
 * section before it, when it names no top-level section still to come in the
 * profile's order (`## Recommendations` after the board's heading, where the
 * report's own recommendations came long before). One level too deep: a
 * `###` heading naming, by its title or an alias, a top-level section that
 * comes later in the profile's order, which no `##` heading names, where its
 * parent has no such part (`### Recommendations` under `## The local
 * authority`). Read as written, either had cost the section its role (the
 * board's recommendations read as the local authority's), and the one slip
 * had been reported as several sections missing and repeated. Headings after
 * it nest by the level it stands for: the board's `### Inspection findings`
 * after its `## Recommendations` is the board's part, not the
 * recommendations'. A `#` heading ends every section before it.
 */
function buildTree(headings: readonly Heading[], profile: Profile): BuiltTree {
  const top: MutableSection[] = [];
  const sections: (MutableSection | undefined)[] = [];
  /** The sections a later heading may nest in. */
  const stack: Frame[] = [];
  /** The last top-level section, which a `##` heading one level too shallow belongs to. */
  let lastTop: Frame | undefined;
  const namedLater = topLevelNames(headings, profile);
  headings.forEach((h, i) => {
    if (h.depth < 2) {
      sections.push(undefined);
      stack.length = 0;
      lastTop = undefined;
      return;
    }
    while (stack.length && stack[stack.length - 1].level >= h.depth) stack.pop();
    let parent: Frame | undefined = stack[stack.length - 1];
    let level = h.depth;
    if (!parent && lastTop && tooShallow(profile, lastTop, h.title)) {
      parent = lastTop;
      stack.push(lastTop);
      level = h.depth + 1;
    }
    let def = matchDef(profile, parent, h.title);
    if (!def && parent && parent.section.depth === 2 && parent.level === h.depth - 1) {
      const lifted = tooDeep(profile, parent, top, h.title);
      if (lifted && !((namedLater.get(lifted.id) ?? -1) > i)) {
        parent = undefined;
        stack.length = 0;
        def = lifted;
        level = h.depth - 1;
      }
    }
    const siblings = parent ? parent.section.children : top;
    const section: MutableSection = {
      kind: 'section',
      heading: h,
      title: h.title,
      // Its depth in the tree: its parent's and one, however many `#`s stand between them.
      depth: parent ? parent.section.depth + 1 : 2,
      span: { start: h.span.start, end: h.span.start },
      children: [],
      profileId: def?.id,
      part: def?.part ?? parent?.section.part ?? 'local-authority',
      path: [...(parent?.section.path ?? []), siblings.length],
      ...(level !== h.depth ? { outOfPlace: true } : {}),
    };
    siblings.push(section);
    sections.push(section);
    const frame = { section, def, level };
    stack.push(frame);
    if (!parent) lastTop = frame;
  });
  return { headings: [...headings], profile, top, sections };
}

/** For each top-level profile section a `##` heading names, the place of the last such heading. */
function topLevelNames(headings: readonly Heading[], profile: Profile): Map<string, number> {
  const out = new Map<string, number>();
  headings.forEach((h, i) => {
    if (h.depth !== 2) return;
    const def = matchDef(profile, undefined, h.title);
    if (def) out.set(def.id, i);
  });
  return out;
}

/**
 * Whether a top-level heading titled `title` is a part of the top-level
 * section before it: it names one of that section's parts, and no top-level
 * section still to come (one it names comes before, or is that section).
 */
function tooShallow(profile: Profile, last: Frame, title: string): boolean {
  if (!last.def?.children || !matchDef(profile, last, title)) return false;
  const own = matchDef(profile, undefined, title);
  return !own || profile.sections.indexOf(own) <= profile.sections.indexOf(last.def);
}

/**
 * The top-level section a heading under a top-level section names by its
 * title or an alias (a title pattern is looser: the board's finds a
 * subsection about the board), when it is not a part of that section but a
 * section of its own, later in the profile's order, not yet met.
 */
function tooDeep(profile: Profile, parent: Frame, top: readonly MutableSection[], title: string): SectionDef | undefined {
  if (!parent.def) return undefined;
  const own = matchDef(profile, undefined, title);
  if (!own || (own.depth ?? 2) !== 2 || !namesSection(own, title)) return undefined;
  if (profile.sections.indexOf(own) <= profile.sections.indexOf(parent.def)) return undefined;
  return top.some((s) => s.profileId === own.id) ? undefined : own;
}

function matchDef(profile: Profile, parent: { def: SectionDef | undefined } | undefined, title: string): SectionDef | undefined {
  if (parent && !parent.def?.children) return undefined;
  // Where the heading nests: the profile's top level, or the children of its parent's section.
  const among = parent ? parent.def! : profile;
  let byTitle = matchedDefs.get(among);
  if (!byTitle) matchedDefs.set(among, (byTitle = new Map()));
  let out = byTitle.get(title);
  if (out === undefined) {
    if (byTitle.size >= MAX_MATCHED_TITLES) byTitle.clear();
    out = (parent ? parent.def!.children! : profile.sections).find((d) => matchesSection(d, title)) ?? null;
    byTitle.set(title, out);
  }
  return out ?? undefined;
}

/**
 * The section each heading title names, by where it nests (a profile, or a
 * section definition whose children it may be): the tree is built again on
 * every keystroke, and matching each of the tenfold benchmark draft's 197
 * headings against the profile's definitions made about 100 KB of garbage.
 */
const matchedDefs = new WeakMap<Profile | SectionDef, Map<string, SectionDef | null>>();
/** Titles typed into a heading come one version a keystroke; past this many for one place the table starts again. */
const MAX_MATCHED_TITLES = 4_096;

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Every section, depth-first, parents before children. */
export function flattenSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const visit = (list: readonly Section[]) => {
    for (const s of list) {
      out.push(s);
      visit(s.children);
    }
  };
  visit(sections);
  return out;
}

/** The innermost section holding an offset. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  for (const s of sections) {
    if (offset >= s.span.start && offset <= s.span.end) return sectionAt(s.children, offset) ?? s;
  }
  return undefined;
}

/** The section and its ancestors, outermost first. */
export function sectionChain(sections: readonly Section[], offset: number): Section[] {
  const chain: Section[] = [];
  let list = sections;
  for (;;) {
    const s = list.find((x) => offset >= x.span.start && offset <= x.span.end);
    if (!s) return chain;
    chain.push(s);
    list = s.children;
  }
}
