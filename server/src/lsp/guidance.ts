// "Why it matters for the role": the profile's guidance (profile data, `guidance`) as short hover paragraphs,
// in the CV's language. A profile without guidance (generic) adds nothing.
import type { Position } from 'vscode-languageserver';
import { keywordStatus } from '../engine/keyword-status';
import type { Language, SectionKind } from '../engine/types';
import type { Profile } from '../profiles/types';
import type { DocumentCheck } from './checker';
import { uiText } from './messages';

/** The guidance paragraph for a section heading of these kinds (the first kind with a reason), or null. */
export function sectionGuidance(profile: Profile, kinds: readonly SectionKind[], language: Language): string | null {
  const sections = profile.guidance?.sections;
  if (!sections) return null;
  const kind = kinds.find((candidate) => sections[candidate]);
  return kind ? whyParagraph(sections[kind]![language], language) : null;
}

/** The guidance paragraph for a keyword group, or null. */
export function keywordGroupGuidance(profile: Profile, groupId: string, language: Language): string | null {
  const reason = profile.guidance?.keywordGroups?.[groupId];
  return reason ? whyParagraph(reason[language], language) : null;
}

/** The role in short — career paths, pay range — with its source; null when the profile says nothing. */
export function roleGuidance(profile: Profile, language: Language): string | null {
  const role = profile.guidance?.role;
  if (!role || (!role.careers && !role.pay)) return null;
  const text = [role.careers?.[language], role.pay?.[language]].filter(Boolean).join(' ');
  const source = role.source ? ` ${uiText(language, 'roleSource')}: ${role.source}.` : '';
  return `*${uiText(language, 'roleInShort')}:* ${text}${source}`;
}

function whyParagraph(reason: string, language: Language): string {
  return `*${uiText(language, 'whyItMatters')}:* ${reason}`;
}

export interface KeywordAtPosition {
  groupId: string;
  groupLabel: string;
  label: string;
  range: { start: Position; end: Position };
}

/** The profile keyword the CV uses at this position (a counted match), if any. */
export function keywordAt(check: DocumentCheck, position: Position): KeywordAtPosition | null {
  const result = check.result;
  if (!result || result.limit) return null;
  const { document, profile } = result;
  const options = { keywordsExtra: check.settings.keywords.extra, keywordsIgnore: check.settings.keywords.ignore };
  for (const group of keywordStatus(document, profile, options)) {
    for (const concept of group.present) {
      const match = concept.matches.find(({ range }) => range.start.line === position.line && range.start.line === range.end.line
        && range.start.character <= position.character && position.character <= range.end.character);
      if (match) return { groupId: group.id, groupLabel: group.label[check.uiLanguage], label: concept.label[document.language], range: match.range };
    }
  }
  return null;
}
