// The CV the person works on: the active Markdown editor, or the last one that was active (a command run while the
// posting or the report has the focus still means that CV).
import * as vscode from 'vscode';

export class CvTracker implements vscode.Disposable {
  private last: vscode.Uri | undefined;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.subscription = vscode.window.onDidChangeActiveTextEditor((editor) => this.remember(editor));
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === 'markdown') this.last = editor.document.uri;
  }

  current(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor;
    if (active?.document.languageId === 'markdown') return active.document.uri;
    return this.last;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
