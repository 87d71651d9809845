// Starts the bundled language server (dist/server.js) over IPC.
import * as vscode from 'vscode';
import { EDITOR_OPTIONS_KEY } from '../../server/src/shared/protocol';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME, CONFIGURATION_SECTION } from '../../server/src/shared/settings';

/** Markdown documents the server sees: saved files, untitled ones, and virtual workspaces' files
 *  (document-only features work there; `.cvlintrc.json` is read from disk only). */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'vscode-vfs', language: 'markdown' },
];

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // Used when the extension host runs under a debugger: attach to port 6009.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    // VS Code has its own Markdown outline and breadcrumbs: a second outline from cvlint would only add a level.
    initializationOptions: { [EDITOR_OPTIONS_KEY]: { hasMarkdownOutline: true } },
    synchronize: {
      configurationSection: CONFIGURATION_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
    },
  };
  // The id `cvlint` makes the client honour the `cvlint.trace.server` setting.
  return new LanguageClient(CONFIGURATION_SECTION, 'cvlint', serverOptions, clientOptions);
}
