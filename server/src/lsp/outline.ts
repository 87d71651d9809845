// Questions the editor features ask about a checked CV: where the cursor is, which sections are missing.
import type { Position, Section, SectionKind } from '../engine/types';
import { isSkillKind } from '../engine/classify';

/** The innermost section whose body holds `position` (not its heading line), or -1.
 *  Sections come in document order and nest, so the last one that contains the line is the innermost. */
export function sectionIndexAt(sections: readonly Section[], position: Position): number {
  let found = -1;
  sections.forEach((section, index) => {
    if (position.line > section.headingRange.end.line && position.line <= section.range.end.line) found = index;
  });
  return found;
}

/** The section whose heading is on `line`, or -1. */
export function sectionIndexWithHeadingOn(sections: readonly Section[], line: number): number {
  return sections.findIndex((section) => section.headingRange.start.line <= line && line <= section.headingRange.end.line);
}

/** The skills kind the cursor is in: the section itself or the nearest enclosing one that is about skills. */
export function skillsKindAt(sections: readonly Section[], position: Position): SectionKind | null {
  let index = sectionIndexAt(sections, position);
  const seen = new Set<number>();
  while (index >= 0 && !seen.has(index)) {
    seen.add(index);
    const section = sections[index];
    if (section.recognised && isSkillKind(section.kind)) return section.kind;
    index = section.parent;
  }
  return null;
}
