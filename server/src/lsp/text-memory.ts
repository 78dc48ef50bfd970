/**
 * Memory made ready for the versions of a long draft.
 *
 * The server decodes a long draft's text from its buffer on every keystroke
 * (`draft-document.ts`): a string of about 2 MB that Node.js keeps outside the
 * V8 heap, in memory from the C allocator. V8 frees such strings only at a
 * full collection, which it starts once about 64 MB of them has come, so
 * about thirty versions are freed together. With the GNU C library's default
 * thresholds, a 2 MB block is mapped afresh from the system and what a full
 * collection frees is given back to it, so the next versions land in fresh
 * pages again: about 500 page faults, 8 ms on this virtual machine, in one
 * keystroke of the tenfold benchmark draft in six (over stdio, 51 to 95 of
 * 300 keystrokes).
 *
 * Two steps, once per server (its session holds one `TextMemory`), after the
 * first check of a long draft (so that its first diagnostics are not held up):
 *
 * 1. A block of `RAISE_BYTES` is allocated and freed untouched. The C library
 *    maps a block that large of its own, and freeing a mapped block raises
 *    its thresholds to the block's size (at most 32 MB): blocks below it come
 *    from its heap, and freed memory is kept up to twice it. Untouched, the
 *    block never becomes resident.
 * 2. A turn later (once the first block is freed: V8 frees a buffer's memory
 *    after collecting it), `RESERVE_BYTES` are allocated in 1 MB pieces,
 *    touched and freed, so that the first thirty versions typed find their
 *    pages ready. This memory stays resident: the versions of a draft being
 *    typed into would take it anyway.
 *
 * Measured over stdio on the tenfold draft (300 keystrokes, two alternated
 * pairs): keystrokes meeting fresh pages fell from 51 to 95 to 1 or 2, and
 * p95 from 30.7 and 32.4 ms to 24.2 and 22.2 ms. Other C libraries keep or
 * return memory their own way; there the steps cost a quarter of a second
 * once and change nothing else, so they are taken on Linux only.
 */
import { minorCollection } from './idle-collection';
import { now } from '../util/clock';

/** Freed untouched, raises the GNU C library's thresholds to this size (`DEFAULT_MMAP_THRESHOLD_MAX` is 32 MB, the block's header included). */
export const RAISE_BYTES = 31 * 2 ** 20;
/** Touched and freed: about thirty versions of a 900 000-character draft. */
export const RESERVE_BYTES = 56 * 2 ** 20;
const PIECE_BYTES = 2 ** 20;
/** Between the steps: V8 frees a collected buffer's memory on a helper thread, soon after the collection. */
const STEP_GAP_MS = 20;

export interface TextMemoryHost {
  /** A buffer of `bytes`, not zero-filled (so not touched). */
  allocate(bytes: number): Buffer;
  /** Collects the young generation, where the buffers just dropped lie; null when V8's `gc` is not exposed. */
  readonly collect: (() => void) | null;
  /** Runs `f` after `ms`, without keeping the process alive. */
  later(f: () => void, ms: number): void;
  readonly platform: NodeJS.Platform;
}

const nodeHost: TextMemoryHost = {
  allocate: (bytes) => Buffer.allocUnsafeSlow(bytes),
  collect: minorCollection(),
  later: (f, ms) => void setTimeout(f, ms).unref(),
  platform: process.platform,
};

export class TextMemory {
  private started = false;

  constructor(
    /** Told when memory is ready: how many bytes were touched, and in how long. */
    private readonly ready: (bytes: number, ms: number) => void = () => {},
    private readonly host: TextMemoryHost = nodeHost,
  ) {}

  /** Whether the steps have been started (they are, at most once). */
  get prepared(): boolean {
    return this.started;
  }

  /** A draft held in a buffer (see `heldInBuffer`) was checked: the first time, memory is made ready for its versions. */
  longDraftChecked(): void {
    if (this.started || this.host.platform !== 'linux') return;
    this.started = true;
    this.host.later(() => {
      this.host.allocate(RAISE_BYTES);
      this.host.collect?.();
      this.host.later(() => this.reserve(), STEP_GAP_MS);
    }, 0);
  }

  private reserve(): void {
    const start = now();
    const pieces = touchPieces(this.host, RESERVE_BYTES);
    this.host.collect?.();
    this.ready(pieces * PIECE_BYTES, now() - start);
  }
}

/** Allocates and touches `bytes` in pieces, all alive together until this returns; gives how many. */
function touchPieces(host: TextMemoryHost, bytes: number): number {
  const pieces: Buffer[] = [];
  for (let n = 0; n < bytes; n += PIECE_BYTES) pieces.push(host.allocate(PIECE_BYTES).fill(0));
  return pieces.length;
}
