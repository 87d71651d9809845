// Headless Debian Chromium driven by playwright-core, for the code-server workbench.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CVLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Launches Chromium; on SIGINT/SIGTERM/SIGHUP the browser is closed and the process exits
 *  (Playwright's own handlers close the browser but leave the process waiting on a page that is gone). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Offline: no component updates, sync, QUIC or background fetches. (A --user-data-dir here is rejected.)
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      console.error(`${signal}: closing the browser`);
      void browser.close().finally(() => process.exit(code));
    });
  }
  return browser;
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (start this through test/e2e/code-server/run.sh)`);
  return value;
}

/** A logger that prefixes the seconds since it was made. */
export function timestamped(prefix: string): (message: string) => void {
  const started = Date.now();
  return (message) => console.log(`[${prefix} ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

/** Opens the workspace in code-server and double-clicks `file` in the explorer; resolves once the row was seen
 *  (before the double-click, so a caller can take a screenshot of the explorer first). */
export async function openWorkspaceFile(page: Page, port: string, folder: string, file: string, beforeOpen?: () => Promise<void>): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first();
  await row.waitFor({ timeout: 30000 });
  await beforeOpen?.();
  await row.dblclick();
  await page.locator('.tab.active', { hasText: file }).first().waitFor({ timeout: 20000 });
}

/** What every UI test file shares: where code-server and the workspace are, a log, numbered screenshots
 *  (`<prefix>-NN-<name>.png` in test-results/ui) and a probe that waits, with a screenshot when it gives up. */
export function uiSession(prefix: string) {
  const shots = process.env.CVLINT_E2E_SHOTS ?? path.resolve('test-results', 'ui');
  const log = timestamped('ui');
  let shot = 0;
  const screenshot = async (page: Page, name: string): Promise<void> => {
    const file = path.join(shots, `${prefix ? `${prefix}-` : ''}${String(++shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    log(`screenshot ${path.relative(process.cwd(), file)}`);
  };
  const expectEventually = async (page: Page, probe: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await probe().catch(() => false)) return;
      if (Date.now() > deadline) {
        await screenshot(page, 'failure').catch(() => undefined);
        throw new Error(`timed out waiting for ${what}`);
      }
      await page.waitForTimeout(200);
    }
  };
  /** Chromium and a page at the size the screenshots use; the screenshot folder made (emptied first when asked). */
  const openPage = async (options: { width?: number; height?: number; emptyShots?: boolean } = {}): Promise<{ browser: Browser; page: Page }> => {
    if (options.emptyShots) rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: options.width ?? 1400, height: options.height ?? 900 } });
    return { browser, page };
  };
  return { port: requiredEnv('CVLINT_E2E_PORT'), folder: requiredEnv('CVLINT_E2E_FOLDER'), shots, log, screenshot, expectEventually, openPage };
}
