/**
 * The server's code lenses run `editor.action.showReferences` with arguments
 * in LSP form, `[uri: string, position: Position, locations: Location[]]`
 * (JSON can carry nothing else). VS Code's command wants `vscode.Uri`,
 * `vscode.Position` and `vscode.Location[]`, and the language client passes
 * command arguments through untouched, so the code lens middleware converts
 * them here. Pure: the conversions are passed in, so this runs without VS Code.
 */

export const SHOW_REFERENCES = 'editor.action.showReferences';

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspLocation {
  uri: string;
  range: { start: LspPosition; end: LspPosition };
}

/** How one editor builds its own values from LSP ones (`client.protocol2CodeConverter` in VS Code). */
export interface Converters<U, P, L> {
  uri(value: string): U;
  position(value: LspPosition): P;
  location(value: LspLocation): L;
}

interface Command {
  command: string;
  arguments?: unknown[];
}

const isPosition = (v: unknown): v is LspPosition =>
  typeof v === 'object' && v !== null && typeof (v as LspPosition).line === 'number' && typeof (v as LspPosition).character === 'number';

const isLocation = (v: unknown): v is LspLocation =>
  typeof v === 'object' && v !== null && typeof (v as LspLocation).uri === 'string' && isPosition((v as LspLocation).range?.start) && isPosition((v as LspLocation).range?.end);

/**
 * The arguments of a show-references command converted to the editor's types;
 * other commands, and arguments not in LSP form (already converted), are left as they are.
 */
export function editorArguments<U, P, L>(command: Command, convert: Converters<U, P, L>): unknown[] | undefined {
  const args = command.arguments;
  if (command.command !== SHOW_REFERENCES || !args || args.length !== 3) return args;
  const [uri, position, locations] = args;
  if (typeof uri !== 'string' || !isPosition(position) || !Array.isArray(locations) || !locations.every(isLocation)) return args;
  return [convert.uri(uri), convert.position(position), locations.map((l) => convert.location(l))];
}
