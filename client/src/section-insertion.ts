// Where and how a missing section is inserted as a snippet. Pure functions (no `vscode` import),
// so they can be unit-tested.
import type { Range, TextEdit } from '../../server/src/engine/types';
import { templateToText } from '../../server/src/profiles/templates';
import type { MissingSection } from '../../server/src/shared/protocol';

export interface SnippetInsertion {
  /** Replaced by the snippet (usually empty: an insertion point). */
  range: Range;
  /** Snippet text with tab stops. */
  snippet: string;
}

/** Escapes text so that a snippet inserts it literally. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * The missing-section fix's edit, turned into a snippet with tab stops at the same place.
 * The fix inserts the plain text of the template (plus blank lines around it); the snippet keeps
 * those surroundings and puts the tab stops back. Null when the server's edit is not a single
 * insertion of that text (then the caller applies the plain edits instead).
 */
export function snippetAtFixLocation(missing: MissingSection): SnippetInsertion | null {
  if (missing.insertEdits.length !== 1) return null;
  const [edit] = missing.insertEdits as [TextEdit];
  const plainSection = templateToText(missing.snippet);
  const at = edit.newText.indexOf(plainSection);
  if (at < 0) return null;
  const before = edit.newText.slice(0, at);
  const after = edit.newText.slice(at + plainSection.length);
  return { range: edit.range, snippet: escapeSnippetText(before) + missing.snippet + escapeSnippetText(after) };
}

/** The snippet for inserting at the cursor (`line`/`character`): on a blank line it goes right there;
 *  in the middle of text it goes after the line, as a new paragraph. */
export function snippetAtCursor(missing: MissingSection, line: number, lineText: string, character: number): SnippetInsertion {
  if (lineText.trim() === '') {
    const position = { line, character };
    return { range: { start: position, end: position }, snippet: missing.snippet };
  }
  const endOfLine = { line, character: lineText.length };
  return { range: { start: endOfLine, end: endOfLine }, snippet: `\n\n${missing.snippet}` };
}
