// "Keep contacts at the top for this CV": on a CV whose contact section comes first (Europass), the
// contact-position finding explains the two conventions and offers, besides moving the section, a comment
// `<!-- cvlint-contact-position start -->` that makes "first" what is checked for that file. Fix all never
// takes it. Italian and English; every person, number and address here is invented.
import assert from 'node:assert/strict';
import { analyzeCv, type AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding, Fix } from '../../server/src/engine/types';
import { fixAllEdits, preferredFix } from '../../server/src/lsp/code-actions';
import { applyEdits, documentLines } from '../support/apply-edits';

function md(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

const EUROPASS_IT = md(
  '# CURRICULUM VITAE',
  '',
  '## INFORMAZIONI PERSONALI',
  '',
  '- Nome: Chiara Russo',
  '- Indirizzo: Via Garibaldi 5, 10122 Torino',
  '- Telefono: +39 347 222 3344',
  '- Email: chiara.russo@example.it',
  '',
  '## ESPERIENZA PROFESSIONALE',
  '',
  '- 2019 – oggi: impiegata amministrativa, Gamma S.r.l., Torino: fatturazione, data entry, archiviazione, contabilità.',
  '',
  '## ISTRUZIONE E FORMAZIONE',
  '',
  '- 2013 – 2018: Laurea in Economia aziendale, Università di Torino',
  '',
  '## COMPETENZE TECNICHE',
  '',
  '- Pacchetto Office, Excel, Word, Outlook',
  '',
  '## COMPETENZE LINGUISTICHE',
  '',
  '- Italiano: madrelingua',
  '- Inglese: B2',
  '',
  'Autorizzo il trattamento dei dati personali ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679.',
);

const EUROPASS_EN = md(
  '---',
  'lang: en',
  'cv: true',
  '---',
  '',
  '# Oliver Grant',
  '',
  '## Personal information',
  '',
  '- Address: 3 Queen Street, Cardiff CF10 2BU',
  '- Phone: +44 29 2018 0456',
  '- Email: oliver.grant@example.com',
  '',
  '## Work experience',
  '',
  '- 2019 – present: accounts clerk, Harbour Ltd, Cardiff: invoicing, data entry, filing, bookkeeping.',
  '',
  '## Education and training',
  '',
  '- 2014 – 2018: BSc Accounting, Cardiff University',
  '',
  '## Technical skills',
  '',
  '- Microsoft Office, Excel, Word, Outlook',
  '',
  '## Language skills',
  '',
  '- English: native',
  '- Welsh: B1',
);

const options: AnalyzeOptions = { fileName: 'cv.md' };

function contactFinding(text: string, extra: AnalyzeOptions = {}): Finding | undefined {
  return analyzeCv(text, { ...options, ...extra }).findings.find((f) => f.ruleId === 'contact-position');
}

function keepFix(finding: Finding | undefined): Fix {
  const fix = finding?.fixes.find((f) => f.setting);
  assert.ok(fix, `no "keep at the top" fix: ${finding?.fixes.map((f) => f.title).join(' | ')}`);
  return fix;
}

describe('Keep contacts at the top for this CV', () => {
  it('Italian Europass CV: the finding explains both conventions and offers moving them or keeping them', () => {
    const finding = contactFinding(EUROPASS_IT)!;
    assert.equal(
      finding.message,
      'La sezione «INFORMAZIONI PERSONALI» è in cima al CV, come nel formato Europass; questo profilo vuole invece i recapiti in fondo, dopo le altre sezioni. ' +
        'Spostala in fondo, oppure tieni i recapiti in cima per questo CV.',
    );
    assert.deepEqual(
      finding.fixes.map((f) => [f.title, f.setting === true]),
      [
        ['Sposta la sezione «INFORMAZIONI PERSONALI» in fondo al CV', false],
        ['Tieni i recapiti in cima per questo CV', true],
      ],
    );
  });

  it('Italian: keeping them writes one comment on the first line; the finding goes and nothing else changes', () => {
    const kept = applyEdits(EUROPASS_IT, keepFix(contactFinding(EUROPASS_IT)).edits);
    assert.equal(kept, `<!-- cvlint-contact-position start -->\n${EUROPASS_IT}`);
    assert.equal(contactFinding(kept), undefined);
    const before = analyzeCv(EUROPASS_IT, options);
    const after = analyzeCv(kept, options);
    assert.equal(after.document.contactPositionDirective?.placement, 'start');
    // The same sections, and every other finding the same.
    assert.deepEqual(
      after.document.sections.map((s) => [s.title, s.kind]),
      before.document.sections.map((s) => [s.title, s.kind]),
    );
    assert.deepEqual(
      after.findings.map((f) => f.message),
      before.findings.filter((f) => f.ruleId !== 'contact-position').map((f) => f.message.replace(/riga (\d+)/g, (_m, n: string) => `riga ${Number(n) + 1}`)),
    );
    assert.ok((after.score ?? 0) > (before.score ?? 0), 'contacts where this CV wants them count for the score');
  });

  it('English CV with front matter: the comment goes after the front matter, which still reads', () => {
    const finding = contactFinding(EUROPASS_EN)!;
    assert.match(finding.message, /^The "Personal information" section is at the top of the CV, as Europass has it; .* keep contacts at the top for this CV\.$/);
    assert.equal(keepFix(finding).title, 'Keep contacts at the top for this CV');
    const kept = applyEdits(EUROPASS_EN, keepFix(finding).edits);
    assert.deepEqual(documentLines(kept).slice(0, 6), ['---', 'lang: en', 'cv: true', '---', '<!-- cvlint-contact-position start -->', '']);
    const after = analyzeCv(kept, options);
    assert.equal(after.document.frontMatter?.data.lang, 'en');
    assert.equal(after.document.contact.name, 'Oliver Grant');
    assert.equal(contactFinding(kept), undefined);
  });

  it('the comment uses the document’s line endings', () => {
    const crlf = EUROPASS_EN.replace(/\n/g, '\r\n');
    const kept = applyEdits(crlf, keepFix(contactFinding(crlf)).edits);
    assert.doesNotMatch(kept, /(^|[^\r])\n/);
    assert.equal(contactFinding(kept), undefined);
  });

  it('fix all moves the section (the profile’s convention) and never writes the comment', () => {
    for (const cv of [EUROPASS_IT, EUROPASS_EN]) {
      const findings = analyzeCv(cv, options).findings;
      const finding = findings.find((f) => f.ruleId === 'contact-position')!;
      assert.equal(preferredFix(finding.fixes), finding.fixes[0]);
      assert.equal(preferredFix(finding.fixes)?.setting, undefined);
      // Fix all until it has nothing left (two fixes inserting at one place wait for the next round).
      let fixed = cv;
      for (let round = 0; round < 4; round++) {
        const edits = fixAllEdits(analyzeCv(fixed, options).findings);
        if (edits.length === 0) break;
        fixed = applyEdits(fixed, edits);
      }
      assert.deepEqual(fixAllEdits(analyzeCv(fixed, options).findings), []);
      assert.doesNotMatch(fixed, /cvlint-contact-position/);
      assert.equal(analyzeCv(fixed, options).document.contact.position, 'end');
      assert.equal(contactFinding(fixed), undefined);
    }
  });

  it('a finding whose only fix is the comment is left alone by fix all', () => {
    const cv = md('# Marco Neri', '', 'marco.neri@example.it · +39 333 765 4321', '', '## Esperienze', '', '- 2019 – oggi: impiegato, Delta S.r.l.', '', '## Istruzione', '', '- 2018: Diploma di ragioneria');
    const findings = analyzeCv(cv, options).findings;
    const finding = findings.find((f) => f.ruleId === 'contact-position')!;
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Tieni i recapiti in cima per questo CV']);
    assert.equal(preferredFix(finding.fixes), undefined);
    assert.doesNotMatch(applyEdits(cv, fixAllEdits(findings)), /cvlint-contact-position/);
    assert.equal(contactFinding(applyEdits(cv, finding.fixes[0].edits)), undefined);
  });

  it('after keeping them, a missing section is added after the contacts, in the profile order (it, en)', () => {
    for (const [cv, add, heading] of [
      [EUROPASS_IT, 'Aggiungi la sezione «Competenze personali»', '## COMPETENZE PERSONALI'],
      [EUROPASS_EN, 'Add the "Personal skills" section', '## Personal skills'],
    ] as const) {
      const kept = applyEdits(cv, keepFix(contactFinding(cv)).edits);
      const fix = analyzeCv(kept, options).findings.flatMap((f) => f.fixes).find((f) => f.title === add)!;
      const fixed = applyEdits(kept, fix.edits);
      const lines = documentLines(fixed);
      const contact = lines.findIndex((l) => /^## (INFORMAZIONI PERSONALI|Personal information)$/.test(l));
      const languages = lines.findIndex((l) => /^## (COMPETENZE LINGUISTICHE|Language skills)$/.test(l));
      assert.ok(contact < lines.indexOf(heading), fixed);
      assert.ok(languages < lines.indexOf(heading), 'after the language skills, the previous section in profile order');
      assert.equal(contactFinding(fixed), undefined);
    }
  });

  it('the comment wins over the setting, and is not offered again when the file already says where contacts go', () => {
    const endInFile = `<!-- cvlint-contact-position end -->\n${EUROPASS_IT}`;
    // The file says "end": the setting "start" does not change that, and "keep at the top" is not offered.
    const finding = contactFinding(endInFile, { contactPlacement: 'start' });
    assert.ok(finding);
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Sposta la sezione «INFORMAZIONI PERSONALI» in fondo al CV']);
    assert.equal(contactFinding(`<!-- cvlint-contact-position any -->\n${EUROPASS_IT}`), undefined);
    assert.equal(contactFinding(`<!-- CVLINT-CONTACT-POSITION: start -->\n${EUROPASS_IT}`), undefined);
    // Anything else is not a placement: the default applies.
    assert.ok(contactFinding(`<!-- cvlint-contact-position top -->\n${EUROPASS_IT}`));
  });

  it('with contacts at the end of the file, "start" written in it asks to move them up (en)', () => {
    const atEnd = applyEdits(EUROPASS_EN, preferredFix(contactFinding(EUROPASS_EN)!.fixes)!.edits);
    const withComment = atEnd.replace('---\n\n# Oliver', '---\n<!-- cvlint-contact-position start -->\n\n# Oliver');
    const finding = contactFinding(withComment);
    assert.equal(finding?.message, 'The "Personal information" section should come first in the CV, right after your name.');
    assert.ok(finding.fixes.every((f) => !f.setting));
  });
});
