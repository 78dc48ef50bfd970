// Runs regular expressions against adversarial strings, in a process of its
// own: reads [{ where, source, flags }] as JSON on stdin, prints one line per
// expression before and after it runs, so a hang names its expression.
const chunks = [];
process.stdin.on('data', (d) => chunks.push(d));
process.stdin.on('end', () => {
  const list = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const N = Number(process.env.REGEX_RUN_LENGTH ?? 2000);
  for (const { where, source, flags } of list) {
    process.stdout.write(`start ${where}\n`);
    const re = new RegExp(source, flags.replace('y', ''));
    const chars = new Set([...source.replace(/\\[pPdDwWsSbBnrtu]|\{\d+(,\d*)?\}/g, '')].filter((c) => c >= ' '));
    const inputs = ['word ', ' ', '\t', 'a', 'A', '1', '1, ', 'Aa ', '. ', '(', '-', '–', 'é', '😀', ...chars].flatMap((unit) => {
      const run = unit.repeat(Math.ceil(N / unit.length));
      return [run, run + '\u0000', 'x' + run + '!'];
    });
    const t0 = performance.now();
    for (const input of inputs) {
      if (re.global || re.sticky) {
        re.lastIndex = 0;
        for (const _ of input.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) void _;
      } else re.exec(input);
    }
    process.stdout.write(`done ${Math.round(performance.now() - t0)} ${where}\n`);
  }
});
