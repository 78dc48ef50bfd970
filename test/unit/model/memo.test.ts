/**
 * What the model remembers between keystrokes (assignments, front matter,
 * distinct terms, names) and the citation scan that looks only where a
 * citation can start: each must give exactly what computing afresh gives.
 */
import { strict as assert } from 'node:assert';
import type { Root } from 'mdast';
import { readAcronyms, readAcronymsAfresh } from '../../../server/src/model/acronyms';
import { jointTotals } from '../../../server/src/model/assignment';
import { readFrontMatter } from '../../../server/src/model/front-matter';
import { normaliseName } from '../../../server/src/model/normalise';
import { forgetFrequencies, rememberedVectors, tfidfIndex, weightsOf } from '../../../server/src/model/similarity';
import { rememberedTexts, terms, uniqueTerms } from '../../../server/src/model/terms';
import { parseMarkdown } from '../../../server/src/parse/parse';
import { corpus, corpusNames, model } from '../../helpers/drafts';
import { missingFinding, missingRec, recommendationDraft } from '../../helpers/recommendation-drafts';

/** The best total with marker i on recommendation k, by trying every assignment. */
function bruteTotals(evidence: number[][], bonus: number[]): number[][] {
  const m = evidence.length;
  const r = bonus.length;
  const out = evidence.map((row) => row.map(() => -Infinity));
  const choice = new Array<number>(m).fill(0);
  for (;;) {
    let covered = 0;
    let total = 0;
    choice.forEach((k, i) => {
      covered |= 1 << k;
      total += evidence[i][k];
    });
    for (let k = 0; k < r; k++) if (covered & (1 << k)) total += bonus[k];
    choice.forEach((k, i) => (out[i][k] = Math.max(out[i][k], total)));
    let i = 0;
    while (i < m && ++choice[i] === r) choice[i++] = 0;
    if (i === m) return out;
  }
}

function near(a: readonly (readonly number[])[], b: number[][]): void {
  a.forEach((row, i) => row.forEach((v, k) => assert.ok(Math.abs(v - b[i][k]) < 1e-9, `marker ${i}, recommendation ${k}: ${v} against ${b[i][k]}`)));
}

/** The citations a scan of the whole text with the pattern gives, as `offset raw`. */
function globalScan(text: string): string[] {
  const number = String.raw`\d{1,5}(?!\d|\p{L}|\.\d)`;
  const item = String.raw`${number}(?:\s*(?:-|–|to)\s*${number})?`;
  const list = String.raw`${item}(?:\s*(?:,|and|&|,\s*and)\s*${item})*`;
  return [...text.matchAll(new RegExp(String.raw`\bparagraphs?\s+(${list})`, 'giu'))]
    .filter((m) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/^\s+of\s+this\s+report\b/iu.test(after)) return true;
      return !/^\s+of\s/iu.test(after) && !/\b(?:chapter|section|annex|appendix|schedule|regulation)\s+[\p{L}\d.]+,?\s*$/iu.test(text.slice(Math.max(0, m.index - 40), m.index));
    })
    .map((m) => `${m.index} ${m[0]}`);
}

describe('what the model remembers between keystrokes', () => {
  it('gives the assignment totals of the dynamic programme, and new totals as soon as one evidence value changes', () => {
    const evidence = [
      [1, 0.6, 0.2],
      [0.9, 0.1, 0.3],
      [0.2, 0.25, 0.7],
      [0.5, 0.5, 0.1],
    ];
    const bonus = [0.5, 0, 0.5];
    const first = jointTotals(evidence, bonus);
    near(first, bruteTotals(evidence, bonus));
    assert.deepEqual(jointTotals(evidence.map((row) => [...row]), [...bonus]), first);
    const changed = evidence.map((row) => [...row]);
    changed[1][1] = 0.95;
    const second = jointTotals(changed, bonus);
    near(second, bruteTotals(changed, bonus));
    assert.notDeepEqual(second, first);
    near(jointTotals(evidence, [0, 0, 0]), bruteTotals(evidence, [0, 0, 0]));
    assert.deepEqual(jointTotals(evidence, bonus), first);
  });

  it('gives the totals of trying every assignment, on random evidence with ties, zeros, recommendations already covered and many markers', () => {
    let seed = 20261126;
    const random = (): number => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let c = 0; c < 600; c++) {
      // Past 400 cases, many markers on few recommendations, where the programme leaves out markers no best matching needs.
      const many = c >= 400;
      const m = many ? 6 + Math.floor(random() * 6) : 1 + Math.floor(random() * 6);
      const r = many ? 1 + Math.floor(random() * 3) : 1 + Math.floor(random() * 5);
      // Quarters make ties; a row of zeros is a finding that shares nothing with any recommendation.
      const evidence = Array.from({ length: m }, () => {
        const zeros = random() < 0.15;
        return Array.from({ length: r }, () => (zeros ? 0 : random() < 0.5 ? Math.round(random() * 8) / 4 : random() * 2));
      });
      const bonus = Array.from({ length: r }, () => (random() < 0.3 ? 0 : random() < 0.8 ? 0.5 : random()));
      near(jointTotals(evidence, bonus), bruteTotals(evidence, bonus));
    }
  });

  it('reads front matter afresh when its text or its place changes', () => {
    const root = (text: string): Root => parseMarkdown(text);
    const a = readFrontMatter(root('---\nprofile: ofsted-sif-2016\n---\n\n# Title\n'));
    assert.deepEqual(a, { span: { start: 0, end: 32 }, data: { profile: 'ofsted-sif-2016' } });
    assert.deepEqual(readFrontMatter(root('---\nprofile: other\n---\n\n# Title\n'))?.data, { profile: 'other' });
    assert.deepEqual(readFrontMatter(root('\uFEFF---\nprofile: ofsted-sif-2016\n---\n'))?.span, { start: 1, end: 33 });
    const broken = readFrontMatter(root('---\nprofile: [\n---\n'));
    assert.ok(broken?.error && broken.error.span.start >= 4 && broken.error.span.end <= broken.span.end);
    assert.deepEqual(readFrontMatter(root('\n---\nprofile: [\n---\n')), undefined);
    assert.deepEqual(readFrontMatter(root('---\nprofile: ofsted-sif-2016\n---\n\n# Title\n')), a);
  });

  it('finds exactly the citations a scan of the whole text finds', () => {
    const recs = [
      `${missingRec} (paragraph 17)`,
      `${missingRec} (see Paragraphs 3 and 4; PARAGRAPH 5)`,
      `${missingRec} subparagraph 3 and paragraph 19 of Schedule 2, paragraph 20 of this report`,
      `${missingRec} paragraphparagraph 6, paragraph paragraph 7, paragraphs\u00a08 to 9`,
    ];
    const drafts = [recommendationDraft({ recommendations: recs, findings: [missingFinding] }), ...corpusNames.map(corpus)];
    for (const text of drafts) assert.deepEqual(model(text).citations.map((c) => `${c.span.start} ${c.raw}`), globalScan(text));
    assert.ok(globalScan(drafts[0]).length >= 6);
  });

  it('updates document frequencies by the documents an edit changed to exactly what counting afresh gives', () => {
    const draft = corpus('sutton-2017').split(/\n\n/);
    const pairs: [string, string][] = [
      [draft[40], draft[41]],
      ['children missing from home', 'return home interviews for children missing'],
    ];
    const scores = (docs: string[], key?: string) => pairs.map(([a, b]) => tfidfIndex(docs, key).compare(a, b));
    const unrelated = Array.from({ length: 40 }, (_, i) => `unrelated document ${i} about weather`);
    const edited = [...draft];
    edited[20] = `${draft[20]} children children`;
    edited.splice(25, 1);
    edited.splice(22, 0, 'a new paragraph about missing children', 'and another');
    const steps = [draft, edited, [...edited, ...draft.slice(0, 3)], edited, draft];
    const incremental = steps.map((docs) => scores(docs));
    const afresh = steps.map((docs) => {
      tfidfIndex(unrelated, 'afresh');
      return scores(docs, 'afresh');
    });
    assert.deepEqual(incremental, afresh);
    assert.notDeepEqual(incremental[0], incremental[1]);
  });

  it('folds many differing counts into a new base with exactly the counts of counting afresh', () => {
    let docs = corpus('sutton-2017').split(/\n\n/);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (i: number) => Array.from({ length: 6 }, (_, k) => letters[(i * 7 + k * 11 + ((i * k) % 5)) % 26]).join('');
    const pair = (key: string) => tfidfIndex(docs, key).compare(docs[40], docs[41]).score;
    pair('folding');
    for (let step = 0; step < 300; step++) {
      // Four new words a keystroke, and now and then the paragraph goes back: counts come and go to zero.
      const at = 10 + (step % 50);
      docs = [...docs];
      docs[at] = step % 7 === 6 ? corpus('sutton-2017').split(/\n\n/)[at] : `${docs[at]} ${word(step)} ${word(step + 1000)} ${word(step + 2000)} ${word(step + 3000)}`;
      assert.equal(pair('folding'), pair(`afresh ${step}`), `step ${step}`);
      forgetFrequencies(`afresh ${step}`);
    }
  });

  it('diffs each draft against its own last version when several are edited in turn, and lets the replaced versions go', () => {
    const drafts = (['sutton-2017', 'kent-2017', 'hackney-2016'] as const).map((name) => corpus(name).split(/\n\n/));
    const keys = drafts.map((_, i) => `draft ${i}`);
    const pair = (docs: string[], key: string) => tfidfIndex(docs, key).compare(docs[10], docs[11]).score;
    drafts.forEach((docs, i) => pair(docs, keys[i]));
    const inUse = () => new Set(drafts.flat()).size;
    const [rememberedBefore, inUseBefore] = [rememberedTexts(), inUse()];
    let seed = 3;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let step = 0; step < 300; step++) {
      const i = step % drafts.length;
      const docs = [...drafts[i]];
      const at = rnd(docs.length);
      // A keystroke: one paragraph gets a new version, and all of it is read again.
      docs[at] = `${docs[at].slice(0, 5)}e${docs[at].slice(5)}`;
      drafts[i] = docs;
      for (const d of docs) uniqueTerms(d);
      assert.equal(pair(docs, keys[i]), pair(docs, `afresh ${step}`), `step ${step}`);
      forgetFrequencies(`afresh ${step}`);
    }
    // Only the versions in use are remembered, not one more per keystroke (other tests' texts are remembered too: compare growth).
    const [remembered, used] = [rememberedTexts() - rememberedBefore, inUse() - inUseBefore];
    assert.ok(remembered <= used, `300 keystrokes: ${remembered} more texts remembered, ${used} more in use`);
  });

  it('gives the vectors, scores and comparisons of computing afresh, and new ones as soon as a frequency of one of their terms changes', () => {
    const draft = corpus('sutton-2017').split(/\n\n/);
    const finding = draft[40];
    const rec = draft[41];
    // What `compare` gives is never remembered: the reference.
    const fresh = (docs: string[]) => {
      const index = tfidfIndex(docs);
      const c = index.compare(finding, rec);
      return { score: c.score, shared: c.shared };
    };
    const remembered = (docs: string[]) => {
      const index = tfidfIndex(docs);
      const a = index.vector([{ text: finding, weight: 1 }]);
      const b = index.vector([{ text: rec, weight: 1 }]);
      return { a, b, score: index.score(a, b), shared: index.cosine(a, b).shared };
    };
    const read = terms(finding);
    const word = read.labels[read.terms.findIndex((t) => !t.includes(' '))];
    const moreOfAWord = [...draft, `${word} again`];
    const unrelatedMore = [...draft, 'weather forecast'];
    const first = remembered(draft);
    const again = remembered(draft);
    assert.equal(again.a, first.a, 'an unchanged vector is remembered');
    const changed = remembered(moreOfAWord);
    assert.notEqual(changed.a, first.a, 'a vector whose term became more frequent is made afresh');
    assert.notEqual(changed.score, first.score);
    for (const docs of [draft, moreOfAWord, unrelatedMore, draft]) {
      const r = remembered(docs);
      assert.deepEqual({ score: r.score, shared: r.shared }, fresh(docs));
    }
  });

  it('makes a vector afresh when an edit of another paragraph changes how many paragraphs hold one of its terms, and keeps it otherwise', () => {
    const draft = corpus('sutton-2017').split(/\n\n/);
    const finding = draft[40];
    const key = 'memo-test: an edit elsewhere';
    const vectorOf = (docs: string[], text = finding) => tfidfIndex(docs, key).vector([{ text, weight: 1 }]);
    const read = terms(finding);
    const at = read.terms.findIndex((t) => !t.includes(' ') && draft.filter((d) => terms(d).terms.includes(t)).length < draft.length / 2);
    const word = { term: read.terms[at], label: read.labels[at] };
    const other = draft.findIndex((d, i) => i !== 40 && !terms(d).terms.includes(word.term));
    const first = vectorOf(draft);
    // The same number of paragraphs, one more of them holding the word: the finding's vector changes.
    const edited = draft.map((d, i) => (i === other ? `${d} ${word.label}` : d));
    const after = vectorOf(edited);
    assert.notEqual(after, first, 'made afresh');
    // What a vector made from nothing gives (a text with the same terms, never seen before, in a draft of its own).
    const made = tfidfIndex(edited, `${key}: reference`).vector([{ text: `${finding} `, weight: 1 }]);
    assert.deepEqual([...weightsOf(after)], [...weightsOf(made)]);
    assert.equal(after.norm, made.norm);
    // An edit that changes no term of the finding keeps its vector.
    const unrelated = edited.map((d, i) => (i === other ? `${d} zyxwvut` : d));
    assert.equal(vectorOf(unrelated), after, 'kept');
  });

  it("keeps each draft's vectors while other drafts are analysed, and only what its last two analyses asked for", () => {
    const draft = corpus('sutton-2017').split(/\n\n/);
    const asked = draft.slice(30, 50);
    const analyse = (docs: string[], key: string) => {
      const index = tfidfIndex(docs, key);
      return asked.map((text) => index.vector([{ text, weight: 1 }]));
    };
    const key = 'memo-test: one of many drafts';
    const first = analyse(draft, key);
    // Sixty other drafts, each with twenty vectors of its own, analysed in turn.
    for (let k = 0; k < 60; k++) {
      const other = draft.map((d) => `Draft ${k}: ${d}`);
      const index = tfidfIndex(other, `memo-test: other ${k}`);
      for (const text of other.slice(30, 50)) index.vector([{ text, weight: 1 }]);
    }
    const again = analyse(draft, key);
    again.forEach((v, i) => assert.equal(v, first[i], `vector ${i} kept`));
    // Two hundred edits of the draft, each a new text for one paragraph asked for: no more is kept than two analyses ask for.
    let docs = draft;
    for (let e = 0; e < 200; e++) {
      docs = docs.map((d, i) => (i === 30 + (e % 20) ? `${d} edit${e}` : d));
      const index = tfidfIndex(docs, key);
      for (const text of docs.slice(30, 50)) index.vector([{ text, weight: 1 }]);
    }
    assert.ok(rememberedVectors(key) <= 2 * asked.length, `${rememberedVectors(key)} vectors kept`);
    for (let k = 0; k < 60; k++) forgetFrequencies(`memo-test: other ${k}`);
    forgetFrequencies(key);
    assert.equal(rememberedVectors(key), 0, 'let go with the draft');
  });

  it('reads an acronym afresh when the start of its expansion, far back in its paragraph, changes', () => {
    const expansion = (first: string) => {
      const text = `# Title\n\n${first} bureaucracy compliance documentation enforcement frameworks governance *highlights* (ABCDEFGH) here.\n`;
      return readAcronyms(text, parseMarkdown(text)).introductions.map((i) => [i.expansion, i.span.start]);
    };
    assert.deepEqual(expansion('administration'), [['administration bureaucracy compliance documentation enforcement frameworks governance *highlights*', 9]]);
    assert.deepEqual(expansion('accountability'), [['accountability bureaucracy compliance documentation enforcement frameworks governance *highlights*', 9]]);
    assert.deepEqual(expansion('Some administration'), [['administration bureaucracy compliance documentation enforcement frameworks governance *highlights*', 14]]);
  });

  it('gives the acronyms of a run far into a long paragraph, after edits further back, as reading afresh does', () => {
    const filler = 'Words before the expansion run on for a long while here. '.repeat(6);
    const tail = 'some *emphasis* then the multi-agency safeguarding hub (MASH) and the MASH again, with `code (NOT)` beside it.';
    for (const lead of ['', 'More ', 'Other words. ', 'x'.repeat(250) + ' ']) {
      for (const first of [filler, filler.replace('Words', 'Wards'), `${filler}The local safeguarding children board `]) {
        const text = `# Title\n\n${lead}${first}${tail}\n`;
        const root = parseMarkdown(text);
        const got = readAcronyms(text, root);
        assert.deepEqual(got, readAcronymsAfresh(text, root));
        assert.equal(got.introductions.length, 1);
      }
    }
  });

  it('remembers the distinct terms and normalised names of a text without changing them', () => {
    const text = 'Return home interviews: return home interviews are not timely';
    assert.deepEqual(uniqueTerms(text), [...new Set(terms(text).terms)]);
    assert.equal(terms(text).terms.length, terms(text).labels.length);
    assert.deepEqual(terms(text).labels.slice(0, 3), ['return', 'home', 'return home']);
    assert.deepEqual(uniqueTerms(text), uniqueTerms(`${text}`));
    assert.equal(normaliseName('Children’s  Services:'), "children's services");
    assert.equal(normaliseName('Children’s  Services:'), "children's services");
    assert.equal(normaliseName('Children’s  Services'), "children's services");
  });
});
