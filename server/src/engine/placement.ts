// One placement policy for every fix that inserts or moves text: where a new section goes, where a
// moved section lands, and what no insertion may cross. Rules ask here instead of choosing lines
// themselves, so one fix cannot put text where another fix's finding will ask to move it again.
//
// The policy, in order of precedence:
//  - nothing goes into front matter, a code fence or an HTML block (model.opaqueBlocks);
//  - nothing goes after a trailing privacy clause ("Autorizzo il trattamento dei dati personali…");
//  - the contact section goes where the contact placement wants it: last (before the privacy clause)
//    with `end`, first after the name with `start`;
//  - other sections go in the profile's order, and before the contact section when it is at the end;
//  - a moved section takes its own trailing `---` with it when a `---` also precedes it, so exactly one
//    separator is left behind, and lands with one separator between it and its neighbours;
//  - one blank line between blocks.
import type { ContactPlacement, Profile } from '../profiles/types';
import type { CvDocument, Section, SectionKind, TextEdit } from './types';
import { headingEndLine, insertBlockAtEnd, insertBlockBefore, isBlankLine, isThematicBreak, lastWritableBodyLine, lineOutsideBlocks } from './edits';
import { trailingPrivacyStart } from './privacy';
import { isCvTitle } from './classify';

export interface PlacementOptions {
  /** Where contact details belong (the profile's, or the one a setting or the file chose). */
  contactPlacement: ContactPlacement;
}

// ---------------------------------------------------------------------------------------------
// Limits

/** The first line nothing may be appended after: a trailing privacy clause (with its heading and the
 *  rule above it), else the end of the document. */
export function tailStart(doc: CvDocument): number {
  const privacy = trailingPrivacyStart(doc);
  return privacy >= 0 ? privacy : doc.lines.length;
}

/** First line a block may start at: after the front matter. */
function firstBodyLine(doc: CvDocument): number {
  return doc.frontMatter ? Math.min(doc.frontMatter.range.end.line + 1, doc.lines.length) : 0;
}

/** A `---` (or `***`, `___`) line that separates blocks: a thematic break, not a setext underline and not
 *  a front matter fence. */
export function isSeparatorLine(doc: CvDocument, line: number): boolean {
  if (line < firstBodyLine(doc) || line >= doc.lines.length) return false;
  if (!isThematicBreak(doc.lines[line])) return false;
  if (inOpaqueBlock(doc, line)) return false;
  // "Title\n---" is a setext heading, not a rule.
  return line === 0 || isBlankLine(doc, line - 1) || isThematicBreak(doc.lines[line - 1]) || /^\s*(#|<)/.test(doc.lines[line - 1]);
}

function inOpaqueBlock(doc: CvDocument, line: number): boolean {
  return doc.opaqueBlocks.some((block) => block.startLine <= line && line <= block.endLine);
}

function previousNonBlank(doc: CvDocument, line: number): number {
  let l = line - 1;
  while (l >= 0 && isBlankLine(doc, l)) l--;
  return l;
}

function nextNonBlank(doc: CvDocument, line: number): number {
  let l = line;
  while (l < doc.lines.length && isBlankLine(doc, l)) l++;
  return l < doc.lines.length ? l : -1;
}

/** Inserts a block so that it starts at `line`, kept after the front matter, outside code and HTML
 *  blocks, and never past the trailing privacy clause. */
export function insertBlockAt(doc: CvDocument, line: number, block: string): TextEdit {
  const target = insertionLine(doc, line);
  if (target >= doc.lines.length) return insertBlockAtEnd(doc, block);
  return insertBlockBefore(doc, target, block);
}

/** The line a block meant to start at `line` does start at (see insertBlockAt). */
function insertionLine(doc: CvDocument, line: number): number {
  const target = Math.max(firstBodyLine(doc), Math.min(line, tailStart(doc)));
  if (target >= doc.lines.length) return doc.lines.length;
  return lineOutsideBlocks(doc, target, 'before');
}

/** True when the CV sets its sections apart with `---` lines: most of its sections after the first have
 *  one right above them. A new section then gets one too. */
function usesSeparators(doc: CvDocument, mains: Section[]): boolean {
  const later = mains.slice(1);
  const separated = later.filter((s) => isSeparatorLine(doc, previousNonBlank(doc, s.headingRange.start.line))).length;
  return separated >= 2 && separated * 2 >= later.length;
}

/** A new section, inserted at `line`, with a `---` on the side where the CV's separators would put one. */
function insertSectionAt(doc: CvDocument, mains: Section[], line: number, text: string): TextEdit {
  if (!usesSeparators(doc, mains)) return insertBlockAt(doc, line, text);
  const target = insertionLine(doc, line);
  const before = previousNonBlank(doc, target);
  const after = nextNonBlank(doc, target);
  const body = text.replace(/\n+$/, '');
  const beforeIsRule = before >= 0 && isSeparatorLine(doc, before);
  const afterIsRule = after >= 0 && isSeparatorLine(doc, after);
  let block = body;
  if (beforeIsRule && after >= 0 && !afterIsRule) block = `${body}\n\n---`;
  else if (!beforeIsRule && afterIsRule && before >= firstBodyLine(doc)) block = `---\n\n${body}`;
  return insertBlockAt(doc, target, `${block}\n`);
}

/** The last line of a section's own body that new lines may follow: not inside or after an unclosed
 *  code or HTML block, not after the trailing privacy clause. Null when the body has no such line. */
export function writableBodyEnd(doc: CvDocument, section: Section): number | null {
  const headingEnd = headingEndLine(doc, section);
  const bodyEnd = Math.min(Math.max(section.bodyEndLine, headingEnd), doc.lines.length - 1);
  const writable = lastWritableBodyLine(doc, headingEnd + 1, bodyEnd);
  if (writable === null) return null;
  const tail = tailStart(doc);
  return Math.max(headingEnd, Math.min(writable, tail - 1));
}

// ---------------------------------------------------------------------------------------------
// The sections that anchor placement

/** The name heading or a "Curriculum Vitae" title: the CV's own title, not one of its sections. */
export function isTitleHeading(doc: CvDocument, section: Section): boolean {
  if (section.reason?.by === 'name') return true;
  const nameRange = doc.contact.nameRange;
  if (nameRange && nameRange.start.line === section.headingRange.start.line) return true;
  return isCvTitle(section.title);
}

/** A section that new sections are placed among: a recognised CV section whose enclosing headings are
 *  only the CV's title, the name or headings that are not sections (a "CURRICULUM VITAE" h1 above the
 *  whole CV does not make its sections sub-sections). */
function mainSections(doc: CvDocument): Section[] {
  const transparent = (index: number): boolean => {
    const s = doc.sections[index];
    return !s.recognised || isTitleHeading(doc, s);
  };
  return doc.sections.filter((s) => {
    if (!s.recognised || s.kind === 'other' || s.role === 'entry' || isTitleHeading(doc, s)) return false;
    let p = s.parent;
    for (let guard = 0; p >= 0 && guard < doc.sections.length; guard++) {
      if (!transparent(p)) return false;
      p = doc.sections[p].parent;
    }
    return true;
  });
}

/** The contact section when it is where the placement wants it (last, or first), else undefined: a
 *  contact section in the wrong place is not an anchor, since contact-position will move it. */
function anchoredContact(doc: CvDocument, mains: Section[], placement: ContactPlacement): Section | undefined {
  const index = doc.contact.sectionIndex;
  const contact = index >= 0 ? doc.sections[index] : undefined;
  if (!contact || !mains.includes(contact)) return undefined;
  const others = mains.filter((s) => s !== contact);
  const line = contact.headingRange.start.line;
  if (placement === 'end') return others.every((s) => s.headingRange.start.line < line) ? contact : undefined;
  if (placement === 'start') return others.every((s) => s.headingRange.start.line > line) ? contact : undefined;
  // With `any` the contact section may be anywhere: it places nothing.
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// New sections

/** Where a new section of `kind` goes, as an edit inserting `text` there. */
export function newSectionEdit(doc: CvDocument, profile: Profile, kind: SectionKind, text: string, options: PlacementOptions): TextEdit {
  const placement = options.contactPlacement;
  const mains = mainSections(doc);
  const contact = anchoredContact(doc, mains, placement);
  const tail = tailStart(doc);

  if (kind === 'contact' && placement === 'end') return insertSectionAt(doc, mains, tail, text);
  if (kind === 'contact' && placement === 'start') {
    const first = doc.sections.find((s) => s.recognised && s.role !== 'entry' && !isTitleHeading(doc, s));
    if (first) return insertSectionAt(doc, mains, first.range.start.line, text);
  }

  // Sections go before the contact section that closes the CV.
  const limit = contact && placement === 'end' ? Math.min(tail, contact.range.start.line) : tail;
  // A contact section elsewhere than where it belongs is not an anchor (contact-position moves it).
  const anchors = mains.filter((s) => s.kind !== 'contact' || s === contact);
  const order = profile.requiredSections;
  const at = order.indexOf(kind);
  for (const next of order.slice(at + 1)) {
    // Contacts kept first come before every section, whatever the profile's order says.
    const section = anchors.find((s) => s.kind === next && !(s === contact && placement === 'start'));
    if (section) return insertSectionAt(doc, mains, Math.min(section.range.start.line, limit), text);
  }
  for (const previous of [...order.slice(0, Math.max(at, 0))].reverse()) {
    const section = anchors.find((s) => s.kind === previous && !(s === contact && placement === 'end'));
    if (section) return insertSectionAt(doc, mains, Math.min(section.range.end.line + 1, limit), text);
  }
  // Nothing to place it by: last, before the contact section when it closes the CV. A contact section
  // still to be moved to the end is passed over, so moving it and adding this section give the same CV
  // in either order.
  return insertSectionAt(doc, mains, limit, text);
}

// ---------------------------------------------------------------------------------------------
// Moving a section

interface MovedBlock {
  /** First and last line of the section's text (heading to last content line). */
  start: number;
  end: number;
  /** A `---` that travels with the section, or -1. */
  separator: number;
  /** Lines removed from where the section was: the section and the separator it takes along. */
  removeFrom: number;
  removeTo: number;
}

/** The section's lines to move: heading to its last content line (never the trailing privacy clause).
 *  With a `---` on both sides, one of them goes along (its own closing one if it has one), so the two
 *  neighbours are left with exactly one between them; otherwise every `---` stays where it is. */
function movedBlock(doc: CvDocument, index: number): MovedBlock {
  const section = doc.sections[index];
  const start = section.headingRange.start.line;
  // Sub-sections of another kind (a CV nested under "Contatti") stay where they are.
  const foreignChild = doc.sections.some((s, i) => isDescendant(doc, i, index) && s.recognised && s.kind !== 'contact' && s.kind !== 'other');
  // The trailing privacy clause is not part of the last section: it stays where it is.
  const tail = tailStart(doc);
  const rangeEnd = Math.min(foreignChild ? section.bodyEndLine : section.range.end.line, doc.lines.length - 1, tail > start ? tail - 1 : Infinity);
  const minEnd = Math.max(start, headingEndLine(doc, section));
  let end = rangeEnd;
  let own = -1;
  while (end > minEnd && isBlankLine(doc, end)) end--;
  if (end > minEnd && isSeparatorLine(doc, end) && isBlankLine(doc, end - 1)) {
    own = end;
    end--;
    while (end > minEnd && isBlankLine(doc, end)) end--;
  }
  end = Math.max(end, Math.min(minEnd, doc.lines.length - 1));
  const before = previousNonBlank(doc, start);
  const ruleBefore = before >= 0 && isSeparatorLine(doc, before);
  const afterLine = own >= 0 ? own : nextNonBlank(doc, end + 1);
  const ruleAfter = afterLine >= 0 && isSeparatorLine(doc, afterLine);
  if (!ruleBefore || !ruleAfter) return { start, end, separator: -1, removeFrom: start, removeTo: end };
  if (own >= 0) return { start, end, separator: own, removeFrom: start, removeTo: own };
  // The rule after it belongs to what follows (the next section, the privacy clause): take the one above.
  return { start, end, separator: before, removeFrom: before, removeTo: end };
}

function isDescendant(doc: CvDocument, index: number, ancestor: number): boolean {
  let p = doc.sections[index]?.parent ?? -1;
  for (let guard = 0; p >= 0 && guard < doc.sections.length; guard++) {
    if (p === ancestor) return true;
    p = doc.sections[p]?.parent ?? -1;
  }
  return false;
}

/** Removes lines `start`–`end` and the blank lines after them (or, at the end of the document, the line
 *  breaks before them), so one blank line is left between the blocks around. */
function removalEdit(doc: CvDocument, start: number, end: number): TextEdit {
  const last = doc.lines.length - 1;
  const next = nextNonBlank(doc, end + 1);
  if (next < 0) {
    // Nothing follows: take the line break before the block instead of the one after it.
    let from = start;
    while (from - 1 > 0 && isBlankLine(doc, from - 1)) from--;
    const begin = from > 0 ? { line: from - 1, character: doc.lines[from - 1].length } : { line: 0, character: 0 };
    return { range: { start: begin, end: { line: last, character: doc.lines[last].length } }, newText: '' };
  }
  const through = isBlankLine(doc, start - 1) || start === 0 ? next : end + 1;
  return { range: { start: { line: start, character: 0 }, end: { line: through, character: 0 } }, newText: '' };
}

/** The moved text for its new place: with its separator before it when the text there ends without one,
 *  else after it when what follows is not one. */
function placedBlockText(doc: CvDocument, block: MovedBlock, at: number): string {
  const body = doc.lines.slice(block.start, block.end + 1).join('\n');
  if (block.separator < 0) return body;
  const rule = doc.lines[block.separator].trim();
  const before = previousNonBlank(doc, at);
  const after = nextNonBlank(doc, at);
  const beforeIsRule = before >= 0 && isSeparatorLine(doc, before);
  const afterIsRule = after >= 0 && isSeparatorLine(doc, after);
  if (!beforeIsRule && (afterIsRule || after < 0)) return `${rule}\n\n${body}`;
  return `${body}\n\n${rule}`;
}

/** The edits that move section `index` to the end of the CV (before a trailing privacy clause) or to its
 *  start (before the first section after the name). The text is moved unchanged. Null when there is no
 *  place to move it to. */
export function moveSectionEdits(doc: CvDocument, index: number, to: 'end' | 'start'): TextEdit[] | null {
  const block = movedBlock(doc, index);
  let at: number;
  if (to === 'end') {
    at = tailStart(doc);
    if (at <= block.removeTo) at = doc.lines.length;
  } else {
    const first = doc.sections.find(
      (s, i) => i !== index && s.recognised && s.role !== 'entry' && !isTitleHeading(doc, s) && !isDescendant(doc, index, i) && !isDescendant(doc, i, index),
    );
    if (!first || first.headingRange.start.line > block.removeFrom) return null;
    at = first.range.start.line;
  }
  const insertion = insertBlockAt(doc, at, placedBlockText(doc, block, at));
  // The removal covers the block, its separator and the blank lines after them.
  const removal = removalEdit(doc, block.removeFrom, block.removeTo);
  // Where nothing may be written after it (an unclosed <pre> or code fence runs to the end), the section
  // would land where it already is: there is no move to make, and the two edits would overlap.
  const landing = insertion.range.start;
  const within = (p: { line: number; character: number }, a: { line: number; character: number }, b: { line: number; character: number }) =>
    (a.line < p.line || (a.line === p.line && a.character <= p.character)) && (p.line < b.line || (p.line === b.line && p.character <= b.character));
  if (within(landing, removal.range.start, removal.range.end)) return null;
  return to === 'end' ? [removal, insertion] : [insertion, removal];
}

// ---------------------------------------------------------------------------------------------
// Inside a section

/** Inserts a block right under a section's heading (an empty section's template). It is written at the end
 *  of the heading's line, so it stays with that section when another fix inserts a block at the start of the
 *  next line (a moved section, a new one). */
export function underHeadingEdit(doc: CvDocument, section: Section, block: string): TextEdit {
  const line = headingEndLine(doc, section);
  if (line >= doc.lines.length - 1) return insertBlockAtEnd(doc, block);
  // A heading inside an HTML block: the text goes after the block.
  if (inOpaqueBlock(doc, line)) return insertBlockBefore(doc, line + 1, block, 'after');
  const body = block.replace(/\n+$/, '');
  const nextIsText = line + 1 < doc.lines.length && !isBlankLine(doc, line + 1);
  const end = { line, character: doc.lines[line].length };
  return { range: { start: end, end: { ...end } }, newText: `\n\n${body}${nextIsText ? '\n' : ''}` };
}

// ---------------------------------------------------------------------------------------------
// Settings written in the file

/** Inserts a comment line that sets how cvlint checks this file (`<!-- cvlint-contact-position start -->`)
 *  at the top: after the front matter, which must stay the first thing in the file. */
export function fileSettingEdit(doc: CvDocument, comment: string): TextEdit {
  const line = firstBodyLine(doc);
  if (line < doc.lines.length) return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${comment}\n` };
  // Front matter is the whole file: a line after it.
  const last = doc.lines.length - 1;
  const end = { line: last, character: doc.lines[last].length };
  return { range: { start: end, end }, newText: `\n${comment}\n` };
}
