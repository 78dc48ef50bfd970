/**
 * `--format json`: an array with one object per file, in input order, for
 * scripts. Positions are 1-based lines and UTF-16 columns, end exclusive.
 */
import type { Formatter } from './context';

export const json: Formatter = (results) => {
  const files = results.map((r) => {
    const errorCount = r.messages.filter((m) => m.severity === 'error').length;
    const warningCount = r.messages.filter((m) => m.severity === 'warning').length;
    return {
      file: r.file,
      filePath: r.path ?? null,
      messages: r.messages,
      errorCount,
      warningCount,
      infoCount: r.messages.length - errorCount - warningCount,
      fixableCount: r.messages.filter((m) => m.fix).length,
      ...(r.fixed ? { fixed: r.fixed } : {}),
      ...(r.fatal ? { fatal: r.fatal } : {}),
    };
  });
  return JSON.stringify(files, null, 2) + '\n';
};
