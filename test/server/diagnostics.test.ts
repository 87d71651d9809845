// Diagnostics over real LSP: what an Italian and an English CV get, how they look on the wire,
// the document status that goes with them, and what happens to files that are not CVs.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver-protocol';
import { DOCUMENT_STATUS_REQUEST, type DocumentStatus } from '../../server/src/shared/protocol';
import { fixture, messageOf, ruleIds, virtualUri } from './helpers';
import { TestClient } from './lsp-client';

describe('server: diagnostics', () => {
  let client: TestClient;
  let initializeResult: InitializeResult;

  before(async () => {
    client = new TestClient();
    initializeResult = await client.start();
  });
  after(async () => {
    await client.stop();
  });

  it('announces incremental sync, code actions (with fix-all), completion, hover and symbols', () => {
    const capabilities = initializeResult.capabilities;
    const sync = capabilities.textDocumentSync;
    assert.ok(sync && typeof sync === 'object');
    assert.equal(sync.change, TextDocumentSyncKind.Incremental);
    assert.equal(sync.openClose, true);
    const codeActions = capabilities.codeActionProvider;
    assert.ok(codeActions && typeof codeActions === 'object');
    assert.deepEqual(codeActions.codeActionKinds, ['quickfix', 'source.fixAll.cvlint']);
    assert.deepEqual(capabilities.completionProvider?.triggerCharacters, ['#']);
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.documentSymbolProvider);
    assert.equal(initializeResult.serverInfo?.name, 'cvlint');
    assert.match(initializeResult.serverInfo?.version ?? '', /^\d+\.\d+\.\d+/);
  });

  it('reports the Italian CV’s missing section, empty section and missing keywords, in Italian', async () => {
    const uri = await client.open(virtualUri('cv-impiegata-it.md'), fixture('cv-impiegata-it.md'));
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    // The language keywords are not asked for while the language section itself is missing.
    assert.deepEqual(ruleIds(diagnostics), ['empty-section', 'missing-keywords', 'missing-section', 'privacy-consent']);

    const missing = diagnostics.find((d) => d.code === 'missing-section')!;
    assert.equal(missing.message, 'Manca la sezione «Competenze linguistiche».');
    assert.equal(missing.severity, DiagnosticSeverity.Error);
    assert.equal(missing.source, 'cvlint');
    assert.equal(missing.codeDescription?.href, 'https://github.com/cvlint/cvlint#rule-missing-section');
    const data = missing.data as { ruleId: string; version: number; fixes: { title: string; edits: unknown[] }[] };
    assert.equal(data.ruleId, 'missing-section');
    assert.equal(data.version, 1);
    assert.equal(data.fixes.length, 1);
    assert.equal(data.fixes[0].title, 'Aggiungi la sezione «Competenze linguistiche»');

    const empty = diagnostics.find((d) => d.code === 'empty-section')!;
    assert.equal(empty.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(empty.range.start, { line: 23, character: 3 });
    assert.equal(empty.message, 'La sezione «Competenze personali» è vuota.');
    for (const keywords of diagnostics.filter((d) => d.code === 'missing-keywords')) {
      assert.equal(keywords.severity, DiagnosticSeverity.Information);
    }
  });

  it('reports the English CV’s contact details at the top, in English', async () => {
    const uri = await client.open(virtualUri('resume-clerk-en.md'), fixture('resume-clerk-en.md'));
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(ruleIds(diagnostics), ['contact-position']);
    assert.match(messageOf(diagnostics[0]), /^Your contact details should be at the end of the CV/);
    assert.equal(diagnostics[0].codeDescription?.href, 'https://github.com/cvlint/cvlint#rule-contact-position');
  });

  it('sends the score, the missing sections and each section’s state with every check', async () => {
    const uri = virtualUri('cv-impiegata-it.md');
    const status = await client.statusFor(uri, 1);
    assert.equal(status.state, 'checked');
    assert.equal(status.language, 'it');
    assert.equal(status.messageLanguage, 'it');
    assert.equal(status.profile.id, 'back-office');
    assert.equal(typeof status.score, 'number');
    assert.ok(status.score! > 0 && status.score! < 100);
    assert.deepEqual(status.findingCounts, { error: 1, warning: 1, info: 2, hint: 0 });

    assert.deepEqual(status.missingSections.map((m) => [m.kind, m.title]), [['language-skills', 'Competenze linguistiche']]);
    const [missing] = status.missingSections;
    assert.equal(missing.insertEdits.length, 1);
    assert.match(missing.insertEdits[0].newText, /^## Competenze linguistiche\n/m);
    assert.match(missing.snippet, /^## Competenze linguistiche\n\n- Lingua madre: \$\{1:\[lingua\]\}/);

    const byTitle = new Map(status.sections.map((s) => [s.title, s]));
    assert.equal(byTitle.get('Competenze personali')?.state, 'empty');
    assert.equal(byTitle.get('Competenze personali')?.required, true);
    assert.equal(byTitle.get('Esperienza professionale')?.state, 'ok');
    assert.equal(byTitle.get('Esperienza professionale')?.kindLabel, 'Esperienza professionale');
    assert.equal(byTitle.get('Profilo')?.required, false);
    assert.equal(byTitle.get('Competenze tecniche')?.line, 19);
  });

  it('answers cvlint/documentStatus with the same status, and null for an unknown document', async () => {
    const uri = virtualUri('cv-impiegata-it.md');
    const pushed = await client.statusFor(uri, 1);
    const requested = await client.connection.sendRequest<DocumentStatus | null>(DOCUMENT_STATUS_REQUEST, { uri });
    assert.deepEqual(requested, pushed);
    assert.equal(await client.connection.sendRequest(DOCUMENT_STATUS_REQUEST, { uri: virtualUri('never-opened.md') }), null);
  });

  it('gives a README no diagnostics at all', async () => {
    const uri = await client.open(virtualUri('README.md'), fixture('README.md'));
    const status = await client.statusFor(uri, 1);
    assert.equal(status.state, 'not-a-cv');
    assert.equal(status.score, null);
    assert.deepEqual(client.diagnosticsReceived(uri), []);
  });

  it('sends an empty list when a file stops being a CV, and nothing more after that', async () => {
    const uri = await client.open(virtualUri('notes.md'), fixture('cv-impiegata-it.md'));
    const first = await client.diagnosticsFor(uri, 1);
    assert.ok(first.diagnostics.length > 0);
    const version = await client.replace(uri, fixture('README.md'));
    const cleared = await client.diagnosticsFor(uri, version);
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal((await client.statusFor(uri, version)).state, 'not-a-cv');

    const later = await client.replace(uri, `${fixture('README.md')}\nMore notes.\n`);
    await client.statusFor(uri, later);
    assert.equal(client.diagnosticsReceived(uri).length, 2);
  });

  it('checks an untitled document that reads like a CV', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, fixture('resume-clerk-en.md'));
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(ruleIds(diagnostics), ['contact-position']);
  });

  it('clears a CV’s diagnostics when it is closed', async () => {
    const uri = await client.open(virtualUri('cv-closing.md'), fixture('cv-impiegata-it.md'));
    await client.diagnosticsFor(uri, 1);
    const since = client.mark();
    await client.close(uri);
    const cleared = await client.waitFor((r) => r.method === 'diagnostics' && r.params.uri === uri, 'cleared diagnostics', since);
    assert.deepEqual((cleared.params as { diagnostics: unknown[] }).diagnostics, []);
  });
});
