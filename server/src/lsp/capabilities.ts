// What the server answers `initialize` with. Kept apart from the features (lsp/features.ts) and free of the
// engine, so that the answer does not wait for remark, the profiles' tables and the rules to load.
import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';
import { version as cvlintVersion } from '../../../package.json';
import { COMPLETION_TRIGGER_CHARACTERS, FIX_ALL_KIND } from './feature-constants';

export const SERVER_NAME = 'cvlint';
export const SERVER_VERSION: string = cvlintVersion;

export interface CapabilityOptions {
  /** The editor shows a Markdown outline of its own (VS Code): no document symbols from cvlint. */
  hasMarkdownOutline: boolean;
  supportsWorkspaceFolders: boolean;
}

export function initializeResult(options: CapabilityOptions): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
      hoverProvider: true,
      // The CV outline is for editors without a Markdown outline of their own (Neovim, Helix…).
      documentSymbolProvider: options.hasMarkdownOutline ? undefined : { label: 'cvlint' },
      workspace: options.supportsWorkspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
    },
    serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
  };
}
