// Changing cvlint.rules and cvlint.contactPosition in the settings changes the diagnostics.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, cvlintApi, openInEditor, ruleId, setSetting, waitForDiagnostics, waitForRuleIds, workspaceFile } from './helpers';

suite('settings', () => {
  const italian = () => workspaceFile('cv-it.md');
  const english = () => workspaceFile('resume-en.md');

  suiteSetup(async () => {
    await cvlintApi();
    await openInEditor(italian());
    await openInEditor(english());
    await waitForRuleIds(italian(), ['missing-keywords', 'missing-section']);
    await waitForRuleIds(english(), ['contact-position']);
  });
  suiteTeardown(async () => {
    await setSetting('cvlint', 'rules', undefined);
    await setSetting('cvlint', 'contactPosition', undefined);
    await closeAllEditors();
  });

  test('cvlint.rules turns a rule off', async () => {
    await setSetting('cvlint', 'rules', { 'missing-section': 'off' });
    await waitForRuleIds(italian(), ['missing-keywords']);
  });

  test('cvlint.rules changes a rule’s severity', async () => {
    await setSetting('cvlint', 'rules', { 'missing-section': 'hint', 'missing-keywords': 'error' });
    const diagnostics = await waitForDiagnostics(italian(), 'new severities', (d) =>
      d.some((x) => ruleId(x) === 'missing-section' && x.severity === vscode.DiagnosticSeverity.Hint));
    assert.equal(diagnostics.find((d) => ruleId(d) === 'missing-keywords')?.severity, vscode.DiagnosticSeverity.Error);
    await setSetting('cvlint', 'rules', undefined);
    const back = await waitForDiagnostics(italian(), 'default severities', (d) =>
      d.some((x) => ruleId(x) === 'missing-section' && x.severity === vscode.DiagnosticSeverity.Error));
    assert.equal(back.find((d) => ruleId(d) === 'missing-keywords')?.severity, vscode.DiagnosticSeverity.Information);
  });

  test('cvlint.contactPosition start: contact details at the top are right, at the end wrong', async () => {
    await setSetting('cvlint', 'contactPosition', 'start');
    await waitForRuleIds(english(), []);
    await waitForRuleIds(italian(), ['contact-position', 'missing-keywords', 'missing-section']);
  });

  test('cvlint.contactPosition any accepts both', async () => {
    await setSetting('cvlint', 'contactPosition', 'any');
    await waitForRuleIds(english(), []);
    await waitForRuleIds(italian(), ['missing-keywords', 'missing-section']);
    await setSetting('cvlint', 'contactPosition', undefined);
    await waitForRuleIds(english(), ['contact-position']);
  });
});
