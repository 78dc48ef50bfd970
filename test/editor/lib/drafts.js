// The folder a writer opens in the editor suite: the Sutton report as published,
// a broken draft made from it with two slips a writer makes (a paragraph number
// typed wrong, a section grade that disagrees with the headline table), and an
// empty draft to type into. What the problems should be comes from the CLI,
// which runs the same engine as the language server.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const sutton = fs.readFileSync(path.join(root, 'test/fixtures/corpus/sutton-2017.report.md'), 'utf8');

function replaceOnce(text, from, to) {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`Expected \`${from}\` once in the Sutton fixture`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** The broken draft and where its slips are. */
const broken = {
  name: 'broken.report.md',
  text: replaceOnce(
    replaceOnce(sutton, '\n41. Children looked after make good progress', '\n42. Children looked after make good progress'),
    '\n| Leadership, management and governance | Good |\n',
    '\n| Leadership, management and governance | Inadequate |\n',
  ),
  misnumbered: '42. Children looked after make good progress',
};

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function where(text, needle, from = 0) {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`Expected \`${needle}\` in the draft`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1, offset: i };
}

function lineAt(text, line) {
  return text.split('\n')[line - 1] ?? '';
}

function writeWorkspace(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'sutton-2017.report.md'), sutton);
  fs.writeFileSync(path.join(dir, broken.name), broken.text);
  fs.writeFileSync(path.join(dir, 'new.report.md'), '');
  return dir;
}

/** The problems the CLI finds in a file of the workspace (same engine, same profile). */
function cliProblems(file) {
  const cli = path.join(root, 'dist/cli.js');
  if (!fs.existsSync(cli)) throw new Error('Expected dist/cli.js (npm run build)');
  const r = spawnSync(process.execPath, [cli, '--format', 'json', file], { encoding: 'utf8' });
  if (r.status === 2 || !r.stdout) throw new Error(`The CLI could not check ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout)[0].messages;
}

module.exports = { sutton, broken, where, lineAt, writeWorkspace, cliProblems };
