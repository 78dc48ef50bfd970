import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes';
import { corpus, lintRule, lintText, model, offsetOf, replaceOnce, where, type CorpusName } from '../../helpers/drafts';
import { leaversFinding, leaversRec, missingFinding, missingRec, neutralFinding, recommendationDraft } from '../../helpers/recommendation-drafts';

const rule = 'recommendation-reference';

describe('recommendation-reference', () => {
  it('accepts bare markers that clearly support a recommendation of their part', () => {
    const text = recommendationDraft({
      recommendations: [missingRec, leaversRec],
      findings: [`${missingFinding} (Recommendation)`, neutralFinding, `${leaversFinding} (Recommendation)`],
    });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('accepts every marker of the Sutton report, named or not', () => {
    assert.deepEqual(lintRule(corpus('sutton-2017'), rule), []);
  });

  it('counts every recommendation a marker names as covered, whatever their order, a range included', () => {
    const marked = 'taken into account in assessments and plans. There is better work with young people who have a disability or behavioural issues. ';
    for (const names of ['4 and 5', '5 and 4', '4, 5', '4–5', '4 to 5']) {
      const text = replaceOnce(corpus('sutton-2017'), `${marked}(Recommendation)`, `${marked}(Recommendations ${names})`);
      assert.deepEqual(lintRule(text, rule).map((p) => p.message), [], names);
    }
  });

  it('takes a recommendation naming another for a cross-reference, not a marker out of place; a bare marker there is still one', () => {
    const kent = corpus('kent-2017');
    const at = 'In partnership with the local authority, launch';
    const messages = (text: string) => lintRule(text, rule).map((p) => p.message);
    assert.deepEqual(messages(replaceOnce(kent, at, 'In partnership with the local authority (recommendation 10), launch')), messages(kent));
    assert.ok(messages(replaceOnce(kent, at, 'In partnership with the local authority (Recommendation), launch')).some((m) => m.startsWith('Expected a marker at the end of a numbered finding')));
    assert.ok(messages(replaceOnce(kent, at, 'In partnership with the local authority (recommendation 12), launch')).some((m) => m.startsWith('Recommendation `12` does not exist')));
    // So in a recommendation written as a bullet.
    const sutton = corpus('sutton-2017');
    const m = /\n81\. (.*)\n/.exec(sutton)!;
    let bullet = sutton.replace(m[0], `\n- In partnership with the local authority (recommendation 10), ${m[1]}\n`);
    for (let n = 82; n <= 95; n++) bullet = bullet.replace(`\n${n}. `, `\n${n - 1}. `);
    assert.ok(!messages(bullet).some((x) => x.startsWith('Expected a marker at the end of a numbered finding')));
    // A recommendation naming itself holds a finding's marker pasted in.
    assert.ok(messages(replaceOnce(kent, at, 'In partnership with the local authority (recommendation 92), launch')).some((m) => m.startsWith('Expected a marker at the end of a numbered finding')));
  });

  it('reports a marker naming a recommendation that does not exist, at the number', () => {
    const text = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} (Recommendation 9)`] });
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => p.message), ['Recommendation `9` does not exist: recommendations are `1` to `2`']);
    assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '9)')));
    assert.equal(problems[0].severity, 'error');
  });

  it('warns on a marker naming a recommendation of the other part', () => {
    const text = recommendationDraft({
      recommendations: [missingRec],
      findings: [`${missingFinding} (Recommendation 3)`],
      boardRecommendations: ['The board should publish an annual report that evaluates safeguarding.'],
      boardFindings: ['The annual report does not evaluate safeguarding. (Recommendation)'],
    });
    assert.deepEqual(lintRule(text, rule).map((p) => `${p.severity} ${p.message}`), [
      'warning Expected a recommendation of the local authority, found recommendation `3` of the board',
    ]);
  });

  it('reports a marker inside a recommendation', () => {
    const text = recommendationDraft({ recommendations: [`${missingRec} (Recommendation)`, leaversRec], findings: [`${missingFinding} (Recommendation 1)`, `${leaversFinding} (Recommendation 2)`] });
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Expected a marker at the end of a numbered finding, found one in recommendation `1`']);
  });

  it('reports a marker outside any numbered paragraph, naming the section', () => {
    const text = recommendationDraft({ recommendations: [missingRec], findings: [`${missingFinding} (Recommendation)`] }) + '\n## Summary for children and young people\n\nSome of you go missing. (Recommendation)\n';
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), [
      'Expected a marker at the end of a numbered finding, found one in `Summary for children and young people`, outside any numbered paragraph',
    ]);
  });

  it('moves a marker standing alone after a finding, as a PDF\'s layout shows it, to the end of that finding', () => {
    const base = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [missingFinding, `${leaversFinding} (Recommendation)`] });
    for (const alone of ['(Recommendation)', '(Recommendation).', '  (Recommendation)  ']) {
      const text = base.replace(`${missingFinding}\n`, `${missingFinding}\n\n${alone}\n`);
      assert.notEqual(text, base);
      const problems = lintRule(text, rule);
      assert.deepEqual(problems.map((p) => p.message), ['Expected a marker at the end of a numbered finding, found one in `The experiences and progress of children who need help and protection`, outside any numbered paragraph'], alone);
      const fix = problems[0].fix!;
      assert.equal(fix.title, 'Move the marker to the end of finding 3');
      const fixed = applyEdits(text, fix.edits);
      assert.ok(fixed.includes(`${missingFinding} ${alone.trim()}`), fixed);
      assert.deepEqual(lintRule(fixed, rule), [], alone);
    }
  });

  it('moves it over a hard break or trailing spaces, and in a draft whose lines end in CR alone or CR LF', () => {
    const base = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [missingFinding, `${leaversFinding} (Recommendation)`] });
    for (const [ending, eol] of [['  ', '\n'], ['', '\r'], ['', '\r\n']]) {
      const text = base.replace(`${missingFinding}\n`, `${missingFinding}${ending}\n\n(Recommendation)\n`).replace(/\n/g, eol);
      const [p] = lintRule(text, rule);
      assert.ok(p?.fix, JSON.stringify([ending, eol]));
      const fixed = applyEdits(text, p.fix!.edits);
      assert.ok(fixed.includes(`${missingFinding} (Recommendation)${eol}`), JSON.stringify(fixed));
      assert.deepEqual(lintRule(fixed, rule), []);
    }
  });

  it('offers no move for a marker in a paragraph with other words, after a heading, or after a finding that ends in a table, a quotation, a list, code, HTML, a definition or a heading of its own', () => {
    const base = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [missingFinding, `${leaversFinding} (Recommendation)`] });
    const after = (end: string, marker = '(Recommendation)') => base.replace(`${missingFinding}\n`, `${missingFinding}${end}\n\n${marker}\n`);
    for (const text of [
      after('', 'Inspectors agreed. (Recommendation)'),
      after('', '(Recommendation) and more'),
      after('', '(Recommendation)\nInspectors agreed with the council.'),
      after('\n\n#### Children missing'),
      after('\n\n   | Year | Missing |\n   | --- | --- |\n   | 2016 | 12 |'),
      after('\n\n   > A child said they were not asked.'),
      after('\n\n   - one in three children'),
      after('\n\n   ```\n   figures\n   ```'),
      after('\n\n          indented code'),
      after(',\n   > quoted and\nlazy text.'),
      after('\n\n   > A child said they\nwere not asked.'),
      after(':\n\n   - one in three was not\n     offered an interview.'),
      after('\n\n   Year | Missing\n   --- | ---\n   2016 | 12'),
      after('\n\n   [r]: https://example.org/r'),
      after('\n\n   <!-- a note -->'),
      after('\n   ==='),
      after('\n\n   ***'),
      base.replace(`${missingFinding}\n`, `> ${missingFinding}\n\n(Recommendation)\n`),
    ]) {
      const problems = lintRule(text, rule).filter((p) => p.message.startsWith('Expected a marker at the end'));
      assert.equal(problems.length, 1, text);
      assert.equal(problems[0].fix, undefined);
    }
  });

  it('looks at the lines between a finding and a stray marker once, however many blank lines of CR LF stand there', function () {
    // A pattern that could read CR LF as one line end or two tried every way on such a gap: 2^n steps.
    this.timeout(10_000);
    const base = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [missingFinding, `${leaversFinding} (Recommendation)`] });
    const text = base.replace(`${missingFinding}\n`, `${missingFinding}\n${'\n'.repeat(28)}Some text.\n\n(Recommendation)\n`).replace(/\n/g, '\r\n');
    const problems = lintRule(text, rule).filter((p) => p.message.startsWith('Expected a marker at the end'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].fix, undefined);
  });

  it('finds the recommendations under the framework\'s other headings for them, `Areas for improvement` and `What does the LSCB need to improve?`', () => {
    let text = replaceOnce(corpus('sutton-2017'), '\n## Recommendations\n', '\n## Areas for improvement\n');
    text = replaceOnce(text, '| Recommendations | 8 |', '| Areas for improvement | 8 |');
    text = replaceOnce(text, '### Recommendations\n\n81.', '### What does the LSCB need to improve?\n\n81.');
    assert.deepEqual(lintText(text).filter((p) => p.severity === 'error').map((p) => `${p.ruleId} ${p.message}`), []);
    assert.equal(model(text).recommendations.length, model(corpus('sutton-2017')).recommendations.length);
  });

  it('reports a bare marker in a part with no recommendations', () => {
    const text = recommendationDraft({
      recommendations: [missingRec],
      findings: [`${missingFinding} (Recommendation)`],
      boardRecommendations: [],
      boardFindings: ['The board is outstanding. (Recommendation)'],
    });
    assert.deepEqual(lintRule(text, rule).map((p) => p.message), ['Expected a recommendation of the board for this marker to support, found none']);
  });

  describe('a bare marker that cannot be tied to one recommendation with confidence', () => {
    const text = recommendationDraft({
      recommendations: [missingRec, leaversRec],
      findings: [`${missingFinding} (Recommendation)`, `${leaversFinding} (Recommendation)`, `${neutralFinding} (Recommendation)`],
    });
    const problems = lintRule(text, rule);

    it('is a warning at the marker naming the two best candidates', () => {
      assert.equal(problems.length, 1);
      assert.equal(problems[0].severity, 'warning');
      assert.match(problems[0].message, /^Cannot tell which recommendation this marker supports: `[12]` or `[12]` \(confidence `0\.\d\d`\)$/);
      assert.equal(where(text, problems[0].span.start), where(text, offsetOf(text, '(Recommendation)', 2)));
    });

    it('points at both candidates', () => {
      assert.deepEqual(problems[0].related?.map((r) => r.message).sort(), ['Recommendation 1 is here', 'Recommendation 2 is here']);
    });

    it('offers one suggestion per candidate that writes its number into the marker, and no automatic fix', () => {
      assert.equal(problems[0].fix, undefined);
      const fixed = problems[0].suggestions!.map((s) => applyEdits(text, s.edits));
      assert.deepEqual(
        fixed.map((t) => t.slice(offsetOf(t, neutralFinding)).split('\n')[0]).sort(),
        [`${neutralFinding} (Recommendation 1)`, `${neutralFinding} (Recommendation 2)`],
      );
      assert.deepEqual(problems[0].suggestions!.map((s) => s.title).sort(), ['Link the marker to recommendation 1', 'Link the marker to recommendation 2']);
    });
  });

  it('takes the confidence threshold as an option', () => {
    const text = recommendationDraft({
      recommendations: [missingRec, leaversRec],
      findings: [`${missingFinding} (Recommendation)`, `${leaversFinding} (Recommendation)`, 'Interviews with care leavers are recorded. (Recommendation)'],
    });
    assert.equal(lintRule(text, rule).length, 1);
    assert.deepEqual(lintRule(text, rule, { threshold: 0 }), []);
    assert.equal(lintRule(corpus('sutton-2017'), rule, { threshold: 1.01 }).length, 12, 'all 12 bare markers of the Sutton report are uncertain when nothing is certain enough');
  });

  it('warns about the plural `(Recommendations)` with no number, and fixes it to the singular', () => {
    const text = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} (Recommendations)`, `${leaversFinding} (Recommendation)`] });
    const problems = lintRule(text, rule);
    assert.deepEqual(problems.map((p) => `${p.severity} ${p.message}`), ['warning Expected `(Recommendation)`, found `(Recommendations)`']);
    assert.equal(applyEdits(text, problems[0].fix!.edits), replaceOnce(text, '(Recommendations)', '(Recommendation)'));
  });

  it('accepts the numbered plural `(recommendations 1, 2)`', () => {
    const text = recommendationDraft({ recommendations: [missingRec, leaversRec], findings: [`${missingFinding} ${leaversFinding} (recommendations 1, 2)`] });
    assert.deepEqual(lintRule(text, rule), []);
  });

  it('names each marker of the dev corpus it cannot tie to one recommendation, and nothing else', () => {
    // Each is a finding whose words fit two recommendations, or (Isles of Scilly 27 and 40) two
    // recommendations with the same words; the labelled recommendation is one of the two named.
    const flagged = (name: CorpusName) => {
      const text = corpus(name);
      const r = model(text);
      return lintRule(text, rule).map((p) => {
        const para = r.paragraphs.find((x) => p.span.start >= x.span.start && p.span.start <= x.span.end);
        return `${para?.number}: ${p.message.replace(/ \(confidence .*$/, '')}`;
      });
    };
    assert.deepEqual(flagged('kent-2017'), [
      '26: Cannot tell which recommendation this marker supports: `5` or `4`',
      '62: Cannot tell which recommendation this marker supports: `6` or `3`',
      '78: Cannot tell which recommendation this marker supports: `10` or `8`',
    ]);
    assert.deepEqual(flagged('hackney-2016'), [
      '107: Cannot tell which recommendation this marker supports: `2` or `9`',
      '108: Cannot tell which recommendation this marker supports: `9` or `8`',
    ]);
    assert.deepEqual(flagged('isles-of-scilly-2016'), [
      '12: Cannot tell which recommendation this marker supports: `2` or `1`',
      '27: Cannot tell which recommendation this marker supports: `3` or `6`',
      '40: Cannot tell which recommendation this marker supports: `3` or `6`',
    ]);
    assert.deepEqual(flagged('kensington-and-chelsea-2016'), []);
  });
});
