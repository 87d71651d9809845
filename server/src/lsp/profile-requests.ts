// The profile requests behind "Choose CV profile": which profiles a document can use (cvlint/profiles) and the
// edit that writes the choice into its front matter (cvlint/profileEdit). The client only shows and applies them.
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../engine/types';
import {
  PROFILE_EDIT_REQUEST,
  PROFILES_REQUEST,
  type ProfileEditParams,
  type ProfileEditResult,
  type ProfilesParams,
  type ProfilesResult,
} from '../shared/protocol';
import type { DocumentCheck } from './checker';
import type { ConfigurationStore } from './configuration';
import type * as Features from './features';

export interface ProfileRequestHost {
  configuration(): ConfigurationStore;
  features(): typeof Features;
  /** The open document and its check (possibly the previous version's), or null when it is not open. */
  checkForRequest(uri: string): Promise<{ document: TextDocument; check: DocumentCheck | null } | null>;
  clientLanguage(): 'it' | 'en';
  guard<P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R>;
}

export function registerProfileRequests(connection: Connection, host: ProfileRequestHost): void {
  connection.onRequest(
    PROFILES_REQUEST,
    host.guard('profiles', null, async (params: ProfilesParams | undefined): Promise<ProfilesResult | null> => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      const resolved = await host.configuration().forDocument(uri);
      const current = uri ? await host.checkForRequest(uri) : null;
      const check = current?.check ?? null;
      const language = check?.uiLanguage ?? (resolved.settings.messages.language !== 'auto' ? resolved.settings.messages.language : host.clientLanguage());
      const catalog = host.features().profileCatalog(resolved.customProfiles);
      const result = check?.result ?? null;
      const fromFrontMatter = result ? host.features().frontMatterProfileId(result.document) === result.profile.id : false;
      return {
        profiles: catalog.summaries().map((p) => ({ id: p.id, label: p.label[language], description: p.description[language], extends: p.extends, origin: p.origin })),
        messageLanguage: language,
        settingsProfile: resolved.settings.profile,
        current: result ? { id: result.profile.id, source: fromFrontMatter ? 'front-matter' : 'settings' } : null,
        problems: resolved.problems.filter((problem) => /profile/i.test(problem)),
      };
    }),
  );

  connection.onRequest(
    PROFILE_EDIT_REQUEST,
    host.guard('profile edit', null, async (params: ProfileEditParams | undefined): Promise<ProfileEditResult | null> => {
      if (!params || typeof params.uri !== 'string' || typeof params.profileId !== 'string') return null;
      const current = await host.checkForRequest(params.uri);
      if (!current) return null;
      const resolved = await host.configuration().forDocument(params.uri);
      if (!host.features().profileCatalog(resolved.customProfiles).get(params.profileId)) return { version: current.document.version, edits: [] };
      return { version: current.document.version, edits: profileFrontMatterEdits(current.document.getText(), params.profileId) };
    }),
  );
}

const YAML_FENCE = /^---\s*$/;
const YAML_END = /^(?:---|\.\.\.)\s*$/;
const TOML_FENCE = /^\+\+\+\s*$/;

/**
 * The edits that make the document's front matter say `profile: ID`: the value of an existing `profile` key is
 * replaced, a front matter without one gets the line before its closing fence, and a document without front
 * matter gets a YAML one at the top. YAML (`---`) and TOML (`+++`) front matter are both read.
 */
export function profileFrontMatterEdits(text: string, profileId: string): TextEdit[] {
  const lines = text.split(/\r?\n/);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const first = (lines[0] ?? '').replace(/^\uFEFF/, '');
  const toml = TOML_FENCE.test(first);
  if (toml || YAML_FENCE.test(first)) {
    const end = lines.findIndex((line, i) => i > 0 && (toml ? TOML_FENCE.test(line) : YAML_END.test(line)));
    if (end > 0) {
      const key = toml ? /^(\s*profile\s*=\s*)(.*)$/ : /^(\s*profile\s*:\s*)(.*)$/;
      for (let line = 1; line < end; line++) {
        const match = key.exec(lines[line]);
        if (!match) continue;
        const value = toml ? `"${profileId}"` : profileId;
        return [{ range: { start: { line, character: match[1].length }, end: { line, character: lines[line].length } }, newText: value }];
      }
      const newLine = toml ? `profile = "${profileId}"` : `profile: ${profileId}`;
      return [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, newText: `${newLine}${eol}` }];
    }
  }
  return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `---${eol}profile: ${profileId}${eol}---${eol}${eol}` }];
}
