/**
 * The TextMate grammar highlights what matters in a draft, on real published
 * reports, the way VS Code tokenizes them (its Markdown grammar underneath).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpus, corpusNames, model, repoRoot } from '../helpers/drafts';
import { GRAMMAR_PATH, SCOPE, tokenize, withScope } from '../helpers/grammar';

const R = 'inspection-report';
const tokensOf = new Map<string, ReturnType<typeof tokenize>>();
function tokens(name: (typeof corpusNames)[number]): ReturnType<typeof tokenize> {
  if (!tokensOf.has(name)) tokensOf.set(name, tokenize(corpus(name)));
  return tokensOf.get(name)!;
}

describe('grammar', () => {
  it('is the grammar package.json contributes for the inspection-report language', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const g = pkg.contributes.grammars.find((x: { language: string }) => x.language === R);
    assert.equal(g.scopeName, SCOPE);
    assert.equal(path.resolve(repoRoot, g.path), GRAMMAR_PATH);
    assert.equal(JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')).scopeName, SCOPE);
  });

  it('passes the scope assertions on lines of the Sutton report (vscode-tmgrammar-test)', () => {
    const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
    const r = spawnSync(
      process.execPath,
      [cli, '-g', require.resolve('tm-grammars/grammars/markdown.json'), '-g', require.resolve('tm-grammars/grammars/yaml.json'), 'test/grammar/*.grammar.md'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /sutton-lines\.grammar\.md run successfuly/);
  });

  for (const name of corpusNames) {
    it(`marks the written number of every numbered paragraph of ${name}, and nothing else`, async () => {
      const text = corpus(name);
      const numbers = withScope(await tokens(name), `constant.numeric.paragraph-number.${R}`).map((t) => Number(t.text));
      assert.deepEqual(numbers, model(text).paragraphs.map((p) => p.number));
    });

    it(`marks every recommendation marker of ${name}`, async () => {
      const text = corpus(name);
      const marked = withScope(await tokens(name), `keyword.other.marker.recommendation.${R}`).map((t) => t.text.toLowerCase());
      const markers = model(text).markers.map((m) => (m.plural ? 'recommendations' : 'recommendation'));
      assert.deepEqual(marked, markers);
    });
  }

  it('gives every grade of the Sutton headline table its own scope', async () => {
    const rows = (await tokens('sutton-2017')).filter((t) => t.line >= 19 && t.line <= 26);
    const grades = withScope(rows, 'constant.language.grade').map((t) => `${t.text}=${t.scopes.at(-1)}`);
    assert.deepEqual(grades, [
      `good=constant.language.grade.good.${R}`,
      ...Array(3).fill(`Good=constant.language.grade.good.${R}`),
      `Requires improvement=constant.language.grade.requires-improvement.${R}`,
      `Good=constant.language.grade.good.${R}`,
    ]);
    assert.deepEqual(
      withScope(rows, `constant.numeric.judgement-number.${R}`).map((t) => t.text),
      ['1.', '2.', '2.1', '2.2', '3.'],
    );
  });

  it('highlights no grade in words that only contain one', async () => {
    const toks = await tokenize('Goodwill is high. The goods are inadequately stored.\n\n| Goodness | Goods |\n| --- | --- |\n');
    assert.deepEqual(withScope(toks, 'constant.language.grade'), []);
  });

  it('highlights grades in judgement sentences written in lower case, in their longer form', async () => {
    const toks = await tokenize("Children's services in Havering require improvement to be good\n");
    assert.deepEqual(
      withScope(toks, 'constant.language.grade').map((t) => t.text),
      ['require improvement to be good'],
    );
  });
});
