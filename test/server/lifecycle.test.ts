// The server as a process: readiness, the IPC transport, throttled checks where only the latest
// version is published, huge files, and requests that would crash a careless server.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  DocumentSymbolRequest,
  HoverRequest,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { DOCUMENT_STATUS_REQUEST, SERVER_READY_NOTIFICATION, type ServerReadyParams } from '../../server/src/shared/protocol';
import { fixture, ruleIds, virtualUri } from './helpers';
import { SERVER_PATH, sleep, TestClient, withTimeout } from './lsp-client';

describe('server: lifecycle', () => {
  describe('over stdio', () => {
    let client: TestClient;
    before(async () => {
      // The huge CV below takes longer than the default time budget on a busy machine; the point here is
      // that it is checked in full (test/server/budget.test.ts checks what happens past the budget).
      client = new TestClient({ settings: { analysis: { timeBudgetMs: 120_000 } } });
      await client.start();
    });
    after(async () => {
      await client.stop();
    });

    it('says it is ready once it has read its settings', () => {
      const ready = client.received.find((r) => r.method === 'ready');
      assert.ok(ready);
      assert.deepEqual((ready.params as ServerReadyParams).settingsProblems, []);
    });

    it('publishes only the latest version after a burst of edits', async () => {
      const uri = virtualUri('cv-burst.md');
      const text = fixture('cv-impiegata-it.md');
      await client.open(uri, text);
      await client.diagnosticsFor(uri, 1);
      const since = client.mark();
      // Type the missing section one line at a time, faster than the 250 ms throttle.
      const typed = ['## Competenze linguistiche', '', '- Inglese: B2', '- Lingua madre: italiano', ''];
      let version = 1;
      let line = 23;
      for (const typedLine of typed) {
        version = await client.edit(uri, { start: { line, character: 0 }, end: { line, character: 0 } }, `${typedLine}\n`);
        line++;
        await sleep(20);
      }
      const { diagnostics } = await client.diagnosticsFor(uri, version, since);
      assert.ok(!ruleIds(diagnostics).includes('missing-section'));
      await sleep(300);
      const published = client.received.slice(since).filter((r) => r.method === 'diagnostics' && r.params.uri === uri);
      assert.deepEqual(published.map((r) => (r.params as PublishDiagnosticsParams).version), [version]);
      const statuses = client.received.slice(since).filter((r) => r.method === 'status' && r.params.uri === uri);
      assert.equal(statuses.length, 1);
    });

    it('checks a huge CV and keeps answering while it types', async function () {
      // Analysing ~200 KB takes a while on a loaded machine; the point is that it arrives and nothing hangs.
      this.timeout(120_000);
      const uri = virtualUri('cv-huge.md');
      const entry = (n: number) =>
        `### Impiegata ${n} — Azienda ${n}, Napoli\n\n01/2010 – 12/2011\n\n- Fatturazione, archiviazione e data entry per il cliente ${n}.\n- Gestione della corrispondenza e dei pagamenti.\n\n`;
      const body = Array.from({ length: 1200 }, (_, n) => entry(n)).join('');
      const text = fixture('cv-impiegata-it.md').replace('## Istruzione e formazione', `${body}## Istruzione e formazione`);
      assert.ok(text.length > 200_000);
      await client.open(uri, text);
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(ruleIds(first.diagnostics).includes('missing-section'));
      const since = client.mark();
      const version = await client.edit(uri, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, 'Dott.ssa ');
      const hover = await withTimeout(
        client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 4 } }),
        60_000,
        'hover on the huge CV',
      );
      assert.ok(hover);
      await client.diagnosticsFor(uri, version, since);
    });

    it('answers nonsense with nothing and keeps serving', async () => {
      const unknown = virtualUri('never-opened.md');
      assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
      assert.equal(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: unknown } }), []);
      assert.deepEqual(
        await client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri: unknown },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [] },
        }),
        [],
      );
      assert.equal(await client.connection.sendRequest(DOCUMENT_STATUS_REQUEST, null), null);
      assert.equal(await client.connection.sendRequest(DOCUMENT_STATUS_REQUEST, { uri: 42 }), null);

      // Positions far outside an open document.
      const uri = virtualUri('cv-nonsense.md');
      await client.open(uri, fixture('cv-impiegata-it.md'));
      await client.statusFor(uri, 1);
      assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9999, character: 9999 } }), null);
      const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: -5, character: 12_000 } });
      assert.ok(completion === null || typeof completion === 'object');

      // Still alive and checking.
      const version = await client.replace(uri, fixture('resume-clerk-en.md'));
      assert.deepEqual(ruleIds((await client.diagnosticsFor(uri, version)).diagnostics), ['contact-position']);
    });

    it('survives binary-looking and empty documents', async () => {
      const uri = virtualUri('cv-binary.md');
      await client.open(uri, '\u0000\u0001\uFFFD# CV\u0000\n## Esperienza\n\u0007');
      await client.statusFor(uri, 1);
      const empty = virtualUri('cv-empty.md');
      await client.open(empty, '');
      await client.statusFor(empty, 1);
      assert.ok(await client.connection.sendRequest(DOCUMENT_STATUS_REQUEST, { uri: empty }));
    });
  });

  describe('over node IPC', () => {
    it('initializes and publishes diagnostics', async () => {
      const child = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
      connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
      connection.onRequest('client/registerCapability', () => undefined);
      const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => {
        connection.onNotification(PublishDiagnosticsNotification.type, resolve);
      });
      const ready = new Promise<ServerReadyParams>((resolve) => {
        connection.onNotification(SERVER_READY_NOTIFICATION, resolve);
      });
      connection.listen();
      try {
        const result = await withTimeout(
          connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: { workspace: { configuration: true } },
          }),
          10_000,
          'initialize over IPC',
        );
        assert.equal(result.serverInfo?.name, 'cvlint');
        await connection.sendNotification(InitializedNotification.type, {});
        await withTimeout(ready, 10_000, 'cvlint/ready over IPC');
        const uri = virtualUri('resume-ipc-en.md');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
          textDocument: { uri, languageId: 'markdown', version: 1, text: fixture('resume-clerk-en.md') },
        });
        const published = await withTimeout(diagnostics, 10_000, 'diagnostics over IPC');
        assert.equal(published.uri, uri);
        assert.deepEqual(ruleIds(published.diagnostics), ['contact-position']);
      } finally {
        connection.dispose();
        child.kill();
      }
    });
  });

  it('refuses to start without a transport', async () => {
    const child = fork(SERVER_PATH, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /--stdio/);
  });
});
