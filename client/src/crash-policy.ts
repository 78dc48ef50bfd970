/**
 * What to do when the language server dies: restart it, say so once, and give
 * up (with a button to the output) only when it keeps dying.
 */
export interface CrashDecision {
  readonly restart: boolean;
  /** A message for the writer, or undefined to stay quiet. */
  readonly message?: string;
  /** The message is an error (the server was not restarted). */
  readonly error?: boolean;
}

export class CrashPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(
    /** Restarts allowed within the window before giving up. */
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** The server's connection closed unexpectedly at `now` (ms). */
  closed(now: number): CrashDecision {
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    if (this.crashes.length > this.maxRestarts) {
      return {
        restart: false,
        error: true,
        message: `The inspection report server stopped ${this.crashes.length} times in ${Math.round(this.windowMs / 60000)} minutes and will not be restarted. Run "Inspection Report: Restart Language Server" once the cause is fixed`,
      };
    }
    if (this.told) return { restart: true };
    this.told = true;
    return { restart: true, message: 'The inspection report server stopped unexpectedly and was restarted' };
  }

  /** A restart asked for by the writer starts afresh. */
  reset(): void {
    this.crashes.length = 0;
  }
}

/** Shows each distinct error to the writer once per session. */
export class OnceOnly {
  private readonly seen = new Set<string>();

  /** True the first time a key is seen. */
  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}
