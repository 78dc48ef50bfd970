/**
 * The one module that turns a document's text into what every feature reads:
 * the report model and the problems, for one version. Features never analyse
 * on their own, so incremental analysis can later replace this alone.
 */
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { buildReport } from '../model/build';
import { readFrontMatter } from '../model/front-matter';
import type { Report } from '../model/types';
import { documentParseStats, emptyRoot, forgetDocument, parseDocument } from '../engine/incremental';
import type { IncrementalStats, TextChange } from '../parse/incremental';
import { LineIndex } from '../util/positions';
import { now } from '../util/clock';
import { limitsProblem } from '../engine/limits';
import type { Config } from '../engine/config';
import { mergeConfig } from '../engine/config';
import { lint } from '../engine/lint';
import type { Problem } from '../engine/types';
import { CONFIG_RULE, docsUrl } from '../engine/types';
import type { Profile } from '../profiles/profile-types';
import { selectProfile } from '../engine/config-file';
import { matchesAny } from './globs';
import { Ranges } from './ranges';
import type { Settings } from './settings';
import { settingsToConfig } from './settings';

export interface AnalysisInput {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
  readonly settings: Settings;
  /** The config file in force for this document, if any. */
  readonly configFile?: { readonly path: string; readonly config: Config };
  /** What the document knows of how `text` came from the text it gave before (see `DraftDocument.takeChange`). */
  readonly change?: TextChange;
  /** Where each line of `text` starts, when the document keeps them (see `LineIndex.withStarts`). */
  readonly lineStarts?: ArrayLike<number>;
}

export interface DocumentAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** False for Markdown that is not an inspection report draft: features then give nothing. */
  readonly isDraft: boolean;
  readonly report: Report;
  readonly problems: readonly Problem[];
  /** The merged engine configuration it was checked with. */
  readonly config: Config;
  readonly ranges: Ranges;
  /** How long the analysis took, by phase (for the trace). */
  readonly timings: AnalysisTimings;
}

/** Milliseconds of each phase of one analysis, and how the parse was done. */
export interface AnalysisTimings {
  /** The limits and the (incremental) parse. */
  readonly parseMs: number;
  readonly modelMs: number;
  readonly rulesMs: number;
  readonly totalMs: number;
  /** Whole, or which part again; undefined when the draft was refused by the limits. */
  readonly parse?: IncrementalStats;
}

/**
 * Precedence, lowest first: built-in defaults < config file < editor settings
 * (rules merge per rule, options per key). The profile, likewise: the draft's
 * front matter `profile:` < the config file's `profile` < `inspectionReport.profile`
 * (the same order as the CLI, where `--profile` is the explicit choice).
 */
export function analyseDocument(input: AnalysisInput): DocumentAnalysis {
  const { text, settings } = input;
  const t0 = now();
  // The line index every position of this analysis is read through, from the document's own line starts when it gives them.
  if (input.lineStarts) LineIndex.withStarts(text, input.lineStarts);
  // Incremental: only the chunk of the draft an edit touches is parsed again; undefined when the draft is beyond the limits.
  const parsed = parseDocument(input.uri, text, input.change);
  const t1 = now();
  const root = parsed ?? emptyRoot();
  const frontMatter = readFrontMatter(root);
  const fmProfile = typeof frontMatter?.data.profile === 'string' && frontMatter.data.profile.trim() ? frontMatter.data.profile.trim() : undefined;
  const config = mergeConfig(input.configFile?.config, settingsToConfig(settings));
  const filePath = uriPath(input.uri);
  const docDir = filePath ? path.dirname(filePath) : process.cwd();

  const selection = selectProfile({
    frontMatter: fmProfile ? { profile: fmProfile, baseDir: docDir, source: 'front matter' } : undefined,
    configFile: input.configFile?.config.profile ? { profile: input.configFile.config.profile, baseDir: path.dirname(input.configFile.path), source: input.configFile.path } : undefined,
    explicit: settings.profile ? { profile: settings.profile, baseDir: docDir, source: 'setting `inspectionReport.profile`' } : undefined,
  });
  const profile: Profile = selection.profile;
  const profileProblems: Problem[] = selection.error
    ? [
        {
          ruleId: CONFIG_RULE,
          severity: 'error',
          docsUrl: docsUrl(CONFIG_RULE),
          span: frontMatter?.span ?? { start: 0, end: 0 },
          message: `${selection.error.message}; checked against ${selection.lastGood ? `the profile file as it last was when valid (\`${profile.id}\`)` : `\`${profile.id}\``}`,
        },
      ]
    : [];

  const report = buildReport(parsed ? text : '', profile, root, input.uri);
  const t2 = now();
  // A headline table is one whose rows name judged areas of the profile with grades, not any first table.
  const hasHeadline = report.headline?.rows.some((r) => r.area !== undefined && r.grade.grade !== undefined) ?? false;
  const isDraft = matchesAny(filePath ?? input.uri, settings.drafts) || fmProfile !== undefined || hasHeadline;
  const problems = !isDraft ? [] : parsed ? [...profileProblems, ...lint(report, { config })] : [limitsProblem(text)!];
  const t3 = now();
  // Reading the front matter, the config and the profile counts with the model.
  const timings: AnalysisTimings = { parseMs: t1 - t0, modelMs: t2 - t1, rulesMs: t3 - t2, totalMs: t3 - t0, parse: parsed ? documentParseStats(input.uri) : undefined };
  return { uri: input.uri, version: input.version, text, isDraft, report, problems, config, ranges: new Ranges(text), timings };
}

/** Lets go of what is kept between versions of a document (its parse), when it closes. */
export function forgetDocumentAnalysis(uri: string): void {
  forgetDocument(uri);
}

/** The file-system path of a `file:` URI, else undefined. */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
