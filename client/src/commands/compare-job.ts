// "Compare with a job posting…": picks the posting (a file, the selection of another editor, the clipboard) for
// the CV and hands its text to the server, which compares them (cvlint/setJobPosting). Nothing is sent anywhere else.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SET_JOB_POSTING_REQUEST, type SetJobPostingParams } from '../../../server/src/shared/protocol';
import type { CvTracker } from '../cv-tracker';

type Source = 'file' | 'selection' | 'clipboard' | 'stop';

export async function compareWithJob(client: LanguageClient, cvs: CvTracker, source?: unknown): Promise<boolean> {
  const cv = cvs.current();
  if (!cv) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown CV first.'));
    return false;
  }
  // The selection of an editor that is not the CV (the posting opened beside it), if any.
  const other = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() !== cv.toString() && !editor.selection.isEmpty);
  let choice = typeof source === 'string' && ['file', 'selection', 'clipboard', 'stop'].includes(source) ? (source as Source) : undefined;
  if (!choice) {
    const items: (vscode.QuickPickItem & { source: Source })[] = [
      { label: vscode.l10n.t('Posting file…'), description: '.md, .txt', source: 'file' },
      ...(other ? [{ label: vscode.l10n.t('Selected text'), description: vscode.workspace.asRelativePath(other.document.uri), source: 'selection' as const }] : []),
      { label: vscode.l10n.t('Text in the clipboard'), source: 'clipboard' },
      { label: vscode.l10n.t('Stop comparing'), source: 'stop' },
    ];
    choice = (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Where is the job posting?') }))?.source;
  }
  if (!choice) return false;

  let posting: SetJobPostingParams['posting'] = null;
  if (choice === 'file') {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Job posting')]: ['md', 'markdown', 'txt'] } });
    if (!picked?.[0]) return false;
    const bytes = await vscode.workspace.fs.readFile(picked[0]);
    posting = { text: new TextDecoder().decode(bytes), name: vscode.workspace.asRelativePath(picked[0]), uri: picked[0].toString() };
  } else if (choice === 'selection') {
    if (!other) return false;
    posting = { text: other.document.getText(other.selection), name: vscode.l10n.t('selection of {0}', vscode.workspace.asRelativePath(other.document.uri)) };
  } else if (choice === 'clipboard') {
    const text = await vscode.env.clipboard.readText();
    if (!text.trim()) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The clipboard holds no text.'));
      return false;
    }
    posting = { text, name: vscode.l10n.t('clipboard') };
  }
  const params: SetJobPostingParams = { uri: cv.toString(), posting };
  return client.sendRequest<boolean>(SET_JOB_POSTING_REQUEST, params);
}
