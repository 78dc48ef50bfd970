/**
 * Analysis of one draft as it changes: the limits guard, incremental parsing,
 * then the model and the rules. Gives exactly what `analyse` gives for the
 * same text (a property test holds it to that).
 */
import type { Root } from 'mdast';
import type { Profile } from '../profiles/profile-types';
import { buildReport } from '../model/build';
import { IncrementalParser, ParserCache, type IncrementalStats, type TextChange } from '../parse/incremental';
import type { Analysis } from './analyse';
import type { Config } from './config';
import { limitsProblem } from './limits';
import { lint } from './lint';
import { flat } from '../util/flat';
import { forgetFrequencies } from '../model/similarity';

/** The mdast of a draft refused by the limits: nothing. */
export function emptyRoot(): Root {
  return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
}

let analysers = 0;

export class IncrementalAnalyser {
  private readonly parser = new IncrementalParser();
  /** Names this analyser's draft to what the model keeps between versions. */
  private readonly key = `analyser:${++analysers}`;

  analyse(text: string, profile: Profile, config: Config = {}): Analysis {
    flat(text);
    const refused = limitsProblem(text);
    if (refused) {
      this.parser.reset();
      return { report: buildReport('', profile, emptyRoot()), problems: [refused] };
    }
    const report = buildReport(text, profile, this.parser.parse(text), this.key);
    return { report, problems: lint(report, { config }) };
  }

  /** Lets go of what is kept for this draft between versions (its parse and its term frequencies). */
  forget(): void {
    this.parser.reset();
    forgetFrequencies(this.key);
  }
}

const documents = new ParserCache();

/**
 * The mdast of an open document, parsed incrementally from its last version
 * (`change`: what the editor knows of how it came from the last), or undefined when the draft is beyond the limits (`limitsProblem` says why).
 */
export function parseDocument(key: string, text: string, change?: TextChange): Root | undefined {
  flat(text);
  if (limitsProblem(text)) {
    documents.forget(key);
    return undefined;
  }
  return documents.parse(key, text, change);
}

/** How the last parse of an open document was done (whole, or which part again), if it is kept. */
export function documentParseStats(key: string): IncrementalStats | undefined {
  return documents.stats(key);
}

/** Drops what is kept of a closed document: its parse and its term frequencies. */
export function forgetDocument(key: string): void {
  documents.forget(key);
  forgetFrequencies(key);
}
