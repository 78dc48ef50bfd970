/**
 * Reads the extension's snippets and expands them as VS Code would when the
 * writer accepts every default: placeholders take their default text, choices
 * their first option (or the `pick`-th), tab stops nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './drafts';

export interface Snippet {
  readonly prefix: string | string[];
  readonly description: string;
  readonly body: string | string[];
}

export const SNIPPETS_PATH = path.join(repoRoot, 'snippets', 'inspection-report.code-snippets');

export function snippets(): Record<string, Snippet> {
  return JSON.parse(readFileSync(SNIPPETS_PATH, 'utf8'));
}

export function bodyOf(s: Snippet): string {
  return Array.isArray(s.body) ? s.body.join('\n') : s.body;
}

export interface Parsed {
  /** The text with every default accepted. */
  readonly text: string;
  /** Tab stop number -> default text (first definition wins, as in VS Code). */
  readonly stops: ReadonlyMap<number, string>;
  /** Tab stop number -> its choices. */
  readonly choices: ReadonlyMap<number, readonly string[]>;
}

/** Expands TextMate/VS Code snippet syntax: `$1`, `${1}`, `${1:default ${2:nested}}`, `${1|a,b|}`, `\$`. Throws on malformed syntax. */
export function expand(body: string, pick = 0): Parsed {
  const stops = new Map<number, string>();
  const choices = new Map<number, string[]>();
  let i = 0;
  function parse(until: string | undefined): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (until && c === until) return out;
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        const braced = /^\$\{(\d+)([:|}])/.exec(body.slice(i));
        if (simple) {
          i += simple[0].length;
          out += ref(Number(simple[1]));
        } else if (braced) {
          const n = Number(braced[1]);
          i += braced[0].length;
          if (braced[2] === '}') out += ref(n);
          else if (braced[2] === ':') {
            const inner = parse('}');
            expect('}');
            if (!stops.has(n)) stops.set(n, inner);
            out += stops.get(n)!;
          } else {
            const end = body.indexOf('|}', i);
            if (end < 0) throw new Error(`unclosed choice at ${i}`);
            const options = body.slice(i, end).split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
            i = end + 2;
            choices.set(n, options);
            if (!stops.has(n)) stops.set(n, options[Math.min(pick, options.length - 1)]);
            out += stops.get(n)!;
          }
        } else if (/^\$[A-Z_]/.test(body.slice(i))) {
          throw new Error(`variables are not used in these snippets: ${body.slice(i, i + 20)}`);
        } else {
          out += c;
          i++;
        }
      } else {
        out += c;
        i++;
      }
    }
    if (until) throw new Error(`expected ${until} before the end of the snippet`);
    return out;
  }
  function expect(ch: string) {
    if (body[i] !== ch) throw new Error(`expected ${ch} at ${i}`);
    i++;
  }
  function ref(n: number): string {
    if (!stops.has(n)) stops.set(n, '');
    return stops.get(n)!;
  }
  const text = parse(undefined);
  return { text, stops, choices };
}
