// Completion, hover, document symbols and the CV template request over real LSP.
import assert from 'node:assert/strict';
import {
  CompletionItemKind,
  CompletionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InsertTextFormat,
  SymbolKind,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { CV_TEMPLATE_REQUEST, type CvTemplate } from '../../server/src/shared/protocol';
import { fixture, virtualUri } from './helpers';
import { TestClient } from './lsp-client';

describe('server: completion, hover, outline', () => {
  let client: TestClient;
  let counter = 0;

  before(async () => {
    client = new TestClient();
    await client.start();
  });
  after(async () => {
    await client.stop();
  });

  /** Opens the fixture with `insert` added as a new line after line `afterLine`. */
  async function openWithLine(name: string, afterLine: number, insert: string): Promise<string> {
    const lines = fixture(name).split('\n');
    lines.splice(afterLine + 1, 0, insert);
    const uri = virtualUri(`${String(++counter).padStart(2, '0')}-${name}`);
    await client.open(uri, lines.join('\n'));
    await client.statusFor(uri, 1);
    return uri;
  }

  async function complete(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
  }

  function bySortText(items: CompletionItem[]): CompletionItem[] {
    return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  }

  it('completes a heading with the profile’s sections, the missing one first, in the CV’s language', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 22, '## ');
    const items = bySortText(await complete(uri, { line: 23, character: 3 }));
    const headings = items.filter((item) => item.kind === CompletionItemKind.Module);
    assert.deepEqual(
      headings.map((item) => item.label),
      ['Competenze linguistiche', 'Profilo', 'Esperienza professionale', 'Istruzione e formazione', 'Competenze tecniche', 'Competenze personali', 'Contatti'],
    );
    assert.equal(headings[0].detail, 'Sezione mancante');
    assert.equal(headings[1].detail, 'Sezione del profilo');
    assert.deepEqual(headings[0].textEdit, {
      range: { start: { line: 23, character: 3 }, end: { line: 23, character: 3 } },
      newText: 'Competenze linguistiche',
    });
  });

  it('offers whole sections as snippets with tab stops, from the same template as the fix', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 22, '## Comp');
    const items = bySortText(await complete(uri, { line: 23, character: 7 }));
    const snippet = items.find((item) => item.kind === CompletionItemKind.Snippet);
    assert.ok(snippet);
    assert.equal(snippet.label, '## Competenze linguistiche…');
    assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
    assert.deepEqual(snippet.textEdit, {
      range: { start: { line: 23, character: 0 }, end: { line: 23, character: 7 } },
      newText: '## Competenze linguistiche\n\n- Lingua madre: ${1:[lingua]}\n- ${2:[Lingua]}: ${3:[livello QCER]}\n',
    });
    const heading = items.find((item) => item.label === 'Competenze linguistiche');
    assert.deepEqual(heading?.textEdit, {
      range: { start: { line: 23, character: 3 }, end: { line: 23, character: 7 } },
      newText: 'Competenze linguistiche',
    });
  });

  it('adds the space after the hashes when the heading has none yet', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 22, '##');
    const items = await complete(uri, { line: 23, character: 2 });
    const heading = items.find((item) => item.label === 'Competenze linguistiche');
    assert.equal(heading?.textEdit?.newText, ' Competenze linguistiche');
  });

  it('completes English headings in an English CV', async () => {
    const uri = await openWithLine('resume-clerk-en.md', 5, '## ');
    const headings = bySortText(await complete(uri, { line: 6, character: 3 })).filter((item) => item.kind === CompletionItemKind.Module);
    assert.ok(headings.some((item) => item.label === 'Work experience'));
    assert.ok(headings.every((item) => item.detail === 'Profile section'), 'nothing is missing');
  });

  it('offers section snippets on an empty line at the CV’s section level', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 13, '');
    const items = await complete(uri, { line: 14, character: 0 });
    assert.ok(items.length > 0);
    assert.ok(items.every((item) => item.kind === CompletionItemKind.Snippet));
    assert.ok(items.some((item) => item.textEdit?.newText.startsWith('## Competenze linguistiche\n')));
  });

  it('completes unused profile keywords inside a skills section', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 21, '- Power');
    const items = await complete(uri, { line: 22, character: 7 });
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('PowerPoint'), labels.join(', '));
    assert.ok(labels.includes('gestione documentale'));
    // Already in the CV: not offered again.
    assert.ok(!labels.includes('Excel'));
    assert.ok(!labels.includes('fatturazione'));
    const powerPoint = items.find((item) => item.label === 'PowerPoint')!;
    assert.equal(powerPoint.kind, CompletionItemKind.Keyword);
    assert.equal(powerPoint.detail, 'Parola chiave: Software e strumenti d’ufficio');
    assert.deepEqual((powerPoint.textEdit as TextEdit).range, { start: { line: 22, character: 2 }, end: { line: 22, character: 7 } });
  });

  it('offers no keywords outside skills sections', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 13, '- Power');
    assert.deepEqual(await complete(uri, { line: 14, character: 7 }), []);
  });

  it('offers no headings inside a fenced code block', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 5, '\n```bash\n# \n```');
    assert.deepEqual(await complete(uri, { line: 8, character: 2 }), []);
    // The same line after the fence is a heading again.
    assert.ok((await complete(uri, { line: 10, character: 0 })).length > 0);
  });

  it('offers nothing in a document that is not a CV', async () => {
    const uri = await client.open(virtualUri('README.md'), `${fixture('README.md')}\n## `);
    await client.statusFor(uri, 1);
    assert.deepEqual(await complete(uri, { line: 12, character: 3 }), []);
  });

  async function hoverAt(uri: string, position: Position): Promise<Hover | null> {
    return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  it('explains a section heading on hover: what goes there and which keywords are present or missing', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 0, '');
    const hover = await hoverAt(uri, { line: 20, character: 5 });
    assert.ok(hover);
    assert.deepEqual(hover.range, { start: { line: 20, character: 3 }, end: { line: 20, character: 22 } });
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /^\*\*Competenze tecniche\*\*\n/);
    assert.match(text, /Programmi e strumenti: videoscrittura/);
    assert.match(text, /Sezione richiesta dal profilo «Impiegato\/a di back office»\./);
    assert.match(text, /\*\*Software e strumenti d’ufficio\*\* \(3 di almeno 3\)/);
    // Each keyword found links to the line that says it, so the person can check the credit.
    assert.match(text, /- Presenti: \[Excel\]\(file:\/\/\/[^)]*#L23 "riga 23"\), \[Word\]\([^)]*#L23 "riga 23"\), \[Outlook\]\([^)]*#L23 "riga 23"\)\n/);
    assert.match(text, /- Mancanti: pacchetto Office, PowerPoint, /);
  });

  it('says when a heading is not a CV section, and gives nothing off the headings', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 5, '\n## Viaggi in montagna\n\nMontagna.');
    const hover = await hoverAt(uri, { line: 7, character: 4 });
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /Titolo non riconosciuto come sezione di un CV\./);
    assert.equal(await hoverAt(uri, { line: 4, character: 4 }), null);
  });

  it('an extra section the profile does not ask for says so in one line; the CV title says nothing', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 5, '\n## Hobby e viaggi\n\nMontagna.\n\n## Curriculum Vitae\n');
    const hover = await hoverAt(uri, { line: 7, character: 4 });
    assert.equal((hover?.contents as MarkupContent).value, '**Hobby e viaggi**\n\nSezione non richiesta dal profilo «Impiegato/a di back office».');
    assert.equal(await hoverAt(uri, { line: 11, character: 4 }), null);
  });

  it('hovers in English when the CV is English', async () => {
    const uri = virtualUri('resume-hover-en.md');
    await client.open(uri, fixture('resume-clerk-en.md'));
    await client.statusFor(uri, 1);
    const hover = await hoverAt(uri, { line: 28, character: 4 });
    const text = (hover?.contents as MarkupContent).value;
    assert.match(text, /^\*\*Personal skills\*\*\n/);
    assert.match(text, /Section required by the “Back-office clerk” profile\./);
    assert.match(text, /- Present: .*attention to detail/);
  });

  it('gives the outline with section kinds under the name heading', async () => {
    const uri = await openWithLine('cv-impiegata-it.md', 0, '');
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    const [name] = symbols;
    assert.equal(name.name, 'Giulia Esposito');
    assert.equal(name.kind, SymbolKind.Module);
    assert.deepEqual(
      name.children?.map((s) => [s.name, s.kind, s.detail]),
      [
        ['Profilo', SymbolKind.Namespace, 'Profilo'],
        ['Esperienza professionale', SymbolKind.Namespace, 'Esperienza professionale'],
        ['Istruzione e formazione', SymbolKind.Namespace, 'Istruzione e formazione'],
        ['Competenze tecniche', SymbolKind.Namespace, 'Competenze tecniche'],
        ['Competenze personali', SymbolKind.Namespace, 'Competenze personali'],
        ['Contatti', SymbolKind.Namespace, 'Contatti'],
      ],
    );
    const job = name.children?.[1].children?.[0];
    assert.deepEqual([job?.name, job?.kind, job?.detail], ['Impiegata amministrativa — Studio Verdi, Napoli', SymbolKind.String, '']);
    assert.deepEqual(job?.selectionRange, { start: { line: 9, character: 4 }, end: { line: 9, character: 51 } });
  });

  it('labels the outline in English for an English CV', async () => {
    const uri = virtualUri('resume-outline-en.md');
    await client.open(uri, fixture('resume-clerk-en.md'));
    await client.statusFor(uri, 1);
    const [name] = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      name.children?.map((s) => s.detail),
      ['Work experience', 'Education and training', 'Technical skills', 'Language skills', 'Personal skills'],
    );
  });

  it('returns the whole CV template as a snippet and as text', async () => {
    const template = await client.connection.sendRequest<CvTemplate>(CV_TEMPLATE_REQUEST, { language: 'it' });
    assert.match(template.snippet, /^# \$\{1:Nome Cognome\}\n/);
    assert.match(template.snippet, /## Esperienza professionale\n/);
    assert.ok(template.text.startsWith('# Nome Cognome\n'));
    assert.ok(!template.text.includes('${'));
    const english = await client.connection.sendRequest<CvTemplate>(CV_TEMPLATE_REQUEST, { language: 'en' });
    assert.match(english.text, /## Work experience\n/);
  });
});
