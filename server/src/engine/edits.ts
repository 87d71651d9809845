// Building blocks for fixes: insertions that keep blank lines around Markdown blocks. Where a fix writes
// is decided in placement.ts; these only write there.
import type { CvDocument, Range, Section, TextEdit } from './types';

/** Blank, or outside the document. */
export function isBlankLine(doc: CvDocument, line: number): boolean {
  return line < 0 || line >= doc.lines.length || doc.lines[line].trim() === '';
}

/** A Markdown thematic break (---, ***, ___). */
export function isThematicBreak(text: string): boolean {
  return /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(text);
}

/** A line where a new block may start: never strictly inside a code fence or an HTML block (there the
 *  text would be code, or raw HTML, and the finding would not clear). Text meant to go before `line`
 *  moves above the block (a heading written inside an HTML block stays after it), text meant to go
 *  after it moves past the block's end; nothing can follow an unclosed block. */
export function lineOutsideBlocks(doc: CvDocument, line: number, side: 'before' | 'after' = 'after'): number {
  let target = line;
  for (const block of doc.opaqueBlocks ?? []) {
    if (block.startLine < target && target <= block.endLine) target = block.closed && side === 'after' ? block.endLine + 1 : block.startLine;
  }
  return target;
}

/** The unclosed code fence or HTML block (<pre>, <!--) that runs to the end of the document, if any:
 *  appending there writes into it. */
function unclosedBlockAtEnd(doc: CvDocument): number | null {
  const block = (doc.opaqueBlocks ?? []).find((b) => !b.closed && b.endLine >= doc.lines.length - 1);
  return block ? block.startLine : null;
}

/** The last line of a section body (`bodyStart`–`bodyEnd`) that text may follow: the line before an
 *  unclosed fence or HTML block (<pre>, <!--) in it, since whatever comes after one is code. Null when
 *  the body itself starts inside one. */
export function lastWritableBodyLine(doc: CvDocument, bodyStart: number, bodyEnd: number): number | null {
  const unclosed = (doc.opaqueBlocks ?? []).find((block) => !block.closed && block.endLine >= bodyStart && block.startLine <= bodyEnd);
  if (!unclosed) return bodyEnd;
  return unclosed.startLine < bodyStart ? null : unclosed.startLine - 1;
}

/** Insert a block of Markdown so that it starts at `line` (before whatever is there). */
export function insertBlockBefore(doc: CvDocument, line: number, block: string, side: 'before' | 'after' = 'before'): TextEdit {
  const target = lineOutsideBlocks(doc, Math.max(0, Math.min(line, doc.lines.length)), side);
  if (target >= doc.lines.length) return insertBlockAtEnd(doc, block);
  const before = isBlankLine(doc, target - 1) || target === 0 ? '' : '\n';
  const body = block.replace(/\n+$/, '');
  // A blank line there already separates the block from what follows: one blank line, not two.
  const after = isBlankLine(doc, target) && before !== '' ? '\n' : '\n\n';
  return { range: { start: { line: target, character: 0 }, end: { line: target, character: 0 } }, newText: `${before}${body}${after}` };
}

/** Append a block at the end of the document. */
export function insertBlockAtEnd(doc: CvDocument, block: string): TextEdit {
  const unclosed = unclosedBlockAtEnd(doc);
  if (unclosed !== null) return insertBlockBefore(doc, unclosed, block);
  const last = doc.lines.length - 1;
  const lastText = doc.lines[last];
  // A last line of spaces only: the block goes before them, at the margin (after them it would be indented,
  // and four spaces make it code).
  const end = { line: last, character: lastText.trim() === '' ? 0 : lastText.length };
  const body = block.replace(/\n+$/, '');
  let prefix: string;
  if (lastText.trim() !== '') prefix = '\n\n';
  else if (last > 0 && doc.lines[last - 1].trim() !== '') prefix = '\n';
  else prefix = '';
  return { range: { start: end, end }, newText: `${prefix}${body}\n` };
}

const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/** First line of the body (after front matter), as a whole-line range: where document-level findings point. */
export function documentAnchorRange(doc: CvDocument): Range {
  let line = doc.frontMatter ? doc.frontMatter.range.end.line + 1 : 0;
  // Comment lines are skipped too: a `<!-- cvlint-disable-next-line RULE -->` at the top must reach these findings.
  while (line < doc.lines.length - 1 && (doc.lines[line].trim() === '' || COMMENT_LINE.test(doc.lines[line]))) line++;
  line = Math.min(line, doc.lines.length - 1);
  return { start: { line, character: 0 }, end: { line, character: doc.lines[line].length } };
}

/** Last line of a heading: setext headings have their underline on the next line. */
export function headingEndLine(doc: CvDocument, section: Section): number {
  const line = section.headingRange.end.line;
  if (section.source === 'setext' && /^\s{0,3}(?:=+|-+)\s*$/.test(doc.lines[line + 1] ?? '')) return line + 1;
  return line;
}
