import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { closestGrade, gradeInAnotherTense, looseSentencePatterns, readSentenceGrade, sentencePatterns, spacesAsWhiteSpace } from '../../../server/src/model/grades';
import { sentenceStatement } from '../../../server/src/model/judgements';
import type { JudgementStatement } from '../../../server/src/model/types';
import type { Span } from '../../../server/src/util/positions';
import { defaultProfile } from '../../../server/src/profiles/profiles';

const profile = defaultProfile();

/** Every grade pattern, then every loose one, on every sentence: what `sentenceStatement` did before it looked at the patterns without grades first. */
function everyPattern(sentence: string, sentenceSpan: Span, kind: 'sentence' | 'headline-overall'): JudgementStatement | undefined {
  const trimmed = sentence.trim();
  const offset = sentenceSpan.start + sentence.indexOf(trimmed);
  const statement = (area: string, m: RegExpExecArray, grade: { grade?: string; exact: boolean }): JudgementStatement => {
    const gradeRaw = m.groups!.grade;
    const gradeStart = offset + (m.index + m[0].lastIndexOf(gradeRaw));
    return {
      kind,
      area,
      label: trimmed,
      labelSpan: { start: offset, end: offset + trimmed.length },
      grade: { raw: gradeRaw, span: { start: gradeStart, end: gradeStart + gradeRaw.length }, ...grade },
      span: sentenceSpan,
    };
  };
  for (const { area, re } of sentencePatterns(profile)) {
    if (kind === 'headline-overall' && area.id !== 'overall') continue;
    const m = re.exec(trimmed);
    if (m?.groups?.grade) return statement(area.id, m, readSentenceGrade(profile, m.groups.grade));
  }
  for (const { area, re } of looseSentencePatterns(profile)) {
    if (kind === 'headline-overall' && area.id !== 'overall') continue;
    const m = re.exec(trimmed);
    if (m?.groups?.grade && closestGrade(profile, m.groups.grade, true) && !(area.id === 'overall' && gradeInAnotherTense(profile, m.groups.grade))) return statement(area.id, m, { exact: false });
  }
  return undefined;
}

describe('judgement sentences', () => {
  it('lets a space between words of a pattern stand for any white space, but not one in a character class or escaped', () => {
    assert.equal(spacesAsWhiteSpace(String.raw`^the board  is [^ ,]+ a\ b {grade}$`), String.raw`^the\s+board\s+is\s+[^ ,]+\s+a\ b\s+{grade}$`);
    assert.equal(spacesAsWhiteSpace(String.raw`[\] ] x`), String.raw`[\] ]\s+x`);
  });

  it('reads a sentence as every grade pattern and every loose pattern would, though it tries the patterns without grades first', () => {
    const opening = fc.constantFrom(
      "Children's services in Sutton are",
      'Children’s services in the London Borough of Sutton',
      'children’s services for Kent is',
      'The graded judgment for adoption performance is that it is',
      'The graded judgement about the experiences and progress of care leavers is that it',
      'The Local Safeguarding Children Board (LSCB) is',
      'The local safeguarding children board',
      'Leaders know their services well and',
      'Children',
      '',
    );
    const grade = fc.constantFrom('good', 'Good', 'outstanding', 'requires improvement to be good', 'require  improvement', 'inadequate', 'not judged', 'goood', 'requries improvement', 'inadequat', 'very good indeed', 'blue', '', '42');
    const tail = fc.constantFrom('', '.', '. ', ' and improving.', '!', '  ');
    const lead = fc.constantFrom('', ' ', '  ');
    let exact = 0;
    let misspelt = 0;
    fc.assert(
      fc.property(lead, opening, fc.constantFrom(' ', '  ', ''), grade, tail, fc.constantFrom<'sentence' | 'headline-overall'>('sentence', 'headline-overall'), (a, b, gap, g, t, kind) => {
        const sentence = `${a}${b}${gap}${g}${t}`;
        const span = { start: 100, end: 100 + sentence.length };
        const read = sentenceStatement(profile, sentence, span, kind);
        assert.deepEqual(read, everyPattern(sentence, span, kind), JSON.stringify(sentence));
        if (read?.grade.exact) exact++;
        else if (read) misspelt++;
      }),
      { numRuns: 3_000, seed: 3 },
    );
    assert.ok(exact > 100 && misspelt > 100, `${exact} exact and ${misspelt} misspelt grades read`);
  });
});

describe('the overall judgement sentence', () => {
  const read = (s: string) => {
    const st = sentenceStatement(profile, s, { start: 0, end: s.length }, 'sentence');
    return st && `${st.area} ${st.grade.raw}`;
  };

  it('reads the place named, however many words it has, and the grade after it', () => {
    assert.equal(read('Children’s services in Sutton are good.'), 'overall good');
    assert.equal(read("Children's services in Bath and North East Somerset require improvement to be good"), 'overall require improvement to be good');
    assert.equal(read('Children’s services in Kingston upon Thames are outstanding'), 'overall outstanding');
    assert.equal(read('The overall judgement is that children’s services in Blackburn with Darwen require improvement'), 'overall require improvement');
  });

  it('does not read a sentence about what the services were, or are no longer, as the grade they are', () => {
    for (const s of [
      'Children’s services in Sutton no longer require improvement.',
      'Children’s services in Sutton were previously judged to require improvement.',
      'Children’s services in Sutton have been judged to require improvement.',
      'Children’s services in Sutton did not require improvement.',
      'Children’s services in Sutton previously required improvement.',
      'Children’s services in Sutton required improvement.',
      'Children’s services in Sutton are no longer inadequate.',
      'The overall judgement is that children’s services in Sutton were previously inadequate',
    ]) {
      assert.equal(read(s), undefined, s);
    }
    // Still read: the grade as it is, and a slip in it.
    assert.equal(read('Children’s services in Sutton still require improvement.'), 'overall require improvement');
    assert.equal(read('Children’s services in Sutton requries improvement.'), 'overall requries improvement');
    // A board named by a place of five words or six.
    assert.equal(read('The Bath and North East Somerset Local Safeguarding Children Board is outstanding'), 'lscb outstanding');
    // Not a sentence about something else and the board: `with`, `of`, `for` and the like are no part of its name.
    assert.equal(read('Engagement with the City and Hackney Safeguarding Children Board is good.'), undefined);
    assert.equal(read('The chair of the Local Safeguarding Children Board is good.'), undefined);
    // Except in a place's own name: a city, isle, borough or county of somewhere.
    assert.equal(read('The City of York Safeguarding Children Board is inadequate.'), 'lscb inadequate');
    assert.equal(read('The Isle of Wight Local Safeguarding Children Board (LSCB) is good'), 'lscb good');
    assert.equal(read('The Royal Borough of Windsor and Maidenhead Safeguarding Children Board requires improvement'), 'lscb requires improvement');
    // In the past, a slip of tense: its grade is still the one it states, held to the others.
    assert.equal(read('The graded judgement for adoption performance is that it was outstanding'), 'adoption outstanding');
    // `they are`, as a report may write of care leavers' experiences.
    assert.equal(read('The graded judgement about the experiences and progress of care leavers is that they are good.'), 'care-leavers good');
    // A graded judgement's sentence states its grade now: `required` there is a slip, to be reported.
    assert.equal(read('The graded judgement for adoption performance is that it required improvement'), 'adoption required improvement');
  });

  it('reads the sentence with any apostrophe a draft may have', () => {
    for (const apostrophe of ['’', "'", '‘', 'ʼ', '`', '´', '′']) {
      assert.equal(read(`Children${apostrophe}s services in Sutton are good.`), 'overall good', apostrophe);
    }
    const s = 'The overall judgement is that childrenʼs services are inadequate';
    const st = sentenceStatement(profile, s, { start: 10, end: 10 + s.length }, 'headline-overall')!;
    assert.equal(st.label, s);
    assert.deepEqual(st.grade.span, { start: 10 + s.indexOf('inadequate'), end: 10 + s.length });
  });

  it('does not take a sentence that grades the overall and then another area for the other area\'s grade', () => {
    assert.equal(read('Children’s services in Sutton are good and services for care leavers require improvement.'), undefined);
    assert.equal(read('Children’s services in Sutton are good and services for children who need adoption are outstanding.'), undefined);
  });
});
