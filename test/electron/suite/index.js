// Runs inside VS Code's extension host (@vscode/test-electron loads it): mocha over
// the *.test.js files beside it, and the counts written where test/electron/run.js reads them.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, failures: failed = 0 } = runner.stats ?? {};
      if (process.env.ELECTRON_TESTS_RESULTS) fs.writeFileSync(process.env.ELECTRON_TESTS_RESULTS, JSON.stringify({ passed: passes, failed }));
      if (failures > 0) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
};
