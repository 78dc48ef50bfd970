/**
 * Paragraph citations in the editor, over stdio, on the Isles of Scilly
 * report, whose board recommendations cite their findings: "(paragraph 67)".
 */
import { strict as assert } from 'node:assert';
import type { Hover, Location, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { corpus, offsetOf } from '../helpers/drafts';
import { references } from '../../server/src/features/references';
import { analyseDocument } from '../../server/src/lsp/document-analysis';
import { defaultSettings } from '../../server/src/lsp/settings';
import { LspClient } from './lsp-client';

const scilly = corpus('isles-of-scilly-2016');
const uri = 'file:///drafts/isles-of-scilly-2016.report.md';

describe('paragraph citations in the language server (stdio)', function () {
  this.timeout(60000);
  let client: LspClient;

  /** Position of `needle` (plus `delta` characters) in the open draft. */
  const at = (needle: string, delta = 0): Position => client.position(uri, offsetOf(client.text(uri), needle) + delta);
  /** The written number of the numbered paragraph a location starts in. */
  const paragraphOf = (l: Location): number => {
    const text = client.text(uri);
    const eol = text.indexOf('\n', client.offset(uri, l.range.start));
    const before = text.slice(0, eol < 0 ? text.length : eol);
    return Number([...before.matchAll(/^(\d+)\. /gm)].pop()?.[1] ?? -1);
  };
  const textAt = (l: Location) => client.text(uri).slice(client.offset(uri, l.range.start), client.offset(uri, l.range.end));

  before(async () => {
    client = new LspClient({ diagnostics: 'pull' });
    await client.initialize();
    await client.open(uri, scilly);
  });
  after(async () => client?.shutdown());

  it('goes to definition from `(paragraph 67)` in recommendation 58 to paragraph 67', async () => {
    const citation = at('(paragraph 67)', 'paragraph 6'.length + 1);
    const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: citation });
    assert.equal(locs.length, 1);
    assert.match(textAt(locs[0]), /^67\. The LSCB has engaged productively/);
  });

  it('hovers a citation with the opening words of the finding it cites', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('(paragraph 64)', 3) });
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /^\*\*Paragraph 64\*\*/);
    assert.match(value, /> The board provides robust scrutiny of partners’ performance/);
  });

  it('finds, from finding 67, the recommendations that cite it: 58 and 59', async () => {
    const finding = at('67. The LSCB has engaged productively', 20);
    const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: finding, context: { includeDeclaration: false } });
    assert.deepEqual(locs.map(paragraphOf), [58, 59]);
    assert.deepEqual(locs.map(textAt), ['67', '67']);
  });

  it('puts the finding itself first when the declaration is asked for', async () => {
    const finding = at('67. The LSCB has engaged productively', 20);
    const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: finding, context: { includeDeclaration: true } });
    assert.deepEqual(locs.map(paragraphOf), [67, 58, 59]);
  });

  it('finds nothing from a finding no recommendation cites or is linked to', async () => {
    const uncited = at('66. ', 10);
    const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: uncited, context: { includeDeclaration: false } });
    assert.deepEqual(locs, []);
  });
});

describe('references from a finding that supports a recommendation by its marker', () => {
  const sutton = corpus('sutton-2017');
  const a = analyseDocument({ uri: 'file:///drafts/sutton.report.md', text: sutton, version: 1, settings: defaultSettings });
  const lineOf = (l: Location) => sutton.slice(a.ranges.offset(l.range.start)).split('\n')[0];

  it('lists recommendation 4 from the text of finding 13, and nothing from its neighbour 12', () => {
    const inFinding = a.ranges.position(offsetOf(sutton, '\n13. ') + 20);
    assert.deepEqual(references(a, inFinding, false).map((l) => lineOf(l).slice(0, 40)), ['4. Ensure that strategy discussions and ']);
    const inNeighbour = a.ranges.position(offsetOf(sutton, '\n12. ') + 20);
    assert.deepEqual(references(a, inNeighbour, false), []);
  });
});
