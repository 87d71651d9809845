import type { Rule } from './types';
import type { Section, SectionKind } from '../engine/types';
import { normalizeTitle } from '../engine/classify';

// Several tool lists or skill blocks are normal (Europass has "Lingua madre" and "Altre lingue",
// "Competenze comunicative" and "Competenze organizzative"); two experience or contact sections are not.
const SINGLE_KINDS: SectionKind[] = ['contact', 'summary', 'experience', 'education'];

/** The title with plural endings and filler words folded, so "Esperienze" = "Esperienza" and
 *  "My Experience" = "Experience"; different words ("Work" vs "Teaching" experience) stay different. */
function titleKey(section: Section): string {
  return normalizeTitle(section.title)
    .split(' ')
    .filter((word) => !/^(?:my|i|miei|mie|le|il|la|lo|di|de|of|the|e|and|ed|y|et)$/.test(word))
    .map((word) => word.replace(/(?:ies|es|s|e|i|a|o)$/, ''))
    .join(' ');
}

// The plain, general names of a section, per language: two of these name the same thing ("Esperienza
// professionale" and "Esperienze lavorative"). A qualified title ("Teaching experience", "Corsi",
// "Formazione complementare") names a part, so it is never a duplicate of the general one.
const GENERAL_TITLES: Partial<Record<SectionKind, string[][]>> = {
  experience: [
    ['esperienza', 'esperienze', 'esperienza professionale', 'esperienze professionali', 'esperienza lavorativa', 'esperienze lavorative'],
    ['experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history'],
  ],
  education: [
    ['istruzione', 'istruzione e formazione', 'titoli di studio', 'titolo di studio'],
    ['education', 'education and training', 'academic background'],
  ],
  summary: [
    ['profilo', 'profilo professionale', 'sommario', 'chi sono', 'su di me'],
    ['summary', 'profile', 'professional summary', 'about me', 'about', 'professional profile'],
  ],
};

function generalGroup(section: Section): number {
  const title = normalizeTitle(section.title);
  return (GENERAL_TITLES[section.kind] ?? []).findIndex((group) => group.includes(title));
}

export const rule: Rule = {
  id: 'duplicate-section',
  description: {
    it: 'La stessa sezione (contatti, profilo, esperienza, istruzione) compare due volte allo stesso livello con un titolo che dice la stessa cosa.',
    en: 'The same section (contact, summary, experience, education) appears twice at the same level, under titles that say the same thing.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  reads: ['synonyms'],
  messages: {
    it: { duplicate: 'La sezione «{title}» ripete «{firstTitle}» (riga {firstLine}): unisci le due sezioni.' },
    en: { duplicate: 'The "{title}" section repeats "{firstTitle}" (line {firstLine}): merge the two.' },
  },
  check(ctx) {
    const { doc } = ctx;
    const firstSeen = new Map<string, number>();
    doc.sections.forEach((section, index) => {
      // Entries (a job, a degree) are parts of a section, and sections of different titles are different
      // things even when of one kind ("Formazione" and "Corsi", "Work" and "Teaching experience"): only a
      // section that truly repeats another is reported.
      if (!section.recognised || section.role === 'entry' || !SINGLE_KINDS.includes(section.kind)) return;
      // Every contact block is the same thing; other kinds repeat when the titles say the same.
      const group = generalGroup(section);
      const what = section.kind === 'contact' ? '' : group >= 0 ? `general:${group}` : titleKey(section);
      const key = `${section.kind}|${section.parent}|${section.level}|${what}`;
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, index);
        return;
      }
      const firstSection = doc.sections[first];
      ctx.report({
        messageKey: 'duplicate',
        args: { title: section.title, firstTitle: firstSection.title, firstLine: firstSection.headingRange.start.line + 1 },
        range: section.headingRange,
      });
    });
  },
};
