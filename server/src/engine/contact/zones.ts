// Zones where an unlabelled address or a "Name:" line is believed: the contact section,
// the top of the CV (before the first CV section) and its last lines.

import { isThematicBreak } from '../edits';
import type { Section } from '../types';
import { labelledValues } from './labels';

export function contactSectionLineTest(sections: Section[], lineCount: number): (line: number) => boolean {
  const inside = new Uint8Array(Math.max(0, lineCount));
  for (const s of sections) {
    if (!s || s.kind !== 'contact' || !s.range) continue;
    for (let l = Math.max(0, s.range.start.line); l <= s.range.end.line && l < lineCount; l++) inside[l] = 1;
  }
  return (line) => inside[line] === 1;
}

export function contactZone(lines: string[], sections: Section[]): (line: number) => boolean {
  const inContactSection = contactSectionLineTest(sections, lines.length);
  const cvSections = sections.filter((s) => s && s.kind !== 'other' && s.kind !== 'contact');
  let topEnd: number;
  if (cvSections.length > 0) topEnd = Math.min(...cvSections.map((s) => s.headingRange.start.line));
  else if (sections.length > 1) topEnd = sections[1].headingRange.start.line;
  else topEnd = Math.min(lines.length, 15);

  // The end: a few lines after a closing horizontal rule.
  let endStart = lines.length;
  const headingLines = new Set(sections.map((s) => s.headingRange.start.line));
  let contentAfter = 0;
  for (let l = lines.length - 1; l > 0; l--) {
    const text = lines[l] ?? '';
    if (headingLines.has(l)) break;
    if (isThematicBreak(text) && (lines[l - 1] ?? '').trim() === '') {
      if (contentAfter <= 8) endStart = Math.min(endStart, l + 1);
      break;
    }
    if (text.trim() !== '') contentAfter++;
    if (contentAfter > 8) break;
  }
  return (line) => line < topEnd || line >= endStart || inContactSection(line);
}

/** Lines of a block of labelled contact lines wherever it sits ("Name: …", "Where I live: …", "e-mail: …" opening a
 *  "Profile"): two lines labelled email, phone or name make the whole paragraph a contact block. */
export function labelledContactBlocks(views: ReadonlyArray<string | null>): (line: number) => boolean {
  const inside = new Uint8Array(views.length);
  let start = 0;
  let strong = 0;
  const close = (end: number) => {
    if (strong >= 2) inside.fill(1, start, end);
    strong = 0;
  };
  for (let l = 0; l <= views.length; l++) {
    const view = l < views.length ? views[l] : null;
    if (view === null || view.trim() === '') {
      close(l);
      start = l + 1;
      continue;
    }
    if (view.length <= 300 && hasStrongContactLabel(view)) strong++;
  }
  return (line) => inside[line] === 1;
}

// Per line text: re-analysing an edited document reads the same lines again (the keystroke path).
const strongLabelLines = new Map<string, boolean>();
const STRONG_LABEL_LINES_LIMIT = 50_000;

function hasStrongContactLabel(view: string): boolean {
  let strong = strongLabelLines.get(view);
  if (strong === undefined) {
    strong = labelledValues(view).some((v) => v.kind === 'email' || v.kind === 'phone' || v.kind === 'name');
    if (strongLabelLines.size >= STRONG_LABEL_LINES_LIMIT) strongLabelLines.clear();
    strongLabelLines.set(view, strong);
  }
  return strong;
}
