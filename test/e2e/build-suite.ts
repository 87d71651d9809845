// Compiles the extension-host suite (test/e2e/suite/*.ts) to CommonJS, as the extension host loads
// JavaScript: one bundle per file, `vscode` and mocha left to the host and the repo's node_modules.
// Usage: node --import tsx test/e2e/build-suite.ts [OUT_DIR]   (default .cache/e2e-out)
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const suiteDir = path.join(repoRoot, 'test', 'e2e', 'suite');

/** Builds the suite into `outDir`; returns the path of its entry module (`extensionTestsPath`). */
export async function buildSuite(outDir = path.join(repoRoot, '.cache', 'e2e-out')): Promise<string> {
  // Inside the repo, so that `require('mocha/…')` resolves to the repo's node_modules.
  rmSync(outDir, { recursive: true, force: true });
  const entryPoints = readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => path.join(suiteDir, name));
  await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha', 'mocha/*'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

if (require.main === module) {
  buildSuite(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (entry) => console.log(entry),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
