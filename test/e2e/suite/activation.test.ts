// The installed extension (the .vsix from `npm run package`) activates when a Markdown CV is opened.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, cvlintApi, openInEditor, waitFor, workspaceFile } from './helpers';

suite('activation', () => {
  suiteTeardown(closeAllEditors);

  test('the extension under test is the packaged .vsix, installed into the editor', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const root = extension.extensionPath;
    // A packaged extension holds the bundles only: no TypeScript sources, no node_modules.
    assert.ok(fs.existsSync(path.join(root, 'dist', 'extension.js')), 'dist/extension.js');
    assert.ok(fs.existsSync(path.join(root, 'dist', 'server.js')), 'dist/server.js');
    assert.ok(!fs.existsSync(path.join(root, 'client')), 'no client/ sources in the package');
    assert.ok(!fs.existsSync(path.join(root, 'node_modules')), 'no node_modules in the package');
    const expected = process.env.CVLINT_E2E_EXTENSION_PATH;
    if (expected) assert.equal(fs.realpathSync(root), fs.realpathSync(expected));
  });

  test('activates on opening a Markdown CV, and its language server becomes ready', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, false, 'nothing has activated it yet');
    const editor = await openInEditor(workspaceFile('cv-it.md'));
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('activation on onLanguage:markdown', () => extension.isActive);
    const api = await cvlintApi();
    const status = await waitFor('the document status', () => api.status(editor.document.uri));
    assert.equal(status.state, 'checked');
    assert.equal(status.language, 'it');
    assert.equal(status.profile.id, 'back-office');
  });
});
