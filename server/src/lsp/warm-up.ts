/**
 * Getting the server ready before the first draft arrives.
 *
 * - `prepareEngine` (at `initialize`): one-time work the first draft would
 *   otherwise wait for: compiling the JSON Schemas of config files and
 *   profile files (Ajv generates and compiles code, tens of milliseconds
 *   each) and resolving the default profile.
 * - `WarmUp` (after `initialized`, while no document is open): the parser,
 *   model and rules run a few times over a small draft made from the
 *   profile, so that V8 has compiled and optimised them when the first real
 *   draft comes. A fresh process parses a draft about three times slower
 *   the first time than once warm. Each step is one short analysis, and
 *   steps stop as soon as a document is opened: a draft never waits for
 *   more than one step, and the warm-up never runs once the writer is at
 *   work. Nothing of it is kept but the compiled code.
 */
import { analyse } from '../engine/analyse';
import { prepareConfigValidation } from '../engine/config-file';
import type { Profile, SectionDef } from '../profiles/profile-types';
import { defaultProfile } from '../profiles/profiles';
import { prepareProfileValidation } from '../profiles/validate-profile';

/** One-time preparation, done while the client waits for `initialize` rather than on the first open. */
export function prepareEngine(): void {
  prepareConfigValidation();
  prepareProfileValidation();
  defaultProfile();
}

/** Steps of the warm-up: each is one analysis of the sample draft (a few milliseconds once warm). */
const WARM_UP_STEPS = 20;
/**
 * Wait this long after `initialized` before the first step. An editor that
 * started the server because a draft was opened sends it at once; the first
 * (cold) step would only delay that draft, so the warm-up is for a server
 * started ahead of the first draft (a workspace with drafts in it).
 */
const WARM_UP_DELAY_MS = 250;

/**
 * A small draft in the shape the profile describes: front matter, a
 * headline table, every section, judged sections with their one-row table,
 * numbered recommendations and findings with markers, citations, acronyms,
 * a footnote and a link. Its content means nothing; it only makes the
 * engine run the code a real draft runs.
 */
export function sampleDraft(profile: Profile, findingsPerSection = 3): string {
  const grade = (i: number) => profile.grades[i % profile.grades.length].label;
  const out: string[] = ['---', `profile: ${profile.id}`, 'authority: Sample Borough', '---', '', '# Sample Borough', ''];
  out.push('Inspection of services for children in need of help and protection[^1]', '');
  const headline = profile.areas.filter((a) => a.headline);
  out.push(`| Children's services in Sample Borough are ${profile.grades[1 % profile.grades.length].sentenceForms[0]} | |`, '| --- | --- |');
  for (const [i, a] of headline.slice(1).entries()) out.push(`| ${a.number ? `${a.number}. ` : ''}${a.label} | ${grade(i)} |`);
  out.push('');
  // Paragraphs are numbered 1 to N through the whole report, recommendations included.
  let paragraph = 0;
  const sentence = (n: number) =>
    `Managers in the multi-agency safeguarding hub (MASH) review plans for children looked after, and the MASH makes *timely* decisions ` +
    `(see paragraph ${Math.max(1, n - 1)} and [the guidance](https://example.org/guidance-${n})).`;
  const section = (s: SectionDef): void => {
    out.push(`${'#'.repeat(s.depth)} ${s.title}`, '');
    const area = s.judgement ? profile.areas.find((a) => a.id === s.judgement) : undefined;
    if (area) out.push(`| ${s.title} | ${grade(paragraph)} |`, '| --- | --- |', '');
    if (s.role === 'recommendations') {
      for (let i = 0; i < 2; i++) out.push(`${++paragraph}. Ensure that plans for children looked after are reviewed and that the MASH records decisions (${i + 1}).`, '');
    } else if (s.role === 'findings' || area) {
      for (let i = 0; i < findingsPerSection; i++) {
        out.push(`${++paragraph}. ${sentence(paragraph)}${i % 3 === 0 ? ' (Recommendation)' : ''}`, '');
      }
    } else {
      out.push(sentence(paragraph), '', `- ${sentence(paragraph + 1)}`, `- Leaders know their services well.`, '');
    }
    for (const c of s.children ?? []) section(c);
  };
  for (const s of profile.sections) section(s);
  out.push('[^1]: A footnote, defined once and referenced once.', '');
  return out.join('\n');
}

/** Warms the engine up in short steps while `idle()` holds; stops for good once it does not. */
export class WarmUp {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly idle: () => boolean,
    private readonly profile: () => Profile = defaultProfile,
  ) {}

  start(): void {
    let text: string | undefined;
    let step = 0;
    const next = (): void => {
      this.timer = undefined;
      if (this.stopped || !this.idle() || step++ >= WARM_UP_STEPS) return;
      text ??= sampleDraft(this.profile());
      analyse(text, this.profile());
      // A timer, not a microtask: messages that arrived meanwhile (an open) are read before the next step.
      this.timer = setTimeout(next, 0);
    };
    this.timer = setTimeout(next, WARM_UP_DELAY_MS);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
