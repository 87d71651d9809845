// Headless Debian Chromium driven by playwright-core, for the code-server workbench.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CVLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
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
