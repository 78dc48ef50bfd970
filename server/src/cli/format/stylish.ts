/**
 * The default output, for people at a terminal: one line per problem,
 * `file:line:col  severity  message  rule-id` (the location is clickable in
 * most terminals and editors), a blank line between files, and a summary.
 */
import type { Message } from '../results';
import { count } from '../results';
import type { Formatter } from './context';

const ansi = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const stylish: Formatter = (results, ctx) => {
  const paint = (code: keyof typeof ansi, s: string): string => (ctx.color ? `\u001b[${ansi[code]}m${s}\u001b[0m` : s);
  const severity = (m: Message): string =>
    m.severity === 'error' ? paint('red', 'error  ') : m.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info   ');
  const blocks: string[] = [];
  for (const r of results) {
    if (r.messages.length === 0) continue;
    const locations = r.messages.map((m) => `${r.file}:${m.line}:${m.column}`);
    const width = Math.max(...locations.map((l) => l.length));
    const msgWidth = Math.min(80, Math.max(...r.messages.map((m) => m.message.length)));
    blocks.push(
      r.messages
        .map((m, i) => `${locations[i].padEnd(width)}  ${severity(m)}  ${m.message.padEnd(msgWidth)}  ${paint('dim', m.ruleId)}`)
        .join('\n'),
    );
  }
  const lines: string[] = [];
  if (blocks.length) lines.push(blocks.join('\n\n'), '');
  for (const r of results) {
    if (r.fixed?.written && r.fixed.count > 0) lines.push(paint('green', `Fixed ${plural(r.fixed.count, 'problem')} in ${r.file}`));
    else if (r.fixed && !r.fixed.written && r.fixed.count > 0 && r.diff !== undefined) lines.push(`Would fix ${plural(r.fixed.count, 'problem')} in ${r.file}`);
  }
  const c = count(results);
  const total = c.errors + c.warnings + c.infos;
  const checked = results.length - c.fatal;
  if (total === 0 && checked === 0) {
    // Nothing was checked: the lines on stderr say why.
  } else if (total === 0) {
    lines.push(paint('green', `No problems in ${plural(checked, 'file')}`));
  } else {
    const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
    if (c.infos) parts.push(`${c.infos} info`);
    const mark = c.errors ? paint('red', '\u2716') : paint('yellow', '\u26a0');
    lines.push(paint('bold', `${mark} ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(checked, 'file')}`));
    if (c.fixable) lines.push(`  ${plural(c.fixable, 'problem')} can be fixed with \`--fix\``);
  }
  if (c.fatal) lines.push(paint('red', `${plural(c.fatal, 'file')} could not be checked`));
  return lines.join('\n') + '\n';
};
