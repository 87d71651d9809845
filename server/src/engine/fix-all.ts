// "Fix all": which fixes to apply without asking, and applying them to a text. Shared by the language
// server (source.fixAll.cvlint) and the command line (`cvlint --fix`), so both choose the same fixes.
import type { Finding, Fix, Position, TextEdit } from './types';

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
  return fixAllChoices(findings).flatMap((choice) => choice.fix.edits);
}

/** fixAllEdits with the finding each fix answers. */
export function fixAllChoices(findings: readonly Finding[]): Array<{ finding: Finding; fix: Fix }> {
  const taken: { edit: TextEdit; ruleId: string }[] = [];
  const chosen: Array<{ finding: Finding; fix: Fix }> = [];
  for (const finding of findings) {
    const fix = preferredFix(finding.fixes);
    if (!fix) continue;
    if (fix.edits.some((edit) => taken.some((other) => editsConflict(edit, other.edit, finding.ruleId === other.ruleId)))) continue;
    taken.push(...fix.edits.map((edit) => ({ edit, ruleId: finding.ruleId })));
    chosen.push({ finding, fix });
  }
  return chosen;
}

/** A fix that only writes text, removing nothing. */
export function insertsOnly(fix: Fix): boolean {
  return fix.edits.length > 0 && fix.edits.every((edit) => comparePositions(edit.range.start, edit.range.end) === 0 && edit.newText !== '');
}

/** Applies non-overlapping edits (zero-based LSP positions); inserts at one position keep their order. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  // Line starts as LSP counts lines: \r\n, \r and \n each end one (no parser needed here).
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (ch === 13 || ch === 10) starts.push(i + 1);
  }
  const offsetAt = (p: Position) => {
    const line = Math.max(0, Math.min(p.line, starts.length - 1));
    const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
    return Math.min(starts[line] + p.character, lineEnd);
  };
  const resolved = edits
    .map((edit, order) => ({ order, start: offsetAt(edit.range.start), end: offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  let result = '';
  let cursor = 0;
  for (const edit of resolved) {
    if (edit.start < cursor) continue;
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
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
