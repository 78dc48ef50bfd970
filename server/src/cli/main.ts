/**
 * Entry point of `dist/cli.js`: the `inspection-lint` command, or one of
 * its worker threads. Never shows a stack trace: anything unexpected is one
 * line on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { serveIfWorker } from './pool';
import { run, EXIT_TROUBLE } from './run';
import { runMap } from './map/run-map';

function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0];
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
    readStdin: () => readFileSync(0),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => fail(e),
  );
}

if (!serveIfWorker()) main();
