// Bundles the language server, the CLI, their analysis worker (and the VS Code client when present) into dist/.
//
// The server and the CLI start often and briefly, and compiling their bundle is a good part of that
// start: each bundle (dist/NAME.bundle.js) gets a small loader (dist/NAME.js) that compiles it with a
// V8 code cache made here, by running it once. A cache from another Node/V8 (VS Code's Electron, say)
// is rejected by V8 and the bundle simply compiles as usual.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
  // esbuild 0.28 rewrites some regex literals with Unicode property escapes (/^\p{Lu}/u) into `new RegExp(…)`
  // for node20, which supports them: a literal's pattern is parsed once, `new RegExp` parses it on every call
  // (about 0.2 ms for \p{L}, on the keystroke path and in every cold start).
  supported: { 'regexp-unicode-property-escapes': true },
  // ES-module dependencies bundled into CommonJS read import.meta.url (fdir via tinyglobby).
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/** `require('./features')` in lsp/server.ts: the features bundle's loader at run time, not bundled here. */
const externalFeatures = {
  name: 'external-features',
  setup(context) {
    context.onResolve({ filter: /^\.\/features$/ }, (args) =>
      args.importer.endsWith(path.join('lsp', 'server.ts')) ? { path: './server-features.js', external: true } : undefined,
    );
  },
};

/** `require('../export/index')` in the CLI and the server: the export's own bundle (dist/export.js, with pdfkit and
 *  docx), loaded only when something is exported, so checking a CV never compiles the writers. */
const externalExport = {
  name: 'external-export',
  setup(context) {
    context.onResolve({ filter: /^\.\.\/export\/index$/ }, (args) =>
      /[\\/](cli|lsp)$/.test(path.dirname(args.importer)) ? { path: './export.js', external: true } : undefined,
    );
  },
};

/** The PDF's fonts (server/src/export/fonts.ts reads them from dist/fonts), with their licence. */
const FONT_PACKAGE_FILES = 'node_modules/@fontsource/source-sans-3';
const FONT_FILES = ['latin', 'latin-ext'].flatMap((script) =>
  ['400-normal', '400-italic', '600-normal', '700-normal'].map((face) => `source-sans-3-${script}-${face}.woff`),
);

/** Entries started as processes (and the server's features, which it loads after `initialize`): bundled behind
 *  a code-cached loader. `warm` runs it once to write the caches (the server's run writes the features' too). */
const cached = [{ name: 'cli', entry: 'server/src/cli/main.ts', shebang: true, warm: warmCli, plugins: [externalExport] }];
if (existsSync('server/src/server.ts')) {
  cached.push({
    name: 'server',
    entry: 'server/src/server.ts',
    shebang: false,
    warm: warmServer,
    // lsp/server.ts requires './features' lazily: in dist that is the features' own loader, beside this one.
    plugins: [externalFeatures, externalExport],
  });
  cached.push({
    name: 'server-features',
    entry: 'server/src/lsp/features.ts',
    shebang: false,
    warm: null,
    // The features take only enums and types from vscode-languageserver: those live in its types package, so the
    // features bundle does not carry a second copy of the server library.
    alias: { 'vscode-languageserver': 'vscode-languageserver-types' },
  });
}

// The server and the CLI start analyses in a worker thread from dist/analysis-worker.js, beside them. A worker
// loads and compiles its engine again: its loader writes the cache once the worker has loaded and warmed up
// (`cacheWhenLoaded`: a worker that is terminated never sees its process exit).
cached.push({ name: 'analysis-worker', entry: 'server/src/analysis/analysis-worker.ts', shebang: false, warm: warmWorker, cacheWhenLoaded: true });

const plain = [{ entryPoints: ['server/src/export/index.ts'], outfile: 'dist/export.js' }];
if (existsSync('client/src/extension.ts')) {
  plain.push({ entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
}

await Promise.all([
  ...cached.map(({ name, entry, plugins, alias }) => build({ ...common, entryPoints: [entry], outfile: `dist/${name}.bundle.js`, plugins, alias })),
  ...plain.map((entry) => build({ ...common, ...entry })),
]);

mkdirSync('dist/fonts', { recursive: true });
for (const file of FONT_FILES) copyFileSync(path.join(FONT_PACKAGE_FILES, 'files', file), path.join('dist/fonts', file));
copyFileSync(path.join(FONT_PACKAGE_FILES, 'LICENSE'), 'dist/fonts/LICENSE-SourceSans3.txt');

for (const entry of cached) {
  const { name, shebang } = entry;
  const bundle = `dist/${name}.bundle.js`;
  const hash = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 16);
  entry.cacheFile = `${name}.bundle.${hash}.cache`;
  for (const old of readdirSync('dist').filter((file) => file.startsWith(`${name}.bundle.`) && file.endsWith('.cache'))) rmSync(path.join('dist', old));
  writeFileSync(`dist/${name}.js`, loaderSource(`${name}.bundle.js`, entry.cacheFile, shebang, entry.cacheWhenLoaded === true));
  if (shebang) chmodSync(`dist/${name}.js`, 0o755);
}
for (const { name, warm } of cached) if (warm) await warm(`dist/${name}.js`);
for (const { cacheFile } of cached) if (!existsSync(`dist/${cacheFile}`)) throw new Error(`dist/${cacheFile} was not written`);

/**
 * The loader: the bundle runs as this very module (so `require.main === module` holds in the CLI),
 * compiled from the code cache whose name carries the bundle's hash, so a rebuilt bundle never
 * meets a stale cache. With CVLINT_WRITE_CODE_CACHE set, it writes that cache when the process ends.
 */
function loaderSource(bundleName, cacheName, shebang, cacheWhenLoaded) {
  return `${shebang ? '#!/usr/bin/env node\n' : ''}'use strict';
// Generated by scripts/build.mjs: runs ${bundleName} compiled from its V8 code cache when there is one.
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const file = path.join(__dirname, ${JSON.stringify(bundleName)});
const cacheFile = path.join(__dirname, ${JSON.stringify(cacheName)});
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (not built here, or left out of the package): compile as usual.
}
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
${cacheWhenLoaded ? '' : "if (process.env.CVLINT_WRITE_CODE_CACHE) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));\n"}script.runInThisContext().call(module.exports, module.exports, require, module, file, __dirname);
${cacheWhenLoaded ? 'if (process.env.CVLINT_WRITE_CODE_CACHE) writeFileSync(cacheFile, script.createCachedData());\n' : ''}`;
}

function runToEnd(child, what) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal ? reject(new Error(`${what}: killed by ${signal}`)) : resolve(code)));
  });
}

/** Runs the CLI once on an example CV; the loader writes the cache of everything it compiled. */
async function warmCli(loader) {
  const child = spawn(process.execPath, [loader, 'examples/cv-gaps-it.md'], { stdio: 'ignore', env: { ...process.env, CVLINT_WRITE_CODE_CACHE: '1' } });
  await runToEnd(child, 'warming the CLI');
}

/** Starts the analysis worker (it warms up with an analysis as it loads, then its loader writes the cache) and
 *  checks one example CV in it. */
async function warmWorker(loader) {
  const script = `
    const { Worker } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const worker = new Worker(${JSON.stringify(path.resolve(loader))}, { workerData: { warmUp: true } });
    const text = readFileSync('examples/cv-gaps-en.md', 'utf8');
    worker.on('message', (reply) => {
      if (reply.kind === 'ready') worker.postMessage({ id: 1, text, options: { fileName: 'cv.md' }, maxFileSizeKb: 1024, withOutline: true });
      else if (reply.kind === 'result' || reply.kind === 'error') process.exit(reply.kind === 'result' ? 0 : 1);
    });
    worker.on('error', (error) => { console.error(error); process.exit(1); });
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CVLINT_WRITE_CODE_CACHE: '1' } });
  const code = await runToEnd(child, 'warming the analysis worker');
  if (code !== 0) throw new Error(`warming the analysis worker failed (exit code ${code})`);
}

/** Starts the server, opens an example CV, waits for its diagnostics, then shuts it down. */
async function warmServer(loader) {
  const child = spawn(process.execPath, [loader, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, CVLINT_WRITE_CODE_CACHE: '1' } });
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const ended = runToEnd(child, 'warming the server');
  const text = readFileSync('examples/cv-gaps-it.md', 'utf8');
  let output = '';
  const diagnostics = new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      if (output.includes('textDocument/publishDiagnostics')) resolve();
    });
  });
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  send({ method: 'initialized', params: {} });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///cvlint-build/cv.md', languageId: 'markdown', version: 1, text } } });
  const timeout = setTimeout(() => child.kill(), 30_000);
  await diagnostics;
  send({ id: 2, method: 'shutdown' });
  send({ method: 'exit' });
  await ended;
  clearTimeout(timeout);
}
