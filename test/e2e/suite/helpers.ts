// Shared bits of the extension-host suite: the extension's API, fixture copies, waiting for the
// language server's diagnostics, settings. Runs inside a real VS Code extension host (the `vscode`
// module is the editor's own).
import * as vscode from 'vscode';
import type { CvlintApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'cvlint.cvlint';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something truthy; the error says what was awaited and what was last seen. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 20000, describe?: () => string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describe ? `; last seen: ${describe()}` : ''}`);
    await sleep(100);
  }
}

/** Code actions as the editor computes them. The editor cancels a request when something changes
 *  under it (the answer is "Canceled"): that counts as no answer yet, for `waitFor` to ask again. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  try {
    return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  } catch (error) {
    if (error instanceof Error && error.name === 'Canceled') return [];
    throw error;
  }
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (test/e2e/workspace)');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

/** The extension's API once its language server is ready. */
export async function cvlintApi(): Promise<CvlintApi> {
  const extension = vscode.extensions.getExtension<CvlintApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

/** Copies a fixture of the workspace to a new file, so each test edits its own copy. */
export async function copyFixture(fixture: string, copyName: string): Promise<vscode.Uri> {
  const target = workspaceFile(copyName);
  await vscode.workspace.fs.copy(workspaceFile(fixture), target, { overwrite: true });
  return target;
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The rule id of a cvlint diagnostic (`code` is `{ value, target }` when the rule has a README link). */
export function ruleId(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function cvlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cvlint');
}

export function ruleIds(uri: vscode.Uri): string[] {
  return cvlintDiagnostics(uri).map(ruleId).sort();
}

/** Waits until the document's cvlint rule ids are exactly `expected` (sorted). */
export async function waitForRuleIds(uri: vscode.Uri, expected: string[], timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort().join(',');
  await waitFor(`rule ids [${want}] on ${uri.path}`, () => ruleIds(uri).join(',') === want, timeoutMs, () => `[${ruleIds(uri).join(',')}]`);
  return cvlintDiagnostics(uri);
}

/** Waits until `predicate` holds for the document's cvlint diagnostics. */
export async function waitForDiagnostics(uri: vscode.Uri, what: string, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  await waitFor(what, () => predicate(cvlintDiagnostics(uri)), timeoutMs, () => `[${ruleIds(uri).join(',')}]`);
  return cvlintDiagnostics(uri);
}

export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text === text) return line;
  }
  throw new Error(`no line "${text}" in ${document.uri.path}`);
}

/** Sets a workspace setting (the folder's .vscode/settings.json); `undefined` removes it. */
export async function setSetting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Workspace);
}

export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Closes every editor without saving (closing a dirty one would otherwise wait on a "Save?" dialog). */
export async function closeAllEditors(): Promise<void> {
  for (let tries = 0; tries < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); tries++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
