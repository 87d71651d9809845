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

