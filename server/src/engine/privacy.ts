// The Italian consent clause that often closes a CV ("Autorizzo il trattamento dei dati personali…
// D.Lgs. 196/2003… GDPR"): contact details go before it, and it is not contact information.
import type { CvDocument } from './types';
import { isBlankLine as isBlank, isThematicBreak } from './edits';

export const PRIVACY_CLAUSE =
  /trattamento\s+dei\s+(?:miei\s+)?dati|d\.?\s?lgs\.?|196\/2003|101\/2018|2016\/679|679\/2016|\bgdpr\b|regolamento\s+(?:ue|europeo)|\bprivacy\b|personal\s+data\s+(?:processing|protection)/i;
/** Headings of a section that only holds that clause. */
export const PRIVACY_TITLE = /privacy|trattamento|consenso|autorizzazione|gdpr|data protection|protezione dei dati/i;

/** First line of a trailing privacy clause (with its heading and the rule above it), or -1. */
export function trailingPrivacyStart(doc: CvDocument): number {
  let line = doc.lines.length - 1;
  const skipBlank = () => {
    while (line >= 0 && isBlank(doc, line)) line--;
  };
  const paragraphStart = (end: number): number => {
    let start = end;
    while (start - 1 >= 0 && !isBlank(doc, start - 1)) start--;
    return start;
  };
  skipBlank();
  if (line < 0) return -1;
  let start = paragraphStart(line);
  let text = doc.lines.slice(start, line + 1).join(' ');
  if (!PRIVACY_CLAUSE.test(text)) {
    // A signature or "place, date" line may follow the clause.
    if (line - start > 1 || text.length > 80) return -1;
    line = start - 1;
    skipBlank();
    if (line < 0) return -1;
    start = paragraphStart(line);
    text = doc.lines.slice(start, line + 1).join(' ');
    if (!PRIVACY_CLAUSE.test(text)) return -1;
  }
  // Take along a heading that names the clause and a rule that sets it apart.
  let first = start;
  line = start - 1;
  skipBlank();
  if (line >= 0) {
    const heading = doc.sections.find((s) => s.headingRange.start.line <= line && line <= Math.max(s.headingRange.end.line, s.headingRange.start.line + 1));
    if (heading && PRIVACY_TITLE.test(heading.title)) {
      first = heading.headingRange.start.line;
      line = first - 1;
      skipBlank();
    }
  }
  if (line >= 0 && isThematicBreak(doc.lines[line]) && isBlank(doc, line - 1)) first = line;
  return first;
}


// ---------------------------------------------------------------------------------------------
// The consent clause itself, wherever it sits (privacy-consent)

/** A sentence giving consent to the processing of personal data, in Italian or English. */
const CONSENT =
  /\b(?:autorizz\w*|acconsent\w*|consenso|consento)\b[^.]{0,120}?\btrattamento\b|\btrattamento\s+dei\s+(?:miei\s+)?dati\s+personali\b|\b(?:authori[sz]\w*|consent\w*)\b[^.]{0,80}?\bprocessing\b[^.]{0,40}?\bpersonal\s+(?:data|details|information)\b|\bprocessing\s+of\s+(?:my\s+)?personal\s+(?:data|details|information)\b/i;
/** The laws in force since 2018: the GDPR, and the decree that adapted the Italian code to it. */
const CURRENT_LAW = /\b2016\s*\/\s*679\b|\b679\s*\/\s*(?:20)?16\b|\bgdpr\b|\bregolamento\s+(?:\(?ue\)?|europeo|generale)|\breg\.?\s*\(?ue\)?|\bregulation\s+\(?eu\)?|\b101\s*\/\s*2018\b|\bd\.?\s?lgs\.?\s*(?:n\.?\s*)?101\b/i;
/** The old laws: D.Lgs. 196/2003 (before its 2018 amendment) and Legge 675/1996. */
const OLD_LAW = /(?:\b(?:d\.?\s?lgs\.?|decreto\s+legislativo|legislative\s+decree|legge|l\.)\s*(?:n\.?\s*)?)?\b(?:196\s*\/\s*(?:20)?03|675\s*\/\s*(?:19)?96)\b/i;

export interface ConsentClause {
  /** Zero-based first and last line of the paragraph that holds it. */
  startLine: number;
  endLine: number;
  /** It cites the GDPR (or the 2018 decree): nothing to update. */
  citesCurrentLaw: boolean;
  /** The old law it cites, when it cites one: where to write the GDPR reference after it. */
  oldLaw: { line: number; start: number; end: number; text: string } | null;
}

/** Paragraphs (runs of non-blank lines, front matter included: some CVs keep the clause in a `footer:`
 *  field) that give consent to the processing of personal data. */
export function findConsentClauses(doc: CvDocument): ConsentClause[] {
  const clauses: ConsentClause[] = [];
  let line = 0;
  while (line < doc.lines.length) {
    if (doc.lines[line].trim() === '') {
      line++;
      continue;
    }
    const start = line;
    while (line < doc.lines.length && doc.lines[line].trim() !== '') line++;
    const paragraph = doc.lines.slice(start, line);
    const text = paragraph.join(' ');
    if (!CONSENT.test(text)) continue;
    let oldLaw: ConsentClause['oldLaw'] = null;
    for (let i = 0; i < paragraph.length && !oldLaw; i++) {
      const match = OLD_LAW.exec(paragraph[i]);
      if (match) oldLaw = { line: start + i, start: match.index, end: match.index + match[0].length, text: match[0].trim() };
    }
    clauses.push({ startLine: start, endLine: line - 1, citesCurrentLaw: CURRENT_LAW.test(text), oldLaw });
  }
  return clauses;
}
