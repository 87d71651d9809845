import type { Certainty, Rule } from './types';
import type { CvDocument, SectionKind, TextEdit } from '../engine/types';
import type { Profile } from '../profiles/types';
import { hasGenericSkillsSection, mainSectionLevel, missingRequiredKinds, mentionsOf } from '../engine/model';
import { documentAnchorRange, insertBlockAfter, insertBlockAtEnd, insertBlockBefore } from '../engine/edits';
import { sectionText } from '../profiles/templates';
import { isCvTitle, isSkillKind } from '../engine/classify';


/** Where a missing section goes: before the next present section in profile order, after the previous one,
 *  and never after the contact section when contact details belong at the end. */
export function insertionEditForSection(doc: CvDocument, profile: Profile, kind: SectionKind, text: string, contactAtEnd: boolean, contactAtStart = false): TextEdit {
  const order = profile.requiredSections;
  const at = order.indexOf(kind);
  const topLevel = doc.sections.filter((s) => s.recognised && s.kind !== 'other' && (s.parent < 0 || !doc.sections[s.parent].recognised || doc.sections[s.parent].reason.by === 'name'));
  const contact = topLevel.find((s) => s.kind === 'contact');
  // Contact anchors an insertion only when it really comes after the other sections: a contact block at the
  // top (contact-position flags it) must not pull, say, education above the experience section.
  const contactAnchors = contactAtEnd && contact !== undefined && topLevel.every((s) => s === contact || s.range.start.line < contact.range.start.line);

  if (kind === 'contact' && contactAtEnd) {
    return insertBlockAtEnd(doc, text);
  }
  if (kind === 'contact' && contactAtStart) {
    // Right after the name, before the first real section, as contact-position wants it ("Curriculum Vitae" is a title).
    const first = doc.sections.find((s) => s.recognised && !isCvTitle(s.title));
    if (first) return insertBlockBefore(doc, first.range.start.line, text);
  }
  for (const next of order.slice(at + 1)) {
    if (next === 'contact' && !contactAnchors) continue;
    const section = topLevel.find((s) => s.kind === next);
    if (section) return insertBlockBefore(doc, section.range.start.line, text);
  }
  for (const prev of [...order.slice(0, Math.max(at, 0))].reverse()) {
    const section = topLevel.find((s) => s.kind === prev);
    if (section && !(contactAtEnd && section === contact)) {
      if (contactAnchors && contact && section.range.end.line >= contact.range.start.line) return insertBlockBefore(doc, contact.range.start.line, text);
      return insertBlockAfter(doc, section.range.end.line, text);
    }
  }
  if (contactAtEnd && contact) return insertBlockBefore(doc, contact.range.start.line, text);
  return insertBlockAtEnd(doc, text);
}

/** How sure "missing" is: content seen only in passing or a template engine that may supply the section make
 *  it unsure; a language cvlint cannot read, a generic skills section, or a name or profile link without email
 *  or phone make it likely. */
function missingCertainty(doc: CvDocument, kind: SectionKind, mentioned: boolean): Certainty {
  if (doc.templated || mentioned) return 'unsure';
  if (doc.textLanguage !== doc.language) return isSkillKind(kind) ? 'unsure' : 'likely';
  // A generic "Skills"/"Competenze" section may hold this kind in words the engine does not know.
  if (isSkillKind(kind) && hasGenericSkillsSection(doc)) return 'likely';
  // A name or a LinkedIn/GitHub profile is a way to reach the person: no email or phone is a gap, not a certain one.
  if (kind === 'contact' && (doc.contact.name !== null || doc.lines.some((line) => /linkedin\.com|github\.com/i.test(line)))) return 'likely';
  return 'sure';
}

export const rule: Rule = {
  id: 'missing-section',
  description: {
    it: 'Manca una sezione richiesta dal profilo (istruzione, esperienza, competenze tecniche, linguistiche, personali, contatti).',
    en: 'A section the profile requires is missing (education, experience, technical, language and personal skills, contact).',
  },
  defaultSeverity: 'error',
  fixable: true,
  reads: ['requiredSections', 'sections (titles, templates)', 'synonyms'],
  messages: {
    it: {
      missing: 'Manca la sezione «{title}».',
      missingMentioned: 'Non c’è una sezione «{title}»: il CV ne parla solo dentro altre sezioni (riga {line}: «{example}»); una sezione apposita la rende facile da trovare.',
      missingTemplated: 'Manca la sezione «{title}» (il CV usa un motore di template: se la sezione viene inserita da lì, ignora questo avviso).',
      missingContact: 'Mancano i contatti: aggiungi la sezione «{title}» con nome, indirizzo, telefono ed email.',
      fix: 'Aggiungi la sezione «{title}»',
    },
    en: {
      missing: 'Missing section: "{title}".',
      missingMentioned: 'No "{title}" section: the CV mentions this only inside other sections (line {line}: "{example}"); a section of its own makes it easy to find.',
      missingTemplated: 'Missing section: "{title}" (the CV uses a template engine: if the section comes from there, ignore this).',
      missingContact: 'No contact details: add a "{title}" section with name, address, phone and email.',
      fix: 'Add the "{title}" section',
    },
  },
  check(ctx) {
    const { doc, profile } = ctx;
    const lang = doc.language;
    const level = mainSectionLevel(doc);
    for (const kind of missingRequiredKinds(doc, profile)) {
      const spec = profile.sections.find((s) => s.kind === kind);
      if (!spec) continue;
      // Messages may be in the editor's language while the CV is in the other one: name the section both ways.
      const title = ctx.messageLanguage === lang ? spec.title[lang] : `${spec.title[ctx.messageLanguage]} / ${spec.title[lang]}`;
      const edit = insertionEditForSection(doc, profile, kind, sectionText(spec, lang, level), ctx.contactPlacement === 'end', ctx.contactPlacement === 'start');
      // Severity follows certainty: content mentioned in passing or a template engine that may supply the
      // section make "missing" less sure.
      const mentioned = mentionsOf(doc, kind)[0];
      const messageKey = doc.templated ? 'missingTemplated' : mentioned ? 'missingMentioned' : kind === 'contact' ? 'missingContact' : 'missing';
      ctx.report({
        messageKey,
        // In a language cvlint cannot read (es, fr, de, pt) the content may hold what the headings do not show.
        certainty: missingCertainty(doc, kind, mentioned !== undefined),
        args: { title, kind, ...(mentioned ? { line: mentioned.line + 1, example: mentioned.text.length > 50 ? `${mentioned.text.slice(0, 50)}…` : mentioned.text } : {}) },
        range: documentAnchorRange(doc),
        fixes: [{ title: ctx.t('fix', { title: spec.title[lang] }), edits: [edit] }],
      });
    }
  },
};
