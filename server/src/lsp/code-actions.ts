// Code actions: each finding's quick fixes (from Diagnostic.data), "Fix all cvlint problems" as
// source.fixAll.cvlint, and "Disable RULE for this line / this file" (inline comments the engine reads).
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Language, TextEdit } from '../engine/types';
import type { DocumentCheck } from './checker';
import { findingKey, readDiagnosticData } from './diagnostics';
import { uiText } from './messages';
import { ANALYSIS_LIMIT_ID } from '../engine/headings-only';
import { FIX_ALL_KIND } from './feature-constants';
import { fixAllEdits, preferredFix } from '../engine/fix-all';

// The choice of fixes lives in the engine, shared with `cvlint --fix`.
export { fixAllEdits, preferredFix };

export { FIX_ALL_KIND } from './feature-constants';

export interface CodeActionOptions {
  /** The client accepts versioned `documentChanges` (else plain `changes`). */
  documentChanges: boolean;
}

/** Actions computed from `check`, whose version may be older than the editor's for a slow document:
 *  the edits carry that version, so an editor refuses them rather than misplace them. */
export function codeActions(params: CodeActionParams, uri: string, check: DocumentCheck | null, options: CodeActionOptions): CodeAction[] {
  if (!check?.result || check.state !== 'checked') return [];
  const workspaceEdit = (edits: TextEdit[]): WorkspaceEdit => toWorkspaceEdit(uri, check.version, edits, options);
  const text = check.result.document.text;
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const current = new Map(check.result.findings.map((finding) => [findingKey(finding), finding]));
    const disabledRules = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const data = readDiagnosticData(diagnostic);
      if (!data) continue;
      // Fixes computed for another version may no longer fit the text: use the same finding
      // (rule, message key, arguments) from this check instead, if it still exists.
      const fixes = data.version === check.version ? data.fixes : (current.get(findingKey(data))?.fixes ?? []);
      const preferred = preferredFix(fixes);
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix === preferred,
          edit: workspaceEdit(fix.edits),
        });
      }
      // The message about a file too large to check is not a rule: there is nothing to disable.
      if (data.ruleId !== ANALYSIS_LIMIT_ID && !disabledRules.has(`${data.ruleId}:${diagnostic.range.start.line}`)) {
        disabledRules.add(`${data.ruleId}:${diagnostic.range.start.line}`);
        actions.push(...disableActions(text, diagnostic, data.ruleId, check, workspaceEdit));
      }
    }
  }

  if (wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(check.result.findings);
    if (edits.length > 0) {
      actions.push({
        title: uiText(check.uiLanguage, 'fixAll'),
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(edits),
      });
    }
  }
  return actions;
}

function disableActions(
  text: string,
  diagnostic: Diagnostic,
  ruleId: string,
  check: DocumentCheck,
  workspaceEdit: (edits: TextEdit[]) => WorkspaceEdit,
): CodeAction[] {
  const lang: Language = check.uiLanguage;
  const lines = text.split(/\r\n|\r|\n/);
  const line = Math.min(Math.max(diagnostic.range.start.line, 0), lines.length - 1);
  const indent = /^[ \t]*/.exec(lines[line])?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return [
    {
      title: uiText(lang, 'disableForLine', { rule: ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit([insertLineBefore(line, `${indent}<!-- cvlint-disable-next-line ${ruleId} -->`, eol)]),
    },
    {
      title: uiText(lang, 'disableForFile', { rule: ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit([fileCommentEdit(check, lines, `<!-- cvlint-disable ${ruleId} -->`, eol)]),
    },
  ];
}

function insertLineBefore(line: number, content: string, eol: string): TextEdit {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: content + eol };
}

/** Front matter must stay the first thing in the file, so the file-wide comment goes after it. */
function fileCommentEdit(check: DocumentCheck, lines: string[], content: string, eol: string): TextEdit {
  const frontMatter = check.result?.document.frontMatter;
  if (!frontMatter) return insertLineBefore(0, content, eol);
  const endLine = Math.min(frontMatter.range.end.line, lines.length - 1);
  if (endLine + 1 < lines.length) return insertLineBefore(endLine + 1, content, eol);
  // Front matter is the whole file: add a line after it.
  const end = { line: endLine, character: lines[endLine].length };
  return { range: { start: end, end }, newText: eol + content + eol };
}

/** Versioned edits where the client takes them: an editor refuses them if the document changed
 *  since, instead of putting text in the wrong place. */
function toWorkspaceEdit(uri: string, version: number, edits: TextEdit[], options: CodeActionOptions): WorkspaceEdit {
  if (!options.documentChanges) return { changes: { [uri]: edits } };
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}
