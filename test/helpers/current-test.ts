/** The title of the mocha test running now, kept by the root hooks (`root-hooks.ts`) for whoever needs to name it. */
let title: string | undefined;

export function setCurrentTest(t: string | undefined): void {
  title = t;
}

export function currentTest(): string {
  return title ?? 'outside a test';
}
