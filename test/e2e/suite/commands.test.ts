// The palette commands: New CV from template and Insert missing section, with their arguments
// (as keybindings and tests pass them) and through their quick picks (as a person uses them).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, copyFixture, cvlintApi, openInEditor, ruleId, sleep, waitFor, waitForDiagnostics, waitForRuleIds } from './helpers';

/** Runs a command that shows a quick pick and accepts its first item, as Enter would. */
async function runAcceptingFirstPick<T>(command: string): Promise<T> {
  let settled = false;
  const result = vscode.commands.executeCommand<T>(command);
  const done = result.then(
    (value) => ((settled = true), value),
    (error: unknown) => {
      settled = true;
      throw error;
    },
  );
  const deadline = Date.now() + 15000;
  while (!settled && Date.now() < deadline) {
    await sleep(250);
    // Does nothing while the quick pick is not open yet.
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return done;
}

suite('commands', () => {
  suiteSetup(async () => {
    await cvlintApi();
  });
  teardown(closeAllEditors);

  test('the commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['cvlint.newCv', 'cvlint.insertMissingSection', 'cvlint.checkAsCv', 'cvlint.showMissing', 'cvlint.restartServer', 'cvlint.showOutput']) {
      assert.ok(commands.includes(id), id);
    }
  });

  test('New CV from template (Italian) opens an untitled CV that the server checks', async () => {
    const api = await cvlintApi();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('cvlint.newCv', 'it');
    assert.ok(editor, 'an editor');
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.equal(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    assert.match(text, /^# Nome Cognome\n/);
    for (const heading of ['## Esperienza professionale', '## Istruzione e formazione', '## Competenze linguistiche', '## Contatti']) {
      assert.ok(text.includes(`\n${heading}\n`), heading);
    }
    const status = await waitFor('the status of the new CV', () => {
      const current = api.status(editor.document.uri);
      return current?.version === editor.document.version ? current : undefined;
    });
    assert.equal(status.state, 'checked');
    assert.deepEqual(status.missingSections, [], 'the template has every required section');
  });

  test('New CV from template through its quick pick', async () => {
    const editor = await runAcceptingFirstPick<vscode.TextEditor | undefined>('cvlint.newCv');
    assert.ok(editor, 'an editor');
    // The quick pick lists the editor's own language first.
    const expected = vscode.env.language.toLowerCase().startsWith('it') ? '## Esperienza professionale' : '## Work experience';
    assert.ok(editor.document.getText().includes(`\n${expected}\n`), editor.document.getText().slice(0, 200));
  });

  test('Insert missing section with a section kind inserts it where the fix would', async () => {
    const uri = await copyFixture('cv-it.md', 'insert-cv-it.md');
    const editor = await openInEditor(uri);
    await waitForRuleIds(uri, ['missing-section']);
    const inserted = await vscode.commands.executeCommand<boolean>('cvlint.insertMissingSection', 'language-skills');
    assert.equal(inserted, true);
    const text = editor.document.getText();
    assert.match(text, /\n## Competenze linguistiche\n\n- Lingua madre: \[lingua\]\n/);
    assert.ok(text.indexOf('## Competenze linguistiche') < text.indexOf('## Competenze personali'));
    await waitForDiagnostics(uri, 'missing-section to go', (d) => !d.some((x) => ruleId(x) === 'missing-section'));
  });

  test('Insert missing section through its quick pick', async () => {
    const uri = await copyFixture('cv-fixall-it.md', 'insert-pick-cv-fixall-it.md');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, 'missing-section', (d) => d.some((x) => ruleId(x) === 'missing-section'));
    const inserted = await runAcceptingFirstPick<boolean>('cvlint.insertMissingSection');
    assert.equal(inserted, true);
    assert.ok(editor.document.getText().includes('\n## Competenze linguistiche\n'));
    await waitForDiagnostics(uri, 'missing-section to go', (d) => !d.some((x) => ruleId(x) === 'missing-section'));
  });
});
