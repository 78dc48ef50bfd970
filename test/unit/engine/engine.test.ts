/**
 * The rule runner: a rule that throws is isolated, severities and options
 * come from the config, fixes are kept only for fixable rules, and fixing
 * everything converges.
 */
import { strict as assert } from 'node:assert';
import { fixAll } from '../../../server/src/engine/analyse';
import { lint } from '../../../server/src/engine/lint';
import type { Config } from '../../../server/src/engine/config';
import type { Rule } from '../../../server/src/engine/types';
import { fixesOf } from '../../../server/src/engine/fixes';
import { renumberFix } from '../../../server/src/rules/paragraph-numbering';
import { defaultProfile } from '../../../server/src/profiles/profiles';
import { corpus, deleteParagraph, lintText, model, replaceOnce } from '../../helpers/drafts';

const text = '# Body\n\nSome text.\n';

/** Reports one problem at the start, with the `word` option in its message. */
const talker: Rule = {
  id: 'talker',
  description: 'Says a word',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: { word: 'hello', quiet: false },
  check(ctx) {
    ctx.report({
      span: { start: 0, end: 1 },
      message: `Said \`${String(ctx.options.word)}\``,
      severity: ctx.options.quiet ? 'warning' : undefined,
      fix: { title: 'Insert a word', edits: [{ span: { start: 0, end: 0 }, newText: String(ctx.options.word) }] },
    });
  },
};
const thrower: Rule = {
  id: 'thrower',
  description: 'Always fails',
  defaultSeverity: 'error',
  fixable: false,
  check() {
    throw new Error('boom');
  },
};
const run = (rules: Rule[], config: Config = {}) => lint(model(text), { rules, config });

describe('engine', () => {
  it('turns a rule that throws into one internal-error problem, and the other rules still report', () => {
    const problems = run([thrower, talker]);
    assert.deepEqual(
      problems.map((p) => [p.ruleId, p.severity, p.message]),
      [
        ['internal-error', 'error', 'Rule `thrower` failed: boom'],
        ['talker', 'error', 'Said `hello`'],
      ],
    );
  });

  it('keeps the problem of a fix that fails when it is made on demand, without the fix, and fixing everything goes on', () => {
    const lazyBreaker: Rule = {
      id: 'lazy-breaker',
      description: 'Reports a problem whose fix fails to be made',
      defaultSeverity: 'error',
      fixable: true,
      check(ctx) {
        ctx.report({ span: { start: 0, end: 1 }, message: 'Broken fix', fix: () => { throw new Error('bug in the fix'); } });
      },
    };
    const problems = run([lazyBreaker, talker]);
    assert.deepEqual(problems.map((p) => [p.ruleId, p.message, p.fix?.title]), [
      ['lazy-breaker', 'Broken fix', undefined],
      ['talker', 'Said `hello`', 'Insert a word'],
    ]);
    assert.doesNotThrow(() => JSON.stringify(problems));
    assert.deepEqual(fixesOf(problems).map((f) => f.title), ['Insert a word']);
  });

  it('honours a severity set in the config: off, warning, error', () => {
    assert.deepEqual(run([talker], { rules: { talker: 'off' } }), []);
    assert.deepEqual(run([talker], { rules: { talker: 'warning' } }).map((p) => p.severity), ['warning']);
    assert.deepEqual(run([talker], { rules: { talker: 'error' } }).map((p) => p.severity), ['error']);
    assert.deepEqual(run([talker], { rules: { talker: { severity: 'warning', word: 'hi' } } }).map((p) => [p.severity, p.message]), [['warning', 'Said `hi`']]);
  });

  it('does not run a rule that is off, so an off rule cannot fail', () => {
    assert.deepEqual(run([thrower], { rules: { thrower: 'off' } }), []);
  });

  it('fills in default options and lets the config override them one by one', () => {
    assert.deepEqual(run([talker]).map((p) => p.message), ['Said `hello`']);
    assert.deepEqual(run([talker], { rules: { talker: { word: 'bonjour' } } }).map((p) => [p.severity, p.message]), [['error', 'Said `bonjour`']]);
  });

  it('lets a rule lower its severity for a lesser problem, never raise it above the config', () => {
    assert.deepEqual(run([talker], { rules: { talker: { quiet: true } } }).map((p) => p.severity), ['warning']);
    assert.deepEqual(run([talker], { rules: { talker: { severity: 'info', quiet: true } } }).map((p) => p.severity), ['info']);
  });

  it('keeps fixes only from rules that declare themselves fixable, and stamps id and docs link', () => {
    const [p] = run([talker]);
    assert.equal(p.fix?.title, 'Insert a word');
    assert.match(p.docsUrl, /#talker$/);
    const [q] = run([{ ...talker, id: 'unfixable', fixable: false }]);
    assert.equal(q.fix, undefined);
  });

  it('makes a fix given as a function only when the problem\'s fix is read, once, and keeps it through copies and JSON', () => {
    let made = 0;
    const lazy: Rule = {
      ...talker,
      id: 'lazy',
      check(ctx) {
        const fix = () => (made++, { title: 'Insert a word', edits: [{ span: { start: 0, end: 0 }, newText: 'word' }] });
        ctx.report({ span: { start: 0, end: 1 }, message: 'One', fix });
        ctx.report({ span: { start: 1, end: 2 }, message: 'Two', fix });
      },
    };
    const problems = run([lazy]);
    assert.equal(made, 0, 'checking makes no fix');
    assert.equal(problems[0].fix?.title, 'Insert a word');
    assert.equal(problems[0].fix?.edits[0].newText, 'word');
    assert.equal(made, 1, 'made once for the problem that was asked');
    assert.deepEqual({ ...problems[1] }.fix, problems[0].fix);
    assert.equal(JSON.parse(JSON.stringify(problems[1])).fix.title, 'Insert a word');
    assert.equal(made, 2);
    const [q] = run([{ ...lazy, id: 'unfixable', fixable: false }]);
    assert.equal(q.fix, undefined);
    assert.equal(made, 2, 'never made for a rule that is not fixable');
  });

  it('makes the renumbering fix of `paragraph-numbering` only when asked, and gives the one a fresh fix gives', () => {
    const broken = replaceOnce(corpus('sutton-2017'), '\n12. ', '\n1e2. ');
    const [p] = lintText(broken, { rules: { 'paragraph-numbering': 'error' } }).filter((x) => x.ruleId === 'paragraph-numbering');
    assert.ok(Object.getOwnPropertyDescriptor(p, 'fix')?.get, 'a fix made when read');
    assert.deepEqual(p.fix, renumberFix(model(broken)));
    assert.equal(p.fix?.title, 'Renumber paragraphs 12 to 94');
  });

  it('honours severities of real rules from the config', () => {
    const sutton = corpus('sutton-2017');
    const of = (config: Config) => lintText(sutton, config).filter((p) => p.ruleId === 'acronyms').map((p) => p.severity);
    assert.deepEqual(of({}), ['warning']);
    assert.deepEqual(of({ rules: { acronyms: 'error' } }), ['error']);
    assert.deepEqual(of({ rules: { acronyms: 'off' } }), []);
    assert.deepEqual(of({ rules: { acronyms: { allow: ['MASE'] } } }), []);
  });

  it('fixes even an empty draft until nothing fixable is left, and a second fix changes nothing', () => {
    for (const text of ['', 'Text.\n']) {
      const once = fixAll(text, defaultProfile());
      assert.deepEqual(fixesOf(once.problems), [], JSON.stringify(text));
      assert.equal(fixAll(once.text, defaultProfile()).text, once.text);
    }
  });

  it('fixes a draft broken in several ways until nothing fixable is left, changing nothing outside the fixes', () => {
    const sutton = corpus('sutton-2017');
    let broken = deleteParagraph(sutton, 40);
    broken = replaceOnce(broken, '| Recommendations | 8 |\n| Summary for children and young people | 9 |\n', '| Summary for children and young people | 9 |\n| Recommendations | 8 |\n');
    broken = replaceOnce(broken, '#### Local leadership', '<!-- inspection-lint-disable-next-line footnotes -->\n#### Local leadership');
    const result = fixAll(broken, defaultProfile());
    assert.deepEqual(fixesOf(result.problems), []);
    // The same text as fixing the published report, less paragraph 40 and with every later number one less.
    const expected = fixAll(sutton, defaultProfile()).text;
    assert.equal(result.text.split('\n').length, expected.split('\n').length - 2);
    assert.ok(!result.text.includes('inspection-lint-disable'));
    assert.ok(result.text.includes('| Recommendations | 8 |\n| Summary for children and young people | 9 |'));
    const unchanged = (t: string) => t.slice(0, t.indexOf('\n40. '));
    assert.equal(unchanged(result.text), unchanged(expected));
  });
});
