/**
 * The snippets a writer expands: each is well formed, offers grades as a
 * choice from the profile's scale, and expands into text the checker reads
 * as what it claims to be.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintText, model, repoRoot, summarise } from '../helpers/drafts';
import { bodyOf, expand, snippets, SNIPPETS_PATH } from '../helpers/snippets';
import { defaultProfile } from '../../server/src/profiles/profiles';

const profile = defaultProfile();
const tableGrades = profile.grades.filter((g) => g.rank !== undefined).map((g) => g.label);

function flatten<T extends { children: readonly T[] }>(xs: readonly T[]): T[] {
  return xs.flatMap((x) => [x, ...flatten(x.children)]);
}

describe('snippets', () => {
  const all = snippets();

  it('are the snippets package.json contributes for drafts', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const s = pkg.contributes.snippets.find((x: { language: string }) => x.language === 'inspection-report');
    assert.equal(path.resolve(repoRoot, s.path), SNIPPETS_PATH);
  });

  for (const [name, s] of Object.entries(all)) {
    it(`"${name}" has a prefix, a description and at least one placeholder`, () => {
      assert.ok([s.prefix].flat().length > 0 && [s.prefix].flat().every((p) => /^[a-z][a-z-]*$/.test(p)), `prefix ${s.prefix}`);
      assert.ok(s.description.length > 10);
      const parsed = expand(bodyOf(s));
      assert.ok([...parsed.stops.keys()].some((n) => n > 0), 'no placeholder');
    });
  }

  it('offers table grades as a choice of exactly the profile\'s grades', () => {
    let seen = 0;
    for (const s of Object.values(all)) {
      for (const options of expand(bodyOf(s)).choices.values()) {
        if (!options.includes('Good')) continue;
        seen++;
        assert.deepEqual(options, tableGrades);
      }
    }
    assert.ok(seen >= 6, `only ${seen} grade choices`);
  });

  for (const pick of [0, 1, 2, 3]) {
    it(`expands a new report, choosing grade ${tableGrades[pick]} throughout, into a draft with no problems`, () => {
      const text = expand(bodyOf(all['New inspection report']), pick).text;
      assert.deepEqual(summarise(text, lintText(text)), []);
      const statements = model(text).statements;
      assert.equal(statements.length, 13);
      assert.ok(statements.every((s) => s.grade.grade === profile.grades[pick].id), statements.map((s) => s.grade.raw).join(', '));
    });
  }

  it('lays out every required section of the profile, in the profile\'s order', () => {
    const text = expand(bodyOf(all['New inspection report'])).text;
    const found = flatten(model(text).sections).map((s) => s.profileId).filter(Boolean);
    const required = (list: typeof profile.sections): string[] =>
      list.flatMap((s) => [...(s.required ? [s.id] : []), ...required(s.children ?? [])]);
    const want = required(profile.sections);
    assert.deepEqual(found.filter((id) => want.includes(id!)), want);
  });

  it('expands a judged section into a heading and a one-row table stating the judgement', () => {
    // The first table of a report is its headline table; the section's own table comes after it.
    const headline = "| Children's services in the area are good | |\n| --- | --- |\n| 2. Children looked after and achieving permanence | Good |\n\n";
    const text = headline + expand(bodyOf(all['Judged section']), 1).text;
    const statement = model(text).statements.find((s) => s.kind !== 'headline-overall' && s.kind !== 'headline-row')!;
    assert.equal(statement.kind, 'section-table');
    assert.equal(statement.area, 'looked-after');
    assert.equal(statement.grade.grade, 'good');
    assert.deepEqual(model(text).paragraphs.map((p) => p.number), [1]);
  });

  it('expands a numbered finding into one numbered paragraph with one marker', () => {
    const r = model(expand(bodyOf(all['Numbered finding'])).text);
    assert.equal(r.paragraphs.length, 1);
    assert.equal(r.markers.length, 1);
    assert.equal(r.markers[0].paragraphIndex, 0);
  });

  it('expands a recommendation into a numbered recommendation under Recommendations', () => {
    const text = `## Recommendations\n\n${expand(bodyOf(all['Recommendation'])).text}\n`;
    const r = model(text);
    assert.deepEqual(r.recommendations.map((x) => x.id), ['1']);
  });

  for (const pick of [0, 2]) {
    it(`expands a graded-judgement sentence the checker reads (${pick === 0 ? 'adoption' : 'care leavers'})`, () => {
      const text = expand(bodyOf(all['Graded judgement sentence']), pick).text;
      const [s] = model(`## The experiences and progress of children looked after and achieving permanence\n\n${text}\n`).statements;
      assert.equal(s?.kind, 'sentence', text);
      assert.equal(s.area, pick === 0 ? 'adoption' : 'care-leavers');
      assert.equal(s.grade.grade, profile.grades[pick].id);
    });
  }

  it('expands a footnote reference and definition that belong together', () => {
    const text = `Some text${expand(bodyOf(all['Footnote'])).text}.\n\n${expand(bodyOf(all['Footnote definition'])).text}\n`;
    assert.deepEqual(summarise(text, lintText(text)).filter((l) => l.includes('footnote')), []);
    const r = model(text);
    assert.equal(r.footnoteReferences.length, 1);
    assert.equal(r.footnoteDefinitions.length, 1);
  });
});
