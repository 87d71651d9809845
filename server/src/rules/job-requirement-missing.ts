// job-requirement-missing: with a job posting given (front matter `job:`, the `cvlint.jobPosting` setting, the
// command "Compare with a job posting…" or `cvlint --job`), each requirement of the posting the CV does not show.
// Warning for what the posting requires, info for what it would like. The fix adds the term to the section where
// it belongs, followed by a comment asking the person to confirm it: nothing is claimed for them, and the term does
// not count as found until the comment is removed.
import type { Rule } from './types';
import type { Fix, Range } from '../engine/types';
import { documentAnchorRange } from '../engine/edits';
import { appendToSectionList, keywordTargetSection } from './missing-keywords';
import type { RequirementMatch } from '../job/types';

/** At most this many findings: a long posting must not bury the CV's other findings. */
const MAX_FINDINGS = 25;

function confirmComment(language: 'it' | 'en'): string {
  return language === 'it' ? '<!-- conferma: richiesto dall’annuncio, lascialo solo se è vero -->' : '<!-- confirm: asked for by the job posting, keep it only if true -->';
}

export const rule: Rule = {
  id: 'job-requirement-missing',
  description: {
    it: 'Un requisito dell’annuncio di lavoro scelto per il CV non compare nel CV (avviso se richiesto, informazione se gradito).',
    en: 'A requirement of the job posting chosen for the CV does not appear in the CV (warning when required, info when preferred).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  reads: ['job posting', 'keywordGroups', 'technologies', 'sections (kinds)'],
  messages: {
    it: {
      required: 'L’annuncio richiede «{term}» e il CV non lo mostra. Annuncio, riga {line}: «{sentence}»',
      preferred: 'L’annuncio gradisce «{term}» e il CV non lo mostra. Annuncio, riga {line}: «{sentence}»',
      unconfirmed: '«{term}» è stato aggiunto ma aspetta la tua conferma: togli il commento «conferma» se è vero, altrimenti togli la riga. Annuncio, riga {line}: «{sentence}»',
      fix: 'Aggiungi «{term}» a {section} (da confermare)',
      required_label: 'richiesto',
      preferred_label: 'gradito',
    },
    en: {
      required: 'The job posting requires “{term}” and the CV does not show it. Posting, line {line}: “{sentence}”',
      preferred: 'The job posting would like “{term}” and the CV does not show it. Posting, line {line}: “{sentence}”',
      unconfirmed: '“{term}” was added but waits for your confirmation: remove the “confirm” comment if it is true, otherwise remove the line. Posting, line {line}: “{sentence}”',
      fix: 'Add “{term}” to {section} (to confirm)',
      required_label: 'required',
      preferred_label: 'preferred',
    },
  },
  check(ctx) {
    const job = ctx.job;
    if (!job) return;
    const missing = job.requirements.filter((r) => !r.found);
    // Required first, so the cap keeps what matters most.
    missing.sort((a, b) => (a.importance === b.importance ? 0 : a.importance === 'required' ? -1 : 1));
    for (const requirement of missing.slice(0, MAX_FINDINGS)) {
      const target = keywordTargetSection(ctx.doc, requirement.section);
      const range: Range = target ? target.section.headingRange : documentAnchorRange(ctx.doc);
      const fixes: Fix[] = [];
      const term = requirement.term;
      if (target && !requirement.unconfirmed && requirement.kind !== 'experience-years') {
        const edit = appendToSectionList(ctx.doc, target.section, [`${displayTerm(term)} ${confirmComment(ctx.doc.language)}`]);
        if (edit) fixes.push({ title: ctx.t('fix', { term: displayTerm(term), section: target.section.title }), edits: [edit] });
      }
      ctx.report({
        messageKey: requirement.unconfirmed ? 'unconfirmed' : requirement.importance,
        args: {
          term,
          line: requirement.line + 1,
          sentence: requirement.sentence,
          importance: requirement.importance,
          concept: requirement.concept ?? '',
          posting: job.posting.name,
        },
        range,
        fixes,
        // Preferred and waiting-for-confirmation requirements are advice; years read from dates are an estimate.
        certainty: requirement.importance === 'preferred' || requirement.unconfirmed || requirement.kind === 'experience-years' ? 'unsure' : 'likely',
      });
    }
  },
};

/** The term as a list item: "Inglese (B2)" stays, a sentence-initial capital is the list's business. */
function displayTerm(term: string): string {
  return term.replace(/\s+/g, ' ').trim();
}

export type { RequirementMatch };
