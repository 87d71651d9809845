import type { Certainty, Rule } from './types';
import type { CvDocument, SectionKind } from '../engine/types';
import { hasGenericSkillsSection, mainSectionLevel, mainSectionsInCapitals, missingRequiredKinds, mentionsOf } from '../engine/model';
import { documentAnchorRange } from '../engine/edits';
import { newSectionEdit } from '../engine/placement';
import { sectionText } from '../profiles/templates';
import { isSkillKind } from '../engine/classify';


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
    const capitals = mainSectionsInCapitals(doc, level);
    for (const kind of missingRequiredKinds(doc, profile)) {
      const spec = profile.sections.find((s) => s.kind === kind);
      if (!spec) continue;
      // Messages may be in the editor's language while the CV is in the other one: name the section both ways.
      const title = ctx.messageLanguage === lang ? spec.title[lang] : `${spec.title[ctx.messageLanguage]} / ${spec.title[lang]}`;
      // The new heading is written like the CV's own ("## COMPETENZE LINGUISTICHE" among capitals).
      const text = capitals ? sectionText(spec, lang, level).replace(/^(#+ )(.*)$/m, (_, marks: string, heading: string) => marks + heading.toUpperCase()) : sectionText(spec, lang, level);
      const edit = newSectionEdit(doc, profile, kind, text, { contactPlacement: ctx.contactPlacement });
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
