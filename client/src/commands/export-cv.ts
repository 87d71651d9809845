// "Export CV to PDF / Word (.docx) / plain text": the server exports the open CV and returns the bytes; this
// command asks first when the CV still has errors, then writes the file where the person chooses (through
// vscode.workspace.fs, so remote and virtual folders work as local ones).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_CV_REQUEST, type ExportCvParams, type ExportCvResult, type ExportFormatName, type PaperSizeName } from '../../../server/src/shared/protocol';

/** Optional argument (tests, keybindings): the CV, where to write without the save dialog, the paper size. */
export interface ExportCvArguments {
  uri?: vscode.Uri;
  target?: vscode.Uri;
  paper?: PaperSizeName;
}

function filters(format: ExportFormatName): Record<string, string[]> {
  switch (format) {
    case 'pdf':
      return { PDF: ['pdf'] };
    case 'docx':
      return { [vscode.l10n.t('Word document')]: ['docx'] };
    case 'txt':
      return { [vscode.l10n.t('Plain text')]: ['txt'] };
  }
}

/** Returns where the file was written, or undefined when nothing was. */
export async function exportCvCommand(client: LanguageClient, ready: () => Promise<void>, format: ExportFormatName, argument?: unknown): Promise<vscode.Uri | undefined> {
  const options = (typeof argument === 'object' && argument !== null ? argument : {}) as ExportCvArguments;
  const source = options.uri instanceof vscode.Uri ? options.uri : vscode.window.activeTextEditor?.document.uri;
  const document = source ? vscode.workspace.textDocuments.find((open) => open.uri.toString() === source.toString()) ?? (await vscode.workspace.openTextDocument(source)) : undefined;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown CV first.'));
    return undefined;
  }
  await ready();
  const params: ExportCvParams = { uri: document.uri.toString(), format, paper: options.paper === 'Letter' ? 'Letter' : 'A4' };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the CV…') },
    () => client.sendRequest<ExportCvResult | null>(EXPORT_CV_REQUEST, params),
  );
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The CV could not be exported: see the cvlint output.'));
    return undefined;
  }
  if (result.errorCount > 0) {
    const exportAnyway = vscode.l10n.t('Export anyway');
    const message =
      result.errorCount === 1
        ? vscode.l10n.t('This CV still has 1 error (see the Problems panel).')
        : vscode.l10n.t('This CV still has {0} errors (see the Problems panel).', result.errorCount);
    const answer = await vscode.window.showWarningMessage(message, { modal: true }, exportAnyway);
    if (answer !== exportAnyway) return undefined;
  }
  const target =
    options.target instanceof vscode.Uri
      ? options.target
      : await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(document.uri, '..', result.fileName), filters: filters(format), title: vscode.l10n.t('Export CV') });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('CV exported to {0}.', vscode.workspace.asRelativePath(target)), open).then((answer) => {
    if (answer === open) void vscode.env.openExternal(target);
  });
  return target;
}
