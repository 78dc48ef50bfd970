/**
 * `--format sarif`: SARIF 2.1.0, for code scanning (GitHub's
 * `upload-sarif`, IDE viewers). One run; the driver lists every rule with
 * its help link and default level; each result has its rule, level,
 * message, a 1-based region (UTF-16 columns, end exclusive), related
 * locations and, where the rule offers one, its fix. Files that could not
 * be checked become error notifications of the invocation.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../engine/types';
import { docsUrl, INTERNAL_ERROR_RULE } from '../../engine/types';
import type { LocatedFix, Region } from '../results';
import type { Formatter } from './context';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/inspection-report-tools/inspection-report-tools';

function level(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'info' ? 'note' : s;
}

function region(r: Region): Record<string, number> {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function encodePath(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export const sarif: Formatter = (results, ctx) => {
  const ruleIds = ctx.rules.map((r) => r.id);
  const driverRules = ctx.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    helpUri: docsUrl(r.id),
    defaultConfiguration: { level: level(r.defaultSeverity) },
    properties: { fixable: r.fixable },
  }));
  if (!ruleIds.includes(INTERNAL_ERROR_RULE)) {
    ruleIds.push(INTERNAL_ERROR_RULE);
    driverRules.push({
      id: INTERNAL_ERROR_RULE,
      name: 'InternalError',
      shortDescription: { text: 'A rule failed while checking the draft' },
      helpUri: docsUrl(INTERNAL_ERROR_RULE),
      defaultConfiguration: { level: 'error' },
      properties: { fixable: false },
    });
  }
  // Problems the engine itself reports (a draft too large to check, ...) get a rule entry too.
  for (const id of new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))) {
    if (ruleIds.includes(id)) continue;
    const sample = results.flatMap((r) => r.messages).find((m) => m.ruleId === id)!;
    ruleIds.push(id);
    driverRules.push({
      id,
      name: id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
      shortDescription: { text: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) },
      helpUri: sample.docsUrl,
      defaultConfiguration: { level: level(sample.severity) },
      properties: { fixable: false },
    });
  }
  const artifactLocation = (file: string, abs: string | undefined): Record<string, string> => {
    if (!abs) return { uri: encodePath(file) };
    const rel = path.relative(ctx.cwd, abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: encodePath(rel), uriBaseId: '%SRCROOT%' };
    return { uri: pathToFileURL(abs).href };
  };
  const fixOf = (location: Record<string, string>, fix: LocatedFix) => ({
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })),
      },
    ],
  });
  const sarifResults = results.flatMap((r) => {
    const location = artifactLocation(r.file, r.path);
    return r.messages.map((m) => {
      const index = ruleIds.indexOf(m.ruleId);
      return {
        ruleId: m.ruleId,
        ...(index >= 0 ? { ruleIndex: index } : {}),
        level: level(m.severity),
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        ...(m.related?.length
          ? {
              relatedLocations: m.related.map((rel, id) => ({
                id,
                message: { text: rel.message },
                physicalLocation: { artifactLocation: location, region: region(rel) },
              })),
            }
          : {}),
        ...(m.fix ? { fixes: [fixOf(location, m.fix)] } : {}),
      };
    });
  });
  const fatal = results.filter((r) => r.fatal);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'inspection-lint',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules: driverRules,
          },
        },
        invocations: [
          {
            executionSuccessful: fatal.length === 0,
            toolExecutionNotifications: fatal.map((r) => ({
              level: 'error',
              message: { text: r.fatal! },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file, r.path) } }],
            })),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
