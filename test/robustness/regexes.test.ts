/**
 * Every regular expression in the rules and the model, run against long
 * adversarial strings (runs of each character it mentions, of words, spaces,
 * digits and punctuation): none may backtrack catastrophically. They run in
 * a process of their own, so a hang names its expression instead of hanging
 * the tests.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.join(__dirname, '..', '..');
/** Generous: on strings of 2 000 characters a linear or quadratic expression takes milliseconds; exponential or cubic backtracking takes minutes. */
const PER_EXPRESSION_MS = 3_000;

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexLiterals(dir: string): Found[] {
  const out: Found[] = [];
  for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts'))) {
    const rel = `${dir}/${file}`;
    const text = readFileSync(path.join(root, rel), 'utf8');
    const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${rel}:${line} ${lit.length > 80 ? lit.slice(0, 80) + '…' : lit}`, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('regular expressions against adversarial strings', function () {
  this.timeout(300_000);
  const found = [...regexLiterals('server/src/rules'), ...regexLiterals('server/src/model'), ...regexLiterals('server/src/engine'), ...regexLiterals('server/src/parse')];

  it('finds the expressions to check', () => {
    assert.ok(found.length > 10, `found only ${found.length}`);
  });

  it('runs each of them in bounded time', () => {
    const r = spawnSync(process.execPath, [path.join(__dirname, 'regex-check.js')], {
      input: JSON.stringify(found),
      encoding: 'utf8',
      timeout: Math.max(60_000, found.length * PER_EXPRESSION_MS),
      maxBuffer: 16 * 1024 * 1024,
    });
    const lines = r.stdout.trim().split('\n');
    const started = lines.filter((l) => l.startsWith('start ')).map((l) => l.slice(6));
    const done = lines.filter((l) => l.startsWith('done ')).map((l) => /^done (\d+) (.*)$/.exec(l)!);
    if (done.length < started.length) assert.fail(`No answer from ${started[started.length - 1]} (backtracking?)`);
    assert.equal(r.status, 0, r.stderr);
    const slow = done.filter((m) => Number(m[1]) > PER_EXPRESSION_MS).map((m) => `${m[2]}: ${m[1]} ms`);
    assert.deepEqual(slow, []);
    assert.equal(done.length, found.length);
  });
});
