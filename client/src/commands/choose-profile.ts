// "CV: Choose CV profile": a quick pick of the profiles the server offers (built-in and the person's own files,
// cvlint/profiles), then where the choice goes: this CV's front matter (`profile: ID`, edits from
// cvlint/profileEdit) or the `cvlint.profile` setting of the workspace. No profile data lives in the client.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  PROFILE_EDIT_REQUEST,
  PROFILES_REQUEST,
  type ProfileChoice,
  type ProfileEditParams,
  type ProfileEditResult,
  type ProfilesParams,
  type ProfilesResult,
} from '../../../server/src/shared/protocol';
import { CONFIGURATION_SECTION } from '../../../server/src/shared/settings';

export type ProfileScope = 'front-matter' | 'settings';

interface ProfileItem extends vscode.QuickPickItem {
  profile: ProfileChoice;
}

interface ScopeItem extends vscode.QuickPickItem {
  scope: ProfileScope;
}

/**
 * `profileId` and `scope` skip the quick picks (tests, keybindings). Returns the chosen profile id, or undefined
 * when nothing changed.
 */
export async function chooseProfile(client: LanguageClient, serverReady: () => Promise<void>, profileId?: unknown, scope?: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown CV first.'));
    return undefined;
  }
  const document = editor.document;
  await serverReady();
  const uri = document.uri.toString();
  const offered = await client.sendRequest<ProfilesResult | null>(PROFILES_REQUEST, { uri } satisfies ProfilesParams);
  if (!offered || offered.profiles.length === 0) return undefined;
  for (const problem of offered.problems) client.warn(problem);

  let chosen = typeof profileId === 'string' ? offered.profiles.find((p) => p.id === profileId) : undefined;
  if (!chosen) {
    const currentId = offered.current?.id ?? offered.settingsProfile;
    const items: ProfileItem[] = offered.profiles.map((profile) => ({
      label: profile.id === currentId ? `$(check) ${profile.label}` : profile.label,
      description: profile.extends ? `${profile.id} ← ${profile.extends}` : profile.id,
      detail: profile.origin === 'built-in' ? profile.description : `${profile.description} (${profile.origin})`,
      profile,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Choose CV profile'),
      placeHolder: vscode.l10n.t('Profile to check this CV with'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    chosen = picked.profile;
  }

  let where: ProfileScope | undefined = scope === 'front-matter' || scope === 'settings' ? scope : undefined;
  if (!where) {
    const scopes: ScopeItem[] = [
      { label: vscode.l10n.t('This CV'), detail: vscode.l10n.t('Writes "profile: {0}" in the front matter of this file.', chosen.id), scope: 'front-matter' },
      { label: vscode.l10n.t('Every CV in this workspace'), detail: vscode.l10n.t('Sets cvlint.profile in the workspace settings.'), scope: 'settings' },
    ];
    const picked = await vscode.window.showQuickPick(scopes, { title: vscode.l10n.t('Where should the profile apply?') });
    if (!picked) return undefined;
    where = picked.scope;
  }

  if (where === 'settings') {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration(CONFIGURATION_SECTION, document.uri).update('profile', chosen.id, target);
    return chosen.id;
  }

  const answer = await client.sendRequest<ProfileEditResult | null>(PROFILE_EDIT_REQUEST, { uri, profileId: chosen.id } satisfies ProfileEditParams);
  if (!answer || answer.edits.length === 0) return undefined;
  if (answer.version !== document.version) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The file changed meanwhile: choose the profile again.'));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const change of answer.edits) {
    const range = new vscode.Range(change.range.start.line, change.range.start.character, change.range.end.line, change.range.end.character);
    edit.replace(document.uri, range, change.newText);
  }
  return (await vscode.workspace.applyEdit(edit)) ? chosen.id : undefined;
}
