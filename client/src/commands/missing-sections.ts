// "CV: Insert missing section…" and the status bar's "what is missing" quick pick.
import * as vscode from 'vscode';
import type { Range } from '../../../server/src/engine/types';
import type { DocumentStatus, MissingSection, SectionState, SectionStatus } from '../../../server/src/shared/protocol';
import { COMMANDS } from '../command-ids';
import type { DocumentStatusStore } from '../document-status';
import { snippetAtCursor, snippetAtFixLocation } from '../section-insertion';

interface StatusItem extends vscode.QuickPickItem {
  missing?: MissingSection;
  section?: SectionStatus;
}

export class MissingSectionCommands {
  constructor(
    private readonly store: DocumentStatusStore,
    /** Resolves once the server is ready (rejects if it could not start). */
    private readonly serverReady: () => Promise<void>,
  ) {}

  /** `kind` (e.g. `experience`) skips the quick pick. Returns true when a section was inserted. */
  async insertMissingSection(kind?: unknown): Promise<boolean> {
    const target = await this.checkedCv();
    if (!target) return false;
    const { editor, status } = target;
    if (status.missingSections.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No required section is missing.'));
      return false;
    }
    let missing = typeof kind === 'string' ? status.missingSections.find((m) => m.kind === kind) : undefined;
    if (!missing) {
      const picked = await vscode.window.showQuickPick(
        status.missingSections.map((m) => ({ label: m.title, detail: m.description, missing: m })),
        { title: vscode.l10n.t('Insert missing section'), placeHolder: vscode.l10n.t('Section to insert'), matchOnDetail: true },
      );
      if (!picked) return false;
      missing = picked.missing;
    }
    return insertSection(editor, missing);
  }

  /** Status bar click: the missing sections (pick one to insert it), then the outline (pick to go there). */
  async showMissing(): Promise<void> {
    const target = await this.checkedCv();
    if (!target) return;
    const { editor, status } = target;
    const items: StatusItem[] = [];
    if (status.missingSections.length > 0) {
      items.push({ label: vscode.l10n.t('Missing'), kind: vscode.QuickPickItemKind.Separator });
      for (const missing of status.missingSections) {
        items.push({ label: `$(add) ${missing.title}`, detail: missing.description, missing });
      }
    }
    items.push({ label: vscode.l10n.t('Outline'), kind: vscode.QuickPickItemKind.Separator });
    for (const section of status.sections) {
      items.push({
        label: `${'\u2003'.repeat(Math.max(0, section.level - 1))}${SECTION_STATE_ICONS[section.state]} ${section.title}`,
        // Unrecognised headings (the name, job titles) are part of the outline but have no kind to show.
        description: section.state === 'unrecognised' ? undefined : section.kindLabel,
        section,
      });
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('CV score {0}/100', status.score ?? 0),
      placeHolder:
        status.missingSections.length > 0
          ? vscode.l10n.t('Pick a missing section to insert it, or a section to go to it')
          : vscode.l10n.t('Every required section is there. Pick a section to go to it'),
    });
    if (!picked) return;
    if (picked.missing) {
      await insertSection(editor, picked.missing);
    } else if (picked.section) {
      const range = toVsRange(picked.section.headingRange);
      editor.selection = new vscode.Selection(range.start, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  /** The active Markdown editor and its current status, if it is checked as a CV; otherwise tells the user why not. */
  private async checkedCv(): Promise<{ editor: vscode.TextEditor; status: DocumentStatus } | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown CV first.'));
      return undefined;
    }
    let status: DocumentStatus | null = null;
    try {
      await this.serverReady();
      status = await this.store.current(editor.document);
    } catch {
      // Reported below.
    }
    if (!status) {
      const showOutput = vscode.l10n.t('Show output');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The cvlint language server is not running.'), showOutput);
      if (answer === showOutput) await vscode.commands.executeCommand(COMMANDS.showOutput);
      return undefined;
    }
    if (status.state === 'disabled') {
      void vscode.window.showInformationMessage(vscode.l10n.t('cvlint is disabled (setting cvlint.enable).'));
      return undefined;
    }
    if (status.state !== 'checked') {
      const checkAsCv = vscode.l10n.t('Check this file as a CV');
      const answer = await vscode.window.showInformationMessage(vscode.l10n.t('This file is not checked as a CV.'), checkAsCv);
      if (answer === checkAsCv) await vscode.commands.executeCommand(COMMANDS.checkAsCv, editor.document.uri);
      return undefined;
    }
    return { editor, status };
  }
}

const SECTION_STATE_ICONS: Record<SectionState, string> = {
  ok: '$(pass)',
  empty: '$(circle-large-outline)',
  duplicate: '$(copy)',
  findings: '$(warning)',
  unrecognised: '$(dash)',
};

/** Inserts the section where the missing-section fix would, as a snippet with tab stops. */
async function insertSection(editor: vscode.TextEditor, missing: MissingSection): Promise<boolean> {
  const atFix = snippetAtFixLocation(missing);
  if (atFix) {
    return editor.insertSnippet(new vscode.SnippetString(atFix.snippet), toVsRange(atFix.range));
  }
  if (missing.insertEdits.length > 0) {
    // The server's edit is not one plain insertion of the template: apply it as it is.
    const edit = new vscode.WorkspaceEdit();
    for (const textEdit of missing.insertEdits) edit.replace(editor.document.uri, toVsRange(textEdit.range), textEdit.newText);
    const applied = await vscode.workspace.applyEdit(edit);
    if (applied) {
      const start = toVsRange(missing.insertEdits[0]!.range).start;
      editor.selection = new vscode.Selection(start, start);
      editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return applied;
  }
  const cursor = editor.selection.active;
  const atCursor = snippetAtCursor(missing, cursor.line, editor.document.lineAt(cursor.line).text, cursor.character);
  return editor.insertSnippet(new vscode.SnippetString(atCursor.snippet), toVsRange(atCursor.range));
}

function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
