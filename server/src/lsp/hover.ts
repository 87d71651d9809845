// Hover on a section heading: what the profile expects there and which of its keywords are present.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { DocumentCheck } from './checker';
import { keywordGroupsStatus } from './keywords';
import { sectionKindLabel, uiText } from './messages';
import { isCvTitle, isSkillKind } from '../engine/classify';
import { sectionIndexWithHeadingOn } from './outline';

/** The most important absent keywords are enough; the full list would fill the screen. */
const MAX_MISSING_SHOWN = 5;

export function hover(position: Position, check: DocumentCheck | null): Hover | null {
  const result = check?.result;
  if (!check || !result || check.state !== 'checked') return null;
  const { sections } = result.document;
  const index = sectionIndexWithHeadingOn(sections, position.line);
  if (index < 0) return null;
  const section = sections[index];
  if (section.reason.by === 'name') return null;
  const ui = check.uiLanguage;
  const profile = result.profile;
  const profileLabel = profile.label[ui];
  const lines: string[] = [];

  // The CV's own title ("Curriculum Vitae") and the entries of a section (a job, a degree) are not sections:
  // nothing to explain about them.
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

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
