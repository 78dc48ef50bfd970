/**
 * The language configuration: HTML comments, brackets, and `<!-- #region -->`
 * folding markers, as VS Code reads them.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/drafts';

const file = path.join(repoRoot, 'language-configuration.json');
const config = JSON.parse(readFileSync(file, 'utf8'));

describe('language configuration', () => {
  it('is the one package.json contributes for drafts', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'inspection-report');
    assert.equal(path.resolve(repoRoot, lang.configuration), file);
    assert.deepEqual(lang.filenamePatterns, ['*.report.md']);
  });

  it('comments with HTML comments, as disable directives are written', () => {
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  });

  it('folds between region markers and not on other comments', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('<!-- #region Findings about care leavers -->'));
    assert.ok(start.test('  <!-- region -->'));
    assert.ok(end.test('<!-- #endregion -->'));
    assert.ok(!start.test('<!-- inspection-lint-disable acronyms -->'));
    assert.ok(!start.test('<!-- #endregion -->'));
  });

  it('treats accented letters as part of a word, so names select whole', () => {
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    assert.deepEqual('Children’s café 2016'.match(word), ['Children', 's', 'café', '2016']);
  });
});
