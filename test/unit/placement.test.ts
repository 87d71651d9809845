// One placement policy for every fix that inserts or moves text (server/src/engine/placement.ts): sections
// in the profile's order, the contact section last (or first) as the placement wants, nothing after the
// trailing privacy clause, nothing inside front matter, code or HTML, separators neither doubled nor lost.
// Italian and English CVs; every person, number and address here is invented.
import assert from 'node:assert/strict';
import { analyzeCv, type AnalyzeOptions } from '../../server/src/engine/analyze';
import { buildCvDocument } from '../../server/src/engine/model';
import { insertBlockAt, moveSectionEdits, tailStart } from '../../server/src/engine/placement';
import { getProfile } from '../../server/src/profiles/index';
import type { Finding } from '../../server/src/engine/types';
import { applyEdits, documentLines } from '../support/apply-edits';
import { deletedLines } from '../support/fix-checks';

function md(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

const PRIVACY_IT = 'Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).';
const PRIVACY_EN = 'I authorise the use of my personal data for recruitment purposes under the GDPR (Regulation EU 2016/679).';

function findingsOf(text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyzeCv(text, { fileName: 'cv.md', ...options }).findings;
}

/** Applies the fix whose title matches; fails if none or several match. */
function applyFix(text: string, title: RegExp, options: AnalyzeOptions = {}): string {
  const fixes = findingsOf(text, options).flatMap((f) => f.fixes).filter((fix) => title.test(fix.title));
  assert.equal(fixes.length, 1, `fixes matching ${title}: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  const fixed = applyEdits(text, fixes[0].edits);
  assert.deepEqual(deletedLines(text, fixed), [], 'the fix deleted what the person wrote');
  return fixed;
}

/** Non-blank lines, to compare layouts without counting blank lines. */
function adjacentRules(text: string): number {
  const lines = documentLines(text).filter((line) => line.trim() !== '');
  let count = 0;
  for (let i = 1; i < lines.length; i++) if (/^\s*---\s*$/.test(lines[i]) && /^\s*---\s*$/.test(lines[i - 1])) count++;
  return count;
}

function assertOneBlankLineBetweenBlocks(text: string): void {
  assert.doesNotMatch(text.replace(/\n+$/, '\n'), /\n\n\n/, 'two blank lines in a row');
}

/** A Europass-shaped Italian CV: a title, contact details first, `---` between sections, the privacy clause last. */
const EUROPASS_IT = md(
  '# CURRICULUM VITAE',
  '',
  '---',
  '',
  '## INFORMAZIONI PERSONALI',
  '',
  '- Nome: Maria Esposito',
  '- Indirizzo: Via Toledo 10, 80134 Napoli',
  '- Telefono: +39 333 765 4321',
  '- Email: maria.esposito@example.com',
  '',
  '---',
  '',
  '## ESPERIENZA PROFESSIONALE',
  '',
  '**2019 – oggi** Impiegata amministrativa, Alfa S.r.l., Napoli',
  '',
  '- Fatturazione, data entry, archiviazione, contabilità, riconciliazione bancaria.',
  '',
  '---',
  '',
  '## ISTRUZIONE E FORMAZIONE',
  '',
  '**2014 – 2019** Laurea in Economia aziendale, Università di Napoli',
  '',
  '---',
  '',
  '## COMPETENZE TECNICHE',
  '',
  '- Pacchetto Office, Excel, Word, Outlook',
  '',
  '---',
  '',
  '## COMPETENZE PERSONALI',
  '',
  '- Capacità organizzative, attenzione ai dettagli, lavoro di squadra',
  '',
  '---',
  '',
  PRIVACY_IT,
);

/** The same CV in English, with the contact section between the title and the experience. */
const EUROPASS_EN = md(
  '# Curriculum Vitae',
  '',
  '---',
  '',
  '## Personal information',
  '',
  '- Name: Laura Bennett',
  '- Address: 22 Mill Lane, Bristol BS1 4DJ',
  '- Phone: +44 117 496 0456',
  '- Email: laura.bennett@example.com',
  '',
  '---',
  '',
  '## Work experience',
  '',
  '**2019 – present** Accounts assistant, Northgate Ltd, Bristol',
  '',
  '- Invoicing, data entry, filing, bookkeeping and bank reconciliation.',
  '',
  '---',
  '',
  '## Education and training',
  '',
  '**2015 – 2018** BSc Accounting, University of Bristol',
  '',
  '---',
  '',
  '## Technical skills',
  '',
  '- Microsoft Office, Excel, Word, Outlook',
  '',
  '---',
  '',
  '## Personal skills',
  '',
  '- Organisational skills, attention to detail, teamwork',
  '',
  '---',
  '',
  PRIVACY_EN,
);

describe('placement: one policy for every insertion and move', () => {
  describe('moving the contact section to the end (Europass CV)', () => {
    it('Italian: lands before the privacy clause, takes its own separator, leaves none doubled', () => {
      const fixed = applyFix(EUROPASS_IT, /^Sposta la sezione «INFORMAZIONI PERSONALI» in fondo/);
      assert.equal(adjacentRules(fixed), 0);
      assertOneBlankLineBetweenBlocks(fixed);
      const lines = documentLines(fixed);
      // The title keeps one rule under it, then the experience.
      assert.deepEqual(lines.slice(0, 5), ['# CURRICULUM VITAE', '', '---', '', '## ESPERIENZA PROFESSIONALE']);
      // Personal skills, a rule, the contacts, the rule that sets the clause apart, the clause.
      const tail = lines.slice(lines.indexOf('## COMPETENZE PERSONALI'));
      assert.deepEqual(tail, [
        '## COMPETENZE PERSONALI',
        '',
        '- Capacità organizzative, attenzione ai dettagli, lavoro di squadra',
        '',
        '---',
        '',
        '## INFORMAZIONI PERSONALI',
        '',
        '- Nome: Maria Esposito',
        '- Indirizzo: Via Toledo 10, 80134 Napoli',
        '- Telefono: +39 333 765 4321',
        '- Email: maria.esposito@example.com',
        '',
        '---',
        '',
        PRIVACY_IT,
        '',
      ]);
      assert.equal(findingsOf(fixed).filter((f) => f.ruleId === 'contact-position').length, 0);
      // As many rules as before: one moved, none dropped.
      assert.equal(lines.filter((l) => l === '---').length, documentLines(EUROPASS_IT).filter((l) => l === '---').length);
    });

    it('English: the same, with the clause still last', () => {
      const fixed = applyFix(EUROPASS_EN, /^Move the "Personal information" section to the end/);
      assert.equal(adjacentRules(fixed), 0);
      assertOneBlankLineBetweenBlocks(fixed);
      const lines = documentLines(fixed);
      assert.equal(lines[lines.length - 2], PRIVACY_EN);
      assert.ok(lines.indexOf('## Personal information') > lines.indexOf('## Personal skills'));
      assert.deepEqual(lines.slice(0, 5), ['# Curriculum Vitae', '', '---', '', '## Work experience']);
    });

    it('a section with no rule above it leaves its rule where it was (exactly one between the neighbours)', () => {
      const cv = md(
        '# Jane Cole',
        '',
        '## Contact information',
        '',
        '- Email: jane.cole@example.com',
        '- Phone: +44 7700 900456',
        '',
        '---',
        '',
        '## Work experience',
        '',
        'Office administrator, 2018 – 2023',
        '',
        '## Education',
        '',
        'BA Business, 2017',
      );
      const fixed = applyFix(cv, /^Move the "Contact information" section to the end/);
      assert.equal(
        fixed,
        md('# Jane Cole', '', '---', '', '## Work experience', '', 'Office administrator, 2018 – 2023', '', '## Education', '', 'BA Business, 2017', '', '## Contact information', '', '- Email: jane.cole@example.com', '- Phone: +44 7700 900456'),
      );
    });
  });

  describe('adding a missing section', () => {
    it('Italian: under a "CURRICULUM VITAE" title, in the profile order (not at the end, not after the clause)', () => {
      const fixed = applyFix(EUROPASS_IT, /^Aggiungi la sezione «Competenze linguistiche»/);
      const lines = documentLines(fixed);
      const at = lines.indexOf('## COMPETENZE LINGUISTICHE');
      assert.ok(at > lines.indexOf('## COMPETENZE TECNICHE') && at < lines.indexOf('## COMPETENZE PERSONALI'), fixed);
      assert.equal(lines[lines.length - 2], PRIVACY_IT, 'the privacy clause stays last');
      // The CV separates its sections with rules: the new one gets its own.
      assert.deepEqual(lines.slice(at - 2, at + 7), ['---', '', '## COMPETENZE LINGUISTICHE', '', '- Lingua madre: [lingua]', '- [Lingua]: [livello QCER]', '', '---', '']);
      assert.equal(adjacentRules(fixed), 0);
      assertOneBlankLineBetweenBlocks(fixed);
    });

    it('English: the same on the English Europass CV', () => {
      const fixed = applyFix(EUROPASS_EN, /^Add the "Language skills" section/);
      const lines = documentLines(fixed);
      const at = lines.indexOf('## Language skills');
      assert.ok(at > lines.indexOf('## Technical skills') && at < lines.indexOf('## Personal skills'), fixed);
      assert.equal(lines[lines.length - 2], PRIVACY_EN);
      assert.equal(adjacentRules(fixed), 0);
    });

    it('moving the contacts and adding the section give the same CV in either order (it, en)', () => {
      for (const [cv, move, add] of [
        [EUROPASS_IT, /^Sposta la sezione/, /^Aggiungi la sezione «Competenze linguistiche»/],
        [EUROPASS_EN, /^Move the "Personal information"/, /^Add the "Language skills" section/],
      ] as const) {
        const moveFirst = applyFix(applyFix(cv, move), add);
        const addFirst = applyFix(applyFix(cv, add), move);
        assert.equal(moveFirst, addFirst);
        assert.deepEqual(
          findingsOf(moveFirst).filter((f) => f.ruleId === 'contact-position' || f.ruleId === 'missing-section'),
          [],
        );
        const lines = documentLines(moveFirst);
        assert.equal(lines[lines.length - 2], cv === EUROPASS_IT ? PRIVACY_IT : PRIVACY_EN);
      }
    });

    it('Italian, contacts at the end: the last section in profile order goes before them, the clause stays last', () => {
      const cv = md(
        '# Giulia Verdi',
        '',
        '## Esperienza professionale',
        '',
        'Impiegata amministrativa, 2019 – oggi',
        '',
        '## Istruzione e formazione',
        '',
        'Diploma di ragioneria, 2018',
        '',
        '## Competenze tecniche',
        '',
        '- Excel, Word',
        '',
        '## Competenze linguistiche',
        '',
        '- Inglese B2',
        '',
        '## Contatti',
        '',
        '- Email: giulia.verdi@example.it',
        '- Telefono: +39 333 111 2233',
        '- Indirizzo: Via Roma 1, 37121 Verona',
        '',
        PRIVACY_IT,
      );
      const fixed = applyFix(cv, /^Aggiungi la sezione «Competenze personali»/);
      const lines = documentLines(fixed);
      assert.ok(lines.indexOf('## Competenze personali') < lines.indexOf('## Contatti'));
      assert.ok(lines.indexOf('## Competenze personali') > lines.indexOf('## Competenze linguistiche'));
      assert.equal(lines[lines.length - 2], PRIVACY_IT);
      assertOneBlankLineBetweenBlocks(fixed);
    });

    it('English, no contact section: it goes last, before the privacy clause', () => {
      const cv = md('# Tom Reed', '', '## Work experience', '', 'Clerk, 2019 – 2022', '', '## Education', '', 'BA Economics, 2018', '', PRIVACY_EN);
      const fixed = applyFix(cv, /^Add the "Contact information" section/);
      const lines = documentLines(fixed);
      const contact = lines.indexOf('## Contact information');
      assert.ok(contact > lines.indexOf('## Education'));
      assert.equal(lines[lines.length - 2], PRIVACY_EN);
      assertOneBlankLineBetweenBlocks(fixed);
    });

    it('Italian, the last section holds the clause: a section added after it still goes before the clause', () => {
      const cv = md('# Luca Neri', '', '## Esperienza professionale', '', 'Impiegato, 2019 – oggi', '', '## Istruzione e formazione', '', 'Diploma, 2018', '', PRIVACY_IT);
      const fixed = applyFix(cv, /^Aggiungi la sezione «Competenze tecniche»/);
      const lines = documentLines(fixed);
      assert.ok(lines.indexOf('## Competenze tecniche') > lines.indexOf('## Istruzione e formazione'));
      assert.ok(lines.indexOf('## Competenze tecniche') < lines.indexOf(PRIVACY_IT));
    });
  });

  describe('adding a keyword', () => {
    it('Italian: to a last section that ends with the clause, before the clause', () => {
      const cv = md(
        '# Sara Gallo',
        '',
        '## Esperienza professionale',
        '',
        'Impiegata, 2019 – oggi: fatturazione e archiviazione.',
        '',
        '## Istruzione e formazione',
        '',
        'Diploma di ragioneria, 2018',
        '',
        '## Competenze linguistiche',
        '',
        '- Inglese B2',
        '',
        '## Contatti',
        '',
        '- Email: sara.gallo@example.it',
        '- Telefono: +39 333 444 5566',
        '- Indirizzo: Via Po 3, 10121 Torino',
        '',
        '## Competenze personali',
        '',
        'Lavoro bene in squadra.',
        '',
        PRIVACY_IT,
      );
      const fixed = applyFix(cv, /^Aggiungi «capacità organizzative» a Competenze personali/, { contactPlacement: 'any', rules: { 'missing-section': 'off' } });
      const lines = documentLines(fixed);
      assert.ok(lines.indexOf('- Capacità organizzative') > 0, fixed);
      assert.ok(lines.indexOf('- Capacità organizzative') < lines.indexOf(PRIVACY_IT));
      assert.equal(lines[lines.length - 2], PRIVACY_IT);
    });

    it('English: to a technical skills paragraph followed by the clause, before the clause', () => {
      const cv = md(
        '# Amy Shaw',
        '',
        '## Work experience',
        '',
        'Clerk, 2019 – 2022: invoicing and filing.',
        '',
        '## Education',
        '',
        'BA Economics, 2018',
        '',
        '## Contact information',
        '',
        '- Email: amy.shaw@example.com',
        '- Phone: +44 7700 900789',
        '- Address: 5 Hill Street, Leeds LS1 2AB',
        '',
        '## Technical skills',
        '',
        'I use Excel every day.',
        '',
        PRIVACY_EN,
      );
      const fixed = applyFix(cv, /^Add “Microsoft Office” to Technical skills/, { contactPlacement: 'any', rules: { 'missing-section': 'off' } });
      const lines = documentLines(fixed);
      assert.ok(lines.indexOf('- Microsoft Office') > lines.indexOf('I use Excel every day.'), fixed);
      assert.ok(lines.indexOf('- Microsoft Office') < lines.indexOf(PRIVACY_EN));
    });
  });

  describe('insertBlockAt', () => {
    const profile = getProfile('back-office')!;
    const docOf = (text: string) => buildCvDocument(text, { fileName: 'cv.md', profile, language: 'auto' });

    it('never writes into front matter: a block meant for line 0 or 1 goes after it', () => {
      const text = md('---', 'name: Anna Neri', 'cv: true', '---', '', '## Esperienza', '', 'Impiegata, 2020');
      const doc = docOf(text);
      for (const line of [0, 1, 3]) {
        const fixed = applyEdits(text, [insertBlockAt(doc, line, '## Contatti\n\n- Email: [indirizzo email]\n')]);
        assert.ok(fixed.startsWith('---\nname: Anna Neri\ncv: true\n---\n'), fixed);
        assert.equal(buildCvDocument(fixed, { fileName: 'cv.md', profile, language: 'auto' }).frontMatter?.data.name, 'Anna Neri');
      }
    });

    it('never writes into a code fence or an HTML block: the block goes above it', () => {
      const text = md('# Jo Park', '', '## Skills', '', '```', 'excel --pivot', '```', '', '<div>', '<b>Languages</b>', '</div>');
      const doc = docOf(text);
      const inFence = applyEdits(text, [insertBlockAt(doc, 5, '## New\n')]);
      assert.match(inFence, /\n## New\n\n```\nexcel --pivot\n```\n/);
      const inHtml = applyEdits(text, [insertBlockAt(doc, 9, '## New\n')]);
      assert.match(inHtml, /\n## New\n\n<div>\n<b>Languages<\/b>\n<\/div>\n/);
    });

    it('never writes after the privacy clause', () => {
      const text = md('# Jo Park', '', '## Experience', '', 'Clerk, 2020', '', '---', '', PRIVACY_EN);
      const doc = docOf(text);
      assert.equal(tailStart(doc), 6);
      const fixed = applyEdits(text, [insertBlockAt(doc, doc.lines.length, '## New\n')]);
      assert.ok(fixed.endsWith(`## New\n\n---\n\n${PRIVACY_EN}\n`), fixed);
    });
  });

  describe('moveSectionEdits', () => {
    it('to the start, in a CV with rules: after the title, one rule on each side, none doubled (en)', () => {
      const atEnd = applyFix(EUROPASS_EN, /^Move the "Personal information" section to the end/);
      const doc = buildCvDocument(atEnd, { fileName: 'cv.md', profile: getProfile('back-office')!, language: 'auto' });
      const edits = moveSectionEdits(doc, doc.contact.sectionIndex, 'start');
      assert.ok(edits);
      const back = applyEdits(atEnd, edits);
      assert.equal(back, EUROPASS_EN, 'moving it back gives the original CV');
    });

    it('with placement "start", the rule\'s fix moves the contacts back under the title (it)', () => {
      const atEnd = applyFix(EUROPASS_IT, /^Sposta la sezione/);
      const back = applyFix(atEnd, /^Sposta la sezione «INFORMAZIONI PERSONALI» all’inizio/, { contactPlacement: 'start' });
      assert.equal(back, EUROPASS_IT);
      assert.equal(adjacentRules(back), 0);
    });

    it('no move when nothing may follow the section (an unclosed <pre> runs to the end): the edits would overlap', () => {
      // Found by the fuzz test: the end of the CV is inside the <pre>, so the section would land where it is.
      const text = ['## Work experience', '', '- 2019–2024: clerk', '', '## Contact information', '', '- Email: [email address]', '', '<pre>', '# Daniel Carter', '', 'Back office administrator'].join('\n');
      const doc = buildCvDocument(text, { fileName: 'cv.md', profile: getProfile('back-office')!, language: 'auto' });
      assert.equal(doc.sections[doc.contact.sectionIndex]?.title, 'Contact information');
      assert.equal(moveSectionEdits(doc, doc.contact.sectionIndex, 'end'), null);
    });
  });
});
