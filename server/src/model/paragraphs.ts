/**
 * Numbered paragraphs (the single 1..N sequence) and recommendations.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import { movedBy, plainText, spanOf, writtenNumber } from '../parse/mdast';
import type { NumberedParagraph, Recommendation, Section, Span } from './types';
import { moveSpan } from '../util/positions';
import { samePath, sectionChain } from './sections';
import type { Profile, SectionDef } from '../profiles/profile-types';

function roleOfChain(profile: Profile, chain: readonly Section[]): 'recommendation' | 'finding' {
  for (let i = chain.length - 1; i >= 0; i--) {
    const def = defOf(profile, chain[i]);
    if (def?.role === 'recommendations') return 'recommendation';
    if (def?.role === 'findings') return 'finding';
  }
  return 'finding';
}

const flatDefs = new WeakMap<readonly SectionDef[], SectionDef[]>();

/** A profile's section definitions, nested ones included (the same array for the same profile). */
export function flattenDefs(defs: readonly SectionDef[]): SectionDef[] {
  let out = flatDefs.get(defs);
  if (!out) flatDefs.set(defs, (out = defs.flatMap((d) => [d, ...flattenDefs(d.children ?? [])])));
  return out;
}

/** The profile's section a section of the draft matched, if any. */
function defOf(profile: Profile, section: Section | undefined): SectionDef | undefined {
  const id = section?.profileId;
  return id ? flattenDefs(profile.sections).find((d) => d.id === id) : undefined;
}

/** Whether a numbered paragraph of the report has the number `n` (and, when given, the role). */
export function hasNumbered(paragraphs: readonly NumberedParagraph[], n: number, role?: NumberedParagraph['role']): boolean {
  for (const p of paragraphs) if (p.number === n && (role === undefined || p.role === role)) return true;
  return false;
}

/**
 * The text of a list item, by item: the incremental parser gives back the
 * same item for a finding an edit did not touch, and its text is the same.
 */
const bodies = new WeakMap<ListItem, string>();

function bodyOf(item: ListItem): string {
  let out = bodies.get(item);
  if (out === undefined) bodies.set(item, (out = plainText(item).trim()));
  return out;
}

/** Whether numbered paragraphs stand in the innermost section of `chain` (see `SectionDef.numbered`). */
function numberedChain(profile: Profile, chain: readonly Section[]): boolean {
  for (let i = chain.length - 1; i >= 0; i--) {
    const def = defOf(profile, chain[i]);
    if (def?.role) return true;
    if (def?.numbered !== undefined) return def.numbered;
  }
  return true;
}

/**
 * The ordered lists that are their sections' own, not numbered paragraphs: a
 * list from 1 where numbered paragraphs do not stand (a numbered list in the
 * summary for children), and the rest of such a list after a paragraph that
 * split it, when the numbered paragraphs start at 1 elsewhere, unless it is
 * where they start: before they have started where they stand, with the next
 * list there carrying on from it (the recommendations under a lost heading,
 * followed by finding 11, are numbered paragraphs; ten items in the summary
 * for children after the recommendations 1 to 10 are not).
 */
function ownLists(text: string, lists: readonly { list: List; chain: Section[] }[], profile: Profile): Set<List> {
  const own = new Set<List>();
  const numbered = lists.map(({ list, chain }) => list.ordered === true && numberedChain(profile, chain));
  if (!lists.some(({ list }, i) => numbered[i] && list.start === 1)) return own;
  /** The last own list's section and its last number. */
  let last: { section: Section | undefined; number: number } | undefined;
  /** Whether the numbered paragraphs have started at 1 already, where they stand. */
  let started = false;
  lists.forEach(({ list, chain }, i) => {
    if (numbered[i] && list.start === 1) started = true;
    if (list.ordered !== true || numbered[i] || list.children.length === 0) return;
    const section = chain[chain.length - 1];
    const start = list.start ?? 1;
    if (start !== 1 && !(last && last.section === section && start === last.number + 1)) return;
    const end = writtenNumber(text, list.children[list.children.length - 1])?.value ?? start + list.children.length - 1;
    const next = lists.findIndex((_, j) => j > i && numbered[j]);
    if (!started && next >= 0 && lists[next].list.start === end + 1) return;
    own.add(list);
    last = { section, number: end };
  });
  return own;
}

export function isRecommendationsSection(profile: Profile, chain: readonly Section[]): boolean {
  return defOf(profile, chain[chain.length - 1])?.role === 'recommendations';
}

/**
 * Each numbered item's paragraph (and recommendation) as last read, given
 * again while every field reads the same: the items before an edit, on most
 * keystrokes. A long draft's thousand paragraphs were made anew on every
 * keystroke, and kept until the next: about a fifth of what outlived a
 * collection of the young generation. The items after an edit are the same
 * nodes moved (the parser hands back the nodes of what an edit did not touch),
 * and their records are moved in place with them, as block readings are (see
 * `blocks.ts`).
 */
const lastRead = new WeakMap<ListItem, LastRead>();

interface LastRead {
  paragraph: NumberedParagraph;
  recommendation: Recommendation | undefined;
}

/** Moves an item's remembered records by `by`: each span once (a recommendation shares its paragraph's). */
function moveRead(known: LastRead, by: number): void {
  const { paragraph, recommendation } = known;
  moveSpan(paragraph.span, by);
  moveSpan(paragraph.numberSpan, by);
  if (recommendation && recommendation.span !== paragraph.span) moveSpan(recommendation.span, by);
}

function readsAs(
  p: NumberedParagraph,
  number: number,
  numberSpan: Span,
  span: Span,
  text: string,
  role: NumberedParagraph['role'],
  part: NumberedParagraph['part'],
  sectionPath: readonly number[],
  index: number,
  endsInText: boolean,
): boolean {
  return (
    p.endsInText === endsInText &&
    p.number === number &&
    p.index === index &&
    p.span.start === span.start &&
    p.span.end === span.end &&
    p.numberSpan.start === numberSpan.start &&
    p.numberSpan.end === numberSpan.end &&
    p.text === text &&
    p.role === role &&
    p.part === part &&
    samePath(p.sectionPath, sectionPath)
  );
}

/** Whether a list item's last block is a paragraph of its own ending in words, not a hard line break (see `NumberedParagraph.endsInText`). */
function endsInText(item: ListItem): boolean {
  const last = item.children[item.children.length - 1];
  return last?.type === 'paragraph' && last.children[last.children.length - 1]?.type !== 'break';
}

export interface ParagraphsAndRecommendations {
  readonly paragraphs: NumberedParagraph[];
  readonly recommendations: Recommendation[];
}

export function readParagraphs(text: string, root: Root, sections: readonly Section[], profile: Profile): ParagraphsAndRecommendations {
  const paragraphs: NumberedParagraph[] = [];
  const recommendations: Recommendation[] = [];
  /** Recommendations with no number (bullets, paragraphs), given their ids once all are known. */
  const unnumbered: (Omit<Recommendation, 'id'> & { id: string })[] = [];
  const lists: { list: List; chain: Section[] }[] = [];
  for (const node of root.children) if (node.type === 'list') lists.push({ list: node, chain: sectionChain(sections, spanOf(node).start) });
  const own = ownLists(text, lists, profile);
  for (const { list, chain } of lists) {
    if (own.has(list)) continue;
    const part = chain[chain.length - 1]?.part ?? 'local-authority';
    const role = roleOfChain(profile, chain);
    const inRecommendations = isRecommendationsSection(profile, chain);
    for (const item of list.children) {
      const body = bodyOf(item);
      if (list.ordered) {
        const known = lastRead.get(item);
        // The same item, where it was read or moved whole: its text, so its number, is as it was (no new spans to compare).
        const by = known && movedBy(item, known.paragraph.span);
        if (known && by) moveRead(known, by);
        let value: number;
        let numberSpan: Span;
        let span: Span;
        if (known && by !== undefined) {
          ({ number: value, numberSpan, span } = known.paragraph);
        } else {
          const n = writtenNumber(text, item);
          if (!n) continue;
          ({ value, span: numberSpan } = n);
          span = spanOf(item);
        }
        const index = paragraphs.length;
        const sectionPath = chain[chain.length - 1]?.path ?? [];
        const ends = endsInText(item);
        const paragraph: NumberedParagraph =
          known && readsAs(known.paragraph, value, numberSpan, span, body, role, part, sectionPath, index, ends)
            ? known.paragraph
            : { kind: 'paragraph', number: value, numberSpan, span, text: body, role, part, sectionPath, index, endsInText: ends };
        paragraphs.push(paragraph);
        let recommendation: Recommendation | undefined;
        if (role === 'recommendation') {
          recommendation =
            known?.paragraph === paragraph && known.recommendation
              ? known.recommendation
              : { kind: 'recommendation', id: String(value), number: value, part, span, text: body, paragraphIndex: index };
          recommendations.push(recommendation);
        }
        if (known?.paragraph !== paragraph || known.recommendation !== recommendation) lastRead.set(item, { paragraph, recommendation });
      } else if (inRecommendations) {
        unnumbered.push({ kind: 'recommendation', id: '', part, span: spanOf(item), text: body });
      }
    }
  }
  for (const { node, part } of plainRecommendations(text, root, sections, lists, profile)) {
    unnumbered.push({ kind: 'recommendation', id: '', part, span: spanOf(node), text: plainText(node).trim() });
  }
  if (unnumbered.length === 0) return { paragraphs, recommendations };
  // The bullets and paragraphs of each part, counted in the order they stand (`B1`, `B2`, ...), among the numbered.
  unnumbered.sort((a, b) => a.span.start - b.span.start);
  const counts = new Map<string, number>();
  for (const r of unnumbered) {
    const count = (counts.get(r.part) ?? 0) + 1;
    counts.set(r.part, count);
    r.id = `${r.part === 'board' ? 'B' : 'A'}${count}`;
    recommendations.push(r);
  }
  recommendations.sort((a, b) => a.span.start - b.span.start);
  return { paragraphs, recommendations };
}

/**
 * The paragraphs of a recommendations section that holds no list: a report
 * whose board made one recommendation, or whose conversion lost the bullets,
 * writes each as a paragraph of its own (less one that leads into them or
 * speaks of them). A section with a list has its recommendations in it, and
 * its paragraphs are prose about them.
 */
function plainRecommendations(text: string, root: Root, sections: readonly Section[], lists: readonly { list: List; chain: Section[] }[], profile: Profile): { node: RootContent; part: Section['part'] }[] {
  const out: { node: RootContent; part: Section['part'] }[] = [];
  const visit = (list: readonly Section[]) => {
    for (const s of list) {
      visit(s.children);
      if (defOf(profile, s)?.role !== 'recommendations') continue;
      if (lists.some(({ chain }) => chain.includes(s))) continue;
      const inChild = (offset: number) => s.children.some((c) => offset >= c.span.start && offset <= c.span.end);
      for (let i = firstAtOrAfter(root, s.span.start); i < root.children.length; i++) {
        const node = root.children[i];
        const start = spanOf(node).start;
        if (start > s.span.end) break;
        if (node.type === 'paragraph' && !inChild(start) && !aboutRecommendations(text, node)) out.push({ node, part: s.part });
      }
    }
  };
  visit(sections);
  return out;
}

/**
 * A paragraph that leads into the recommendations or speaks of them, not one
 * of them: `The LSCB should:`, `These recommendations apply to the
 * tri-borough board.` (One that only uses the word is one: `Ensure that the
 * recommendations of serious case reviews are acted on`.)
 */
function aboutRecommendations(text: string, node: RootContent): boolean {
  const s = spanOf(node);
  const words = text.slice(s.start, s.end).trim();
  return words.endsWith(':') || /^(?:(?:these|the|all|both|our|its|their) )?recommendations?\b/i.test(words);
}

/** The index of the first top-level node starting at or after `offset`, found by halving. */
function firstAtOrAfter(root: Root, offset: number): number {
  let lo = 0;
  let hi = root.children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(root.children[mid]).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The numbered paragraph whose item holds an offset. */
export function paragraphAt(paragraphs: readonly NumberedParagraph[], offset: number): NumberedParagraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (offset < p.span.start) hi = mid - 1;
    else if (offset > p.span.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}
