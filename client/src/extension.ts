// The VS Code client: starts the language server, shows the active CV's status, registers the
// commands. Everything about CVs happens in the server; this file only wires things together.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { SERVER_READY_NOTIFICATION, type DocumentStatus, type ServerReadyParams } from '../../server/src/shared/protocol';
import { COMMANDS } from './command-ids';
import { checkAsCv } from './commands/check-as-cv';
import { chooseProfile } from './commands/choose-profile';
import { exportCvCommand } from './commands/export-cv';
import { MissingSectionCommands } from './commands/missing-sections';
import { newCvFromTemplate } from './commands/new-cv';
import { DocumentStatusStore } from './document-status';
import { createLanguageClient } from './language-client';
import { CvStatusBar } from './status-bar';
import { cvPreviewPlugin } from './cv-preview';
import type { MarkdownIt } from 'markdown-it';
import { compareWithJob } from './commands/compare-job';
import { ReportView } from './commands/report-view';
import { CvTracker } from './cv-tracker';

/** What `activate` returns: for the extension tests and for other extensions. */
export interface CvlintApi {
  /** Resolves when the server has started and read its settings (`cvlint/ready`); rejects if it
   *  could not start. A new promise after each restart. */
  readonly ready: Promise<void>;
  readonly client: LanguageClient;
  /** The last status the server sent for a document. */
  status(uri: vscode.Uri): DocumentStatus | undefined;
  /** Fires when a document's status arrives or changes. */
  readonly onDidChangeStatus: vscode.Event<DocumentStatus>;
  /** What the running server said when it became ready (a new value after each restart, also after a crash). */
  serverReady(): ServerReadyParams | undefined;
  /** VS Code's Markdown preview calls this (package.json `markdown.markdownItPlugins`): CV style for CVs. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

let client: LanguageClient | undefined;
let lastReady: ServerReadyParams | undefined;

export function activate(context: vscode.ExtensionContext): CvlintApi {
  const outputChannel = vscode.window.createOutputChannel('cvlint', { log: true });
  const languageClient = createLanguageClient(context, outputChannel);
  client = languageClient;

  let ready = startServer(languageClient);
  const store = new DocumentStatusStore(languageClient);
  const statusBar = new CvStatusBar(store);
  const missingSections = new MissingSectionCommands(store, () => ready);
  const cvs = new CvTracker();
  const reportView = new ReportView(languageClient, cvs, store.onDidChange);

  context.subscriptions.push(
    outputChannel,
    store,
    statusBar,
    vscode.commands.registerCommand(COMMANDS.newCv, (language?: unknown) => newCvFromTemplate(language)),
    vscode.commands.registerCommand(COMMANDS.insertMissingSection, (kind?: unknown) => missingSections.insertMissingSection(kind)),
    vscode.commands.registerCommand(COMMANDS.showMissing, () => missingSections.showMissing()),
    vscode.commands.registerCommand(COMMANDS.checkAsCv, (uri?: unknown) => checkAsCv(uri)),
    vscode.commands.registerCommand(COMMANDS.chooseProfile, (profileId?: unknown, scope?: unknown) => chooseProfile(languageClient, () => ready, profileId, scope)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => outputChannel.show(true)),
    vscode.commands.registerCommand(COMMANDS.exportPdf, (argument?: unknown) => exportCvCommand(languageClient, () => ready, 'pdf', argument)),
    vscode.commands.registerCommand(COMMANDS.exportDocx, (argument?: unknown) => exportCvCommand(languageClient, () => ready, 'docx', argument)),
    vscode.commands.registerCommand(COMMANDS.exportText, (argument?: unknown) => exportCvCommand(languageClient, () => ready, 'txt', argument)),
    refreshPreviewWhenCvStateChanges(store),
    cvs,
    reportView,
    vscode.commands.registerCommand(COMMANDS.compareWithJob, async (source?: unknown) => {
      await ready;
      return compareWithJob(languageClient, cvs, source);
    }),
    vscode.commands.registerCommand(COMMANDS.showReport, async () => {
      await ready;
      return reportView.show();
    }),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      ready = startServer(languageClient, true);
      await ready.catch(() => undefined);
      statusBar.refresh(true);
    }),
  );

  return {
    get ready() {
      return ready;
    },
    client: languageClient,
    status: (uri) => store.get(uri),
    onDidChangeStatus: store.onDidChange,
    serverReady: () => lastReady,
    extendMarkdownIt: (md) => cvPreviewPlugin((uri) => store.get(vscode.Uri.parse(uri)))(md),
  };
}

/** The preview may render before the server has said whether the file is a CV: render it again when that answer
 *  (or the kinds of its sections) changes. */
function refreshPreviewWhenCvStateChanges(store: DocumentStatusStore): vscode.Disposable {
  const shown = new Map<string, string>();
  return store.onDidChange((status) => {
    const signature = status.state === 'checked' ? status.sections.map((section) => `${section.kind}@${section.line}`).join(',') : status.state;
    if (shown.get(status.uri) === signature) return;
    shown.set(status.uri, signature);
    void vscode.commands.executeCommand('markdown.preview.refresh');
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Starts (or restarts) the server; the promise settles on the server's `cvlint/ready`, or rejects if
 *  the server cannot start or stops before it is ready (so commands waiting for it do not hang). */
function startServer(languageClient: LanguageClient, restart = false): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => {
    let stateWatch: vscode.Disposable | undefined;
    let settled = false;
    const settle = (error?: unknown): void => {
      settled = true;
      stateWatch?.dispose();
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    // Registered before start so that the first notification is not missed; replaces the previous handler.
    languageClient.onNotification(SERVER_READY_NOTIFICATION, (params: ServerReadyParams) => {
      lastReady = params;
      languageClient.info(`cvlint ${params.version} ready`);
      settle();
    });
    const starting = restart && languageClient.isRunning() ? languageClient.restart() : languageClient.start();
    starting.then(
      () => {
        if (settled) return;
        // Watched only once started: a restart passes through Stopped on purpose.
        stateWatch = languageClient.onDidChangeState((event) => {
          if (event.newState === State.Stopped) settle(new Error('The cvlint language server stopped before it was ready.'));
        });
      },
      (error: unknown) => {
        languageClient.error(vscode.l10n.t('The cvlint language server could not start.'), error, 'force');
        settle(error);
      },
    );
  });
  // Nobody may await it (no command run yet); a failure is already reported in the output channel.
  ready.catch(() => undefined);
  return ready;
}
