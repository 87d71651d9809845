// Bundles the language server, the CLI, their analysis worker (and the VS Code client when present) into dist/.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // ES-module dependencies bundled into CommonJS read import.meta.url (fdir via tinyglobby).
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
];
if (existsSync('server/src/server.ts')) {
  entries.push({ entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' });
}
// The server and the CLI start analyses in a worker thread from this file, beside them in dist/.
entries.push({ entryPoints: ['server/src/analysis/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' });
if (existsSync('client/src/extension.ts')) {
  entries.push({ entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
}

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
chmodSync('dist/cli.js', 0o755);
