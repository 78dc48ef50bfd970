/**
 * Collecting short-lived memory while the writer is between keystrokes.
 *
 * A check of a draft leaves a megabyte or so in V8's young generation. When
 * that fills, V8 stops the program to collect it (a scavenge: everything
 * still alive there is copied, 1 to 5 ms on a two-core machine with many
 * drafts open), and left to V8 that happens in the middle of about one check
 * in four, whose diagnostics then come that much later. With fifty drafts
 * open, the checks of the last few drafts edited are still alive, and such
 * collections were most of the slowest keystrokes.
 *
 * A writer types a few characters a second and a check takes a few
 * milliseconds, so there is time between them: once nothing has happened for
 * `QUIET_MS`, the young generation is collected then, if it holds more than
 * `MIN_USED_BYTES`. The next check starts with it nearly empty and seldom
 * fills it. Typing faster than that, or a client sending edits back to back,
 * leaves no quiet gap, and nothing changes.
 *
 * This needs V8's `gc`, which it gives only with `--expose-gc`: the server's
 * loader sets that (`v8-flags.ts`). Without it (the engine loaded some other
 * way) nothing is collected here.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { now } from '../util/clock';

/** How long nothing must happen before collecting: far less than the time between keystrokes, far more than a check. */
export const QUIET_MS = 30;
/** Below this much in the young generation, a check made little garbage and there is nothing worth collecting. */
export const MIN_USED_BYTES = 256 * 1024;

type Collect = () => void;

let minor: Collect | null | undefined;

/** V8's collection of the young generation, when `--expose-gc` was set; else null. */
export function minorCollection(): Collect | null {
  if (minor === undefined) {
    minor = null;
    try {
      // `gc` is put in contexts made after the option was set: the loader's own came before it.
      const gc = runInNewContext('typeof gc === "function" ? gc : undefined') as ((options: { type: 'minor' }) => void) | undefined;
      if (gc) minor = () => gc({ type: 'minor' });
    } catch {
      // No `gc`: nothing is collected here.
    }
  }
  return minor;
}

/** Bytes in use in the young generation. */
export function youngBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? 0;
}

/** What one collection did: bytes in use in the young generation before and after, and how long it took. */
export interface Collected {
  readonly before: number;
  readonly after: number;
  readonly ms: number;
}

export class IdleCollection {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly collected: (c: Collected) => void = () => {},
    private readonly collect: Collect | null = minorCollection(),
    private readonly quietMs = QUIET_MS,
    private readonly used: () => number = youngBytes,
  ) {}

  /** Something happened (an edit, a check): collect once nothing has for `quietMs`. */
  activity(): void {
    if (!this.collect || this.stopped) return;
    if (this.timer) {
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => this.quiet(), this.quietMs);
    // Never what keeps the server running.
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private quiet(): void {
    this.timer = undefined;
    if (this.stopped || !this.collect) return;
    const before = this.used();
    if (before < MIN_USED_BYTES) return;
    const t0 = now();
    try {
      this.collect();
    } catch {
      // A V8 whose `gc` takes other options: leave collecting to V8, as without it.
      this.stop();
      return;
    }
    this.collected({ before, after: this.used(), ms: now() - t0 });
  }
}
