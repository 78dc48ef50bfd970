/**
 * `inspection-lint map <draft> [--format md|csv|json]`: each recommendation
 * with the findings that support it, recommendations with no support, and
 * markers with weak links. Exit code 0, or 2 when it cannot do its job
 * (bad arguments, a missing, unreadable or non-UTF-8 draft, a broken config).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { recommendationMap } from '../../engine/recommendation-map';
import { buildReport } from '../../model/build';
import { DEFAULT_LINK_THRESHOLD } from '../../model/links';
import { decode } from '../decode';
import { UsageError } from '../results';
import { Settings } from '../settings';
import { formatCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { mapRows, type MapRows } from './map-rows';

export interface MapIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Uint8Array;
}

const formats: Record<string, (rows: MapRows) => string> = { md: formatMarkdown, markdown: formatMarkdown, csv: formatCsv, json: formatJson };

export const MAP_USAGE = 'usage: inspection-lint map <draft | -> [--format md|csv|json] [--config file] [--profile id]';

interface MapArgs {
  draft: string;
  format: string;
  config?: string;
  profile?: string;
}

function parse(argv: readonly string[]): MapArgs | 'help' {
  const args = argv[0] === 'map' ? argv.slice(1) : [...argv];
  let draft: string | undefined;
  let format = 'md';
  let config: string | undefined;
  let profile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--format' || a.startsWith('--format=') || a === '-f') format = value('--format');
    else if (a === '--config' || a.startsWith('--config=')) config = value('--config');
    else if (a === '--profile' || a.startsWith('--profile=')) profile = value('--profile');
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option \`${a}\``);
    else if (draft !== undefined) throw new UsageError('expected one draft, found more');
    else draft = a;
  }
  if (draft === undefined) throw new UsageError('expected a draft to map');
  if (!formats[format]) throw new UsageError(`unknown format \`${format}\` (formats: \`md\`, \`csv\`, \`json\`)`);
  return { draft, format, config, profile };
}

export async function runMap(argv: readonly string[], io: MapIo): Promise<number> {
  try {
    const args = parse(argv);
    if (args === 'help') {
      io.stdout(`${MAP_USAGE}\n`);
      return 0;
    }
    const file = args.draft === '-' ? undefined : path.resolve(io.cwd, args.draft);
    const label = file ? path.relative(io.cwd, file) || args.draft : '<stdin>';
    let bytes: Uint8Array;
    try {
      bytes = file ? readFileSync(file) : io.readStdin();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, expected a draft' : 'cannot be read'}`);
    }
    const decoded = decode(bytes);
    if ('problem' in decoded) throw new UsageError(`${label}: ${decoded.problem}`);
    const settings = new Settings({
      cwd: io.cwd,
      configFile: args.config ? path.resolve(io.cwd, args.config) : undefined,
      profile: args.profile,
    }).forFile(file, decoded.text, label);
    const report = buildReport(decoded.text, settings.profile);
    const threshold = thresholdOf(settings.config.rules?.['recommendation-reference']);
    io.stdout(formats[args.format](mapRows(label, report, recommendationMap(report, threshold))));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`inspection-lint map: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function thresholdOf(setting: unknown): number {
  if (setting && typeof setting === 'object' && typeof (setting as { threshold?: unknown }).threshold === 'number') return (setting as { threshold: number }).threshold;
  return DEFAULT_LINK_THRESHOLD;
}
