import type { Rule } from './types';
import type { CvDocument } from '../engine/types';
import { underHeadingEdit } from '../engine/placement';
import { sectionBodyText } from '../profiles/templates';

/** True when nothing but blank lines, rules and HTML comments sits under the heading (sub-sections count as content). */
export function isEmptySection(doc: CvDocument, index: number): boolean {
  const section = doc.sections[index];
  if (doc.sections.some((s, i) => i !== index && s.parent === index)) return false;
  for (let line = section.headingRange.end.line + 1; line <= section.range.end.line; line++) {
    const text = doc.lines[line].trim();
    if (text === '' || /^(?:[-*_]\s*){3,}$/.test(text) || /^<!--.*-->$/.test(text) || /^=+$|^-+$/.test(text)) continue;
    return false;
  }
  return true;
}

export const rule: Rule = {
  id: 'empty-section',
  description: {
    it: 'Una sezione del CV ha il titolo ma nessun contenuto.',
    en: 'A CV section has a heading but no content.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  reads: ['sections (templates)'],
  messages: {
    it: { empty: 'La sezione «{title}» è vuota.', fix: 'Inserisci il modello della sezione' },
    en: { empty: 'The "{title}" section is empty.', fix: 'Insert the section template' },
  },
  check(ctx) {
    const { doc, profile } = ctx;
    doc.sections.forEach((section, index) => {
      // An empty bold or ALL-CAPS line is more often a label in a list than a real section.
      if (!section.recognised || section.pseudo || section.kind === 'other' || !isEmptySection(doc, index)) return;
      const spec = profile.sections.find((s) => s.kind === section.kind);
      const fixes = spec
        ? [{ title: ctx.t('fix'), edits: [underHeadingEdit(doc, section, sectionBodyText(spec, doc.language, section.level))] }]
        : [];
      ctx.report({ messageKey: 'empty', args: { title: section.title }, range: section.headingRange, fixes });
    });
  },
};
