// Bundles what ships: the CLI, the language server and the VS Code extension.
// `node esbuild.js` builds once; `--watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
// `dist/cli.js` and `dist/server.js` are small loaders that start their bundle with a V8 code cache (server/src/boot).
const targets = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.bundle.js' },
  { entryPoints: ['server/src/boot/cli-entry.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.bundle.js' },
  { entryPoints: ['server/src/boot/server-entry.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((t) => fs.existsSync(path.join(__dirname, t.entryPoints[0])));

async function main() {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // remark's packages are ESM; bundling them into CommonJS is what makes one file per entry.
    mainFields: ['module', 'main'],
  };
  const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, ...t })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
