// The status bar item for the active CV: score and missing sections; a click lists what is missing.
import * as vscode from 'vscode';
import type { DocumentStatus } from '../../server/src/shared/protocol';
import { COMMANDS } from './command-ids';
import type { DocumentStatusStore } from './document-status';

export class CvStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cvlint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly store: DocumentStatusStore) {
    this.item.name = vscode.l10n.t('CV check');
    this.item.command = COMMANDS.showMissing;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(true)),
      store.onDidChange((status) => {
        if (status.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh(false);
      }),
    );
    this.refresh(true);
  }

  /** Shows the active editor's status; asks the server for it when none is cached yet. */
  refresh(requestIfUnknown: boolean): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    const status = this.store.get(document.uri);
    if (!status && requestIfUnknown) void this.store.request(document.uri);
    if (!status || status.state !== 'checked') {
      // Not a CV (a README, notes...): no CV status to show.
      this.item.hide();
      return;
    }
    this.render(status);
    this.item.show();
  }

  private render(status: DocumentStatus): void {
    const missing = status.missingSections.length;
    const score = status.score ?? 0;
    this.item.text =
      missing > 0
        ? vscode.l10n.t('$(checklist) CV {0}/100 $(warning) {1} missing', score, missing)
        : vscode.l10n.t('$(checklist) CV {0}/100', score);
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**cvlint** — ${escapeMarkdown(status.profile.label)}\n\n`);
    tooltip.appendMarkdown(vscode.l10n.t('Score: {0}/100', score) + '\n\n');
    if (missing > 0) {
      tooltip.appendMarkdown(vscode.l10n.t('Missing sections: {0}', status.missingSections.map((s) => escapeMarkdown(s.title)).join(', ')) + '\n\n');
      tooltip.appendMarkdown(vscode.l10n.t('Click to insert a missing section.'));
    } else {
      tooltip.appendMarkdown(vscode.l10n.t('Every required section is there. Click for the outline.'));
    }
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('CV score {0} out of 100, {1} sections missing', score, missing),
    };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
