// The consent to the processing of personal data that Italian CVs close with. It is not required by law
// for a CV sent to apply (D.Lgs. 101/2018), but many Italian recruiters still expect it, and one that cites
// only D.Lgs. 196/2003 tells them the CV was written before the GDPR.
import type { Rule } from './types';
import { findConsentClauses } from '../engine/privacy';
import { documentAnchorRange, insertBlockAtEnd } from '../engine/edits';

/** The current wording, citing both laws, in the CV's language. */
export const CONSENT_CLAUSE = {
  it: 'Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).',
  en: 'I authorise the processing of the personal data contained in my CV in accordance with Italian Legislative Decree 196/2003 and Regulation (EU) 2016/679 (GDPR).',
};

/** Written right after the old law the clause cites. */
const GDPR_REFERENCE = {
  it: ' e del Regolamento UE 2016/679 (GDPR)',
  en: ' and Regulation (EU) 2016/679 (GDPR)',
};

export const rule: Rule = {
  id: 'privacy-consent',
  description: {
    it:
      'Un CV italiano senza l’autorizzazione al trattamento dei dati personali in fondo, o con un’autorizzazione che cita solo il ' +
      'D.Lgs. 196/2003 senza il Regolamento UE 2016/679 (GDPR). Spenta per i CV in inglese, salvo che la accendano le impostazioni o il profilo.',
    en:
      'An Italian CV without the consent to the processing of personal data at the end, or with a clause that cites only D.Lgs. 196/2003 ' +
      'and not Regulation (EU) 2016/679 (GDPR). Off for English CVs unless the settings or the profile turn it on.',
  },
  defaultSeverity: 'info',
  fixable: true,
  reads: [],
  messages: {
    it: {
      missing:
        'Il CV non ha l’autorizzazione al trattamento dei dati personali: non è obbligatoria, ma molti selezionatori italiani se la aspettano ' +
        'in fondo al CV, con il riferimento al D.Lgs. 196/2003 e al Regolamento UE 2016/679 (GDPR).',
      oldLaw:
        'L’autorizzazione al trattamento dei dati cita solo «{law}»: dal 2018 vale il Regolamento UE 2016/679 (GDPR), che conviene citare insieme.',
      fixMissing: 'Aggiungi l’autorizzazione al trattamento dei dati in fondo al CV',
      fixOldLaw: 'Aggiungi il riferimento al Regolamento UE 2016/679 (GDPR)',
    },
    en: {
      missing:
        'The CV has no consent to the processing of personal data: it is not required by law, but many Italian recruiters expect it at the ' +
        'end of the CV, citing D.Lgs. 196/2003 and Regulation (EU) 2016/679 (GDPR).',
      oldLaw: 'The consent clause cites only "{law}": since 2018 Regulation (EU) 2016/679 (GDPR) applies, and is worth citing with it.',
      fixMissing: 'Add the consent clause at the end of the CV',
      fixOldLaw: 'Add the reference to Regulation (EU) 2016/679 (GDPR)',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // An Italian convention: other CVs only when the settings or the profile ask for it.
    if (doc.textLanguage !== 'it' && !ctx.configured) return;
    const clauses = findConsentClauses(doc);
    if (clauses.length === 0) {
      const fix = { title: ctx.t('fixMissing'), edits: [insertBlockAtEnd(doc, CONSENT_CLAUSE[doc.language])] };
      ctx.report({ messageKey: 'missing', range: documentAnchorRange(doc), fixes: [fix] });
      return;
    }
    if (clauses.some((c) => c.citesCurrentLaw)) return;
    const clause = clauses.find((c) => c.oldLaw);
    if (!clause?.oldLaw) return;
    const { line, start, end, text } = clause.oldLaw;
    const range = { start: { line, character: start }, end: { line, character: end } };
    // Nothing is written into code, HTML or front matter: there the finding comes without a fix.
    const opaque = doc.opaqueBlocks.some((b) => b.startLine <= line && line <= b.endLine);
    const inFrontMatter = doc.frontMatter !== null && line <= doc.frontMatter.range.end.line;
    const fixes = opaque || inFrontMatter ? [] : [{ title: ctx.t('fixOldLaw'), edits: [{ range: { start: range.end, end: range.end }, newText: GDPR_REFERENCE[doc.language] }] }];
    ctx.report({ messageKey: 'oldLaw', args: { law: text }, range, fixes });
  },
};
