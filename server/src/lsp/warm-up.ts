/**
 * Getting the server ready before the first draft arrives.
 *
 * - `prepareEngine` (at `initialize`): one-time work the first draft would
 *   otherwise wait for: compiling the JSON Schemas of config files and
 *   profile files (Ajv generates and compiles code, tens of milliseconds
 *   each) and resolving the default profile.
 * - `WarmUp` (after `initialized`, while no document is open): the parser,
 *   model and rules run over sample drafts made from the profile, a short
 *   one (8 KB) and a long one (40 KB, parsed in pieces as a real draft is,
 *   then edited a character at a time through the incremental parser), so
 *   that V8 has compiled and optimised them when the first real draft
 *   comes. A fresh process parses a draft three to four times slower the
 *   first time than once warm. Each step is one analysis, or a few
 *   keystrokes' worth, and steps stop as soon as a document is opened: a
 *   draft never waits for more than one step, and the warm-up never runs
 *   once the writer is at work. Nothing of it is kept but the compiled code
 *   and what the caches hold of the samples, which ages out.
 */
import { analyse } from '../engine/analyse';
import { IncrementalAnalyser } from '../engine/incremental';
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

/** Findings per section of the long sample: about 40 KB, long enough to be parsed in pieces as a real draft is. */
const LONG_SAMPLE_FINDINGS = 40;
/** One-character edits per step on the long sample, through the incremental parser an open draft goes through. */
const EDITS_PER_STEP = 4;

interface Samples {
  readonly short: string;
  readonly long: string;
  readonly editor: IncrementalAnalyser;
}

/**
 * Step `step` of the warm-up: first the short sample whole (the coldest
 * steps, kept short), then the long sample whole and, in turn, a few
 * keystrokes on it, so that the code an open draft runs (parsing in
 * pieces, re-parsing a chunk, the model from what it remembers) is compiled
 * too. Nothing is kept but the compiled code and what the caches hold of the
 * samples, which ages out as drafts are read.
 */
function warmUpStep(step: number, profile: Profile, samples: Samples): void {
  if (step < 4) {
    analyse(samples.short, profile);
    return;
  }
  if (step % 2 === 0) {
    analyse(samples.long, profile);
    return;
  }
  let text = samples.long;
  samples.editor.analyse(text, profile);
  for (let k = 1; k <= EDITS_PER_STEP; k++) {
    const at = Math.floor((text.length * ((step * EDITS_PER_STEP + k) % 17)) / 17);
    text = `${text.slice(0, at)}e${text.slice(at)}`;
    samples.editor.analyse(text, profile);
  }
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
    let step = 0;
    // Made at the first step, let go with the last (or when the warm-up stops).
    let samples: Samples | undefined;
    const next = (): void => {
      this.timer = undefined;
      if (this.stopped || !this.idle() || step >= WARM_UP_STEPS) {
        samples = undefined;
        return;
      }
      const profile = this.profile();
      samples ??= { short: sampleDraft(profile), long: sampleDraft(profile, LONG_SAMPLE_FINDINGS), editor: new IncrementalAnalyser() };
      warmUpStep(step++, profile, samples);
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
