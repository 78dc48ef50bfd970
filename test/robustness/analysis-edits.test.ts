/**
 * Random edits over real drafts, through the whole engine: after every edit
 * the incremental analysis equals a full one (model and problems), nothing
 * throws, no rule fails, nothing is printed (a warning from a library would
 * land in the CLI's stderr and the server's log), every range lies inside
 * the draft, and any single fix leaves the text outside its edits unchanged.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyse } from '../../server/src/engine/analyse';
import { applyEdits } from '../../server/src/engine/fixes';
import { IncrementalAnalyser } from '../../server/src/engine/incremental';
import type { Problem } from '../../server/src/engine/types';
import { INTERNAL_ERROR_RULE } from '../../server/src/engine/types';
import { defaultProfile } from '../../server/src/profiles/profiles';
import { applyEdit, corpusNames, describeEdit, editSequence, startText } from './edits';

const profile = defaultProfile();

function inside(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}..${span.end} lies outside a draft of ${text.length} characters`);
}

function checkProblems(text: string, problems: readonly Problem[], context: string): void {
  for (const p of problems) {
    const what = `${context}: ${p.ruleId} ${p.message}`;
    assert.notEqual(p.ruleId, INTERNAL_ERROR_RULE, what);
    inside(text, p.span, what);
    for (const r of p.related ?? []) inside(text, r.span, `${what} (related)`);
    for (const fix of [...(p.fix ? [p.fix] : []), ...(p.suggestions ?? [])]) {
      for (const e of fix.edits) inside(text, e.span, `${what} (fix ${fix.title})`);
    }
  }
}

/** Applying one fix changes nothing outside its edits' spans. */
function fixStaysLocal(text: string, p: Problem, context: string): void {
  if (!p.fix || p.fix.edits.length === 0) return;
  const edits = [...p.fix.edits].sort((a, b) => a.span.start - b.span.start);
  for (let k = 1; k < edits.length; k++) assert.ok(edits[k - 1].span.end <= edits[k].span.start, `${context}: fix ${p.fix.title} has overlapping edits`);
  const fixed = applyEdits(text, edits);
  let from = 0;
  let at = 0;
  for (const e of edits) {
    assert.equal(fixed.slice(at, at + e.span.start - from), text.slice(from, e.span.start), `${context}: fix ${p.fix.title} changed text before ${e.span.start}`);
    at += e.span.start - from + e.newText.length;
    from = e.span.end;
  }
  assert.equal(fixed.slice(at), text.slice(from), `${context}: fix ${p.fix.title} changed text at the end`);
}

/** Runs `f` with Node's warnings and the console caught; gives its value and what they were asked to print. */
function printed<T>(f: () => T): { value: T; said: string[] } {
  const said: string[] = [];
  const saved = { emitWarning: process.emitWarning, log: console.log, warn: console.warn, error: console.error, info: console.info };
  const keep = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  process.emitWarning = keep as typeof process.emitWarning;
  Object.assign(console, { log: keep, warn: keep, error: keep, info: keep });
  try {
    return { value: f(), said };
  } finally {
    process.emitWarning = saved.emitWarning;
    Object.assign(console, { log: saved.log, warn: saved.warn, error: saved.error, info: saved.info });
  }
}

function comparable(problems: readonly Problem[]) {
  return problems.map((p) => ({ ...p }));
}

describe('the engine under random edits of real drafts', () => {
  it('gives the same model and problems incrementally as in full, and stays sound, after every edit', function () {
    this.timeout(600_000);
    fc.assert(
      fc.property(editSequence(corpusNames, 10, 8_000), (seq) => {
        const analyser = new IncrementalAnalyser();
        let text = startText(seq);
        analyser.analyse(text, profile);
        const done: string[] = [];
        for (const edit of seq.edits) {
          text = applyEdit(text, edit);
          done.push(describeEdit(edit));
          const context = `${seq.name} excerpt ${seq.from.toFixed(4)}/${seq.length}: ${done.join('; ')}`;
          const { value: [full, incremental], said } = printed(() => [analyse(text, profile), analyser.analyse(text, profile)] as const);
          assert.deepEqual(said, [], `${context}: the engine printed something`);
          assert.deepStrictEqual(incremental.report, full.report, `${context}: models differ`);
          assert.deepStrictEqual(comparable(incremental.problems), comparable(full.problems), `${context}: problems differ`);
          checkProblems(text, full.problems, context);
          for (const p of full.problems) fixStaysLocal(text, p, context);
        }
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 8), numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 80) },
    );
  });

  it('gives each of two drafts edited in turn the model and problems of a full analysis, after every edit', function () {
    // What the model remembers is kept per draft and per block; a writer with several drafts open edits them in turn.
    this.timeout(600_000);
    fc.assert(
      fc.property(editSequence(corpusNames, 8, 8_000), editSequence(corpusNames, 8, 8_000), (a, b) => {
        const drafts = [a, b].map((seq) => ({ seq, analyser: new IncrementalAnalyser(), text: startText(seq), done: [] as string[] }));
        for (const d of drafts) d.analyser.analyse(d.text, profile);
        for (let i = 0; i < Math.max(a.edits.length, b.edits.length); i++) {
          for (const d of drafts) {
            const edit = d.seq.edits[i];
            if (!edit) continue;
            d.text = applyEdit(d.text, edit);
            d.done.push(describeEdit(edit));
            const context = `${d.seq.name} excerpt ${d.seq.from.toFixed(4)}/${d.seq.length} (in turn with another draft): ${d.done.join('; ')}`;
            const incremental = d.analyser.analyse(d.text, profile);
            const full = analyse(d.text, profile);
            assert.deepStrictEqual(incremental.report, full.report, `${context}: models differ`);
            assert.deepStrictEqual(comparable(incremental.problems), comparable(full.problems), `${context}: problems differ`);
          }
        }
      }),
      { seed: Number(process.env.ROBUSTNESS_SEED ?? 8), numRuns: Math.ceil(Number(process.env.ROBUSTNESS_RUNS ?? 80) / 2) },
    );
  });
});
