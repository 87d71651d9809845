// Applies LSP-style text edits to a string, the way an editor would, so tests can check what a fix does.
import type { Position, TextEdit } from '../../server/src/engine/types';

/** Offsets where each line starts; `\r\n`, `\r` and `\n` all end a line, as in LSP. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The document's lines without their line breaks (LSP line numbering). */
export function documentLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function formatPosition(p: Position): string {
  return `${p.line}:${p.character}`;
}

/**
 * Applies non-overlapping edits (zero-based line / UTF-16 character ranges).
 * Throws when a position lies outside the document or two edits overlap, because a fix
 * that does either is a bug the tests must see (editors would silently clamp or reject it).
 * As in LSP, several inserts at one position keep their array order, and inserts may
 * precede a replacement that starts at the same position.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = lineStartOffsets(text);
  const lines = documentLines(text);

  const toOffset = (p: Position): number => {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) {
      throw new RangeError(`invalid position ${formatPosition(p)}`);
    }
    if (p.line >= lines.length) {
      throw new RangeError(`position ${formatPosition(p)} is past the last line (${lines.length - 1})`);
    }
    if (p.character > lines[p.line].length) {
      throw new RangeError(`position ${formatPosition(p)} is past the end of line ${p.line} (length ${lines[p.line].length})`);
    }
    return lineStarts[p.line] + p.character;
  };

  const resolved = edits.map((edit, index) => {
    if (comparePositions(edit.range.start, edit.range.end) > 0) {
      throw new RangeError(`edit ${index} has its start after its end`);
    }
    return { index, start: toOffset(edit.range.start), end: toOffset(edit.range.end), newText: edit.newText };
  });
  // Stable sort: equal starts keep the array order LSP gives them.
  resolved.sort((a, b) => a.start - b.start || a.index - b.index);

  for (let i = 1; i < resolved.length; i++) {
    const previous = resolved[i - 1];
    const current = resolved[i];
    if (current.start < previous.end) {
      throw new Error(`edits ${previous.index} and ${current.index} overlap`);
    }
  }

  let result = '';
  let cursor = 0;
  for (const edit of resolved) {
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
