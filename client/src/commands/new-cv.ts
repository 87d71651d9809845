// "CV: New CV from template": an untitled Markdown document with the whole CV as a snippet.
import * as vscode from 'vscode';
import type { Language } from '../../../server/src/engine/types';
import { defaultProfileId, getProfile } from '../../../server/src/profiles/index';
import { wholeCvSnippet } from '../../../server/src/profiles/templates';
import { CONFIGURATION_SECTION } from '../../../server/src/shared/settings';

interface LanguageItem extends vscode.QuickPickItem {
  language: Language;
}

/** `language` skips the quick pick (for tests and keybindings). Returns the new editor, if any. */
export async function newCvFromTemplate(language?: unknown): Promise<vscode.TextEditor | undefined> {
  const configuredProfile = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, null).get<string>('profile') ?? defaultProfileId;
  const profile = getProfile(configuredProfile) ?? getProfile(defaultProfileId);
  if (!profile) return undefined;

  let chosen: Language | undefined = language === 'it' || language === 'en' ? language : undefined;
  if (!chosen) {
    const items: LanguageItem[] = [
      { label: 'Italiano', description: profile.label.it, language: 'it' },
      { label: 'English', description: profile.label.en, language: 'en' },
    ];
    // The editor's own language first.
    if (!vscode.env.language.toLowerCase().startsWith('it')) items.reverse();
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('New CV from template'),
      placeHolder: vscode.l10n.t('Language of the new CV'),
    });
    if (!picked) return undefined;
    chosen = picked.language;
  }

  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(wholeCvSnippet(profile, chosen)), new vscode.Position(0, 0));
  return editor;
}
