/**
 * Headings and the section tree, matched against the profile's sections.
 */
import type { Heading as MdHeading, Root } from 'mdast';
import type { Profile, SectionDef } from '../profiles/profile-types';
import { plainText, spanOf } from '../parse/mdast';
import type { Heading, Part, Section } from './types';
import { normaliseName } from './normalise';

export function readHeadings(text: string, root: Root): Heading[] {
  const out: Heading[] = [];
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    out.push(toHeading(text, node));
  }
  return out;
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

export function matchesSection(def: SectionDef, title: string): boolean {
  const n = normaliseName(title);
  return normaliseName(def.title) === n || (def.aliases ?? []).some((a) => normaliseName(a) === n);
}

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
  def?: SectionDef;
}

/** Builds the tree of `##`-and-deeper sections. A `#` heading closes nothing and opens nothing. */
export function buildSections(text: string, headings: readonly Heading[], profile: Profile): Section[] {
  const top: MutableSection[] = [];
  const stack: MutableSection[] = [];
  for (const h of headings) {
    if (h.depth < 2) continue;
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : top;
    const def = matchDef(profile, parent, h.title, h.depth);
    const section: MutableSection = {
      kind: 'section',
      heading: h,
      title: h.title,
      depth: h.depth,
      span: { start: h.span.start, end: text.length },
      children: [],
      profileId: def?.id,
      part: def?.part ?? parent?.part ?? 'local-authority',
      path: [...(parent?.path ?? []), siblings.length],
      def,
    };
    siblings.push(section);
    stack.push(section);
  }
  closeSpans(text, top, headings);
  return top.map(strip);
}

function matchDef(profile: Profile, parent: MutableSection | undefined, title: string, depth: number): SectionDef | undefined {
  if (!parent) return profile.sections.find((d) => matchesSection(d, title));
  const fromParent = parent.def?.children?.find((d) => matchesSection(d, title));
  if (fromParent) return fromParent;
  return undefined;
}

function closeSpans(text: string, sections: MutableSection[], headings: readonly Heading[]): void {
  for (const s of sections) {
    const next = headings.find((h) => h.span.start > s.heading.span.start && h.depth <= s.depth && h.depth >= 1);
    s.span.end = trimEnd(text, next ? next.span.start : text.length);
    closeSpans(text, s.children, headings);
  }
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

function strip(s: MutableSection): Section {
  return {
    kind: 'section',
    heading: s.heading,
    title: s.title,
    depth: s.depth,
    span: s.span,
    children: s.children.map(strip),
    profileId: s.profileId,
    part: s.part,
    path: s.path,
  };
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
