// The extension when things go wrong: the server process killed under it, and a 5 MB Markdown file
// opened beside a CV. No timings: only that the editor keeps answering and the messages arrive.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, completionLabel, copyFixture, cvlintApi, cvlintDiagnostics, lineOf, openInEditor, ruleId, waitFor, workspaceFile } from './helpers';

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

suite('recovery', () => {
  suiteSetup(async () => {
    await cvlintApi();
  });
  suiteTeardown(closeAllEditors);

  test('a killed server is started again by the client, and the CV is checked again', async () => {
    const api = await cvlintApi();
    const editor = await openInEditor(await copyFixture('cv-it.md', 'killed-server-cv-it.md'));
    const uri = editor.document.uri;
    await waitFor('the first diagnostics', () => cvlintDiagnostics(uri).length > 0);
    const killed = api.serverReady()?.processId;
    assert.ok(killed, 'the server said its process id');
    process.kill(killed, 'SIGKILL');

    const restarted = await waitFor('a new server', () => {
      const pid = api.serverReady()?.processId;
      return pid && pid !== killed ? pid : undefined;
    }, 60000);
    assert.notEqual(restarted, killed);
    // An edit checked by the new server: its status has the edited version, and the diagnostics are there.
    assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(editor.document.lineCount, 0), '\n')));
    await waitFor('the check of the edited CV by the new server', () => api.status(uri)?.version === editor.document.version, 30000);
    await waitFor('diagnostics again', () => cvlintDiagnostics(uri).length > 0);
  });

  test('a 5 MB file gets one message in plain words while hover and completion on a CV keep answering', async () => {
    const api = await cvlintApi();
    const cv = await openInEditor(await copyFixture('cv-it.md', 'beside-big-cv-it.md'));
    await waitFor('the CV checked', () => api.status(cv.document.uri)?.state === 'checked');

    const entry = (n: number) => `## Esperienza ${n}\n\nImpiegata amministrativa presso l'azienda ${n}: fatturazione, archiviazione e data entry.\n\n`;
    const big = workspaceFile('big-cv.md');
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(Array.from({ length: 50_000 }, (_, n) => entry(n)).join('')));
    const bigDocument = await vscode.workspace.openTextDocument(big);
    assert.ok(bigDocument.getText().length > 5_000_000);
    await vscode.window.showTextDocument(bigDocument, { preview: false });

    // The CV answers while the big file is read.
    const heading = lineOf(cv.document, '## Competenze tecniche');
    const hover = await waitFor('a hover on the CV', async () => (await hoverAt(cv.document.uri, new vscode.Position(heading, 5))) || undefined);
    assert.match(hover, /Competenze tecniche/);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cv.document.uri, new vscode.Position(heading, 3));
    assert.ok(list.items.some((item) => completionLabel(item) === 'Esperienza professionale'), list.items.map(completionLabel).join(', '));

    const [message] = await waitFor('the message on the big file', () => {
      const found = cvlintDiagnostics(big);
      return found.length > 0 ? found : undefined;
    }, 60000);
    assert.deepEqual(cvlintDiagnostics(big).map(ruleId), ['analysis-limit']);
    assert.equal(message.severity, vscode.DiagnosticSeverity.Information);
    assert.match(message.message, /(only its headings were checked|sono stati controllati solo i titoli)/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(big);
  });
});
