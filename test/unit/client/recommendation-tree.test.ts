/**
 * The Recommendations view's data: recommendations with the findings that
 * support them, unsupported ones flagged, unclear markers listed.
 */
import { strict as assert } from 'node:assert';
import { buildTree, excerpt, labelFromId, recommendationLabel, treeMessage } from '../../../client/src/recommendation-tree';
import { readMap, type MapRecommendation, type RecommendationMap } from '../../../client/src/map-types';
import { renderMap } from '../../../client/src/map-document';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 10 } });

function rec(id: string, part: 'local-authority' | 'board', findings: MapRecommendation['findings'], number?: number): MapRecommendation {
  return { id, number, part, text: `Ensure that recommendation ${id} is acted on so that children are safer as a result of it`, range: at(100 + (number ?? 50)), supported: findings.length > 0, findings };
}

const sutton: RecommendationMap = {
  recommendations: [
    rec('1', 'local-authority', [{ number: 13, range: at(190), confidence: 0.82, explicit: false, via: 'marker' }], 1),
    rec('2', 'local-authority', [
      { number: 20, range: at(204), confidence: 1, explicit: true, via: 'marker' },
      { number: 33, range: at(230), confidence: 1, explicit: true, via: 'citation' },
    ], 2),
    rec('3', 'local-authority', [], 3),
    rec('B1', 'board', [{ number: 95, range: at(425), confidence: 0.7, explicit: false, via: 'marker' }]),
  ],
  weakMarkers: [{ range: at(300), confidence: 0.2, candidates: [{ id: '2', score: 0.2 }, { id: '7', score: 0.4 }] }],
};

describe('Recommendations view', () => {
  it('groups recommendations by part when the report has both parts', () => {
    const tree = buildTree(sutton);
    assert.deepEqual(tree.map((n) => n.label), ['The local authority', 'The Local Safeguarding Children Board', 'Unclear markers']);
    assert.deepEqual(tree[0].children.map((n) => n.label), ['Recommendation 1', 'Recommendation 2', 'Recommendation 3']);
    assert.deepEqual(tree[1].children.map((n) => n.label), ['Board recommendation 1']);
    assert.equal(tree[0].description, '3 recommendations, 1 unsupported');
  });

  it('lists a flat list when there is one part', () => {
    const tree = buildTree({ recommendations: sutton.recommendations.slice(0, 2), weakMarkers: [] });
    assert.deepEqual(tree.map((n) => n.label), ['Recommendation 1', 'Recommendation 2']);
  });

  it('lists the findings under each recommendation, saying how each supports it', () => {
    const [r1, r2] = buildTree(sutton)[0].children;
    assert.deepEqual(r1.children.map((n) => `${n.label}: ${n.description}`), ['Paragraph 13: bare marker, 82% sure']);
    assert.deepEqual(r2.children.map((n) => `${n.label}: ${n.description}`), ['Paragraph 20: names it in its marker', 'Paragraph 33: cited by the recommendation']);
    assert.equal(r2.description?.startsWith('2 findings'), true);
  });

  it('flags a recommendation no finding supports', () => {
    const r3 = buildTree(sutton)[0].children[2];
    assert.equal(r3.icon, 'unsupported');
    assert.match(r3.description!, /^No finding supports it/);
    assert.deepEqual(r3.children, []);
    assert.equal(treeMessage(sutton), '1 of 4 recommendations have no supporting finding');
  });

  it('jumps to the text: every recommendation, finding and marker carries its range', () => {
    const all = buildTree(sutton).flatMap((n) => [n, ...n.children, ...n.children.flatMap((c) => c.children)]);
    const leaves = all.filter((n) => n.icon !== 'part' && n.id !== 'weak');
    assert.ok(leaves.length >= 8);
    for (const n of leaves) assert.ok(n.range, `${n.label} has no range`);
    assert.deepEqual(all.find((n) => n.label === 'Paragraph 20')!.range, at(204));
  });

  it('keeps node ids stable and unique, so the view keeps what is expanded across refreshes', () => {
    const ids = (m: RecommendationMap) => buildTree(m).flatMap((n) => [n, ...n.children, ...n.children.flatMap((c) => c.children)]).map((n) => n.id);
    assert.deepEqual(ids(sutton), ids(JSON.parse(JSON.stringify(sutton))));
    assert.equal(new Set(ids(sutton)).size, ids(sutton).length);
  });

  it('lists unclear markers with their likeliest recommendations first', () => {
    const weak = buildTree(sutton).at(-1)!;
    assert.deepEqual(weak.children.map((n) => `${n.label}: ${n.description}`), ['Marker on line 301: could be Recommendation 7 (40%), Recommendation 2 (20%)']);
  });

  it('says what to do when there is no draft, and when a draft has no recommendations', () => {
    assert.equal(treeMessage(undefined), 'Open a draft report to see its recommendations');
    assert.equal(treeMessage({ recommendations: [], weakMarkers: [] }), 'This draft has no recommendations');
    assert.equal(treeMessage({ recommendations: sutton.recommendations.slice(0, 2), weakMarkers: [] }), undefined);
  });

  it('reads only what looks like a map from the server', () => {
    assert.equal(readMap(null), undefined);
    assert.equal(readMap({ recommendations: 'no' }), undefined);
    assert.deepEqual(readMap({ recommendations: [] })?.weakMarkers, []);
  });

  it('names recommendations as writers do', () => {
    assert.equal(recommendationLabel({ id: '4', number: 4, part: 'local-authority' }), 'Recommendation 4');
    assert.equal(recommendationLabel({ id: 'B2', part: 'board' }), 'Board recommendation 2');
    assert.equal(labelFromId('B2'), 'Board recommendation 2');
    assert.equal(labelFromId('7'), 'Recommendation 7');
    assert.equal(excerpt('Ensure that   strategy discussions always involve all relevant partners', 30), 'Ensure that strategy…');
  });
});

describe('recommendation map document', () => {
  it('tabulates each recommendation with the paragraphs that support it and names the unsupported', () => {
    const md = renderMap(sutton, 'sutton-2017.report.md');
    const lines = md.split('\n');
    assert.equal(lines[0], '# Recommendation map: sutton-2017.report.md');
    assert.ok(lines.includes('4 recommendations, 3 supported by findings, 1 with none.'));
    assert.ok(lines.some((l) => l.startsWith('| Recommendation 2 (line 103) | 20, 33 (cited) |')));
    assert.ok(lines.some((l) => l.startsWith('| Recommendation 3 (line 104) | **none** |')));
    assert.ok(lines.some((l) => l.startsWith('| Recommendation 1 (line 102) | 13 (82%) |')));
    assert.ok(lines.includes('- Line 301: could be Recommendation 7 (40%), Recommendation 2 (20%)'));
  });
});
