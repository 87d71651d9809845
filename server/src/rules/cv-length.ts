// A CV longer than the role wants: recruiters skim, and an office role's CV fits in two pages (Italian job
// guides). The length is an estimate (engine/length.ts); the rule goes by the smaller of its two figures,
// words and printed lines, so a CV of short list items or of HTML markup is not called long by mistake.
import type { Rule } from './types';
import { documentAnchorRange } from '../engine/edits';
import { estimateLength } from '../engine/length';

export const rule: Rule = {
  id: 'cv-length',
  description: {
    it: 'Il CV è più lungo delle pagine A4 che il profilo consiglia (back office: 2), secondo una stima da parole e righe stampate.',
    en: 'The CV is longer than the A4 pages the profile advises (back office: 2), as estimated from its words and printed lines.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  reads: ['maxPages'],
  messages: {
    it: {
      tooLong:
        'Il CV occupa circa {pages} pagine A4 ({words} parole, circa {lines} righe stampate): per il profilo «{profile}» ne bastano {limit}. ' +
        'Accorcia le voci più vecchie o meno pertinenti per il ruolo.',
    },
    en: {
      tooLong:
        'The CV takes about {pages} A4 pages ({words} words, about {lines} printed lines): the "{profile}" profile advises at most {limit}. ' +
        'Shorten the oldest entries and those least relevant to the role.',
    },
  },
  check(ctx) {
    const { doc, profile } = ctx;
    const limit = profile.maxPages;
    if (!limit) return;
    const estimate = estimateLength(doc);
    const pages = Math.min(estimate.pagesByWords, estimate.pagesByLines);
    if (pages <= limit) return;
    const shown = (Math.round(pages * 10) / 10).toLocaleString(ctx.messageLanguage === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });
    ctx.report({
      messageKey: 'tooLong',
      args: { pages: shown, words: estimate.words, lines: estimate.lines, profile: profile.label[ctx.messageLanguage], limit },
      range: documentAnchorRange(doc),
      // Well over the limit is sure enough for a warning; just over it, the estimate may be wrong.
      certainty: pages > limit + 1 ? 'likely' : 'unsure',
    });
  },
};
