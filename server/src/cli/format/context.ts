/** What every output format is given besides the results. */
import type { RuleMeta } from '../../engine/types';
import type { FileResult } from '../results';

export interface FormatContext {
  /** The working folder; paths in the output are relative to it where they can be. */
  readonly cwd: string;
  /** ANSI colours (stylish only). */
  readonly color: boolean;
  /** Every rule the tool knows, for SARIF's rule table. */
  readonly rules: readonly RuleMeta[];
  readonly version: string;
  /** How many files were asked for (including ones that could not be checked). */
  readonly fileCount: number;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
