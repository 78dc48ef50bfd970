/**
 * Getting the server ready before the first draft arrives.
 *
 * - `prepareEngine` (at `initialize`): one-time work the first draft would
 *   otherwise wait for: resolving the default profile. (The validators of
 *   config files and profile files are generated ahead of time, by `npm run
 *   schema`: nothing to compile.)
 * - `WarmUp` (after `initialized`, and while the writer reads): the parser,
 *   model and rules run over sample drafts made from the profile, a short
 *   one (8 KB) and a long one (40 KB, parsed in pieces as a real draft is,
 *   then edited a character at a time through the incremental parser), so
 *   that V8 has compiled and optimised them when the writer needs them. A
 *   fresh process parses a draft three to four times slower the first time
 *   than once warm, and its first hundred keystrokes or so are slower too.
 *   Each step is one analysis, or a few keystrokes' worth. Steps pause as
 *   soon as a document is opened or edited, and go on only after a second
 *   without either (a writer reading the draft just opened): a draft or a
 *   keystroke never waits for more than one step, and typing never leaves
 *   room for one. Nothing of it is kept but the compiled code and what the
 *   caches hold of the samples, which ages out.
 */
import { analyse } from '../engine/analyse';
import { IncrementalAnalyser } from '../engine/incremental';
import type { Profile, SectionDef } from '../profiles/profile-types';
import { defaultProfile } from '../profiles/profiles';

/** One-time preparation, done while the client waits for `initialize` rather than on the first open. */
export function prepareEngine(): void {
  defaultProfile();
}

/** Steps of the warm-up: each is one analysis of the sample draft (a few milliseconds once warm). */
const WARM_UP_STEPS = 20;
/**
 * Wait this long after `initialized` before the first step. An editor that
 * started the server because a draft was opened sends it at once, and the
 * first (cold) step would only delay that draft: then the warm-up waits until
 * the writer pauses. A server started ahead of the first draft (a workspace
 * with drafts in it) warms up meanwhile.
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
/** The first steps analyse the short sample (the coldest steps, kept short). */
const SHORT_SAMPLE_STEPS = 4;
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
  if (step < SHORT_SAMPLE_STEPS) {
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

/** When the warm-up runs: after `initialized`, and after the writer's last open or edit. */
export interface WarmUpTiming {
  /** Wait this long after `initialized` before the first step (see `WARM_UP_DELAY_MS`). */
  readonly delayMs: number;
  /** After an open or an edit, go on only when there has been none for this long. */
  readonly quietMs: number;
}

/**
 * After an open or an edit, the warm-up waits for this long without either.
 * Typing leaves well under a second between keystrokes; a writer reading
 * the draft just opened, or thinking, leaves more.
 */
const WARM_UP_QUIET_MS = 1_000;

/**
 * Warms the engine up in `WARM_UP_STEPS` short steps, one per timer tick,
 * while the writer is not at work: `activity()` (an open, an edit) puts the
 * next step off until there has been none for `quietMs`. Once a draft has
 * been read, the short sample's steps are skipped: reading the draft ran
 * that code. Ends after the last step, or for good at `stop()`.
 */
export class WarmUp {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private step = 0;
  private drafts = false;
  // Made at the first step, let go with the last (or when the warm-up stops).
  private samples: Samples | undefined;

  constructor(
    private readonly profile: () => Profile = defaultProfile,
    private readonly timing: WarmUpTiming = { delayMs: WARM_UP_DELAY_MS, quietMs: WARM_UP_QUIET_MS },
  ) {}

  /** Steps done so far (for tests). */
  get steps(): number {
    return this.step;
  }

  start(): void {
    this.schedule(this.timing.delayMs);
  }

  /** The writer opened or edited a document: no step until there has been no such thing for a while. */
  activity(): void {
    this.drafts = true;
    if (this.stopped || this.step >= WARM_UP_STEPS) return;
    this.schedule(this.timing.quietMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.release();
  }

  /** Lets the samples go, and what the engine keeps between versions of the edited one. */
  private release(): void {
    this.samples?.editor.forget();
    this.samples = undefined;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.next(), delay);
  }

  private next(): void {
    this.timer = undefined;
    if (this.stopped || this.step >= WARM_UP_STEPS) {
      this.release();
      return;
    }
    // A draft has been read: its reading compiled what the short sample would.
    if (this.drafts && this.step < SHORT_SAMPLE_STEPS) this.step = SHORT_SAMPLE_STEPS;
    const profile = this.profile();
    this.samples ??= { short: sampleDraft(profile), long: sampleDraft(profile, LONG_SAMPLE_FINDINGS), editor: new IncrementalAnalyser() };
    warmUpStep(this.step++, profile, this.samples);
    if (this.step >= WARM_UP_STEPS) {
      this.release();
      return;
    }
    // A timer, not a microtask: messages that arrived meanwhile (an open, a keystroke) are read before the next step.
    this.schedule(0);
  }
}
