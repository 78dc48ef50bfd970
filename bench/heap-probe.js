// Preloaded into the language server by `bench/soak.ts` (`node --require`):
// on SIGUSR2, a full garbage collection, then one line on stderr with the
// memory still in use, so the soak can tell memory held from memory not yet
// collected. It changes nothing else in the server.
const v8 = require('node:v8');
const vm = require('node:vm');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

process.on('SIGUSR2', () => {
  gc();
  gc();
  const m = process.memoryUsage();
  process.stderr.write(`heap-probe heapUsed=${m.heapUsed} heapTotal=${m.heapTotal} rss=${m.rss}\n`);
});
