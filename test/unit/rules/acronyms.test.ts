import { strict as assert } from 'node:assert';
import { corpus, lintRule, offsetOf, summarise, where } from '../../helpers/drafts';

const body = (...paragraphs: string[]) => `# Body\n\n${paragraphs.join('\n\n')}\n`;
const check = (text: string, options: Record<string, unknown> = {}) => summarise(text, lintRule(text, 'acronyms', options));

describe('acronyms', () => {
  it('accepts an acronym introduced after its expansion and then used', () => {
    assert.deepEqual(check(body('The multi-agency safeguarding hub (MASH) is effective.', 'The MASH responds quickly.')), []);
  });

  it('accepts an acronym introduced as `(the MASH)`, and points at the acronym in it', () => {
    assert.deepEqual(check(body('Referrals go to the multi-agency safeguarding hub (the MASH).', 'The MASH responds quickly.')), []);
    const text = body('The MASH responds quickly.', 'Referrals go to the multi-agency safeguarding hub (the MASH).');
    const problems = lintRule(text, 'acronyms');
    assert.deepEqual(problems[0].related!.map((r) => [where(text, r.span.start), r.message]), [[where(text, offsetOf(text, 'MASH)')), '`MASH` is introduced here']]);
  });

  it('reports an acronym used before its introduction, once, pointing at the introduction', () => {
    const text = body('The MASH responds quickly. The MASH is busy.', 'The multi-agency safeguarding hub (MASH) is effective.');
    const problems = lintRule(text, 'acronyms');
    assert.deepEqual(summarise(text, problems), [`${where(text, offsetOf(text, 'MASH'))} warning acronyms Acronym \`MASH\` is used before it is introduced`]);
    assert.deepEqual(problems[0].related!.map((r) => [where(text, r.span.start), r.message]), [[where(text, offsetOf(text, '(MASH)') + 1), '`MASH` is introduced here']]);
  });

  it('reports an acronym never introduced, once, at its first use', () => {
    const text = body('The MASE panel meets monthly.', 'The MASE panel does not evaluate.');
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, 'MASE'))} warning acronyms Acronym \`MASE\` is never introduced`]);
  });

  it('reads nothing written all in capitals as acronyms, as a contents row or a title may be, but still two acronyms together', () => {
    const contents = '| Section | Page |\n| --- | --- |\n| EXECUTIVE SUMMARY | 2 |\n| RECOMMENDATIONS | 3 |\n| THE LOCAL AUTHORITY | 4 |';
    assert.deepEqual(check(body(contents, 'Text.')), []);
    const together = body('| Service | Staff |\n| --- | --- |\n| MASH CSE | 4 |', 'Text.');
    assert.deepEqual(check(together).map((p) => p.replace(/^\S+ /, '')), ['warning acronyms Acronym `MASH` is never introduced', 'warning acronyms Acronym `CSE` is never introduced']);
    // Acronyms of seven letters or more, together in a cell, a heading or bold prose, are acronyms still (after a `/`, a word is never read as one).
    for (const [text, acronyms] of [
      [body('| Service | Staff |\n| --- | --- |\n| CAFCASS, CAMHS | 4 |', 'Text.'), ['CAFCASS', 'CAMHS']],
      [body('| Service | Staff |\n| --- | --- |\n| SENDIASS/MASH | 4 |', 'Text.'), ['SENDIASS']],
      [body('### CAFCASS AND MASH', 'Text.'), ['CAFCASS', 'MASH']],
      [body('**CAFCASS AND CAMHS** met.'), ['CAFCASS', 'CAMHS']],
    ] as const) {
      assert.deepEqual(check(text).map((p) => /`(\S+)`/.exec(p)![1]), acronyms, text);
    }
  });

  it('reports an acronym introduced again with another expansion, pointing at the first', () => {
    const text = body('The child death overview panel (CDOP) meets.', 'The child development outreach programme (CDOP) works.');
    const problems = lintRule(text, 'acronyms');
    assert.deepEqual(summarise(text, problems), [
      `${where(text, offsetOf(text, 'child development'))} warning acronyms Expected \`CDOP\` to stand for \`child death overview panel\`, found \`child development outreach programme\``,
    ]);
    assert.equal(where(text, problems[0].related![0].span.start), where(text, offsetOf(text, 'child death')));
  });

  it('accepts an introduction repeated with the same expansion, as the body repeats the executive summary', () => {
    const text = body(
      'The Local Safeguarding Children Board (LSCB) is good.',
      'The local safeguarding children board (LSCB) meets. Serious case reviews (SCRs) are thorough.',
      'A serious case review (SCR) was published. The LSCB and its SCRs are good.',
    );
    assert.deepEqual(check(text), []);
  });

  it('takes an introduction in a footnote to be read where the footnote is first referenced', () => {
    const text = body(
      'Children give their views through an app.[^4]',
      'Most children use MOMO.',
      '[^4]: Mind of My Own (MOMO) is an app for children to give their views.',
    );
    assert.deepEqual(check(text), []);
    // Used in the sentence that references it, before the mark: met with the footnote, on the same page.
    assert.deepEqual(check(body('Children use MOMO[^4] to give their views.', '[^4]: Mind of My Own (MOMO) is an app.')), []);
    assert.deepEqual(check(body('Plans are late. Children use the MOMO app.[^4]', '[^4]: Mind of My Own (MOMO) is an app.')), []);
    // Introduced in the sentence that references a footnote, and used in the footnote: introduced first.
    assert.deepEqual(check(body('Cases go to the multi-agency risk assessment conference (MARAC)[^9], which is well attended.', '[^9]: The MARAC considers cases of high-risk domestic abuse.')), []);
    // Used before that reference's sentence: early still, a footnote mark ending the sentence before.
    assert.deepEqual(check(body('Few children use MOMO.[^5] Children give their views through an app.[^4]', '[^4]: Mind of My Own (MOMO) is an app.', '[^5]: In 2016.')).length, 1);
    assert.deepEqual(check(body('Few children use MOMO. Children give their views through an app.[^4]', '[^4]: Mind of My Own (MOMO) is an app.')).length, 1);
    const before = body('Few children use MOMO.', 'Children give their views through an app.[^4]', '[^4]: Mind of My Own (MOMO) is an app.');
    assert.deepEqual(check(before).map((p) => p.replace(/^\S+ /, '')), ['warning acronyms Acronym `MOMO` is used before it is introduced']);
    // Labels whatever their case; a use before the introduction within the footnote; another expansion in the body, after it.
    assert.deepEqual(check(body('Children give their views through an app.[^Momo]', 'Most children use MOMO.', '[^momo]: Mind of My Own (MOMO) is an app.')), []);
    const within = check(body('Hubs work.[^1]', '[^1]: The MASH is well run. The multi-agency safeguarding hub (MASH) opened in 2015.'));
    assert.deepEqual(within.map((p) => p.replace(/^\S+ /, '')), ['warning acronyms Acronym `MASH` is used before it is introduced']);
    const clash = check(body('Children give their views through an app.[^1]', 'The My Own Mind Online (MOMO) app is used.', '[^1]: Mind of My Own (MOMO) is an app.'));
    assert.deepEqual(clash.map((p) => p.replace(/^\S+ /, '')), ['warning acronyms Expected `MOMO` to stand for `Mind of My Own`, found `My Own Mind Online`']);
  });

  it('takes a plural that is no singular and an `s`, or a footnote mark, as the same expansion', () => {
    const text = body(
      'Plans for each child in need (CIN) are reviewed.',
      'Most children in need (CIN) have a plan. Unaccompanied asylum-seeking children (UASC) are supported.',
      'Each unaccompanied asylum-seeking child (UASC) has a worker. The multi-agency safeguarding hub (MASH) works well.',
      'The multi-agency safeguarding hub[^4] (MASH) is busy.',
      '[^4]: Set up in 2015.',
    );
    assert.deepEqual(check(text), []);
  });

  it('takes the expansion from the words whose initials spell it, skipping small words', () => {
    const text = body(
      'Health services commissioned through child and adolescent mental health services (CAMHS) are good.',
      'Support comes from a child and adolescent mental health service (CAMHS) worker.',
    );
    assert.deepEqual(check(text), []);
  });

  it('treats a plural as the same acronym (`SDQs`, `SDQ`)', () => {
    assert.deepEqual(check(body('Strengths and difficulties questionnaires (SDQs) are used.', 'Each SDQ is reviewed.')), []);
  });

  it('reads mixed-case acronyms and acronyms with `&` (`CiCC`, `H&WBB`)', () => {
    assert.deepEqual(check(body('The Children in Care Council (CiCC) and the health and well-being board (H&WBB) meet.', 'The CiCC reports to the H&WBB.')), []);
    const text = body('The CiCC meets.');
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, 'CiCC'))} warning acronyms Acronym \`CiCC\` is never introduced`]);
  });

  it('reads acronyms joined by a hyphen as one (`CP-IS`), introduced and used so', () => {
    assert.deepEqual(check(body('The child protection information sharing project (CP-IS) is live.', 'CP-IS alerts are checked daily, and each CP-IS flag is reviewed.')), []);
    const text = body('CP-IS alerts are checked daily.', 'Each CP-IS flag is reviewed.');
    assert.deepEqual(check(text), [`${where(text, offsetOf(text, 'CP-IS'))} warning acronyms Acronym \`CP-IS\` is never introduced`]);
  });

  it('takes acronyms joined by a hyphen as their parts when only the parts are introduced (`MASH-CSE`)', () => {
    const both = body('The multi-agency safeguarding hub (MASH) and child sexual exploitation (CSE) panel meet.', 'The MASH-CSE meeting is weekly.');
    assert.deepEqual(check(both), []);
    const one = body('The multi-agency safeguarding hub (MASH) meets.', 'The MASH-CSE meeting is weekly.');
    assert.deepEqual(check(one), [`${where(one, offsetOf(one, 'CSE'))} warning acronyms Acronym \`CSE\` is never introduced`]);
    const led = body('The MASH-led triage is quick.', 'The multi-agency safeguarding hub (MASH) is busy.');
    assert.deepEqual(check(led), [`${where(led, offsetOf(led, 'MASH'))} warning acronyms Acronym \`MASH\` is used before it is introduced`], 'a word in lower case after the hyphen is not an acronym');
  });

  it('does not take Roman numerals, names or words with a capital inside for acronyms', () => {
    assert.deepEqual(check(body('Part II and section IV apply.', 'Brenda McLaughlin shares it on WhatsApp and YouTube.')), []);
  });

  it('does not take post-nominals in a list of inspectors for acronyms', () => {
    assert.deepEqual(check(body('Team inspectors: Maire Atherton SCRI, Cathy Blair AI', 'Quality assurance manager: Janet Fraser SHMI')), []);
    // Names with a capital inside, a comma before the post-nominal, two inspectors joined by `and`.
    assert.deepEqual(check(body('Team inspectors: Peter McEntee SCRI, Mary O’Brien SCRI, Cath McEvoy HMI', 'Anji Parker SCRI and Mandy Nightingale SCRI', 'Quality assurance manager: Janet Fraser, SHMI', 'Jane Smith and John Brown, SCRIs')), []);
    // Not after a name: an acronym still; nor after partners named in prose.
    assert.deepEqual(check(body('The team and SCRI met.')).map((p) => /`(\S+)`/.exec(p)![1]), ['SCRI']);
    assert.deepEqual(check(body('Partners such as the Metropolitan Police, CAMHS and schools attend.')).map((p) => /`(\S+)`/.exec(p)![1]), ['CAMHS']);
    assert.deepEqual(check(body('Meetings are attended by Sutton Police, CAMHS and health.')).map((p) => /`(\S+)`/.exec(p)![1]), ['CAMHS']);
  });

  it('takes the common abbreviations of reports for known: IT, ICT, SMART, HM Government', () => {
    assert.deepEqual(check(body('IT systems and ICT support are weak, and plans are not SMART.', 'HM Government guidance applies.')), []);
  });

  it('allows a use in a heading or table before the introduction, and an introduction in a heading', () => {
    const text = [
      '# Body',
      '| Area | Grade |\n| --- | --- |\n| The LSCB | Good |',
      '## The Local Safeguarding Children Board (LSCB)',
      'The LSCB is good.',
      '',
    ].join('\n\n');
    assert.deepEqual(check(text), []);
  });

  it("allows the profile's common acronyms (`UK`, `GCSEs`, `GPs`)", () => {
    assert.deepEqual(check(body('Across the UK, GCSEs and GPs matter.')), []);
  });

  it('allows more acronyms with the `allow` option, in singular or plural', () => {
    const text = body('The PAUSE project and IFA placements help.', 'IFAs are used.');
    assert.equal(check(text).length, 2);
    assert.deepEqual(check(text, { allow: ['PAUSE', 'IFAs'] }), []);
  });

  it('ignores code, HTML comments, URLs and front matter', () => {
    const text = '---\nauthority: ABC Council\n---\n\n# Body\n\nRun `XYZ` and see <!-- QQQ --> www.example.org/ABCD for more.\n\n```\nMASH\n```\n';
    assert.deepEqual(check(text), []);
  });

  it('reports the Sutton report using `MASE` without introducing it', () => {
    assert.deepEqual(check(corpus('sutton-2017')), ['353:221 warning acronyms Acronym `MASE` is never introduced']);
  });

  it('gives warnings, never errors, by default, and offers no automatic fix', () => {
    const problems = lintRule(body('The MASE panel meets.', 'The MASH responds.', 'The multi-agency safeguarding hub (MASH) is here.'), 'acronyms');
    assert.equal(problems.length, 2);
    assert.ok(problems.every((p) => p.severity === 'warning' && p.fix === undefined));
  });
});
