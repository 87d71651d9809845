// "Show CV report": a webview beside the editor with the CV's score, the profile's sections, the keyword chart and,
// with a posting, its requirements. The server sends the data (cvlint/report); the page comes from the renderer the
// CLI's --format html uses (shared/report.ts). It follows the CV as the person types, and its buttons jump to the CV
// line or the posting sentence.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CV_REPORT_REQUEST, type DocumentStatus, type DocumentStatusParams } from '../../../server/src/shared/protocol';
import { renderReportHtml, type CvReport } from '../../../server/src/shared/report';
import type { CvTracker } from '../cv-tracker';

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private cv: vscode.Uri | undefined;
  private report: CvReport | null = null;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly cvs: CvTracker,
    onDidChangeStatus: vscode.Event<DocumentStatus>,
  ) {
    this.disposables.push(onDidChangeStatus((status) => {
      if (this.panel && this.cv && status.uri === this.cv.toString()) void this.refresh();
    }));
  }

  async show(): Promise<boolean> {
    const cv = this.cvs.current();
    if (!cv) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown CV first.'));
      return false;
    }
    this.cv = cv;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('cvlint.report', vscode.l10n.t('CV report'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.disposables);
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.reveal(message), null, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    return this.refresh();
  }

  /** The report shown now (for the extension tests). */
  current(): CvReport | null {
    return this.report;
  }

  private async refresh(): Promise<boolean> {
    const panel = this.panel;
    const cv = this.cv;
    if (!panel || !cv || !this.client.isRunning()) return false;
    const params: DocumentStatusParams = { uri: cv.toString() };
    const report = await this.client.sendRequest<CvReport | null>(CV_REPORT_REQUEST, params);
    if (!report || panel !== this.panel) return false;
    this.report = report;
    panel.title = `${vscode.l10n.t('CV report')}: ${report.title}`;
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    panel.webview.html = renderReportHtml(report, { mode: 'webview', nonce, cspSource: panel.webview.cspSource });
    return true;
  }

  private async reveal(message: unknown): Promise<void> {
    if (!message || typeof message !== 'object') return;
    const { type, target, line } = message as { type?: unknown; target?: unknown; line?: unknown };
    if (type !== 'reveal' || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
    let uri: vscode.Uri | undefined;
    if (target === 'cv') uri = this.cv;
    else if (target === 'posting' && this.report?.job?.postingUri) uri = vscode.Uri.parse(this.report.job.postingUri);
    if (!uri) {
      if (target === 'posting') void vscode.window.showInformationMessage(vscode.l10n.t('The job posting came from the selection or the clipboard: it has no file to open.'));
      return;
    }
    const position = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
