// Settings over real LSP: workspace/configuration, changes, `.cvlintrc.json`, broken values,
// include/detect/enable/run, and the message language.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Diagnostic, HoverRequest, MessageType, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { DOCUMENT_STATUS_REQUEST } from '../../server/src/shared/protocol';
import { fixture, messageOf, ruleIds, virtualUri } from './helpers';
import { sleep, TestClient } from './lsp-client';

describe('server: settings', () => {
  describe('from workspace/configuration', () => {
    let client: TestClient;
    const italian = virtualUri('cv-settings-it.md');
    const english = virtualUri('resume-settings-en.md');

    before(async () => {
      client = new TestClient();
      await client.start();
      await client.open(italian, fixture('cv-impiegata-it.md'));
      await client.open(english, fixture('resume-clerk-en.md'));
      await client.diagnosticsFor(italian, 1);
      await client.diagnosticsFor(english, 1);
    });
    after(async () => {
      await client.stop();
    });

    async function afterSettings(settings: Record<string, unknown>): Promise<{ it: string[]; en: string[]; itDiagnostics: Diagnostic[] }> {
      const since = client.mark();
      await client.changeSettings(settings);
      const it = await client.diagnosticsFor(italian, 1, since);
      const en = await client.diagnosticsFor(english, 1, since);
      // Each check ends with its status: wait for both, so no test mistakes them for its own.
      await client.statusFor(italian, 1, since);
      await client.statusFor(english, 1, since);
      return { it: ruleIds(it.diagnostics), en: ruleIds(en.diagnostics), itDiagnostics: it.diagnostics };
    }

    it('asks the client for the cvlint section', () => {
      assert.ok(client.configurationRequests > 0);
    });

    it('turns rules off and changes their severity', async () => {
      const { it, itDiagnostics } = await afterSettings({ rules: { 'missing-keywords': 'off', 'empty-section': 'error' } });
      assert.deepEqual(it, ['empty-section', 'missing-section', 'privacy-consent']);
      assert.equal(itDiagnostics.find((d) => d.code === 'empty-section')?.severity, DiagnosticSeverity.Error);
      const hint = await afterSettings({ rules: { 'missing-section': 'hint' } });
      assert.equal(hint.itDiagnostics.find((d) => d.code === 'missing-section')?.severity, DiagnosticSeverity.Hint);
    });

    it('follows contactPosition: contact details at the start are then right, at the end wrong', async () => {
      const start = await afterSettings({ contactPosition: 'start' });
      assert.deepEqual(start.en, []);
      assert.ok(start.it.includes('contact-position'));
      const any = await afterSettings({ contactPosition: 'any' });
      assert.ok(!any.it.includes('contact-position'));
      assert.deepEqual(any.en, []);
      const end = await afterSettings({ contactPosition: 'end' });
      assert.deepEqual(end.en, ['contact-position']);
    });

    it('renders messages in the language of messages.language', async () => {
      const english = await afterSettings({ 'messages': { language: 'en' } });
      assert.equal(english.itDiagnostics.find((d) => d.code === 'missing-section')?.message, 'Missing section: "Language skills / Competenze linguistiche".');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: italian }, position: { line: 19, character: 4 } });
      assert.match(JSON.stringify(hover), /Section required by the/);
      const back = await afterSettings({});
      assert.equal(back.itDiagnostics.find((d) => d.code === 'missing-section')?.message, 'Manca la sezione «Competenze linguistiche».');
    });

    it('checks the keywords the user adds and stops asking for the ignored ones', async () => {
      const before = await afterSettings({});
      const personal = (ids: Diagnostic[]) =>
        messageOf(ids.find((d) => d.code === 'missing-keywords' && messageOf(d).startsWith('Qualità personali')));
      assert.match(personal(before.itDiagnostics), /capacità organizzative/);
      const ignored = await afterSettings({ keywords: { ignore: ['capacità organizzative'], extra: {} } });
      assert.doesNotMatch(personal(ignored.itDiagnostics), /capacità organizzative/);
    });

    it('reports a broken setting once, uses the default for it, and keeps serving', async () => {
      const since = client.mark();
      await client.changeSettings({ throttleMs: 'fast', rules: { 'missing-section': 'loud', 'no-such-rule': 'off' }, contactPosition: 'start' });
      const message = await client.waitFor((r) => r.method === 'showMessage', 'showMessage', since);
      const params = message.params as ShowMessageParams;
      assert.equal(params.type, MessageType.Warning);
      assert.match(params.message, /cvlint\.throttleMs/);
      assert.match(params.message, /cvlint\.rules\.missing-section/);
      assert.match(params.message, /cvlint\.rules\.no-such-rule/);
      const it = await client.diagnosticsFor(italian, 1, since);
      await client.diagnosticsFor(english, 1, since);
      // The valid setting still applies; the broken ones fall back to defaults.
      assert.ok(ruleIds(it.diagnostics).includes('contact-position'));
      assert.equal(it.diagnostics.find((d) => d.code === 'missing-section')?.severity, DiagnosticSeverity.Error);
      const status = await client.connection.sendRequest(DOCUMENT_STATUS_REQUEST, { uri: italian });
      assert.ok(status);
      const messages = client.received.slice(since).filter((r) => r.method === 'showMessage');
      assert.equal(messages.length, 1, 'two documents, one message');
      const logged = client.received.slice(since).filter((r) => r.method === 'log' && /cvlint\.throttleMs/.test(r.params.message));
      assert.equal(logged.length, 1);
    });

    it('survives settings of the wrong shape altogether', async () => {
      const since = client.mark();
      await client.changeSettings(['not', 'an', 'object'] as unknown as Record<string, unknown>);
      await client.waitFor((r) => r.method === 'showMessage', 'showMessage', since);
      const it = await client.diagnosticsFor(italian, 1, since);
      assert.ok(ruleIds(it.diagnostics).includes('missing-section'));
    });

    it('checks a file listed in files.include even if it is not a CV', async () => {
      const readme = virtualUri('README.md');
      await client.changeSettings({});
      await client.open(readme, fixture('README.md'));
      assert.equal((await client.statusFor(readme, 1)).state, 'not-a-cv');
      const since = client.mark();
      await client.changeSettings({ files: { include: ['README.md'] } });
      const status = await client.statusFor(readme, 1, since);
      assert.equal(status.state, 'checked');
      const { diagnostics } = await client.diagnosticsFor(readme, 1, since);
      assert.ok(ruleIds(diagnostics).includes('missing-section'));
      await client.close(readme);
    });

    it('with detect off, checks only included files', async () => {
      const since = client.mark();
      await client.changeSettings({ detect: false, files: { include: ['**/resume-*.md'] } });
      assert.equal((await client.statusFor(italian, 1, since)).state, 'not-included');
      assert.equal((await client.statusFor(english, 1, since)).state, 'checked');
      assert.deepEqual((await client.diagnosticsFor(italian, 1, since)).diagnostics, [], 'its diagnostics are cleared');
    });

    it('with enable off, checks nothing', async () => {
      let since = client.mark();
      await client.changeSettings({});
      // The status follows the diagnostics of the same check: wait for it so it is not taken for the next one.
      await client.statusFor(english, 1, since);
      await client.statusFor(italian, 1, since);
      since = client.mark();
      await client.changeSettings({ enable: false });
      assert.equal((await client.statusFor(italian, 1, since)).state, 'disabled');
      assert.equal((await client.statusFor(english, 1, since)).state, 'disabled');
      const cleared = await client.diagnosticsFor(italian, 1, since);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('with run onSave, checks when the document is saved, not while typing', async () => {
      let since = client.mark();
      await client.changeSettings({ run: 'onSave', throttleMs: 0 });
      await client.diagnosticsFor(italian, 1, since);
      since = client.mark();
      const version = await client.edit(italian, { start: { line: 23, character: 0 }, end: { line: 23, character: 0 } }, '<!-- nota -->\n');
      await sleep(400);
      assert.deepEqual(client.received.slice(since).filter((r) => r.method === 'diagnostics' && r.params.uri === italian), []);
      await client.save(italian);
      const { diagnostics } = await client.diagnosticsFor(italian, version, since);
      assert.ok(ruleIds(diagnostics).includes('empty-section'));
    });
  });

  describe('from .cvlintrc.json', () => {
    let folder: string;
    let client: TestClient;
    const rcPath = () => path.join(folder, '.cvlintrc.json');

    before(async () => {
      folder = mkdtempSync(path.join(tmpdir(), 'cvlint-rc-'));
      writeFileSync(rcPath(), JSON.stringify({ rules: { 'empty-section': 'off' }, contactPosition: 'start' }));
      client = new TestClient({ workspaceFolder: folder, settings: { rules: { 'empty-section': 'error' } } });
      await client.start();
    });
    after(async () => {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    });

    it('wins over the user’s settings', async () => {
      const uri = pathToFileURL(path.join(folder, 'cv.md')).href;
      await client.open(uri, fixture('cv-impiegata-it.md'));
      const { diagnostics } = await client.diagnosticsFor(uri, 1);
      assert.ok(!ruleIds(diagnostics).includes('empty-section'));
      assert.ok(ruleIds(diagnostics).includes('contact-position'));
    });

    it('is read again when it changes; a broken file gives one message and defaults', async () => {
      const uri = pathToFileURL(path.join(folder, 'cv.md')).href;
      writeFileSync(rcPath(), '{ "rules": { "empty-section": "off" ');
      const since = client.mark();
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(rcPath()).href, type: 2 }],
      });
      const message = await client.waitFor((r) => r.method === 'showMessage', 'showMessage', since);
      assert.match((message.params as ShowMessageParams).message, /\.cvlintrc\.json: cannot be read as JSON/);
      const { diagnostics } = await client.diagnosticsFor(uri, 1, since);
      // The user's settings still apply (empty-section as error); the file's do not.
      assert.equal(diagnostics.find((d) => d.code === 'empty-section')?.severity, DiagnosticSeverity.Error);
      assert.ok(!ruleIds(diagnostics).includes('contact-position'));
    });

    it('reports unknown keys in the file and applies the rest', async () => {
      const uri = pathToFileURL(path.join(folder, 'cv.md')).href;
      writeFileSync(rcPath(), JSON.stringify({ $schema: './schemas/cvlintrc.schema.json', contactPostion: 'start', 'rules': { 'empty-section': 'off' } }));
      const since = client.mark();
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(rcPath()).href, type: 2 }],
      });
      const message = await client.waitFor((r) => r.method === 'showMessage', 'showMessage', since);
      assert.match((message.params as ShowMessageParams).message, /\.cvlintrc\.json: cvlint\.contactPostion: unknown setting/);
      const { diagnostics } = await client.diagnosticsFor(uri, 1, since);
      assert.ok(!ruleIds(diagnostics).includes('empty-section'));
    });
  });

  describe('pushed with didChangeConfiguration (no workspace/configuration)', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ pullConfiguration: false, settings: { rules: { 'missing-keywords': 'off' } } });
      await client.start();
    });
    after(async () => {
      await client.stop();
    });

    it('uses initializationOptions, then the pushed settings', async () => {
      const uri = virtualUri('cv-push.md');
      await client.open(uri, fixture('cv-impiegata-it.md'));
      assert.deepEqual(ruleIds((await client.diagnosticsFor(uri, 1)).diagnostics), ['empty-section', 'missing-section', 'privacy-consent']);
      const since = client.mark();
      await client.changeSettings({ rules: { 'missing-section': 'off', 'missing-keywords': 'off' } });
      assert.deepEqual(ruleIds((await client.diagnosticsFor(uri, 1, since)).diagnostics), ['empty-section', 'privacy-consent']);
      assert.equal(client.configurationRequests, 0);
    });
  });

  describe('messages.language auto', () => {
    it('speaks the CV’s language whatever the editor’s display language (as the CLI does)', async () => {
      for (const [locale, expected] of [
        ['en-GB', 'Manca la sezione «Competenze linguistiche».'],
        ['it', 'Manca la sezione «Competenze linguistiche».'],
        ['de', 'Manca la sezione «Competenze linguistiche».'],
      ] as const) {
        const client = new TestClient({ locale });
        try {
          await client.start();
          const uri = virtualUri('cv-locale.md');
          await client.open(uri, fixture('cv-impiegata-it.md'));
          const { diagnostics } = await client.diagnosticsFor(uri, 1);
          assert.equal(diagnostics.find((d) => d.code === 'missing-section')?.message, expected, locale);
        } finally {
          await client.stop();
        }
      }
    });
  });
});
