/**
 * Clicking a "Supported by ..." code lens in VS Code: the server's LSP-form
 * show-references arguments become the editor's own Uri, Position and Location
 * values before the command runs.
 */
import { strict as assert } from 'node:assert';
import { editorArguments, SHOW_REFERENCES, type Converters, type LspLocation, type LspPosition } from '../../../client/src/lens-arguments';
import { codeLenses } from '../../../server/src/features/code-lens';
import { analyseDocument } from '../../../server/src/lsp/document-analysis';
import { defaultSettings } from '../../../server/src/lsp/settings';
import { corpus } from '../../helpers/drafts';

class Uri {
  constructor(readonly value: string) {}
}
class Pos {
  constructor(readonly line: number, readonly character: number) {}
}
class Loc {
  constructor(readonly uri: Uri, readonly start: Pos, readonly end: Pos) {}
}

const convert: Converters<Uri, Pos, Loc> = {
  uri: (s) => new Uri(s),
  position: (p: LspPosition) => new Pos(p.line, p.character),
  location: (l: LspLocation) => new Loc(new Uri(l.uri), new Pos(l.range.start.line, l.range.start.character), new Pos(l.range.end.line, l.range.end.character)),
};

describe('code lens arguments in VS Code', () => {
  const uri = 'file:///drafts/sutton.report.md';
  const lenses = codeLenses(analyseDocument({ uri, text: corpus('sutton-2017'), version: 1, settings: defaultSettings }));
  const supported = lenses.find((l) => l.command?.title.startsWith('Supported by 2 findings'));

  it('turns the server\'s show-references arguments into an editor Uri, Position and Locations', () => {
    assert.ok(supported?.command, lenses.map((l) => l.command?.title).join('\n'));
    const [u, p, locs] = editorArguments(supported.command, convert) as [Uri, Pos, Loc[]];
    assert.ok(u instanceof Uri);
    assert.equal(u.value, uri);
    assert.ok(p instanceof Pos);
    assert.deepEqual({ ...p }, supported.range.start);
    assert.equal(locs.length, 2);
    assert.ok(locs.every((l) => l instanceof Loc && l.uri.value === uri && l.start instanceof Pos));
  });

  it('leaves a lens with no command target, another command, or arguments already converted as they are', () => {
    assert.equal(editorArguments({ command: '', arguments: undefined }, convert), undefined);
    const other = { command: 'inspectionReport.renumberParagraphs', arguments: ['file:///a', { line: 1, character: 2 }, []] };
    assert.equal(editorArguments(other, convert), other.arguments);
    const converted = [new Uri(uri), new Pos(1, 2), [new Loc(new Uri(uri), new Pos(1, 2), new Pos(1, 3))]];
    assert.equal(editorArguments({ command: SHOW_REFERENCES, arguments: converted }, convert), converted);
  });
});
