// Diagnostics from the language server for an Italian and an English CV, none for a README.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, cvlintApi, cvlintDiagnostics, openInEditor, ruleId, sleep, waitFor, waitForRuleIds, workspaceFile } from './helpers';

suite('diagnostics', () => {
  suiteSetup(async () => {
    await cvlintApi();
  });
  suiteTeardown(closeAllEditors);

  test('an Italian CV without a language section gets missing-section, with its rule id and link', async () => {
    const uri = workspaceFile('cv-it.md');
    await openInEditor(uri);
    const [missing] = await waitForRuleIds(uri, ['missing-section']);
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    // The section's title is in the message language (auto: the editor's display language).
    assert.match(missing.message, /Competenze linguistiche|Language skills/);
    const code = missing.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(), 'https://github.com/cvlint/cvlint#rule-missing-section');
  });

  test('an Italian CV with an empty section and few personal qualities gets empty-section and missing-keywords too', async () => {
    const uri = workspaceFile('cv-fixall-it.md');
    await openInEditor(uri);
    const diagnostics = await waitForRuleIds(uri, ['empty-section', 'missing-keywords', 'missing-section']);
    const severities = Object.fromEntries(diagnostics.map((d) => [ruleId(d), d.severity]));
    assert.deepEqual(severities, {
      'empty-section': vscode.DiagnosticSeverity.Warning,
      'missing-keywords': vscode.DiagnosticSeverity.Information,
      'missing-section': vscode.DiagnosticSeverity.Error,
    });
  });

  test('an English CV with its contact details at the top gets contact-position', async () => {
    const uri = workspaceFile('resume-en.md');
    await openInEditor(uri);
    const [diagnostic] = await waitForRuleIds(uri, ['contact-position']);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /contact details should be at the end/);
    assert.equal(diagnostic.range.start.line, 2, 'on the first contact line');
  });

  test('a README in the same workspace gets no diagnostics', async () => {
    const api = await cvlintApi();
    const uri = workspaceFile('README.md');
    const editor = await openInEditor(uri);
    const status = await waitFor('the README status', () => {
      const current = api.status(uri);
      return current && current.version === editor.document.version ? current : undefined;
    });
    assert.equal(status.state, 'not-a-cv');
    assert.equal(status.score, null);
    // Give a late publication the chance to show up before saying there is none.
    await sleep(500);
    assert.deepEqual(cvlintDiagnostics(uri), []);
  });
});
