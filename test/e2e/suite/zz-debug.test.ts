import * as vscode from 'vscode';
import * as fs from 'node:fs';
import { copyFixture, cvlintApi, openInEditor, setSetting, sleep, waitForRuleIds } from './helpers';
suite('debug', () => {
  test('debug fixall', async () => {
    const api = await cvlintApi();
    for (let i = 0; i < 8; i++) {
      await setSetting('editor', 'codeActionsOnSave', undefined);
      const uri = await copyFixture('cv-fixall-it.md', `dbg${i}-cv-fixall-it.md`);
      const editor = await openInEditor(uri);
      await waitForRuleIds(uri, ['empty-section', 'missing-keywords', 'missing-keywords', 'missing-section']);
      await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.cvlint': 'explicit' });
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end, '\n'));
      const v = editor.document.version;
      const t0 = Date.now();
      await vscode.commands.executeCommand('workbench.action.files.save');
      const t1 = Date.now();
      await sleep(1500);
      console.log(`run ${i}: save took ${t1 - t0} ms; version ${v} -> ${editor.document.version}; disk has section ${fs.readFileSync(uri.fsPath, 'utf8').includes('Competenze linguistiche')}; doc has ${editor.document.getText().includes('Competenze linguistiche')}; dirty ${editor.document.isDirty}; status v ${api.status(uri)?.version}`);
    }
  });
});
