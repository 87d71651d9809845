// Hover on a section heading: what the profile expects there and which of its keywords are present; on a
// keyword of the profile, its group. Both say why it matters for the role (lsp/guidance.ts), in the CV's
// language; the CV's title or name says what the role leads to.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { DocumentCheck } from './checker';
import { keywordGroupsStatus } from './keywords';
import { sectionKindLabel, uiText } from './messages';
import { isCvTitle, isSkillKind } from '../engine/classify';
import { sectionIndexWithHeadingOn } from './outline';
import { keywordAt, keywordGroupGuidance, roleGuidance, sectionGuidance } from './guidance';

/** The most important absent keywords are enough; the full list would fill the screen. */
const MAX_MISSING_SHOWN = 5;

export function hover(position: Position, check: DocumentCheck | null): Hover | null {
  const result = check?.result;
  if (!check || !result || check.state !== 'checked') return null;
  const { sections } = result.document;
  const ui = check.uiLanguage;
  const cvLanguage = result.document.language;
  const profile = result.profile;
  const profileLabel = profile.label[ui];
  const index = sectionIndexWithHeadingOn(sections, position.line);
  if (index < 0) return keywordHover(position, check);
  const section = sections[index];
  const lines: string[] = [];

  // The person's name, or the CV's own title ("Curriculum Vitae") at its top, stands for the whole CV: the role
  // in short. A title further down and the entries of a section (a job, a degree) are not sections: nothing to
  // explain about them.
  if (section.reason.by === 'name' || (isCvTitle(section.title) && index === 0)) {
    const role = roleGuidance(profile, cvLanguage);
    if (!role) return null;
    lines.push(`**${escapeMarkdown(profileLabel)}**`, '', role);
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: section.headingRange };
  }
  if (isCvTitle(section.title) || section.role === 'entry') return null;
  if (section.recognised && section.kind === 'other') {
    lines.push(`**${escapeMarkdown(section.title)}**`, '', uiText(ui, 'sectionNotRequired', { profile: profileLabel }));
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: section.headingRange };
  }
  if (!section.recognised) {
    lines.push(`**${escapeMarkdown(section.title)}**`, '', uiText(ui, 'sectionNotRecognised'));
    const expected = profile.requiredSections.map((kind) => sectionKindLabel(kind, ui)).join(', ');
    lines.push('', uiText(ui, 'sectionExpectedKinds', { kinds: expected }));
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: section.headingRange };
  }

  const kinds = [section.kind, ...(section.covers ?? []).filter((kind) => kind !== section.kind)];
  const kindLabels = kinds.map((kind) => sectionKindLabel(kind, ui)).join(', ');
  const sameAsTitle = kindLabels.toLowerCase() === section.title.trim().toLowerCase();
  lines.push(`**${escapeMarkdown(section.title)}**${sameAsTitle ? '' : ` — ${kindLabels}`}`);
  for (const kind of kinds) {
    const spec = profile.sections.find((candidate) => candidate.kind === kind);
    if (spec) lines.push('', escapeMarkdown(spec.description[ui]));
  }
  const required = kinds.some((kind) => profile.requiredSections.includes(kind));
  lines.push('', uiText(ui, required ? 'sectionRequired' : 'sectionNotRequired', { profile: profileLabel }));
  const why = sectionGuidance(profile, kinds, cvLanguage);
  if (why) lines.push('', why);

  const groups = keywordGroupsStatus(check).filter(
    (group) => kinds.includes(group.section) || (section.kind === 'skills' && isSkillKind(group.section)),
  );
  for (const group of groups) {
    // Each keyword found, with the line that says it (a link that goes there), so the person can check the credit.
    const present = group.present.map((concept) => (concept.line === undefined ? escapeMarkdown(concept.label) : `[${escapeMarkdown(concept.label)}](${check.uri}#L${concept.line + 1} "${uiText(ui, 'lineShort', { line: concept.line + 1 })}")`));
    const missing = group.missing.slice(0, MAX_MISSING_SHOWN).map((concept) => concept.label);
    if (group.missing.length > MAX_MISSING_SHOWN) missing.push(`… (+${group.missing.length - MAX_MISSING_SHOWN})`);
    lines.push(
      '',
      `**${escapeMarkdown(group.label)}** (${uiText(ui, 'keywordsCount', { present: present.length, min: group.minPresent })})`,
      '',
      `- ${uiText(ui, 'keywordsPresent')}: ${present.length ? present.join(', ') : uiText(ui, 'keywordsNone')}`,
      `- ${uiText(ui, 'keywordsMissing')}: ${missing.length ? missing.map(escapeMarkdown).join(', ') : uiText(ui, 'keywordsNone')}`,
    );
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: section.headingRange };
}

/** On a keyword of the profile: which group it counts for, and why the role looks for it. */
function keywordHover(position: Position, check: DocumentCheck): Hover | null {
  const result = check.result!;
  const keyword = keywordAt(check, position);
  if (!keyword) return null;
  const why = keywordGroupGuidance(result.profile, keyword.groupId, result.document.language);
  // Without guidance there is nothing to add to what the text already says.
  if (!why) return null;
  const ui = check.uiLanguage;
  const lines = [
    `**${escapeMarkdown(keyword.label)}** — ${uiText(ui, 'keywordOfGroup', { profile: result.profile.label[ui], group: keyword.groupLabel })}`,
    '',
    why,
  ];
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: keyword.range };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
