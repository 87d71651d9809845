// Changing cvlint.rules and cvlint.contactPosition in the settings changes the diagnostics.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, cvlintApi, openInEditor, setSetting, waitForDiagnostics, waitForRuleIds, workspaceFile } from './helpers';

suite('settings', () => {
  const italian = () => workspaceFile('cv-it.md');
  const english = () => workspaceFile('resume-en.md');

  suiteSetup(async () => {
    await cvlintApi();
    await openInEditor(italian());
    await openInEditor(english());
    await waitForRuleIds(italian(), ['missing-section']);
    await waitForRuleIds(english(), ['contact-position']);
  });
  suiteTeardown(async () => {
    await setSetting('cvlint', 'rules', undefined);
    await setSetting('cvlint', 'contactPosition', undefined);
    await closeAllEditors();
  });

  test('cvlint.rules turns a rule off, and back on when the setting goes', async () => {
    await setSetting('cvlint', 'rules', { 'missing-section': 'off' });
    await waitForRuleIds(italian(), []);
    await waitForRuleIds(english(), ['contact-position']);
    await setSetting('cvlint', 'rules', undefined);
    await waitForRuleIds(italian(), ['missing-section']);
  });

  test('cvlint.rules changes the rules’ severities', async () => {
    await setSetting('cvlint', 'rules', { 'missing-section': 'hint', 'contact-position': 'error' });
    await waitForDiagnostics(italian(), 'missing-section as a hint', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Hint);
    await waitForDiagnostics(english(), 'contact-position as an error', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error);
    await setSetting('cvlint', 'rules', undefined);
    const [back] = await waitForDiagnostics(italian(), 'the default severity', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error);
    assert.match(back.message, /Competenze linguistiche|Language skills/);
  });

  test('cvlint.contactPosition start: contact details at the top are right, at the end wrong', async () => {
    await setSetting('cvlint', 'contactPosition', 'start');
    await waitForRuleIds(english(), []);
    await waitForRuleIds(italian(), ['contact-position', 'missing-section']);
  });

  test('cvlint.contactPosition any accepts both; end (the default) again flags the English CV', async () => {
    await setSetting('cvlint', 'contactPosition', 'any');
    await waitForRuleIds(english(), []);
    await waitForRuleIds(italian(), ['missing-section']);
    await setSetting('cvlint', 'contactPosition', undefined);
    await waitForRuleIds(english(), ['contact-position']);
  });
});
