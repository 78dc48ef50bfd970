/**
 * Tokenizes text with the extension's TextMate grammar the way VS Code does
 * (vscode-textmate + oniguruma), with VS Code's Markdown grammar underneath.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { repoRoot } from './drafts';

export const SCOPE = 'text.html.markdown.inspection-report';
export const GRAMMAR_PATH = path.join(repoRoot, 'syntaxes', 'inspection-report.tmLanguage.json');

const grammarFiles: Record<string, string> = {
  [SCOPE]: GRAMMAR_PATH,
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
};

export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

function load(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        const file = grammarFiles[scopeName];
        if (!file) return null; // languages embedded in fenced code blocks: not needed
        return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
      },
    });
    const g = await registry.loadGrammar(SCOPE);
    if (!g) throw new Error(`grammar ${SCOPE} did not load`);
    return g;
  })();
  return grammar;
}

/** Every token of the text, line by line (0-based lines). */
export async function tokenize(text: string): Promise<Token[]> {
  const g = await load();
  const out: Token[] = [];
  let stack = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = g.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return out;
}

/** The tokens carrying a scope that starts with `prefix`. */
export function withScope(tokens: readonly Token[], prefix: string): Token[] {
  return tokens.filter((t) => t.scopes.some((s) => s === prefix || s.startsWith(prefix + '.')));
}
