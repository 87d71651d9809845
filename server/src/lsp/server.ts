// Wires the LSP connection to the checker and the editor features. Every handler is guarded:
// a failure is logged and answered with an empty result, and the server keeps serving.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisHost } from '../analysis/worker-host';
import {
  CV_REPORT_REQUEST,
  CV_TEMPLATE_REQUEST,
  SET_JOB_POSTING_REQUEST,
  type SetJobPostingParams,
  DOCUMENT_STATUS_NOTIFICATION,
  DOCUMENT_STATUS_REQUEST,
  EDITOR_OPTIONS_KEY,
  EXPORT_CV_REQUEST,
  SERVER_READY_NOTIFICATION,
  type CvTemplate,
  type EditorOptions,
  type CvTemplateParams,
  type DocumentStatus,
  type DocumentStatusParams,
  type ServerReadyParams,
} from '../shared/protocol';
import { CONFIG_FILE_NAME, CONFIGURATION_SECTION, DEFAULT_SETTINGS } from '../shared/settings';
import { initializeResult, SERVER_VERSION as cvlintVersion } from './capabilities';
import { DocumentChecker, languageOfLocale, type DocumentCheck } from './checker';
import { ConfigurationStore } from './configuration';
import { exportRequestHandler } from './export-request';
import type * as Features from './features';
import { uiText } from './messages';
import { registerProfileRequests } from './profile-requests';
import { DocumentThrottle } from './throttle';
import { JobPostings } from './job-postings';
import type { CvReport } from '../shared/report';

export { SERVER_NAME } from './capabilities';

let loadedFeatures: typeof Features | undefined;
/** The engine and the editor features (lsp/features.ts), loaded on first use: not before `initialize` is answered. */
function features(): typeof Features {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point
  loadedFeatures ??= require('./features') as typeof Features;
  return loadedFeatures;
}

/** A request waits at most this long for the check of the current version; then it is answered from the
 *  document's previous check, if there is one. */
const SLOW_CHECK_MS = 500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** CVLINT_ANALYSIS_MEMORY_MB overrides the analysis worker's heap limit (a machine with little memory;
 *  the tests, to make the worker run out of it). */
function memoryLimitFromEnvironment(): number | undefined {
  const value = Number(process.env.CVLINT_ANALYSIS_MEMORY_MB);
  return Number.isInteger(value) && value >= 16 ? value : undefined;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const throttle = new DocumentThrottle();
  /** Documents that currently show cvlint diagnostics (so a non-CV gets one empty list, then silence). */
  const hasDiagnostics = new Set<string>();
  const opened = new Set<string>();
  const reportedProblems = new Set<string>();
  let clientLocale: string | undefined;
  let supportsDocumentChanges = false;
  let supportsConfigurationRegistration = false;
  let supportsWatchedFilesRegistration = false;
  let supportsWorkspaceFolders = false;

  const logError = (message: string, error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`${message}: ${detail}`);
  };

  /** Runs a handler; on failure logs it and returns `fallback` so the client always gets an answer. */
  function guard<P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      try {
        return await handler(...args);
      } catch (error) {
        logError(`cvlint: ${name} failed`, error);
        return fallback;
      }
    };
  }

  const createConfiguration = (supportsPull: boolean): ConfigurationStore =>
    new ConfigurationStore(
      {
        fetchSection: (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: CONFIGURATION_SECTION }),
        knownRuleIds: () => features().allRules.map((rule) => rule.id),
        knownProfileIds: () => features().profileIds,
        loadProfileFiles: (paths, baseDir) => features().loadProfileFiles(paths, baseDir),
      },
      supportsPull,
    );
  // Replaced in onInitialize, once the client's capabilities are known.
  let configuration = createConfiguration(false);

  const reportSettingsProblems = (problems: string[]): void => {
    const fresh = problems.filter((problem) => !reportedProblems.has(problem));
    if (fresh.length === 0) return;
    for (const problem of fresh) {
      reportedProblems.add(problem);
      connection.console.warn(`cvlint: ${problem}`);
    }
    const ui = languageOfLocale(clientLocale) ?? 'en';
    // A notification, not window/showMessageRequest: nothing to answer, and every client shows it.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: uiText(ui, 'settingsProblems', { problems: fresh.join('; ') }),
    });
  };

  let analysisHost: AnalysisHost | undefined;
  const analysis = (): AnalysisHost =>
    (analysisHost ??= new (features().AnalysisHost)({ memoryLimitMb: memoryLimitFromEnvironment(), log: (message) => connection.console.info(`cvlint: ${message}`) }));
  const jobPostings = new JobPostings();
  const checker = new DocumentChecker({
    jobPosting: (uri, text, settings, folderPath) => jobPostings.resolve(uri, text, settings, folderPath),
    get configuration() {
      return configuration;
    },
    get analysis() {
      return analysis();
    },
    clientLocale: () => clientLocale,
    reportSettingsProblems,
    logError,
  });

  const getDocument = (uri: string): TextDocument | undefined => documents.get(uri);

  function publish(check: DocumentCheck): void {
    const diagnostics = check.state === 'checked' && check.result ? features().findingsToDiagnostics(check.result.findings, check.version) : [];
    // A CV always gets its list (even empty); a non-CV only once, to clear what it showed as a CV.
    if (check.state === 'checked' || hasDiagnostics.has(check.uri)) {
      void connection.sendDiagnostics({ uri: check.uri, version: check.version, diagnostics });
    }
    if (diagnostics.length > 0) hasDiagnostics.add(check.uri);
    else hasDiagnostics.delete(check.uri);
    void connection.sendNotification(DOCUMENT_STATUS_NOTIFICATION, features().documentStatus(check) satisfies DocumentStatus);
  }

  async function checkAndPublish(uri: string, attempt = 0): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const check = await checker.current(document, getDocument);
    const now = documents.get(uri);
    if (!now) return;
    if (!check || check.version !== now.version) {
      // Stale: the document changed while its settings were read. A scheduled check follows when
      // checking on type; otherwise (onSave) check what the editor now shows.
      if (!throttle.isPending(uri) && attempt < 3) await checkAndPublish(uri, attempt + 1);
      return;
    }
    throttle.recordDuration(uri, check.durationMs);
    publish(check);
  }

  function schedule(uri: string, delayMs: number): void {
    throttle.schedule(uri, delayMs, () => {
      void guard('check', undefined, checkAndPublish)(uri);
    });
  }

  function recheckAll(): void {
    checker.invalidateAll();
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  /**
   * The check a request answers from; null if the document is unknown. Normally the check of the
   * current version (computed now if the throttle has not run yet). For a document whose checks are
   * slow (a huge CV), or whose check does not come within SLOW_CHECK_MS, the last check is used instead,
   * so hovering, the light bulb and the outline never make the editor wait for a full analysis; its
   * version travels with it.
   */
  async function checkForRequest(uri: string): Promise<{ document: TextDocument; check: DocumentCheck | null } | null> {
    const document = documents.get(uri);
    if (!document) return null;
    const last = checker.last(uri);
    if (last && last.version !== document.version && last.durationMs > SLOW_CHECK_MS) return { document, check: last };
    const pending = checker.current(document, getDocument);
    if (last && last.version !== document.version) {
      const first = await Promise.race([pending, sleep(SLOW_CHECK_MS).then(() => 'late' as const)]);
      if (first === 'late') return { document, check: last };
    }
    let check = await pending;
    const now = documents.get(uri);
    if (now && (!check || check.version !== now.version)) check = await checker.current(now, getDocument);
    return { document: now ?? document, check: check && now && check.version === now.version ? check : null };
  }

  connection.onInitialize(
    (params: InitializeParams): InitializeResult => {
      clientLocale = params.locale;
      const capabilities = params.capabilities;
      const supportsPull = !!capabilities.workspace?.configuration;
      supportsDocumentChanges = !!capabilities.workspace?.workspaceEdit?.documentChanges;
      supportsConfigurationRegistration = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
      supportsWatchedFilesRegistration = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      supportsWorkspaceFolders = !!capabilities.workspace?.workspaceFolders;
      configuration = createConfiguration(supportsPull);
      const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
      configuration.setWorkspaceFolders(folders);
      // Settings may also come in initializationOptions (editors without workspace/configuration).
      const { [EDITOR_OPTIONS_KEY]: editorOptions, ...initialSettings } = (params.initializationOptions ?? {}) as Record<string, unknown> & { [EDITOR_OPTIONS_KEY]?: EditorOptions };
      if (!supportsPull && params.initializationOptions) configuration.invalidate({ [CONFIGURATION_SECTION]: initialSettings });
      return initializeResult({ hasMarkdownOutline: editorOptions?.hasMarkdownOutline === true, supportsWorkspaceFolders });
    },
  );

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      // The client has its answer: now load the features and start the analysis worker, before a document comes.
      analysis().start();
      if (supportsConfigurationRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIGURATION_SECTION });
      }
      if (supportsWatchedFilesRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
      }
      if (supportsWorkspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', undefined, async () => {
            const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
            configuration.setWorkspaceFolders(folders.map((folder) => folder.uri));
            recheckAll();
          }),
        );
      }
      const { problems } = await configuration.forDocument('');
      reportSettingsProblems(problems);
      const ready: ServerReadyParams = { version: cvlintVersion, settingsProblems: problems, processId: process.pid };
      void connection.sendNotification(SERVER_READY_NOTIFICATION, ready);
    }),
  );

  connection.onDidChangeConfiguration(
    guard('configuration change', undefined, (params) => {
      configuration.invalidate(params.settings);
      // A setting that is still broken after a change is worth one more message.
      reportedProblems.clear();
      recheckAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, () => {
      configuration.invalidateFiles();
      reportedProblems.clear();
      recheckAll();
    }),
  );

  documents.onDidChangeContent(
    guard('document change', undefined, ({ document }) => {
      if (!opened.has(document.uri)) {
        opened.add(document.uri);
        schedule(document.uri, 0);
        return;
      }
      const settings = checker.last(document.uri)?.settings ?? DEFAULT_SETTINGS;
      if (settings.run === 'onType') schedule(document.uri, settings.throttleMs);
    }),
  );

  documents.onDidSave(
    guard('document save', undefined, ({ document }) => {
      const settings = checker.last(document.uri)?.settings ?? DEFAULT_SETTINGS;
      if (settings.run === 'onSave') schedule(document.uri, 0);
    }),
  );

  documents.onDidClose(
    guard('document close', undefined, ({ document }) => {
      opened.delete(document.uri);
      throttle.forget(document.uri);
      checker.forget(document.uri);
      jobPostings.forget(document.uri);
      if (hasDiagnostics.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }),
  );

  connection.onCodeAction(
    guard('code action', [], async (params) => {
      const current = await checkForRequest(params.textDocument.uri);
      if (!current) return [];
      return features().codeActions(params, current.document.uri, current.check, { documentChanges: supportsDocumentChanges });
    }),
  );

  connection.onCompletion(
    guard('completion', null, async (params) => {
      const current = await checkForRequest(params.textDocument.uri);
      if (!current) return null;
      return features().completions(current.document, params.position, current.check);
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const current = await checkForRequest(params.textDocument.uri);
      return current ? features().hover(params.position, current.check) : null;
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], async (params) => {
      const current = await checkForRequest(params.textDocument.uri);
      return current ? features().documentSymbols(current.check) : [];
    }),
  );

  connection.onRequest(
    DOCUMENT_STATUS_REQUEST,
    guard('document status', null, async (params: DocumentStatusParams): Promise<DocumentStatus | null> => {
      if (!params || typeof params.uri !== 'string') return null;
      const current = await checkForRequest(params.uri);
      return current?.check ? features().documentStatus(current.check) : null;
    }),
  );

  connection.onRequest(
    CV_TEMPLATE_REQUEST,
    guard('CV template', null, async (params: CvTemplateParams): Promise<CvTemplate | null> => {
      const language = params?.language === 'it' ? 'it' : 'en';
      const resolved = await configuration.forDocument('');
      const profileId = params?.profile || resolved.settings.profile;
      const { getProfile, profileCatalog, wholeCvSnippet, wholeCvText } = features();
      const profile = profileCatalog(resolved.customProfiles).get(profileId) ?? getProfile(DEFAULT_SETTINGS.profile);
      if (!profile) return null;
      return { snippet: wholeCvSnippet(profile, language), text: wholeCvText(profile, language) };
    }),
  );

  registerProfileRequests(connection, { configuration: () => configuration, features, checkForRequest, clientLanguage: () => languageOfLocale(clientLocale) ?? 'en', guard });
  connection.onRequest(EXPORT_CV_REQUEST, guard('export', null, exportRequestHandler(checkForRequest)));
  connection.onRequest(
    CV_REPORT_REQUEST,
    guard('CV report', null, async (params: DocumentStatusParams): Promise<CvReport | null> => {
      if (!params || typeof params.uri !== 'string') return null;
      const current = await checkForRequest(params.uri);
      return current?.check ? features().cvReport(current.check) : null;
    }),
  );

  connection.onRequest(
    SET_JOB_POSTING_REQUEST,
    guard('job posting', false, (params: SetJobPostingParams): boolean => {
      if (!params || typeof params.uri !== 'string') return false;
      jobPostings.set(params.uri, params.posting);
      checker.invalidateAll();
      schedule(params.uri, 0);
      return true;
    }),
  );

  connection.onShutdown(async () => {
    throttle.dispose();
    await analysisHost?.dispose();
  });
  connection.onExit(() => {
    void analysisHost?.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
