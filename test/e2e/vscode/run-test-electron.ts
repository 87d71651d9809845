// `npm run test:vscode`: the extension-host suite (test/e2e/suite) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (a developer's laptop, a public CI).
// The extension under test is the packaged cvlint.vsix, installed into a fresh extensions folder.
// On a machine without internet the download fails: this says so and exits 1 within
// CVLINT_VSCODE_DOWNLOAD_TIMEOUT_MS (default 60 s). There, use `npm run test:e2e` (code-server).
// CVLINT_VSCODE_EXECUTABLE=/path/to/code skips the download and uses that VS Code.
// On Linux without a display, run it under xvfb-run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { buildSuite } from '../build-suite';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const VSCODE_VERSION = process.env.CVLINT_VSCODE_VERSION ?? '1.100.3';
const downloadTimeoutMs = Number(process.env.CVLINT_VSCODE_DOWNLOAD_TIMEOUT_MS ?? 60000);
const cacheDir = process.env.CVLINT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'cvlint-e2e');

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function vscodeExecutable(): Promise<string> {
  const local = process.env.CVLINT_VSCODE_EXECUTABLE;
  if (local) return local;
  try {
    return await withTimeout(
      downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(cacheDir, 'vscode-test'), timeout: downloadTimeoutMs }),
      downloadTimeoutMs,
      `downloading VS Code ${VSCODE_VERSION}`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `could not download VS Code ${VSCODE_VERSION} (${reason}).\n` +
        'This runner needs to download VS Code from Microsoft. On a machine without internet, run `npm run test:e2e` ' +
        '(the same suite in code-server, offline), or set CVLINT_VSCODE_EXECUTABLE to an installed VS Code.',
    );
  }
}

async function main(): Promise<number> {
  const vsix = process.env.CVLINT_VSIX ?? path.join(repoRoot, 'cvlint.vsix');
  if (!existsSync(vsix)) throw new Error(`no ${vsix}: run npm run package first`);
  const executable = await vscodeExecutable();

  const run = mkdtempSync(path.join(os.tmpdir(), 'cvlint-vscode-'));
  try {
    const extensionsDir = path.join(run, 'extensions');
    const userDataDir = path.join(run, 'user-data');
    const workspace = path.join(run, 'ws');
    mkdirSync(extensionsDir, { recursive: true });
    cpSync(path.join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });

    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
    const install = spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], {
      encoding: 'utf8',
      stdio: 'pipe',
      shell: process.platform === 'win32',
    });
    if (install.status !== 0) throw new Error(`could not install ${vsix}: ${install.stderr || install.stdout}`);
    const installed = readdirSync(extensionsDir).find((name) => name.startsWith('cvlint.cvlint-'));
    if (!installed) throw new Error(`the installed extension is not in ${extensionsDir}`);
    const extensionPath = path.join(extensionsDir, installed);

    const testsPath = await buildSuite();
    const started = Date.now();
    let failed = 0;
    try {
      await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath: testsPath,
        extensionTestsEnv: { CVLINT_E2E_EXTENSION_PATH: extensionPath },
        launchArgs: [workspace, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      });
    } catch (error) {
      failed = 1;
      console.error(error instanceof Error ? error.message : error);
    }
    // The suite prints its own counts (cvlint-e2e-result); this is the runner's verdict.
    console.log(`vscode (test-electron): ${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return failed;
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
