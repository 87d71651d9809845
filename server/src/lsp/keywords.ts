// Which of the profile's keyword concepts a CV uses, per group, labelled for hover and completion.
// Same computation as the missing-keywords rule and the score (user's extra and ignored terms included).
import type { SectionKind } from '../engine/types';
import { keywordStatus } from '../engine/keyword-status';
import type { DocumentCheck } from './checker';

export interface ConceptLabel {
  id: string;
  /** First term in the CV's language: what is shown and inserted. */
  label: string;
  /** Zero-based line of its first mention (present concepts only), so a person can check it. */
  line?: number;
}

export interface GroupKeywords {
  id: string;
  label: string;
  section: SectionKind;
  minPresent: number;
  present: ConceptLabel[];
  /** Absent and not ignored by the user, most important first. */
  missing: ConceptLabel[];
}

export function keywordGroupsStatus(check: DocumentCheck): GroupKeywords[] {
  const result = check.result;
  // A file checked only by its headings: its text was not read, so no keyword is known to be absent.
  if (!result || result.limit) return [];
  const { document, profile } = result;
  const cvLanguage = document.language;
  const options = { keywordsExtra: check.settings.keywords.extra, keywordsIgnore: check.settings.keywords.ignore };
  return keywordStatus(document, profile, options).map((group) => ({
    id: group.id,
    label: group.label[check.uiLanguage],
    section: group.section,
    minPresent: group.minPresent,
    present: group.present.map((concept) => ({ id: concept.id, label: concept.label[cvLanguage], line: concept.matches[0]?.range.start.line })),
    missing: group.suggestions.map((concept) => ({ id: concept.id, label: concept.label[cvLanguage] })),
  }));
}
