/**
 * Runs the engine on one hostile input in a process of its own (so a hang or
 * a stack overflow cannot take the test runner with it) and prints what it found.
 *   node -r tsx/cjs test/robustness/hostile-case.ts <case>
 */
import { analyse } from '../../server/src/engine/analyse';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { corpus } from './edits';

export const hostileCases: Record<string, () => string> = {
  'a 20 MB draft': () => corpus('sutton-2017').repeat(Math.ceil(20_000_000 / corpus('sutton-2017').length)),
  'a 1 MB line': () => corpus('sutton-2017') + '\n' + 'word '.repeat(200_000) + '\n',
  '10 000 nested block quotes on one line': () => '> '.repeat(10_000) + 'x\n',
  '1 000 nested block quotes over lines': () => Array.from({ length: 1_000 }, (_, i) => '>'.repeat(i + 1) + ' x').join('\n') + '\n',
  '10 000 nested lists on one line': () => '- '.repeat(10_000) + 'x\n',
  '1 000 nested lists over lines': () => Array.from({ length: 1_000 }, (_, i) => ' '.repeat(2 * i) + '- x').join('\n') + '\n',
  'a table with 10 000 columns': () => '# T\n\n|' + ' a |'.repeat(10_000) + '\n|' + ' - |'.repeat(10_000) + '\n|' + ' Good |'.repeat(1_400) + '\n',
  'a table with 1 000 columns': () => '# T\n\n|' + ' a |'.repeat(1_000) + '\n|' + ' - |'.repeat(1_000) + '\n|' + ' Good |'.repeat(1_000) + '\n',
  'a paragraph of 8 000 brackets': () => '['.repeat(4_000) + 'x' + ']'.repeat(4_000) + '\n',
  'a paragraph of nested links': () => Array.from({ length: 100 }, () => '[a'.repeat(15) + '](u)'.repeat(15)).join('\n') + '\n',
  'a paragraph of 10 000 emphasis marks': () => Array.from({ length: 100 }, () => 'a' + '*'.repeat(50) + 'x' + '_'.repeat(50)).join('\n') + '\n',
  'a paragraph of 1 000 emphasis marks': () => Array.from({ length: 100 }, () => 'a *b* _c_ **d** e').join('\n') + '\n',
  'a thousand numbered paragraphs with markers': () =>
    '# Report\n\n## Recommendations\n\n' + Array.from({ length: 1_000 }, (_, i) => `${i + 1}. Finding about the service ${i} (Recommendation ${(i % 9) + 1})`).join('\n\n') + '\n',
  'many footnote references without definitions': () =>
    Array.from({ length: 100 }, (_, k) => Array.from({ length: 100 }, (_, i) => `see[^${k * 100 + i}]`).join(' ')).join('\n\n') + '\n',
};

if (require.main === module) {
  const name = process.argv[2];
  const text = hostileCases[name]();
  const started = performance.now();
  const { problems } = analyse(text, defaultProfile());
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({ length: text.length, ms, problems: problems.map((p) => ({ ruleId: p.ruleId, message: p.message, start: p.span.start, end: p.span.end })) }),
  );
}
