// A small LSP client for the server tests: starts `node dist/server.js --stdio`, answers the
// server's requests (workspace/configuration from a settings object the test controls) and records
// every notification, so tests can await "the diagnostics of version 3" or "a showMessage".
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { DOCUMENT_STATUS_NOTIFICATION, SERVER_READY_NOTIFICATION, type DocumentStatus, type ServerReadyParams } from '../../server/src/shared/protocol';

export const SERVER_PATH = path.resolve(__dirname, '../../dist/server.js');

export interface TestClientOptions {
  /** The `cvlint` section the client answers workspace/configuration with (mutable: change, then notify). */
  settings?: Record<string, unknown>;
  locale?: string;
  workspaceFolder?: string;
  /** Whether the client supports workspace/configuration (pull). Default true. */
  pullConfiguration?: boolean;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

type Received =
  | { method: 'diagnostics'; params: PublishDiagnosticsParams }
  | { method: 'status'; params: DocumentStatus }
  | { method: 'showMessage'; params: ShowMessageParams }
  | { method: 'log'; params: LogMessageParams }
  | { method: 'ready'; params: ServerReadyParams };

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly received: Received[] = [];
  settings: Record<string, unknown>;
  initializeResult: InitializeResult | null = null;
  configurationRequests = 0;
  private readonly process: ChildProcessWithoutNullStreams;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];
  private versions = new Map<string, number>();
  private stderr = '';

  constructor(private readonly options: TestClientOptions = {}) {
    if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run \`npm run build\` first`);
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section === 'cvlint' ? structuredClone(this.settings) : null));
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record({ method: 'diagnostics', params }));
    this.connection.onNotification(ShowMessageNotification.type, (params) => this.record({ method: 'showMessage', params }));
    this.connection.onNotification(LogMessageNotification.type, (params) => this.record({ method: 'log', params }));
    this.connection.onNotification(DOCUMENT_STATUS_NOTIFICATION, (params: DocumentStatus) => this.record({ method: 'status', params }));
    this.connection.onNotification(SERVER_READY_NOTIFICATION, (params: ServerReadyParams) => this.record({ method: 'ready', params }));
    this.connection.listen();
  }

  /** The server's process id (the bench reads its peak memory). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /** initialize + initialized, then waits for the server's `cvlint/ready`. */
  async start(): Promise<InitializeResult> {
    const pull = this.options.pullConfiguration ?? true;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: pull,
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
        workspaceFolders: true,
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        completion: { completionItem: { snippetSupport: true } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    };
    const folder = this.options.workspaceFolder;
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      capabilities,
      locale: this.options.locale,
      initializationOptions: pull ? undefined : this.settings,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    await this.waitFor((r) => r.method === 'ready', 'cvlint/ready');
    return this.initializeResult;
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2000, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The process is killed below anyway.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }

  /** Opens a document; returns its uri. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<string> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (a full-document change); returns the new version. */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental change; returns the new version. */
  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** Sets the client's settings and tells the server (pull model: the server asks again). */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    const pull = this.options.pullConfiguration ?? true;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: pull ? null : { cvlint: settings } });
  }

  /** The status for `uri` at `version` (or its next status if `version` is omitted after `since`). */
  async statusFor(uri: string, version: number, since = 0): Promise<DocumentStatus> {
    const found = await this.waitFor(
      (r) => r.method === 'status' && r.params.uri === uri && r.params.version === version,
      `status of ${uri} v${version}`,
      since,
    );
    return (found as { params: DocumentStatus }).params;
  }

  /** The diagnostics of the first check of `uri` at `version` after `since`. Waits for that check's
   *  status too (sent right after the diagnostics), so a later `mark()` cannot see it as new. */
  async diagnosticsFor(uri: string, version: number, since = 0): Promise<PublishDiagnosticsParams> {
    await this.waitFor(
      (r) => r.method === 'diagnostics' && r.params.uri === uri && r.params.version === version,
      `diagnostics of ${uri} v${version}`,
      since,
    );
    const status = this.received.findIndex(
      (r, index) => index >= since && r.method === 'status' && r.params.uri === uri && r.params.version === version,
    );
    const statusIndex = status >= 0 ? status : this.received.indexOf(await this.waitFor(
      (r) => r.method === 'status' && r.params.uri === uri && r.params.version === version,
      `status of ${uri} v${version}`,
      since,
    ));
    const published = this.received
      .slice(since, statusIndex)
      .filter((r): r is Extract<Received, { method: 'diagnostics' }> => r.method === 'diagnostics' && r.params.uri === uri && r.params.version === version);
    if (published.length === 0) throw new Error(`no diagnostics of ${uri} v${version} before its status`);
    return published[published.length - 1].params;
  }

  diagnosticsReceived(uri: string): PublishDiagnosticsParams[] {
    return this.received.flatMap((r) => (r.method === 'diagnostics' && r.params.uri === uri ? [r.params] : []));
  }

  /** Index to pass as `since` to only look at what arrives after now. */
  mark(): number {
    return this.received.length;
  }

  async waitFor(test: (received: Received) => boolean, what: string, since = 0, timeoutMs = 30_000): Promise<Received> {
    const find = (): Received | undefined => this.received.slice(since).find(test);
    const existing = find();
    if (existing) return existing;
    return withTimeout(
      new Promise<Received>((resolve) => {
        this.waiters.push({ test: () => find() !== undefined, resolve: () => resolve(find()!) });
      }),
      timeoutMs,
      `waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}; received: ${this.received
        .slice(since)
        .map((r) => `${r.method}${'uri' in r.params ? ` ${(r.params as { uri: string }).uri} v${(r.params as { version?: number }).version}` : ''}`)
        .join(', ')}`,
    );
  }

  private record(received: Received): void {
    this.received.push(received);
    this.waiters = this.waiters.filter((waiter) => {
      if (!waiter.test()) return true;
      waiter.resolve();
      return false;
    });
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out ${what}`)), ms);
    }),
  ]);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
