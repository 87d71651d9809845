// The profile requests over real LSP (what "Choose CV profile" asks): the profiles a document can use, the
// front matter edit that chooses one, the status that shows it; and a broken profile file in the settings.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ShowMessageParams } from 'vscode-languageserver-protocol';
import {
  PROFILE_EDIT_REQUEST,
  PROFILES_REQUEST,
  type ProfileEditParams,
  type ProfileEditResult,
  type ProfilesParams,
  type ProfilesResult,
} from '../../server/src/shared/protocol';
import { applyEdits } from '../support/apply-edits';
import { messageOf } from './helpers';
import { TestClient } from './lsp-client';

const bankCv = readFileSync(path.resolve(__dirname, '../fixtures/profiles/cv-banca-it.md'), 'utf8');

describe('server: profiles', () => {
  let folder: string;
  let client: TestClient;
  let uri: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'cvlint-server-profiles-'));
    writeFileSync(
      path.join(folder, 'my-bank.json'),
      JSON.stringify({ id: 'my-bank', extends: 'bank-back-office', label: { it: 'La mia banca', en: 'My bank' }, description: { it: 'Bastano due termini.', en: 'Two terms are enough.' }, keywordGroups: [{ id: 'banking', minPresent: 2 }] }),
    );
    client = new TestClient({ workspaceFolder: folder, settings: { profileFiles: ['my-bank.json'] } });
    await client.start();
    uri = pathToFileURL(path.join(folder, 'cv.md')).href;
    await client.open(uri, bankCv);
    await client.statusFor(uri, 1);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const profiles = (params: ProfilesParams) => client.connection.sendRequest<ProfilesResult | null>(PROFILES_REQUEST, params);
  const profileEdit = (params: ProfileEditParams) => client.connection.sendRequest<ProfileEditResult | null>(PROFILE_EDIT_REQUEST, params);

  it('cvlint/profiles lists the built-in profiles and the workspace file, in the language of the CV', async () => {
    const result = (await profiles({ uri }))!;
    assert.deepEqual(result.profiles.map((p) => p.id), ['generic', 'back-office', 'bank-back-office', 'accounting-back-office', 'hr-back-office', 'logistics-back-office', 'customer-service-back-office', 'my-bank']);
    assert.equal(result.messageLanguage, 'it');
    assert.deepEqual(result.profiles.find((p) => p.id === 'bank-back-office'), {
      id: 'bank-back-office',
      label: 'Back office bancario e finanziario',
      description: 'Back office di banche e servizi finanziari: conti correnti, bonifici e SEPA/SWIFT, antiriciclaggio e KYC, titoli, segnalazioni di vigilanza.',
      extends: 'back-office',
      origin: 'built-in',
    });
    assert.equal(result.profiles.find((p) => p.id === 'my-bank')?.origin, path.join(folder, 'my-bank.json'));
    assert.equal(result.settingsProfile, 'back-office');
    assert.deepEqual(result.current, { id: 'back-office', source: 'settings' });
    assert.deepEqual(result.problems, []);
  });

  it('cvlint/profileEdit adds front matter; the check then uses that profile and the status says so', async () => {
    const answer = (await profileEdit({ uri, profileId: 'bank-back-office' }))!;
    assert.deepEqual(answer.edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '---\nprofile: bank-back-office\n---\n\n' }]);
    const text = applyEdits(bankCv, answer.edits);
    const since = client.mark();
    const version = await client.replace(uri, text);
    const status = await client.statusFor(uri, version, since);
    assert.deepEqual(status.profile, { id: 'bank-back-office', label: 'Back office bancario e finanziario', source: 'front-matter' });
    const { diagnostics } = await client.diagnosticsFor(uri, version, since);
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'missing-keywords').map(messageOf),
      ['Operatività bancaria: trovate 2 parole chiave su 3 attese (conti correnti, bonifici). Potresti aggiungere: antiriciclaggio, KYC, amministrazione titoli, segnalazioni di vigilanza, pratiche di fido.'],
    );
    assert.deepEqual((await profiles({ uri }))!.current, { id: 'bank-back-office', source: 'front-matter' });
  });

  it('choosing again replaces the value in the front matter; a custom profile from the settings works too', async () => {
    const answer = (await profileEdit({ uri, profileId: 'my-bank' }))!;
    assert.deepEqual(answer.edits, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 25 } }, newText: 'my-bank' }]);
    const since = client.mark();
    const version = await client.replace(uri, applyEdits(`---\nprofile: bank-back-office\n---\n\n${bankCv}`, answer.edits));
    const status = await client.statusFor(uri, version, since);
    assert.deepEqual(status.profile, { id: 'my-bank', label: 'La mia banca', source: 'front-matter' });
    const { diagnostics } = await client.diagnosticsFor(uri, version, since);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'missing-keywords'), []);
  });

  it('cvlint/profileEdit gives no edit for an unknown profile', async () => {
    const answer = (await profileEdit({ uri, profileId: 'astronaut' }))!;
    assert.deepEqual(answer.edits, []);
  });

  it('a broken profile file in the settings: one message naming the file and the field; the CV is checked with back-office', async () => {
    writeFileSync(path.join(folder, 'broken.json'), JSON.stringify({ id: 'broken', extends: 'back-office', label: { it: 'x', en: 'x' }, description: { it: 'x', en: 'x' }, maxPages: 'two' }));
    const since = client.mark();
    await client.changeSettings({ profileFiles: ['broken.json'], profile: 'broken' });
    const message = await client.waitFor((r) => r.method === 'showMessage', 'showMessage', since);
    const text = (message.params as ShowMessageParams).message;
    assert.match(text, /broken\.json: field "maxPages": expected a number of pages from 1, got "two"/);
    assert.match(text, /cvlint\.profile: unknown profile "broken"/);
    const other = pathToFileURL(path.join(folder, 'cv-2.md')).href;
    await client.open(other, bankCv);
    const status = await client.statusFor(other, 1, since);
    assert.equal(status.profile.id, 'back-office');
  });
});
