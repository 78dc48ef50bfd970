/**
 * Spans (offsets) to LSP ranges and back, through the one `LineIndex`.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../util/positions';
import { LineIndex } from '../util/positions';

export class Ranges {
  readonly index: LineIndex;
  constructor(readonly text: string) {
    this.index = LineIndex.of(text);
  }
  position(offset: number): Position {
    const p = this.index.position(offset);
    return { line: p.line, character: p.character };
  }
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
  offset(position: Position): number {
    return this.index.offset(position);
  }
  span(range: Range): Span {
    return { start: this.offset(range.start), end: this.offset(range.end) };
  }
}
