import type { Rule } from './types';
import type { SectionKind } from '../engine/types';

// Several tool lists or skill blocks are normal (Europass has "Lingua madre" and "Altre lingue",
// "Competenze comunicative" and "Competenze organizzative"); two experience or contact sections are not.
const SINGLE_KINDS: SectionKind[] = ['contact', 'summary', 'experience', 'education'];

export const rule: Rule = {
  id: 'duplicate-section',
  description: {
    it: 'La stessa sezione (contatti, profilo, esperienza, istruzione) compare più volte allo stesso livello.',
    en: 'The same section (contact, summary, experience, education) appears more than once at the same level.',
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
      if (!section.recognised || !SINGLE_KINDS.includes(section.kind)) return;
      // Only siblings compete: "Lingue" inside two different job entries is not a duplicate.
      const key = `${section.kind}|${section.parent}|${section.level}`;
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
