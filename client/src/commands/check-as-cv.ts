// "CV: Check this file as a CV": adds the file to `cvlint.files.include`, so it is checked even if
// it does not look like a CV (a new, still empty CV; an unusual layout).
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, CONFIGURATION_SECTION } from '../../../server/src/shared/settings';
import { includePattern } from '../include-pattern';

/** `uri` comes from the explorer's context menu; otherwise the active editor's file. */
export async function checkAsCv(uri?: unknown): Promise<boolean> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown CV first.'));
    return false;
  }
  if (target.scheme !== 'file') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Save the file first: only saved files can be added to cvlint.files.include.'));
    return false;
  }

  const folder = vscode.workspace.getWorkspaceFolder(target);
  const pattern = includePattern(folder ? vscode.workspace.asRelativePath(target, false) : null, target.fsPath);

  if (folder && (await rcFileSetsInclude(folder))) {
    // `.cvlintrc.json` wins over VS Code settings, so a setting would have no effect.
    const open = vscode.l10n.t('Open {0}', CONFIG_FILE_NAME);
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} sets files.include, and it wins over VS Code settings: add "{1}" to it there.', CONFIG_FILE_NAME, pattern),
      open,
    );
    if (answer === open) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
    return false;
  }

  const configuration = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, target);
  // VS Code does not merge arrays across scopes: start from the value in effect so nothing is lost.
  const current = configuration.get<string[]>('files.include') ?? [];
  if (current.includes(pattern)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is already checked as a CV.', pattern));
    return true;
  }
  const scope = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await configuration.update('files.include', [...current, pattern], scope);
  void vscode.window.showInformationMessage(
    folder
      ? vscode.l10n.t('{0} is now checked as a CV (added to cvlint.files.include in the workspace settings).', pattern)
      : vscode.l10n.t('{0} is now checked as a CV (added to cvlint.files.include in your user settings).', pattern),
  );
  return true;
}

async function rcFileSetsInclude(folder: vscode.WorkspaceFolder): Promise<boolean> {
  let raw: unknown;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
    raw = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return false;
  }
  if (typeof raw !== 'object' || raw === null) return false;
  const settings = raw as Record<string, unknown>;
  const nested = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && 'include' in value;
  const inner = typeof settings.cvlint === 'object' && settings.cvlint !== null ? (settings.cvlint as Record<string, unknown>) : {};
  return (
    'files.include' in settings ||
    'cvlint.files.include' in settings ||
    nested(settings.files) ||
    'files.include' in inner ||
    nested(inner.files)
  );
}
