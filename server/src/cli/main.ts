/**
 * Entry point of `dist/cli.js`: the `inspection-lint` command, or one of
 * its worker threads. Never shows a stack trace: anything unexpected is one
 * line on stderr and exit code 2.
 */
import { readSync } from 'node:fs';
import { serveIfWorker } from './pool';
import { run, EXIT_TROUBLE } from './run';
import { runMap } from './map/run-map';

function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0];
}

/** All of stdin, synchronously; a non-blocking pipe (EAGAIN) is waited on rather than failed. */
function readAllStdin(): Buffer {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function main(): void {
  const fail = (e: unknown): void => {
    process.stderr.write(`inspection-lint: internal error: ${oneLine(e)}\n`);
    process.exitCode = EXIT_TROUBLE;
  };
  process.on('uncaughtException', (e) => {
    fail(e);
    process.exit(EXIT_TROUBLE);
  });
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A reader that went away (`| head`) is not an error of ours.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(e);
  });
  (process.argv[2] === 'map' ? runMap : run)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: readAllStdin,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => fail(e),
  );
}

if (!serveIfWorker()) main();
