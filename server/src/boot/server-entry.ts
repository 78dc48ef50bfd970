/** `dist/server.js`: starts the language server's bundle with a code cache (see `code-cache.ts`). */
import * as path from 'node:path';
import { runBundle } from './code-cache';
import { setV8Flags } from './v8-flags';

runBundle(path.join(__dirname, 'server.bundle.js'), module, setV8Flags('server'));
