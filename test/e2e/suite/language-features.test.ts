// Completion (headings, section snippets, keywords), hover and the outline, asked of the editor.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, completionLabel, copyFixture, cvlintApi, lineOf, openInEditor, waitFor, waitForDiagnostics } from './helpers';

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items;
}

/** Opens a copy of the Italian CV with `line` inserted before the line `before`; returns the new line's number. */
async function openWithLine(copyName: string, before: string, line: string): Promise<{ editor: vscode.TextEditor; line: number }> {
  const api = await cvlintApi();
  const editor = await openInEditor(await copyFixture('cv-it.md', copyName));
  const at = lineOf(editor.document, before);
  assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(at, 0), `${line}\n`)));
  // Completion answers from the server's latest check of the document.
  await waitFor('the check of the edited text', () => api.status(editor.document.uri)?.version === editor.document.version);
  return { editor, line: at };
}

suite('completion, hover, outline', () => {
  suiteSetup(async () => {
    await cvlintApi();
  });
  suiteTeardown(closeAllEditors);

  test('completes a heading with the profile’s sections, the missing one first', async () => {
    const { editor, line } = await openWithLine('complete-heading-cv-it.md', '## Competenze personali', '## ');
    const items = await completionsAt(editor.document.uri, new vscode.Position(line, 3));
    const headings = items
      .filter((item) => item.kind === vscode.CompletionItemKind.Module)
      .sort((a, b) => (a.sortText ?? completionLabel(a)).localeCompare(b.sortText ?? completionLabel(b)));
    assert.ok(headings.length >= 6, `headings: ${items.map(completionLabel).join(', ')}`);
    assert.equal(completionLabel(headings[0]), 'Competenze linguistiche');
    assert.ok(headings.some((item) => completionLabel(item) === 'Esperienza professionale'));
  });

  test('offers the section snippets: the server’s (with tab stops) and the contributed ones', async () => {
    const { editor, line } = await openWithLine('complete-snippet-cv-it.md', '## Competenze personali', '');
    const items = await completionsAt(editor.document.uri, new vscode.Position(line, 0));
    const snippets = items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
    const fromServer = snippets.find((item) => {
      const text = item.insertText instanceof vscode.SnippetString ? item.insertText.value : '';
      return text.startsWith('## Competenze linguistiche\n');
    });
    assert.ok(fromServer, `snippets: ${snippets.map(completionLabel).join(', ')}`);
    assert.match((fromServer.insertText as vscode.SnippetString).value, /\$\{1:\[lingua\]\}/);
    // Contributed by snippets/cv-markdown.code-snippets, generated from the same templates.
    const contributed = snippets.find((item) => completionLabel(item) === 'cv-lingue');
    assert.ok(contributed, `snippets: ${snippets.map(completionLabel).join(', ')}`);
    assert.ok(snippets.some((item) => completionLabel(item) === 'cv-experience'), 'the English snippets are there too');
  });

  test('completes the profile’s unused keywords inside a skills section', async () => {
    const { editor, line } = await openWithLine('complete-keywords-cv-it.md', '- Gestionali e database', '- Power');
    const items = await completionsAt(editor.document.uri, new vscode.Position(line, 7));
    const keywords = items.filter((item) => item.kind === vscode.CompletionItemKind.Keyword).map(completionLabel);
    assert.ok(keywords.includes('PowerPoint'), `keywords: ${keywords.join(', ')}`);
    assert.ok(!keywords.includes('Excel'), 'Excel is already in the CV');
  });

  test('hover on a section heading says what goes there and which keywords are present', async () => {
    const editor = await openInEditor(await copyFixture('cv-it.md', 'hover-cv-it.md'));
    const line = lineOf(editor.document, '## Competenze tecniche');
    const hovers = await waitFor('a hover', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 5));
      return found.length > 0 ? found : undefined;
    });
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Competenze tecniche\*\*/);
    assert.match(text, /(Present|Presenti): .*Excel/);
    assert.match(text, /(Missing|Mancanti): .*PowerPoint/);
  });

  test('one outline: VS Code\u2019s own Markdown outline, no second one from cvlint (no extra breadcrumb level)', async () => {
    const editor = await openInEditor(await copyFixture('cv-it.md', 'outline-cv-it.md'));
    await waitForDiagnostics(editor.document.uri, 'cvlint diagnostics', (d) => d.some((x) => x.source === 'cvlint'));
    const symbols = await waitFor('document symbols', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return found && found.length > 0 ? found : undefined;
    });
    // cvlint's outline (served to editors without their own, see the Neovim suite) marks sections as namespaces.
    const all = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    assert.deepEqual(all(symbols).filter((s) => s.kind === vscode.SymbolKind.Namespace).map((s) => s.name), []);
    assert.ok(all(symbols).some((s) => s.name.includes('Esperienza professionale')), `symbols: ${JSON.stringify(all(symbols).map((s) => s.name))}`);
  });
});
