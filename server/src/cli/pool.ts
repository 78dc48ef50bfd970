/**
 * Checking many drafts on every core: a pool of worker threads running the
 * same bundle, each with its own settings cache. Results come back in input
 * order whatever order the workers finish in. Few files, one core, or not
 * running from the bundle: everything runs in this thread.
 *
 * - One worker per core; this thread only hands out files and collects
 *   results, so it takes no core from them.
 * - Files are handed out one at a time as workers finish, largest first:
 *   the run ends on small files, not with one core still parsing a big
 *   draft while the other waits.
 * - Workers keep V8's default young generation. A larger one (64 MB
 *   semi-spaces) cuts the time spent in scavenges by a third, but the
 *   memory it sweeps through no longer fits in the cache: with both cores
 *   busy the run took more CPU time, not less, and half as much memory again.
 *
 * `INSPECTION_LINT_WORKERS=N` sets the number of workers (0: none).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions, CheckTask } from './check-file';
import { checkFile } from './check-file';
import type { FileResult } from './results';
import type { SettingsOptions } from './settings';
import { Settings } from './settings';

const WORKER_ROLE = 'inspection-lint-worker';
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;
const FILES_PER_WORKER = 4;

interface WorkerInit {
  readonly role: typeof WORKER_ROLE;
  readonly options: CheckOptions;
  readonly settings: SettingsOptions;
}

function workerCount(files: number): number {
  const env = process.env.INSPECTION_LINT_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(Number(env), files);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  const cores = availableParallelism();
  if (cores < 2) return 0;
  return Math.min(cores, Math.ceil(files / FILES_PER_WORKER));
}

/** The bundle can start itself as a worker; the TypeScript sources (tests) cannot. */
function canStartWorkers(): boolean {
  return typeof __filename === 'string' && __filename.endsWith('.js');
}

/** Size in bytes, for ordering only: a file that cannot be read counts as empty (its worker reports why). */
function sizeOf(task: CheckTask): number {
  if (task.bytes) return task.bytes.length;
  try {
    return statSync(task.path!).size;
  } catch {
    return 0;
  }
}

/** Task indices, largest file first (input order among equals). */
function largestFirst(tasks: readonly CheckTask[]): number[] {
  const sizes = tasks.map(sizeOf);
  return tasks.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

export async function checkAll(tasks: readonly CheckTask[], options: CheckOptions, settingsOptions: SettingsOptions): Promise<FileResult[]> {
  const workers = canStartWorkers() ? workerCount(tasks.length) : 0;
  if (workers === 0) {
    const settings = new Settings(settingsOptions);
    return tasks.map((t) => checkFile(t, options, settings));
  }
  const results: FileResult[] = new Array(tasks.length);
  const queue = largestFirst(tasks);
  let next = 0;
  const init: WorkerInit = { role: WORKER_ROLE, options, settings: settingsOptions };
  let local: Settings | undefined;
  const checkHere = (i: number): FileResult => checkFile(tasks[i], options, (local ??= new Settings(settingsOptions)));
  await Promise.all(
    Array.from({ length: workers }, () => {
      return new Promise<void>((resolve) => {
        const worker = new Worker(__filename, { workerData: init });
        let current = -1;
        const feed = (): void => {
          if (next >= queue.length) {
            current = -1;
            void worker.terminate();
            return;
          }
          current = queue[next++];
          worker.postMessage({ index: current, task: tasks[current] });
        };
        worker.on('message', (m: { index: number; result: FileResult }) => {
          results[m.index] = m.result;
          feed();
        });
        worker.on('error', () => {
          // A worker that died: finish its file and the rest of its share here.
          if (current >= 0 && results[current] === undefined) results[current] = checkHere(current);
          current = -1;
        });
        worker.on('exit', () => {
          while (next < queue.length) {
            const i = queue[next++];
            results[i] = checkHere(i);
          }
          resolve();
        });
        feed();
      });
    }),
  );
  for (let i = 0; i < tasks.length; i++) if (results[i] === undefined) results[i] = checkHere(i);
  return results;
}

/** True when this thread is a worker of the pool; it then serves tasks until terminated. */
export function serveIfWorker(): boolean {
  if (isMainThread || (workerData as WorkerInit | undefined)?.role !== WORKER_ROLE || !parentPort) return false;
  const init = workerData as WorkerInit;
  const settings = new Settings(init.settings);
  const port = parentPort;
  port.on('message', (m: { index: number; task: CheckTask }) => {
    port.postMessage({ index: m.index, result: checkFile(m.task, init.options, settings) });
  });
  return true;
}
