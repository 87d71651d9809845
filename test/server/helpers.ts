// Shared bits of the server tests: fixtures, document URIs, applying a WorkspaceEdit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../support/apply-edits';

export const FIXTURES = path.join(__dirname, 'fixtures');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A file URI in a folder that does not exist (no .cvlintrc.json is found there). */
export function virtualUri(name: string): string {
  return `file:///cvlint-test-nowhere/${name}`;
}

/** The edits a WorkspaceEdit makes to one document (documentChanges or changes). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri ? change.edits.filter((e): e is TextEdit => 'range' in e) : [],
  );
  return [...fromDocumentChanges, ...(edit.changes?.[uri] ?? [])];
}

export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  return applyEdits(text, editsFor(edit, uri));
}

export function ruleIds(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

export function isCodeAction(value: unknown): value is CodeAction {
  return typeof value === 'object' && value !== null && 'title' in value && !('command' in value && typeof (value as { command: unknown }).command === 'string');
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown content too; cvlint sends strings). */
export function messageOf(diagnostic: Diagnostic | undefined): string {
  if (!diagnostic) return '';
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
