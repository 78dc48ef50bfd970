/**
 * `--format github`: GitHub Actions workflow commands, which the Actions
 * runner turns into annotations on the pull request's diff:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=rule-id::message`.
 */
import type { Message } from '../results';
import type { Formatter } from './context';

/** Escaping for the message (data) part. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for property values. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(m: Message): string {
  return m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice';
}

export const github: Formatter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    const file = escapeProperty(r.file.replace(/\\/g, '/'));
    if (r.fatal) out.push(`::error file=${file},title=inspection-lint::${escapeData(r.fatal)}`);
    for (const m of r.messages) {
      // GitHub's end column is the last character of the range.
      const endColumn = m.endLine === m.line && m.endColumn > m.column ? m.endColumn - 1 : m.endColumn;
      out.push(`::${command(m)} file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${endColumn},title=${escapeProperty(m.ruleId)}::${escapeData(m.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};
