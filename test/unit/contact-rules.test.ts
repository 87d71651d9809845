// The three contact rules through the whole engine (analyzeCv): missing-contact-detail,
// invalid-contact and contact-position. For each, a CV that passes and one that fails, in
// Italian and English, with the exact findings; fixes are applied and the CV re-analysed.
// Every person, number and address here is invented.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding, Range } from '../../server/src/engine/types';
import { applyEdits, documentLines } from '../support/apply-edits';

function md(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

interface Seen {
  ruleId: string;
  message: string;
  range: Range;
  fixes: string[];
}

function findings(text: string, ruleId: string, options: AnalyzeOptions = {}): Seen[] {
  const result = analyzeCv(text, { fileName: 'cv.md', ...options });
  return result.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ ruleId: f.ruleId, message: f.message, range: f.range, fixes: f.fixes.map((x) => x.title) }));
}

function rawFindings(text: string, ruleId: string, options: AnalyzeOptions = {}): Finding[] {
  return analyzeCv(text, { fileName: 'cv.md', ...options }).findings.filter((f) => f.ruleId === ruleId);
}

/** Applies the fix that changes the CV of the only finding of `ruleId` (not "Keep contacts at the top for
 *  this CV", which changes how the file is checked). */
function applyOnlyFix(text: string, ruleId: string, options: AnalyzeOptions = {}, messageKey?: string): string {
  const found = rawFindings(text, ruleId, options).filter((f) => !messageKey || f.messageKey === messageKey);
  assert.equal(found.length, 1, `expected one ${ruleId} finding`);
  const fixes = found[0].fixes.filter((fix) => !fix.setting);
  assert.equal(fixes.length, 1, 'expected one fix that changes the CV');
  return applyEdits(text, fixes[0].edits);
}

/** Every non-blank original line is still there, as many times as before. */
function assertNoLineLost(before: string, after: string): void {
  const remaining = new Map<string, number>();
  for (const line of documentLines(after)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  for (const line of documentLines(before)) {
    if (line.trim() === '') continue;
    const left = remaining.get(line) ?? 0;
    assert.ok(left > 0, `line lost: ${JSON.stringify(line)}`);
    remaining.set(line, left - 1);
  }
}

/** Every ATX heading has a blank line (or the document edge) above and below it. */
function assertBlankLinesAroundHeadings(text: string): void {
  const lines = documentLines(text);
  lines.forEach((line, i) => {
    if (!/^#{1,6}\s/.test(line)) return;
    assert.ok(i === 0 || lines[i - 1].trim() === '', `no blank line above ${JSON.stringify(line)}`);
    assert.ok(i === lines.length - 1 || lines[i + 1].trim() === '', `no blank line below ${JSON.stringify(line)}`);
  });
}

function sectionTitles(text: string): string[] {
  return analyzeCv(text, { fileName: 'cv.md' }).document.sections.filter((s) => s.recognised && s.reason.by !== 'name').map((s) => s.title);
}

const ESPERIENZA_IT = 'Impiegato amministrativo presso lo Studio Bassi, con la gestione delle fatture e della prima nota (2019-2021).';
const ISTRUZIONE_IT = 'Diploma di ragioneria presso l’istituto tecnico della mia città, nel 2015.';
const PRIVACY_IT = 'Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).';

/** A complete Italian back-office CV, contact section last, then the privacy clause. */
const CV_IT_OK = md(
  '# Giulia Verdi',
  '',
  '## Profilo',
  '',
  'Impiegata amministrativa con cinque anni di esperienza nel back office.',
  '',
  '## Esperienza professionale',
  '',
  '### Addetta back office — Alfa S.r.l., Verona (2019 – oggi)',
  '',
  '- Fatturazione, registrazione dei documenti contabili e archiviazione.',
  '',
  '## Istruzione e formazione',
  '',
  'Diploma di ragioneria, ITC Pasoli, Verona (2015)',
  '',
  '## Competenze tecniche',
  '',
  '- Excel, Word, gestionale aziendale',
  '',
  '## Competenze linguistiche',
  '',
  '- Inglese: B2',
  '',
  '## Competenze personali',
  '',
  '- Precisione, organizzazione, lavoro di squadra',
  '',
  '## Contatti',
  '',
  '- Indirizzo: Via Roma 10, 37121 Verona (VR)',
  '- Telefono: +39 333 123 4567',
  '- Email: giulia.verdi@example.it',
  '',
  PRIVACY_IT,
);

/** The English counterpart. */
const CV_EN_OK = md(
  '# Daniel Hart',
  '',
  '## Summary',
  '',
  'Back-office administrator with six years in shared services.',
  '',
  '## Work experience',
  '',
  '### Accounts Administrator — Northgate Ltd, Leeds (2018 – present)',
  '',
  '- Invoice processing, data entry and record keeping.',
  '',
  '## Education and training',
  '',
  'BA in Business Administration, University of Leeds (2017)',
  '',
  '## Technical skills',
  '',
  '- Excel, Word, SAP',
  '',
  '## Language skills',
  '',
  '- Italian: B1',
  '',
  '## Personal skills',
  '',
  '- Accuracy, organisation, teamwork',
  '',
  '## Contact information',
  '',
  '- Address: 14 Kirkstall Road, Leeds LS3 1HR',
  '- Phone: +44 113 496 0123',
  '- Email: daniel.hart@example.com',
);

/** Replaces the lines of the contact list in a CV. */
function withContactLines(cv: string, lines: string[]): string {
  const all = documentLines(cv);
  const start = all.findIndex((l) => /^- (Indirizzo|Address):/.test(l));
  all.splice(start, 3, ...lines);
  return all.join('\n');
}

describe('contact rules', () => {
  describe('missing-contact-detail', () => {
    it('passes a complete Italian CV', () => {
      assert.deepEqual(findings(CV_IT_OK, 'missing-contact-detail'), []);
    });

    it('passes a complete English CV', () => {
      assert.deepEqual(findings(CV_EN_OK, 'missing-contact-detail'), []);
    });

    it('reports each missing detail in Italian, on the contact heading, with a fix', () => {
      const cv = withContactLines(CV_IT_OK, ['- Email: giulia.verdi@example.it']);
      assert.deepEqual(findings(cv, 'missing-contact-detail'), [
        { ruleId: 'missing-contact-detail', message: 'Manca il numero di telefono tra i recapiti.', range: range(28, 3, 28, 11), fixes: ['Aggiungi la riga «Telefono» ai contatti'] },
        { ruleId: 'missing-contact-detail', message: "Manca l'indirizzo tra i recapiti (bastano anche città e CAP).", range: range(28, 3, 28, 11), fixes: ['Aggiungi la riga «Indirizzo» ai contatti'] },
      ]);
    });

    it('reports each missing detail in English', () => {
      const cv = withContactLines(CV_EN_OK, ['- Phone: +44 113 496 0123']);
      assert.deepEqual(findings(cv, 'missing-contact-detail'), [
        { ruleId: 'missing-contact-detail', message: 'No email address found in the contact details.', range: range(28, 3, 28, 22), fixes: ['Add a line for "Email" to the contact details'] },
        { ruleId: 'missing-contact-detail', message: 'No postal address found in the contact details (town and postcode are enough).', range: range(28, 3, 28, 22), fixes: ['Add a line for "Address" to the contact details'] },
      ]);
    });

    it('inserts a placeholder line into the list, before the privacy clause; the placeholder rule then asks to fill it in', () => {
      const cv = withContactLines(CV_IT_OK, ['- Indirizzo: Via Roma 10, 37121 Verona (VR)', '- Email: giulia.verdi@example.it']);
      const fixed = applyOnlyFix(cv, 'missing-contact-detail');
      const lines = documentLines(fixed);
      assert.deepEqual(lines.slice(28, 35), [
        '## Contatti',
        '',
        '- Indirizzo: Via Roma 10, 37121 Verona (VR)',
        '- Email: giulia.verdi@example.it',
        '- Telefono: [numero di telefono]',
        '',
        PRIVACY_IT,
      ]);
      // The fix writes no number of its own: the line is a placeholder until the person fills it in.
      assert.deepEqual(findings(fixed, 'missing-contact-detail'), []);
      assert.deepEqual(findings(fixed, 'invalid-contact'), []);
      assert.deepEqual(
        findings(fixed, 'placeholder').map((f) => [f.range.start.line, f.message]),
        [[32, '«[numero di telefono]» è un segnaposto del modello: sostituiscilo con i tuoi dati.']],
      );
      assertNoLineLost(cv, fixed);
    });

    it('follows the style of the contact lines: table rows and hard-break lines', () => {
      const table = md('# Daniel Hart', '', '## Work experience', '', 'Clerk, 2019-2021', '', '## Contact', '', '| Phone | +44 113 496 0123 |', '|---|---|', '| Email | daniel.hart@example.com |');
      const fixedTable = applyOnlyFix(table, 'missing-contact-detail', { rules: {} });
      assert.equal(documentLines(fixedTable)[11], '| Address | [street, postcode, town] |');

      const breaks = md('# Daniel Hart', '', '## Work experience', '', 'Clerk, 2019-2021', '', '## Contact', '', 'Phone: +44 113 496 0123 \\', 'Address: 14 Kirkstall Road, Leeds LS3 1HR');
      const fixedBreaks = applyOnlyFix(breaks, 'missing-contact-detail');
      assert.deepEqual(documentLines(fixedBreaks).slice(9, 12), ['Address: 14 Kirkstall Road, Leeds LS3 1HR', '', 'Email: [email address]']);
      assert.deepEqual(findings(fixedBreaks, 'missing-contact-detail'), []);
    });

    it('fills an empty contact section', () => {
      const cv = md('# Daniel Hart', '', '## Contact', '', '## Work experience', '', 'Clerk, 2019-2021');
      const found = rawFindings(cv, 'missing-contact-detail');
      assert.deepEqual(found.map((f) => f.messageKey), ['missingEmail', 'missingPhone', 'missingAddress']);
      const fixed = applyEdits(cv, found[0].fixes[0].edits);
      assert.deepEqual(documentLines(fixed).slice(0, 7), ['# Daniel Hart', '', '## Contact', '', '- Email: [email address]', '', '## Work experience']);
    });

    it('without a contact section, points at the first line and offers no fix', () => {
      const cv = md('---', 'cv: true', '---', '', '# Marco Neri', '', 'marco.neri@example.it', '', '## Esperienze', '', ESPERIENZA_IT, '', '## Istruzione', '', ISTRUZIONE_IT);
      assert.deepEqual(findings(cv, 'missing-contact-detail'), [
        { ruleId: 'missing-contact-detail', message: 'Manca il numero di telefono tra i recapiti.', range: range(4, 0, 4, 12), fixes: [] },
        { ruleId: 'missing-contact-detail', message: "Manca l'indirizzo tra i recapiti (bastano anche città e CAP).", range: range(4, 0, 4, 12), fixes: [] },
      ]);
    });

    it('reports a missing name without a fix', () => {
      const cv = md('## Experience', '', 'Clerk at Northgate Ltd, 2019-2021', '', '## Education', '', 'BA, 2017', '', '## Contact', '', '- Phone: +44 113 496 0123', '- Email: dh@example.com', '- Address: 14 Kirkstall Road, Leeds LS3 1HR');
      assert.deepEqual(findings(cv, 'missing-contact-detail'), [
        { ruleId: 'missing-contact-detail', message: 'Your full name is missing: put it as the title at the top of the CV.', range: range(8, 3, 8, 10), fixes: [] },
      ]);
    });

    it('counts front matter fields and contact lines written as headings', () => {
      const frontMatter = md('---', 'name: Anna Neri', 'email: anna.neri@example.it', 'telefono: "+39 347 111 2222"', 'indirizzo: Via Dante 4, 40121 Bologna', '---', '', '## Esperienze', '', 'Impiegata, 2018-2022', '', '## Istruzione', '', 'Laurea, 2017');
      assert.deepEqual(findings(frontMatter, 'missing-contact-detail'), []);
      const headings = md('# Jane Smith', '#### Email: jane.smith@example.com', '#### Tel: +44 20 7946 0123', '#### Address: 2 Mill Lane, Bristol BS1 4QA', '', '## Experience', '', 'Clerk, 2019-2021', '', '## Education', '', 'BA, 2018');
      assert.deepEqual(findings(headings, 'missing-contact-detail'), []);
    });
  });

  describe('invalid-contact', () => {
    it('passes well-formed and masked details', () => {
      assert.deepEqual(findings(CV_IT_OK, 'invalid-contact'), []);
      assert.deepEqual(findings(CV_EN_OK, 'invalid-contact'), []);
      const masked = withContactLines(CV_EN_OK, ['- Address: Leeds LS3 1HR', '- E: da*****@gmail.com | T: 077*********']);
      assert.deepEqual(findings(masked, 'invalid-contact'), []);
    });

    it('reports a malformed email and a short phone number in Italian, on the values', () => {
      const cv = withContactLines(CV_IT_OK, ['- Indirizzo: Via Roma 10, 37121 Verona (VR)', '- Telefono: 333 12', '- Email: giulia.verdi@gmail']);
      assert.deepEqual(findings(cv, 'invalid-contact'), [
        { ruleId: 'invalid-contact', message: 'Il numero di telefono «333 12» è incompleto o scritto male: controlla il prefisso e le cifre.', range: range(31, 12, 31, 18), fixes: [] },
        {
          ruleId: 'invalid-contact',
          message: "L'indirizzo email «giulia.verdi@gmail» è incompleto o scritto male: controlla che sia nella forma nome@dominio.it.",
          range: range(32, 9, 32, 27),
          fixes: [],
        },
      ]);
    });

    it('reports a double @ and a number with too many digits in English', () => {
      const cv = withContactLines(CV_EN_OK, ['- Address: 14 Kirkstall Road, Leeds LS3 1HR', '- Phone: +44 113 496 0123 4567 8901', '- Email: daniel@@example.com']);
      assert.deepEqual(findings(cv, 'invalid-contact'), [
        { ruleId: 'invalid-contact', message: 'The phone number "+44 113 496 0123 4567 8901" is incomplete or malformed: check the country code and the digits.', range: range(31, 9, 31, 35), fixes: [] },
        { ruleId: 'invalid-contact', message: 'The email address "daniel@@example.com" is incomplete or malformed: check that it reads like name@example.com.', range: range(32, 9, 32, 28), fixes: [] },
      ]);
    });

    it('reports an address left as a placeholder', () => {
      const cv = withContactLines(CV_IT_OK, ['- Indirizzo: Via …, CAP Città (Provincia)', '- Telefono: +39 333 123 4567', '- Email: giulia.verdi@example.it']);
      assert.deepEqual(findings(cv, 'invalid-contact'), [
        { ruleId: 'invalid-contact', message: "L'indirizzo «Via …, CAP Città (Provincia)» è ancora da completare.", range: range(30, 13, 30, 41), fixes: [] },
      ]);
    });

    it('does not flag dates, years or numbers that are not on a contact line', () => {
      const cv = CV_IT_OK.replace('- Excel, Word, gestionale aziendale', '- Excel (dal 03/2019), ISBN 978-88-04-12345-6, P.IVA 01234567890');
      assert.deepEqual(findings(cv, 'invalid-contact'), []);
    });
  });

  describe('contact-position', () => {
    it('passes contact details at the end (default placement), in Italian and English', () => {
      assert.deepEqual(findings(CV_IT_OK, 'contact-position'), []);
      assert.deepEqual(findings(CV_EN_OK, 'contact-position'), []);
    });

    it('never reports with placement "any"', () => {
      const top = moveContactToTop(CV_IT_OK);
      assert.deepEqual(findings(top, 'contact-position', { contactPlacement: 'any' }), []);
    });

    it('reports an Italian contact section at the top and moves it to the end, before the privacy clause', () => {
      const cv = moveContactToTop(CV_IT_OK);
      assert.deepEqual(findings(cv, 'contact-position'), [
        {
          ruleId: 'contact-position',
          // At the top, as Europass has them: the message says so, and the person may keep them there.
          message:
            'La sezione «Contatti» è in cima al CV, come nel formato Europass; questo profilo vuole invece i recapiti in fondo, dopo le altre sezioni. ' +
            'Spostala in fondo, oppure tieni i recapiti in cima per questo CV.',
          range: range(2, 3, 2, 11),
          fixes: ['Sposta la sezione «Contatti» in fondo al CV', 'Tieni i recapiti in cima per questo CV'],
        },
      ]);
      const fixed = applyOnlyFix(cv, 'contact-position');
      assert.deepEqual(sectionTitles(fixed).slice(-2), ['Competenze personali', 'Contatti']);
      const lines = documentLines(fixed);
      assert.equal(lines[lines.length - 2], PRIVACY_IT, 'the privacy clause stays last');
      assert.equal(fixed, CV_IT_OK, 'the move gives back the original CV');
      assert.deepEqual(findings(fixed, 'contact-position'), []);
      assertNoLineLost(cv, fixed);
      assertBlankLinesAroundHeadings(fixed);
    });

    it('reports an English contact section in the middle and moves it to the end', () => {
      const lines = documentLines(CV_EN_OK);
      const contact = lines.splice(28, 6);
      lines.splice(12, 0, ...contact);
      const cv = lines.join('\n');
      assert.deepEqual(findings(cv, 'contact-position'), [
        {
          ruleId: 'contact-position',
          message: 'The "Contact information" section should be the last one in the CV: this profile wants contact details at the end.',
          range: range(12, 3, 12, 22),
          fixes: ['Move the "Contact information" section to the end of the CV'],
        },
      ]);
      const fixed = applyOnlyFix(cv, 'contact-position');
      assert.deepEqual(sectionTitles(fixed).slice(-1), ['Contact information']);
      assert.deepEqual(findings(fixed, 'contact-position'), []);
      assertNoLineLost(cv, fixed);
      assertBlankLinesAroundHeadings(fixed);
    });

    it('moves a Europass table section and leaves its horizontal rule in place', () => {
      const cv = md(
        '# Anna Neri',
        '',
        '## Informazioni personali',
        '',
        '| Indirizzo | Via Dante 4, 40121 Bologna (BO) |',
        '|---|---|',
        '| Telefono | +39 051 123 4567 |',
        '| Email | anna.neri@example.it |',
        '',
        '---',
        '',
        '## Esperienza professionale',
        '',
        'Impiegata amministrativa, 2018-2022',
        '',
        '## Istruzione e formazione',
        '',
        'Laurea in economia, 2017',
      );
      const fixed = applyOnlyFix(cv, 'contact-position');
      assert.equal(
        fixed,
        md(
          '# Anna Neri',
          '',
          '---',
          '',
          '## Esperienza professionale',
          '',
          'Impiegata amministrativa, 2018-2022',
          '',
          '## Istruzione e formazione',
          '',
          'Laurea in economia, 2017',
          '',
          '## Informazioni personali',
          '',
          '| Indirizzo | Via Dante 4, 40121 Bologna (BO) |',
          '|---|---|',
          '| Telefono | +39 051 123 4567 |',
          '| Email | anna.neri@example.it |',
        ),
      );
      assert.deepEqual(findings(fixed, 'contact-position'), []);
    });

    it('wants the contact section after other recognised sections too, but not after a privacy section', () => {
      const withHobbies = CV_IT_OK.replace(PRIVACY_IT, '## Interessi\n\nLettura, trekking e volontariato in biblioteca.');
      assert.deepEqual(
        findings(withHobbies, 'contact-position').map((f) => f.message),
        ["La sezione «Contatti» dovrebbe essere l'ultima del CV: per questo profilo i recapiti vanno in fondo."],
      );
      const fixed = applyOnlyFix(withHobbies, 'contact-position');
      assert.deepEqual(sectionTitles(fixed).slice(-2), ['Interessi', 'Contatti']);
      assertNoLineLost(withHobbies, fixed);

      const withPrivacySection = CV_IT_OK.replace(PRIVACY_IT, `## Privacy\n\n${PRIVACY_IT}`);
      assert.deepEqual(findings(withPrivacySection, 'contact-position'), []);
    });

    it('keeps a privacy clause and the signature after it at the very end', () => {
      const cv = moveContactToTop(CV_IT_OK).replace(PRIVACY_IT, `${PRIVACY_IT}\n\nVerona, 10 marzo 2025`);
      const fixed = applyOnlyFix(cv, 'contact-position');
      const lines = documentLines(fixed);
      assert.equal(lines[lines.length - 2], 'Verona, 10 marzo 2025');
      assert.equal(lines[lines.length - 4], PRIVACY_IT);
      assert.equal(lines[lines.length - 6], '- Email: giulia.verdi@example.it');
      assert.deepEqual(findings(fixed, 'contact-position'), []);
    });

    it('with placement "start", reports a contact section at the end and moves it after the name', () => {
      const options: AnalyzeOptions = { contactPlacement: 'start' };
      assert.deepEqual(findings(moveContactToTop(CV_IT_OK), 'contact-position', options), []);
      assert.deepEqual(findings(CV_EN_OK, 'contact-position', options), [
        {
          ruleId: 'contact-position',
          message: 'The "Contact information" section should come first in the CV, right after your name.',
          range: range(28, 3, 28, 22),
          fixes: ['Move the "Contact information" section to the top of the CV'],
        },
      ]);
      const fixed = applyOnlyFix(CV_EN_OK, 'contact-position', options);
      const lines = documentLines(fixed);
      assert.deepEqual(lines.slice(0, 9), [
        '# Daniel Hart',
        '',
        '## Contact information',
        '',
        '- Address: 14 Kirkstall Road, Leeds LS3 1HR',
        '- Phone: +44 113 496 0123',
        '- Email: daniel.hart@example.com',
        '',
        '## Summary',
      ]);
      assert.deepEqual(findings(fixed, 'contact-position', options), []);
      assertNoLineLost(CV_EN_OK, fixed);
      assertBlankLinesAroundHeadings(fixed);
    });

    it('without a contact section, explains where the details should go; details at the top may stay there', () => {
      const cv = md('# Marco Neri', '', 'marco.neri@example.it · +39 333 765 4321', '', '## Esperienze', '', ESPERIENZA_IT, '', '## Istruzione', '', ISTRUZIONE_IT);
      assert.deepEqual(findings(cv, 'contact-position'), [
        {
          ruleId: 'contact-position',
          message: 'I recapiti dovrebbero stare alla fine del CV: raccoglili in una sezione «Contatti» in fondo.',
          range: range(2, 0, 2, 21),
          fixes: ['Tieni i recapiti in cima per questo CV'],
        },
      ]);
      const en = md('# Jane Smith', '', '## Experience', '', 'Clerk, 2019-2021', '', '## Education', '', 'BA, 2018', '', '---', '', 'jane@example.com • +44 7700 900123');
      assert.deepEqual(findings(en, 'contact-position'), []);
      assert.deepEqual(findings(en, 'contact-position', { contactPlacement: 'start' }), [
        {
          ruleId: 'contact-position',
          message: 'Your contact details should be at the top of the CV, right after your name: gather them there in a "Contact information" section.',
          range: range(12, 0, 12, 16),
          fixes: [],
        },
      ]);
    });

    it('says nothing when there are no contact details at all', () => {
      const cv = md('# Marco Neri', '', '## Esperienze', '', ESPERIENZA_IT, '', '## Istruzione', '', ISTRUZIONE_IT);
      assert.deepEqual(findings(cv, 'contact-position'), []);
    });
  });
});

/** The same CV with its contact section moved right under the name heading. */
function moveContactToTop(cv: string): string {
  const lines = documentLines(cv);
  const start = lines.findIndex((l) => /^## (Contatti|Contact information)$/.test(l));
  const contact = lines.splice(start, 6);
  lines.splice(2, 0, ...contact);
  return lines.join('\n');
}
