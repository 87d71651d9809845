// The extension tests' entry point, loaded by VS Code as `extensionTestsPath` (by @vscode/test-electron,
// and by code-server through the `payload` URL parameter): runs the mocha suite inside the extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';

// Mocha 12 is an ES module package; its CommonJS build loads synchronously in the extension host.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha/lib/mocha.cjs') as typeof import('mocha');

/** The line the runners look for to count the results. */
export const RESULT_MARKER = 'cvlint-e2e-result';
/** Logged as soon as a test fails, so that the code-server runner can take a screenshot of that moment. */
export const FAILURE_MARKER = 'cvlint-e2e-failed';

export function run(): Promise<void> {
  const grep = process.env.CVLINT_E2E_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec', ...(grep ? { grep } : {}) });
  // Activation first: it checks that nothing activated the extension before a Markdown file was opened.
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js'));
  files.sort((a, b) => Number(b === 'activation.test.js') - Number(a === 'activation.test.js') || a.localeCompare(b));
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const started = Date.now();
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const result = { passed: runner.stats?.passes ?? 0, failed: failures, durationMs: Date.now() - started };
        console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
        if (failures > 0) reject(new Error(`${failures} extension tests failed`));
        else resolve();
      });
      runner.on('fail', (test) => console.log(`${FAILURE_MARKER} ${test.fullTitle()}`));
    } catch (error) {
      console.error(error);
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: 0, failed: 1, durationMs: Date.now() - started })}`);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
