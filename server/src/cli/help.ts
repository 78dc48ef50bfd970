/** `--help` and `--list-rules`. */
import type { RuleMeta } from '../engine/types';
import { formatNames } from './format';

export const HELP = `Usage: inspection-lint [options] [files, folders, globs, or - for stdin]

Checks inspection report drafts (Markdown, *.report.md) against the report's
structure: judgements, paragraph numbering, recommendations and the findings
that support them. Folders are searched for **/*.report.md; no input checks
the current folder.

Options:
  -f, --format <name>        Output format: ${formatNames.join(', ')} (default: stylish)
  -o, --output-file <file>   Write the report to a file instead of stdout
      --fix                  Fix what can be fixed, write the files, report what is left
      --fix-dry-run          Print a unified diff of what --fix would change; write nothing
  -c, --config <file>        Use this config file (no search for .inspection-lint.json)
      --profile <id|path>    Check against this profile (over the config file and front matter)
      --rule <id:severity>   Set a rule's severity: off, info, warning, error (repeatable)
      --max-warnings <n>     Exit 1 when there are more than n warnings
  -q, --quiet                Report errors only
      --color, --no-color    Force colours on or off (default: on a terminal, unless NO_COLOR is set)
      --stdin-filename <f>   The path a draft read from stdin (-) stands for
      --print-config <file>  Print the settings used for a file, and exit
      --list-rules           List the rules, and exit
  -v, --version              Print the version, and exit
  -h, --help                 Print this help, and exit

Commands:
  inspection-lint map <draft> [--format md|csv|json]
                             The recommendations and the findings that support them

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 the tool could not do its job (missing or unreadable file, input that is not
UTF-8 text, broken config, bad arguments, nothing matched).
`;

export function listRules(rules: readonly RuleMeta[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(7)}  ${r.fixable ? 'fixable' : '       '}  ${r.description}`);
  return `${'rule'.padEnd(idWidth)}  ${'default'.padEnd(7)}  ${'       '}  description\n${lines.join('\n')}\n`;
}
