/**
 * The LSP features as functions of one document analysis, without a server:
 * the cases too fine-grained to drive over the protocol.
 */
import { strict as assert } from 'node:assert';
import type { CodeActionParams } from 'vscode-languageserver';
import { codeActions, minimalEdit, regenerateContents } from '../../server/src/features/code-actions';
import { completion } from '../../server/src/features/completion';
import { diagnosticsOf } from '../../server/src/features/diagnostics';
import { codeLenses } from '../../server/src/features/code-lens';
import { documentSymbols } from '../../server/src/features/symbols';
import { foldingRanges } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { inlayHints } from '../../server/src/features/inlay-hints';
import { applyEdits } from '../../server/src/engine/fixes';
import { analyseDocument } from '../../server/src/lsp/document-analysis';
import { matchesAny } from '../../server/src/lsp/globs';
import { defaultSettings, readSettings, settingsToConfig } from '../../server/src/lsp/settings';
import { corpus, deleteParagraph, offsetOf, replaceOnce } from '../helpers/drafts';

const sutton = corpus('sutton-2017');
const uri = 'file:///drafts/sutton.report.md';

function analysis(text: string, version = 1, docUri = uri) {
  return analyseDocument({ uri: docUri, text, version, settings: defaultSettings });
}

function labelsAt(text: string, offset: number): string[] {
  const a = analysis(text);
  return completion(a, a.ranges.position(offset)).map((i) => String(i.label));
}

describe('language server features', function () {
  this.timeout(20000);
  describe('completion', () => {
    it('offers sentence forms of the grades after a judgement sentence\'s verb', () => {
      const text = replaceOnce(sutton, 'The Local Safeguarding Children Board is good', 'The Local Safeguarding Children Board is ');
      const labels = labelsAt(text, offsetOf(text, 'The Local Safeguarding Children Board is ') + 'The Local Safeguarding Children Board is '.length);
      assert.ok(labels.includes('good'), labels.join(', '));
      assert.ok(labels.some((l) => l.startsWith('requires improvement')));
    });

    it('offers section titles in the first cell of a contents row, and nothing in its page cell', () => {
      const row = '| Leadership, management and governance | 26 |';
      assert.ok(labelsAt(sutton, offsetOf(sutton, row) + 2).includes('Information about this inspection'));
      assert.deepEqual(labelsAt(sutton, offsetOf(sutton, row) + row.length - 3), []);
    });

    it('offers nothing in ordinary prose', () => {
      assert.deepEqual(labelsAt(sutton, offsetOf(sutton, 'Families benefit from a well-coordinated') + 9), []);
    });
  });

  describe('code actions', () => {
    const broken = deleteParagraph(sutton, 40);
    const params = (a: ReturnType<typeof analysis>, only?: string[]): CodeActionParams => ({
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: diagnosticsOf(a), only },
    });

    it('offers each diagnostic\'s fix only for the version it was computed for', () => {
      const v1 = analysis(broken, 1);
      assert.ok(codeActions(v1, params(v1, ['quickfix']), { documentChanges: true }).length > 0);
      const v2 = analysis(broken, 2);
      const stale = { ...params(v1, ['quickfix']) };
      assert.deepEqual(codeActions(v2, stale, { documentChanges: true }).map((a) => a.title), []);
    });

    it('spells out each diagnostic\'s fix and suggestions from the analysis of its version', () => {
      // A fix for the contents table and the numbering; a suggestion for a marker naming no recommendation.
      const m = offsetOf(broken, '(Recommendation)');
      const text = broken.slice(0, m) + '(Recommendation 99)' + broken.slice(m + '(Recommendation)'.length);
      const a = analysis(text, 4);
      let checked = 0;
      for (const [i, d] of diagnosticsOf(a).entries()) {
        const p = a.problems[i];
        const titles = codeActions(a, { ...params(a, ['quickfix']), context: { diagnostics: [d], only: ['quickfix'] } }, { documentChanges: true })
          .filter((x) => !x.title.startsWith('Fix all'))
          .map((x) => x.title);
        assert.deepEqual(titles, [...(p.fix ? [p.fix.title] : []), ...(p.suggestions ?? []).map((s) => s.title)], d.message);
        if (titles.length) checked++;
      }
      assert.ok(checked >= 3, `${checked} diagnostics with fixes`);
      assert.ok(a.problems.some((p) => p.suggestions?.length), 'a suggestion');
      // A diagnostic whose problem does not match the analysis (another rule at that place) gets nothing.
      const d = diagnosticsOf(a).find((x) => a.problems[(x.data as { problem: number }).problem].fix)!;
      const forged = { ...d, data: { ...(d.data as object), ruleId: 'no-such-rule' } };
      assert.deepEqual(codeActions(a, { ...params(a), context: { diagnostics: [forged], only: ['quickfix'] } }, { documentChanges: true }), []);
    });

    it('finds a diagnostic\'s problem in a new analysis of the same version, whose problems shifted with the settings', () => {
      let text = replaceOnce(sutton, '# London Borough of Sutton\n', '# London Borough of Sutton\n\nDraft prepared by the QWXZ team.\n');
      text = replaceOnce(text, '| 1. Children who need help and protection | Good |', '| 1. Children who need help and protection | Goood |');
      text = replaceOnce(text, '| 2.1 Adoption performance | Good |', '| 2.1 Adoption performance | Outstandng |');
      const before = analysis(text, 1);
      const goood = diagnosticsOf(before).find((d) => d.message.includes('Goood'))!;
      // The writer turns `acronyms` off: the same version analysed again, without the acronym's problem before the grades'.
      const after = analyseDocument({ uri, text, version: 1, settings: { ...defaultSettings, rules: { acronyms: 'off' } } });
      assert.notEqual(after.problems[(goood.data as { problem: number }).problem]?.message, goood.message, 'the problems shifted');
      const offered = codeActions(after, { textDocument: { uri }, range: goood.range, context: { diagnostics: [goood], only: ['quickfix'] } }, { documentChanges: true });
      const titles = offered.filter((a) => !a.title.startsWith('Fix all')).map((a) => a.title);
      assert.deepEqual(titles, ['Replace `Goood` with `Good`']);
      const edit = (offered[0].edit!.documentChanges![0] as { edits: { range: { start: { line: number } } }[] }).edits[0];
      assert.equal(edit.range.start.line, goood.range.start.line);
    });

    it('stamps every edit with the document version it is for', () => {
      const v3 = analysis(broken, 3);
      const [fix] = codeActions(v3, params(v3, ['quickfix']), { documentChanges: true });
      const change = fix.edit!.documentChanges![0] as { textDocument: { version: number } };
      assert.equal(change.textDocument.version, 3);
    });

    it('changes only the text between the common start and end', () => {
      assert.deepEqual(minimalEdit('abcXYZdef', 'abc12def'), { span: { start: 3, end: 6 }, newText: '12' });
      assert.equal(minimalEdit('same', 'same'), undefined);
      const from = 'aaa';
      const to = 'aaaa';
      assert.equal(applyEdits(from, [minimalEdit(from, to)!]), to);
    });
  });

  describe('contents', () => {
    const text = replaceOnce(sutton, '| Leadership, management and governance | 26 |\n', '');
    const regenerated = applyEdits(text, regenerateContents(analysis(text)));

    it('regenerates a missing row, keeping the pages already written', () => {
      assert.match(regenerated, /^\| Leadership, management and governance \| *\|$/m);
      assert.match(regenerated, /^\| Information about this inspection \| 35 \|$/m);
      assert.deepEqual(analysis(regenerated).problems.filter((p) => p.ruleId === 'contents').map((p) => p.message), []);
    });

    it('leaves a regenerated table alone', () => {
      assert.deepEqual(regenerateContents(analysis(regenerated)), []);
    });
  });

  describe('documents that are not drafts', () => {
    const notes = '# Notes\n\n13. a list\n(Recommendation)\n\n| a | b |\n| --- | --- |\n| Good | Good |\n';
    const a = analysis(notes, 1, 'file:///notes/todo.md');

    it('are not drafts, and get no diagnostics, outline, folding, lenses, hints or hovers', () => {
      assert.equal(a.isDraft, false);
      assert.deepEqual(diagnosticsOf(a), []);
      assert.deepEqual(documentSymbols(a), []);
      assert.deepEqual(foldingRanges(a), []);
      assert.deepEqual(codeLenses(a), []);
      assert.deepEqual(inlayHints(a, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }), []);
      assert.equal(hover(a, { line: 3, character: 2 }), null);
    });

    it('become drafts by name, by front matter profile or by a headline table', () => {
      assert.equal(analysis('# x\n', 1, 'file:///a/b.report.md').isDraft, true);
      assert.equal(analysis('---\nprofile: ofsted-sif-2016\n---\n# x\n', 1, 'file:///a/b.md').isDraft, true);
      const headline = sutton.slice(offsetOf(sutton, '# London Borough'), offsetOf(sutton, '## Executive summary'));
      assert.equal(analysis(headline, 1, 'file:///a/b.md').isDraft, true);
    });
  });

  it('refuses a draft beyond the limits with one diagnostic, and its features stay empty', () => {
    const huge = sutton + '\n' + 'x'.repeat(3 * 1024 * 1024) + '\n';
    const a = analysis(huge);
    const ds = diagnosticsOf(a);
    assert.equal(ds.length, 1);
    assert.match(ds[0].message, /^Draft too large to check/);
    assert.deepEqual(codeLenses(a), []);
  });

  describe('settings', () => {
    it('reads partial or mistyped settings into complete ones', () => {
      const s = readSettings({ diagnostics: { debounce: 'soon' }, codeLens: { enabled: false }, drafts: ['*.md', 3] });
      assert.equal(s.diagnostics.debounce, 150);
      assert.equal(s.codeLens.enabled, false);
      assert.deepEqual(s.drafts, ['*.md']);
      assert.deepEqual(readSettings(undefined), defaultSettings);
    });

    it('adds allowed acronyms to the acronyms rule, keeping its other options', () => {
      const config = settingsToConfig({ ...defaultSettings, rules: { acronyms: { severity: 'info', allow: ['LADO'] } }, acronyms: { allow: ['MASE'] } });
      assert.deepEqual(config.rules?.acronyms, { severity: 'info', allow: ['LADO', 'MASE'] });
    });

    it('matches drafts by glob: `**` crosses folders, `*` does not', () => {
      assert.ok(matchesAny('/home/a/reports/sutton.report.md', ['**/*.report.md']));
      assert.ok(!matchesAny('/home/a/reports/sutton.md', ['**/*.report.md']));
      assert.ok(matchesAny('/w/drafts/x.md', ['drafts/*.md']));
      assert.ok(!matchesAny('/w/drafts/sub/x.md', ['drafts/*.md']));
    });
  });
});
