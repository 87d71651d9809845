// Code actions: each finding's quick fixes (from Diagnostic.data), "Fix all cvlint problems" as
// source.fixAll.cvlint, and "Disable RULE for this line / this file" (inline comments the engine reads).
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Finding, Fix, Language, Position, TextEdit } from '../engine/types';
import type { DocumentCheck } from './checker';
import { findingKey, readDiagnosticData } from './diagnostics';
import { uiText } from './messages';
import { ANALYSIS_LIMIT_ID } from '../engine/headings-only';
import { FIX_ALL_KIND } from './feature-constants';

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

/** The fix to apply without asking: the only one that changes the CV. A fix that changes a setting for the
 *  file ("Keep contacts at the top for this CV") is a choice, and several keywords to pick from are too. */
export function preferredFix(fixes: readonly Fix[]): Fix | undefined {
  const changes = fixes.filter((fix) => !fix.setting);
  return changes.length === 1 ? changes[0] : undefined;
}

/** The edits of every finding's preferred fix, skipping fixes that would overlap an edit already taken.
 *  Inserts of one rule at the same position keep their order (missing sections in the profile's order);
 *  inserts of two rules at one position (a moved section and a template at the end of the file) cannot tell
 *  which goes first, so the later one waits for the next "fix all". */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: { edit: TextEdit; ruleId: string }[] = [];
  for (const finding of findings) {
    const fix = preferredFix(finding.fixes);
    if (!fix) continue;
    if (fix.edits.some((edit) => taken.some((other) => editsConflict(edit, other.edit, finding.ruleId === other.ruleId)))) continue;
    taken.push(...fix.edits.map((edit) => ({ edit, ruleId: finding.ruleId })));
  }
  return taken.map((t) => t.edit);
}

function editsConflict(a: TextEdit, b: TextEdit, sameRule: boolean): boolean {
  const aInsert = comparePositions(a.range.start, a.range.end) === 0;
  const bInsert = comparePositions(b.range.start, b.range.end) === 0;
  if (aInsert && bInsert) return !sameRule && comparePositions(a.range.start, b.range.start) === 0;
  if (aInsert) return strictlyInside(a.range.start, b);
  if (bInsert) return strictlyInside(b.range.start, a);
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
}

function strictlyInside(position: Position, edit: TextEdit): boolean {
  return comparePositions(edit.range.start, position) < 0 && comparePositions(position, edit.range.end) < 0;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
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
