// Code actions over real LSP: apply a quick fix and the finding is gone; fix all; disable a rule
// for a line or the file; fixes offered for an older version still land in the right place.
import assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, editsFor, fixture, ruleIds, virtualUri } from './helpers';
import { TestClient } from './lsp-client';

describe('server: code actions', () => {
  let client: TestClient;
  let counter = 0;

  before(async () => {
    client = new TestClient();
    await client.start();
  });
  after(async () => {
    await client.stop();
  });

  async function openCv(name: string, edit: (text: string) => string = (text) => text): Promise<{ uri: string; text: string; diagnostics: Diagnostic[] }> {
    const uri = virtualUri(`${String(++counter).padStart(2, '0')}-${name}`);
    const text = edit(fixture(name));
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    return { uri, text, diagnostics };
  }

  async function actionsFor(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, only },
    });
    return (result ?? []) as CodeAction[];
  }

  /** Applies the action's edit the way an editor would and waits for the new diagnostics. */
  async function apply(uri: string, text: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const edited = applyWorkspaceEdit(text, action.edit, uri);
    const version = await client.replace(uri, edited);
    const { diagnostics } = await client.diagnosticsFor(uri, version);
    return { text: edited, diagnostics };
  }

  it('offers the missing-section fix as the preferred quick fix; applying it removes the diagnostic', async () => {
    const { uri, text, diagnostics } = await openCv('cv-impiegata-it.md');
    const missing = diagnostics.filter((d) => d.code === 'missing-section');
    const actions = await actionsFor(uri, missing);
    const fix = actions.find((a) => a.title === 'Aggiungi la sezione «Competenze linguistiche»');
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, missing);
    // Versioned, so an editor refuses the edit if the document moved on.
    assert.deepEqual(fix.edit?.documentChanges?.[0] && 'textDocument' in fix.edit.documentChanges[0] ? fix.edit.documentChanges[0].textDocument : null, { uri, version: 1 });

    const after = await apply(uri, text, fix);
    assert.ok(after.text.includes('## Competenze linguistiche'));
    // In the profile's order: after the technical skills, before the personal skills.
    const insertedAt = after.text.indexOf('## Competenze linguistiche');
    assert.equal(after.text.slice(0, insertedAt), text.slice(0, text.indexOf('## Competenze personali')));
    assert.ok(after.text.endsWith(text.slice(text.indexOf('## Competenze personali'))));
    assert.deepEqual(ruleIds(after.diagnostics).filter((id) => id === 'missing-section'), []);
  });

  it('offers several keyword fixes without marking any of them preferred', async () => {
    // Personal skills with one quality: an empty section would get its template first, and the keyword
    // fixes wait for it.
    const { uri, diagnostics } = await openCv('cv-impiegata-it.md', (text) => text.replace('## Competenze personali\n', '## Competenze personali\n\n- Puntualità\n'));
    const keywords = diagnostics.filter((d) => d.code === 'missing-keywords' && (d.data as { fixes: unknown[] }).fixes.length > 1);
    assert.equal(keywords.length, 1);
    const fixes = (await actionsFor(uri, keywords, ['quickfix'])).filter((a) => !a.title.startsWith('Disattiva'));
    assert.ok(fixes.length > 1, `fixes: ${fixes.map((a) => a.title).join(' | ')}`);
    assert.ok(fixes.every((a) => a.isPreferred === false));
  });

  it('fixes all problems with one fix each in one source.fixAll.cvlint action', async () => {
    const { uri, text, diagnostics } = await openCv('cv-impiegata-it.md');
    const actions = await actionsFor(uri, [], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['source.fixAll.cvlint', 'Correggi tutti i problemi cvlint']]);
    const withOneFix = diagnostics.filter((d) => (d.data as { fixes: unknown[] }).fixes.length === 1);
    assert.deepEqual(ruleIds(withOneFix), ['empty-section', 'missing-section', 'privacy-consent']);

    const after = await apply(uri, text, actions[0]);
    const remaining = ruleIds(after.diagnostics);
    assert.ok(!remaining.includes('missing-section') && !remaining.includes('empty-section'), `remaining: ${remaining.join(', ')}`);
    // Fixes only insert: every original line is still there, in order.
    let cursor = 0;
    for (const line of text.split('\n')) {
      const found = after.text.indexOf(line, cursor);
      assert.ok(found >= 0, `line lost: ${line}`);
      cursor = found + line.length;
    }
  });

  it('contacts at the top (Europass): moving them is preferred and is what fix all does; keeping them at the top is offered too', async () => {
    // The fixture with its contact section moved right under the name.
    const contactsFirst = (text: string) => {
      const at = text.indexOf('## Contatti');
      const contact = text.slice(at).trimEnd();
      return `${text.slice(0, at).trimEnd().replace('# Giulia Esposito\n\n', `# Giulia Esposito\n\n${contact}\n\n`)}\n`;
    };
    const { uri, text, diagnostics } = await openCv('cv-impiegata-it.md', contactsFirst);
    assert.ok(text.startsWith('# Giulia Esposito\n\n## Contatti\n'), text);
    const position = diagnostics.filter((d) => d.code === 'contact-position');
    assert.equal(position.length, 1);
    assert.match(String(position[0].message), /come nel formato Europass/);
    const actions = (await actionsFor(uri, position, ['quickfix'])).filter((a) => !a.title.startsWith('Disattiva'));
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [
        ['Sposta la sezione «Contatti» in fondo al CV', true],
        ['Tieni i recapiti in cima per questo CV', false],
      ],
    );

    const fixAll = (await actionsFor(uri, [], ['source.fixAll']))[0];
    assert.ok(!applyWorkspaceEdit(text, fixAll.edit, uri).includes('cvlint-contact-position'), 'fix all chose for the person');
    // The move and privacy-consent's clause both write at the end: one of them waits for the next fix all.
    const once = await apply(uri, text, fixAll);
    const fixedAll = applyWorkspaceEdit(once.text, (await actionsFor(uri, [], ['source.fixAll']))[0].edit, uri);
    assert.ok(!fixedAll.includes('cvlint-contact-position'), 'fix all chose for the person');
    // The contact section ends the CV, before the consent clause that privacy-consent appends last.
    assert.ok(fixedAll.trimEnd().endsWith('- Indirizzo: Via Toledo 10, 80134 Napoli\n\nAutorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).'), fixedAll);

    const kept = await apply(uri, text, actions[1]);
    assert.ok(kept.text.startsWith('<!-- cvlint-contact-position start -->\n# Giulia Esposito\n\n## Contatti\n'));
    assert.ok(!ruleIds(kept.diagnostics).includes('contact-position'), `left: ${ruleIds(kept.diagnostics).join(', ')}`);
  });

  it('answers a request for quick fixes only without the fix-all action', async () => {
    const { uri, diagnostics } = await openCv('cv-impiegata-it.md');
    const actions = await actionsFor(uri, diagnostics, ['quickfix']);
    assert.ok(actions.length > 0);
    assert.ok(actions.every((a) => a.kind === 'quickfix'));
  });

  it('disables a rule for one line with an inline comment', async () => {
    const { uri, text, diagnostics } = await openCv('cv-impiegata-it.md');
    const empty = diagnostics.filter((d) => d.code === 'empty-section');
    const disable = (await actionsFor(uri, empty)).find((a) => a.title === 'Disattiva empty-section per questa riga');
    assert.ok(disable);
    assert.deepEqual(editsFor(disable.edit, uri), [
      { range: { start: { line: 23, character: 0 }, end: { line: 23, character: 0 } }, newText: '<!-- cvlint-disable-next-line empty-section -->\n' },
    ]);
    const after = await apply(uri, text, disable);
    assert.ok(!ruleIds(after.diagnostics).includes('empty-section'));
    assert.ok(ruleIds(after.diagnostics).includes('missing-section'));
  });

  it('disables a finding about the whole CV (it points at the first line) for that line', async () => {
    const { uri, text, diagnostics } = await openCv('cv-impiegata-it.md');
    const missing = diagnostics.filter((d) => d.code === 'missing-section');
    const disable = (await actionsFor(uri, missing)).find((a) => a.title === 'Disattiva missing-section per questa riga');
    assert.ok(disable);
    const after = await apply(uri, text, disable);
    assert.ok(after.text.startsWith('<!-- cvlint-disable-next-line missing-section -->\n# Giulia Esposito'));
    assert.deepEqual(ruleIds(after.diagnostics).filter((id) => id === 'missing-section'), []);
  });

  it('disables a rule for the whole file with a comment at the top', async () => {
    const { uri, text, diagnostics } = await openCv('cv-impiegata-it.md');
    const keywords = diagnostics.filter((d) => d.code === 'missing-keywords').slice(0, 1);
    const disable = (await actionsFor(uri, keywords)).find((a) => a.title === 'Disattiva missing-keywords per questo file');
    assert.ok(disable);
    const after = await apply(uri, text, disable);
    assert.ok(after.text.startsWith('<!-- cvlint-disable missing-keywords -->\n# Giulia Esposito'));
    assert.deepEqual(ruleIds(after.diagnostics), ['empty-section', 'missing-section', 'privacy-consent']);
  });

  it('puts the file-wide comment after the front matter', async () => {
    const uri = virtualUri('cv-front-matter.md');
    const text = `---\nlang: it\n---\n${fixture('cv-impiegata-it.md')}`;
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    const empty = diagnostics.filter((d) => d.code === 'empty-section');
    const disable = (await actionsFor(uri, empty)).find((a) => a.title === 'Disattiva empty-section per questo file');
    assert.ok(disable);
    const after = await apply(uri, text, disable);
    assert.ok(after.text.startsWith('---\nlang: it\n---\n<!-- cvlint-disable empty-section -->\n# Giulia Esposito'));
    assert.ok(!ruleIds(after.diagnostics).includes('empty-section'));
  });

  it('maps a fix from an older version onto the current text', async () => {
    const { uri, text, diagnostics } = await openCv('cv-impiegata-it.md');
    const empty = diagnostics.filter((d) => d.code === 'empty-section');
    // Two lines added at the top: the old fix would land two lines too high.
    const edited = `<!-- bozza -->\n\n${text}`;
    const version = await client.replace(uri, edited);
    await client.diagnosticsFor(uri, version);
    const actions = await actionsFor(uri, empty);
    const fix = actions.find((a) => a.kind === 'quickfix' && !a.title.startsWith('Disattiva'));
    assert.ok(fix);
    const oldEdits = (empty[0].data as { fixes: { edits: { range: { start: { line: number } } }[] }[] }).fixes[0].edits;
    const newEdits = editsFor(fix.edit, uri);
    assert.equal(newEdits[0].range.start.line, oldEdits[0].range.start.line + 2);
    const after = await apply(uri, edited, fix);
    assert.ok(!ruleIds(after.diagnostics).includes('empty-section'));
  });

  it('ignores diagnostics from other tools and malformed data', async () => {
    const { uri, diagnostics } = await openCv('cv-impiegata-it.md');
    const foreign: Diagnostic = { ...diagnostics[0], source: 'markdownlint', code: 'MD041' };
    const broken: Diagnostic = { ...diagnostics[0], data: { ruleId: 42, fixes: 'nope' } };
    const actions = await actionsFor(uri, [foreign, broken], ['quickfix']);
    assert.deepEqual(actions, []);
  });

  it('offers nothing for a document that is not a CV', async () => {
    const uri = await client.open(virtualUri('README.md'), fixture('README.md'));
    await client.statusFor(uri, 1);
    assert.deepEqual(await actionsFor(uri, []), []);
  });
});
