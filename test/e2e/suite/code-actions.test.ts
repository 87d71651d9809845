// Quick fixes and fix-all, through the editor's own code action machinery.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, codeActionsAt, copyFixture, cvlintApi, openInEditor, ruleId, setSetting, waitFor, waitForDiagnostics, waitForRuleIds } from './helpers';

const LANGUAGE_FIX = /Competenze linguistiche|Language skills/;

suite('code actions', () => {
  suiteSetup(async () => {
    await cvlintApi();
  });
  suiteTeardown(async () => {
    await setSetting('editor', 'codeActionsOnSave', undefined);
    await closeAllEditors();
  });

  test('the quick fix inserts the missing section and the diagnostic disappears', async () => {
    const uri = await copyFixture('cv-it.md', 'quickfix-cv-it.md');
    const editor = await openInEditor(uri);
    const diagnostics = await waitForRuleIds(uri, ['missing-section']);
    const missing = diagnostics.find((d) => ruleId(d) === 'missing-section')!;
    // The extension host sees a diagnostic before the editor's marker service does, and the
    // code action request goes through the editor: ask again until the fix is offered.
    const fix = await waitFor(
      'the missing-section quick fix',
      async () => {
        const actions = await codeActionsAt(uri, missing.range, vscode.CodeActionKind.QuickFix.value);
        return actions.find((a) => LANGUAGE_FIX.test(a.title) && a.edit && !/disable|disattiva/i.test(a.title));
      },
      15000,
    );
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the editor applied the edit');

    const text = editor.document.getText();
    assert.match(text, /\n## Competenze linguistiche\n\n- Lingua madre: \[lingua\]\n/);
    // Inserted in the profile's order: after the technical skills, before the personal skills.
    assert.ok(text.indexOf('## Competenze tecniche') < text.indexOf('## Competenze linguistiche'));
    assert.ok(text.indexOf('## Competenze linguistiche') < text.indexOf('## Competenze personali'));
    await waitForDiagnostics(uri, 'the missing-section diagnostic to go', (d) => !d.some((x) => ruleId(x) === 'missing-section'));
  });

  test('offers Fix all and the disable comments as code actions', async () => {
    const uri = await copyFixture('cv-fixall-it.md', 'actions-cv-fixall-it.md');
    await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, 'diagnostics', (d) => d.some((x) => ruleId(x) === 'empty-section'));
    const empty = diagnostics.find((d) => ruleId(d) === 'empty-section')!;
    const titles = await waitFor('code actions on the empty section', async () => {
      const actions = await codeActionsAt(uri, empty.range);
      const found = actions.map((a) => `${a.kind?.value}: ${a.title}`);
      return found.some((t) => t.startsWith('source.fixAll.cvlint')) && found.some((t) => /empty-section/.test(t)) ? found : undefined;
    });
    assert.ok(titles.some((t) => t.startsWith('quickfix: ') && /empty-section/.test(t)), titles.join(' | '));
  });

  test('fix all on save (editor.codeActionsOnSave source.fixAll.cvlint) inserts what is missing and saves it', async () => {
    const api = await cvlintApi();
    const uri = await copyFixture('cv-fixall-it.md', 'onsave-cv-fixall-it.md');
    const editor = await openInEditor(uri);
    await waitForRuleIds(uri, ['empty-section', 'missing-keywords', 'missing-section']);
    await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.cvlint': 'explicit' });

    // A person types something, then saves with Ctrl+S.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((builder) => builder.insert(end, '\n')));
    // Saved right after typing (before the server has checked the new text), VS Code 1.100 now and
    // then saves without applying the fix-all edit the server returned (about 1 save in 4 here);
    // after the check, every time. A person pauses longer than that.
    await waitFor('the check of the edited text', () => api.status(uri)?.version === editor.document.version);
    await vscode.commands.executeCommand('workbench.action.files.save');

    const onDisk = await waitFor(
      'the fixed text on disk',
      () => {
        const text = fs.readFileSync(uri.fsPath, 'utf8');
        return text.includes('## Competenze linguistiche') ? text : undefined;
      },
      10000,
      () =>
        `editor text ${editor.document.getText().includes('## Competenze linguistiche') ? 'has' : 'lacks'} the section, ` +
        `dirty ${editor.document.isDirty}, version ${editor.document.version}, ` +
        `codeActionsOnSave ${JSON.stringify(vscode.workspace.getConfiguration('editor', editor.document).get('codeActionsOnSave'))}; ` +
        vscode.workspace.textDocuments.map((d) => `${d.uri.path.split('/').pop()} v${d.version}${d.isDirty ? ' dirty' : ''}${d.getText().includes('## Competenze linguistiche') ? ' fixed' : ''}`).join(', '),
    );
    assert.equal(editor.document.isDirty, false);
    assert.equal(onDisk, editor.document.getText());
    // The empty section got its template content, and nothing the user wrote was lost.
    assert.match(onDisk, /## Competenze personali\n\n- \S/);
    const original = fs.readFileSync(vscode.Uri.joinPath(uri, '..', 'cv-fixall-it.md').fsPath, 'utf8');
    let cursor = 0;
    for (const line of original.split('\n')) {
      const at = onDisk.indexOf(line, cursor);
      assert.ok(at >= 0, `line lost: ${line}`);
      cursor = at + line.length;
    }
    await waitForDiagnostics(uri, 'missing-section and empty-section to go', (d) =>
      !d.some((x) => ruleId(x) === 'missing-section' || ruleId(x) === 'empty-section'));
  });
});
