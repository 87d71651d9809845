// Keeps the server's latest DocumentStatus per open document (score, missing sections, outline).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DOCUMENT_STATUS_NOTIFICATION,
  DOCUMENT_STATUS_REQUEST,
  type DocumentStatus,
  type DocumentStatusParams,
} from '../../server/src/shared/protocol';

export class DocumentStatusStore implements vscode.Disposable {
  private readonly statuses = new Map<string, DocumentStatus>();
  private readonly changeEmitter = new vscode.EventEmitter<DocumentStatus>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when a document's status arrives or changes. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly client: LanguageClient) {
    // Registered before the client starts; vscode-languageclient keeps it across restarts.
    this.disposables.push(
      client.onNotification(DOCUMENT_STATUS_NOTIFICATION, (status: DocumentStatus) => this.update(status)),
      vscode.workspace.onDidCloseTextDocument((document) => this.statuses.delete(document.uri.toString())),
      this.changeEmitter,
    );
  }

  /** The last status the server sent for this document, whatever its version. */
  get(uri: vscode.Uri): DocumentStatus | undefined {
    return this.statuses.get(uri.toString());
  }

  /** A status for the document's current text: the cached one if it is current, else asks the server.
   *  Null when the server is not running or does not know the document. */
  async current(document: vscode.TextDocument): Promise<DocumentStatus | null> {
    const cached = this.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    return this.request(document.uri);
  }

  async request(uri: vscode.Uri): Promise<DocumentStatus | null> {
    if (!this.client.isRunning()) return null;
    const params: DocumentStatusParams = { uri: uri.toString() };
    try {
      const status = await this.client.sendRequest<DocumentStatus | null>(DOCUMENT_STATUS_REQUEST, params);
      if (status) this.update(status);
      return status;
    } catch (error) {
      this.client.warn(`${DOCUMENT_STATUS_REQUEST} failed`, error);
      return null;
    }
  }

  private update(status: DocumentStatus): void {
    const previous = this.statuses.get(status.uri);
    // A reply to an older request may arrive after a newer notification.
    if (previous && previous.version > status.version) return;
    this.statuses.set(status.uri, status);
    this.changeEmitter.fire(status);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.statuses.clear();
  }
}
