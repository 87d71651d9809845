// Questions the editor features ask about a checked CV: where the cursor is, which sections are missing.
import type { Position, Section, SectionKind } from '../engine/types';
import type { AnalysisResult } from '../engine/analyze';
import { presentKinds } from '../engine/model';

const SKILL_KINDS: readonly SectionKind[] = ['technical-skills', 'language-skills', 'personal-skills', 'skills'];

export function isSkillsKind(kind: SectionKind): boolean {
  return SKILL_KINDS.includes(kind);
}

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
    if (section.recognised && isSkillsKind(section.kind)) return section.kind;
    index = section.parent;
  }
  return null;
}

/** Required kinds with no section, in the profile's order — the missing-section rule's view, even when
 *  that rule is turned off (mixed headings cover several kinds; contact details without a heading count). */
export function missingSectionKinds(result: AnalysisResult): SectionKind[] {
  const present = presentKinds(result.document);
  const { contact } = result.document;
  const hasContactDetails = contact.emails.length > 0 || contact.phones.length > 0;
  return result.profile.requiredSections.filter((kind) => !present.has(kind) && !(kind === 'contact' && hasContactDetails));
}

/** The heading level most sections use (new sections are written at that level). */
export function usualSectionLevel(sections: readonly Section[]): number {
  const counts = new Map<number, number>();
  for (const section of sections) {
    if (!section.recognised || section.kind === 'other' || section.reason.by === 'name') continue;
    counts.set(section.level, (counts.get(section.level) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level < best)) {
      best = level;
      bestCount = count;
    }
  }
  return Math.min(Math.max(best, 1), 6);
}
