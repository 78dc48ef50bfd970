import type { Fix, Rule, RuleContext, TextEdit } from '../engine/types';
import type { NumberedParagraph, Report } from '../model/types';
import { renumberEdits } from './renumber';

/**
 * One sequence of numbered paragraphs runs through the whole report, 1 to N.
 * Each defect is reported once, where the sequence first goes wrong, and the
 * sequence then re-synchronises: on the number that was written when the
 * paragraphs after it follow it (a deleted paragraph 40 gives one problem at
 * 41, not one at every paragraph after it; a repeat or a restart gives one
 * problem where it happens), or on the expected number when the paragraphs
 * after it follow that (a mistyped number, two swapped neighbours, a stray
 * number the sequence goes on without, such as a wrapped line that starts
 * with a year and a full stop).
 */
export const paragraphNumbering: Rule = {
  id: 'paragraph-numbering',
  description: 'Numbered paragraphs run 1 to N through the whole report, with no gap, repeat, restart or disorder',
  defaultSeverity: 'error',
  fixable: true,
  check(ctx: RuleContext) {
    const paras = ctx.draft.paragraphs;
    if (paras.length === 0) return;
    // One renumbering for every problem, made only when a fix is asked for: it rewrites every paragraph number after the first slip.
    let fix: Fix | undefined;
    const theFix = () => (fix ??= renumberFix(ctx.draft));
    let expected = 1;
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i];
      const found = p.number;
      if (found === expected) {
        expected++;
        continue;
      }
      const previous = i > 0 ? paras[i - 1] : undefined;
      const next = paras[i + 1]?.number;
      let message: string;
      if (found === expected + 1 && next === expected) {
        // Two neighbours swapped: one problem, and both are accounted for.
        message = `Expected paragraph \`${expected}\`, found \`${found}\`: paragraphs \`${expected}\` and \`${found}\` are swapped`;
        i++;
        expected += 2;
      } else if (next === expected && !(previous && found === previous.number)) {
        // The paragraphs after it go on as if it were not there: a stray number, such as a wrapped line
        // that starts `2017.`, which Markdown reads as a numbered paragraph of its own.
        message = `Expected paragraph \`${expected}\`, found \`${found}\`, which the paragraphs after it do not follow${strayHint(p, found)}`;
      } else if (next === expected + 1) {
        // The sequence carries on as if this number were right: it was mistyped.
        message = `Expected paragraph \`${expected}\`, found \`${found}\`${previous && found === previous.number ? ' again' : ''}`;
        expected++;
      } else {
        message = describe(expected, found, previous);
        // Re-synchronise on what was written, so one slip is one problem.
        expected = found + 1;
      }
      ctx.report({
        span: p.numberSpan,
        message,
        related: previous ? [{ span: previous.numberSpan, message: `Paragraph \`${previous.number}\` is here` }] : [],
        fix: theFix,
      });
    }
  },
};

/** For a stray number with little or no text, or a year: what may have made it a numbered paragraph. */
function strayHint(p: NumberedParagraph, found: number): string {
  const short = p.text.replace(/^\s*\d+[.)]\s*/, '').trim().length < 40;
  if (!short && !(found >= 1900 && found <= 2099)) return '';
  return `: a line that starts with a number and a full stop is a numbered paragraph of its own (if it continues the paragraph before, indent it, or write \`${found}\\.\`)`;
}

function describe(expected: number, found: number, previous: NumberedParagraph | undefined): string {
  if (previous && found === previous.number) return `Expected paragraph \`${expected}\`, found \`${found}\` again`;
  if (found === 1 && expected > 1) return `Expected paragraph \`${expected}\`, found \`1\`: numbering restarts`;
  if (found < expected) return `Expected paragraph \`${expected}\`, found \`${found}\`: out of order`;
  if (found === expected + 1) return `Expected paragraph \`${expected}\`, found \`${found}\`: paragraph \`${expected}\` is missing`;
  return `Expected paragraph \`${expected}\`, found \`${found}\`: paragraphs \`${expected}\` to \`${found - 1}\` are missing`;
}

export function renumberFix(report: Report): Fix | undefined {
  const edits: TextEdit[] = renumberEdits(report);
  if (edits.length === 0) return undefined;
  const changed = report.paragraphs.filter((p, i) => p.number !== i + 1);
  const first = changed[0] ? changed[0].index + 1 : 1;
  const last = changed.length ? changed[changed.length - 1].index + 1 : report.paragraphs.length;
  return { title: first === last ? `Renumber paragraph ${first}` : `Renumber paragraphs ${first} to ${last}`, edits };
}
