import type { Fix, Rule, RuleContext, TextEdit } from '../engine/types';
import type { NumberedParagraph, Report, Span } from '../model/types';
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
        message = `Expected paragraph \`${expected}\`, found \`${found}\`, which the paragraphs after it do not follow${strayHint(ctx.draft.text, p, found, previous)}`;
      } else if (next === expected + 1) {
        // The sequence carries on as if this number were right: it was mistyped.
        message = `Expected paragraph \`${expected}\`, found \`${found}\`${previous && found === previous.number ? ' again' : ''}`;
        expected++;
      } else {
        // A missing number may be written where it belongs, but not as a numbered paragraph.
        const unread = found === expected + 1 ? unreadNumber(ctx.draft.text, expected, previous ? previous.span.end : 0, p.numberSpan.start) : undefined;
        if (unread) {
          ctx.report({
            span: unread.span,
            message: `Expected paragraph \`${expected}\` as a numbered paragraph, found \`${unread.written}\` followed by ${unread.after}: Markdown reads a number as a paragraph's only when a space follows it`,
            related: [{ span: p.numberSpan, message: `Paragraph \`${found}\` is here` }],
            fix: { title: `Write a space after \`${expected}.\``, edits: [unread.edit] },
          });
          expected = found + 1;
          continue;
        }
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

/**
 * A line in text[from, to) that starts with `n.` or `n)` followed by a
 * non-breaking space, or by a letter with no space at all: the number a
 * writer meant (text copied from a PDF often has a non-breaking space
 * there), which Markdown reads as the start of a plain paragraph. With the
 * edit that makes it a numbered paragraph.
 */
function unreadNumber(text: string, n: number, from: number, to: number): { span: Span; written: string; after: string; edit: TextEdit } | undefined {
  const line = new RegExp(String.raw`(?:^|\n)[ ]{0,3}(${n}[.)])([\u00A0\u202F]|(?=\p{L}))`, 'gu');
  // Searched up to `to` only (a view of the draft, not a copy): a search of the whole draft from `from` went on to its end when nothing was found.
  const before = text.slice(0, to);
  line.lastIndex = from;
  for (let m = line.exec(before); m; m = line.exec(before)) {
    const start = m.index + m[0].indexOf(m[1]);
    const after = start + m[1].length;
    if (after >= to) break;
    const next = m[2] ? (m[2] === '\u00A0' ? 'a non-breaking space' : 'a narrow non-breaking space') : `\`${text.slice(after, after + 1)}\``;
    return { span: { start, end: after + m[2].length }, written: m[1], after: next, edit: { span: { start: after, end: after + m[2].length }, newText: ' ' } };
  }
  return undefined;
}

/**
 * For a stray number with little or no text, a year, or on the line right
 * after a paragraph that stops mid-sentence (no blank line between: a wrapped
 * line of that paragraph, `... rose from 7 to` then `9. ...`; in a tight list
 * each item ends its sentence): what may have made it a numbered paragraph.
 */
function strayHint(text: string, p: NumberedParagraph, found: number, previous: NumberedParagraph | undefined): string {
  const short = p.text.replace(/^\s*\d+[.)]\s*/, '').trim().length < 40;
  const wrapped =
    previous !== undefined &&
    previous.span.end <= p.numberSpan.start &&
    /^[ \t]*(?:\r\n?|\n)[ \t]*$/.test(text.slice(previous.span.end, p.numberSpan.start)) &&
    !/[.!?:;]["'’”)\]]*\s*$/.test(previous.text);
  if (!short && !wrapped && !(found >= 1900 && found <= 2099)) return '';
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
