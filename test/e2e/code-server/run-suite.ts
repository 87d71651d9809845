// Runs the extension-host suite (test/e2e/suite) inside code-server's real VS Code extension host:
// headless Chromium opens the workbench with the `payload` URL parameter that names the extension
// under test and the tests module; the workbench reports the extension host's console and exit code
// through the functions exposed as `codeAutomationLog` / `codeAutomationExit`.
// Started by test/e2e/code-server/run.sh, which starts and stops code-server.
// Prints `vscode: N passed, N failed`; exit code 0 only if every test passed.
import { format } from 'node:util';
import { launchBrowser, requiredEnv, timestamped } from './browser';

const RESULT_MARKER = 'cvlint-e2e-result';
// The workbench's own start-up chatter, forwarded with the extension host's console.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:)/;
const FAILURE_MARKER = 'cvlint-e2e-failed';

async function main(): Promise<number> {
  const port = requiredEnv('CVLINT_E2E_PORT');
  const folder = requiredEnv('CVLINT_E2E_FOLDER');
  const extensionPath = requiredEnv('CVLINT_E2E_EXTENSION_PATH');
  const testsPath = requiredEnv('CVLINT_E2E_TESTS_PATH');
  // The screenshot at the end; failures get one each, named after this one (…-failure-N.png).
  const screenshot = process.env.CVLINT_E2E_SCREENSHOT;
  let failureShots = 0;
  const timeoutMs = Number(process.env.CVLINT_E2E_SUITE_TIMEOUT_MS ?? 240000);
  const log = timestamped('vscode');

  let result: { passed: number; failed: number; durationMs: number } | undefined;
  let settle: (code: number | 'timeout') => void = () => undefined;
  const exited = new Promise<number | 'timeout'>((resolve) => (settle = resolve));

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(args ?? []));
      if (line.startsWith(RESULT_MARKER)) {
        result = JSON.parse(line.slice(RESULT_MARKER.length));
        return;
      }
      if (line.startsWith(FAILURE_MARKER)) {
        if (screenshot) {
          const path = screenshot.replace(/\.png$/, `-failure-${++failureShots}.png`);
          log(`screenshot of the failure: ${path}`);
          void page.screenshot({ path }).catch(() => undefined);
        }
        return;
      }
      if (type === 'trace' || type === 'debug' || NOISE.test(line)) return;
      console.log(type === 'log' || type === 'info' ? line : `[${type}] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    // The workbench's own console (the editor side of VS Code), for diagnosing a failure.
    if (process.env.CVLINT_E2E_RENDERER_LOG) page.on('console', (message) => console.log(`[renderer ${message.type()}] ${message.text()}`));

    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://remote${extensionPath}`],
      ['extensionTestsPath', `vscode-remote://remote${testsPath}`],
    ]);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
    log(`opening the workbench on ${folder}`);
    await page.goto(url);
    const timer = setTimeout(() => settle('timeout'), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
    log(`extension host finished: exit code ${code}`);
    if (code === 'timeout') console.error(`vscode: the suite did not finish within ${timeoutMs / 1000} s`);
    if (!result) console.error('vscode: the suite reported no result (it did not load, or the extension host crashed)');
    const passed = result?.passed ?? 0;
    const failed = result ? result.failed : 1;
    const ok = code === 0 && result !== undefined && failed === 0 && passed > 0;
    console.log(`vscode: ${passed} passed, ${ok ? 0 : Math.max(failed, 1)} failed`);
    if (result) log(`suite took ${(result.durationMs / 1000).toFixed(1)} s`);
    return ok ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('vscode: 0 passed, 1 failed');
    process.exit(1);
  },
);
