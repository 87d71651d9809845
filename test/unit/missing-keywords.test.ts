// missing-keywords: a passing and a failing CV in Italian and English, with the exact findings,
// then the fixes applied (the keyword is found afterwards, nothing the user wrote is lost).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeCv, type AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/types';
import { keywordStatus } from '../../server/src/engine/keyword-status';
import { applyEdits, documentLines } from '../support/apply-edits';

function keywordFindings(text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyzeCv(text, { fileName: 'cv.md', ...options }).findings.filter((f) => f.ruleId === 'missing-keywords');
}

/** Every line of the original survives in the result, in order (fixes only insert). */
function assertOnlyInserted(original: string, result: string): void {
  const resultLines = documentLines(result);
  let j = 0;
  for (const line of documentLines(original)) {
    while (j < resultLines.length && !resultLines[j].includes(line.replace(/[.\s]+$/, ''))) j++;
    assert.ok(j < resultLines.length, `line lost: ${JSON.stringify(line)}`);
    j++;
  }
}

const PASSING_IT = `# Giulia Neri

## Esperienza professionale

### Impiegata amministrativa — Alfa S.r.l., Bologna
*2019 – oggi*

- Fatturazione attiva e passiva, data entry degli ordini.
- Archiviazione dei documenti e supporto alla contabilità generale.

## Istruzione e formazione

- 2014 – 2019: Laurea in Economia aziendale, Università di Bologna

## Competenze tecniche

- Pacchetto Office: Excel, Word, Outlook

## Competenze linguistiche

- Inglese: B2

## Competenze personali

- Precisione e attenzione ai dettagli
- Capacità organizzative e lavoro di squadra

## Contatti

- Email: giulia.neri@example.com
`;

const FAILING_IT = `# Marco Verdi

## Esperienza professionale

### Impiegato — Rossi S.r.l., Torino
*2019 – oggi*

- Fatturazione e archiviazione delle pratiche.

## Istruzione e formazione

- 2014 – 2019: Laurea in Economia aziendale, Università di Torino

## Competenze tecniche

- Pacchetto Office
- Excel

## Competenze linguistiche

- Inglese: B2

## Competenze personali

- Precisione
- Lavoro di squadra
- Capacità organizzative

## Contatti

- Email: marco.verdi@example.com
`;

const PASSING_EN = `# Emma Clarke

## Work experience

### Accounts assistant — Northwind Ltd, Leeds
*2020 – present*

- Invoicing, data entry and filing of supplier documents.
- Bank reconciliation and support to the accounting team.

## Education

- 2016 – 2019: BSc Business Administration, University of Leeds

## Technical skills

- Microsoft Office: Excel, Word, Outlook

## Languages

- English (native), French (B1)

## Personal skills

- Attention to detail, teamwork, time management

## Contact

- Email: emma.clarke@example.com
`;

const FAILING_EN = `# Tom Baker

## Work experience

### Shop assistant — Corner Books, York
*2021 – present*

- Served customers and kept the stockroom tidy.

## Education

- 2015 – 2020: BSc Business Administration, University of York

## Technical skills

Excel, Word.

## Languages

- English (native)

## Personal skills

- Teamwork

## Contact

- Email: tom.baker@example.com
`;

describe('missing-keywords rule', () => {
  describe('Italian CV', () => {
    it('passes a CV that mentions enough keywords of every group', () => {
      assert.deepEqual(keywordFindings(PASSING_IT), []);
    });

    it('reports the groups below their minimum, with counts, present and suggested keywords', () => {
      const findings = keywordFindings(FAILING_IT);
      assert.deepEqual(
        findings.map((f) => ({ severity: f.severity, line: f.range.start.line, message: f.message })),
        [
          {
            severity: 'info',
            line: 13,
            message:
              'Attività amministrative: trovate 2 parole chiave su 4 attese (fatturazione, archiviazione). Potresti aggiungere: data entry, contabilità, gestione documentale, riconciliazione, pagamenti.',
          },
          {
            severity: 'info',
            line: 13,
            message:
              'Software e strumenti d’ufficio: trovate 2 parole chiave su 3 attese (pacchetto Office, Excel). Potresti aggiungere: Word, Outlook, PowerPoint, database, software gestionale.',
          },
        ],
      );
      assert.deepEqual(findings[0].range, { start: { line: 13, character: 3 }, end: { line: 13, character: 22 } });
      assert.equal(findings[0].messageKey, 'many');
      assert.equal(findings[0].messageArgs.groupId, 'administrative-tasks');
    });

    it('offers one fix per first three suggestions and one for all, as new bullets after the last item', () => {
      const [admin] = keywordFindings(FAILING_IT);
      assert.deepEqual(
        admin.fixes.map((f) => f.title),
        [
          'Aggiungi «data entry» a Competenze tecniche',
          'Aggiungi «contabilità» a Competenze tecniche',
          'Aggiungi «gestione documentale» a Competenze tecniche',
          'Aggiungi tutte le parole chiave suggerite a Competenze tecniche (data entry, contabilità, gestione documentale, riconciliazione, pagamenti)',
        ],
      );
      assert.deepEqual(admin.fixes[0].edits, [{ range: { start: { line: 16, character: 7 }, end: { line: 16, character: 7 } }, newText: '\n- Data entry' }]);
      assert.deepEqual(admin.fixes[3].edits[0].newText, '\n- Data entry\n- Contabilità\n- Gestione documentale\n- Riconciliazione\n- Pagamenti');
    });

    it('after one fix the keyword is found and the count goes up', () => {
      const [admin] = keywordFindings(FAILING_IT);
      const fixed = applyEdits(FAILING_IT, admin.fixes[0].edits);
      assertOnlyInserted(FAILING_IT, fixed);
      assert.match(fixed, /- Excel\n- Data entry\n\n## Competenze linguistiche/);
      const [after] = keywordFindings(fixed);
      assert.equal(
        after.message,
        'Attività amministrative: trovate 3 parole chiave su 4 attese (fatturazione, data entry, archiviazione). Potresti aggiungere: contabilità, gestione documentale, riconciliazione, pagamenti, reportistica.',
      );
    });

    it('after the "add all" fix the group finding disappears; after both, none is left', () => {
      const [admin] = keywordFindings(FAILING_IT);
      const fixed = applyEdits(FAILING_IT, admin.fixes[3].edits);
      assertOnlyInserted(FAILING_IT, fixed);
      const after = keywordFindings(fixed);
      assert.deepEqual(after.map((f) => f.messageArgs.groupId), ['office-software']);
      const addAllSoftware = after[0].fixes[after[0].fixes.length - 1];
      const allFixed = applyEdits(fixed, addAllSoftware.edits);
      assertOnlyInserted(FAILING_IT, allFixed);
      assert.deepEqual(keywordFindings(allFixed), []);
    });

    it('renders messages in the message language, keywords in the CV language', () => {
      const [admin] = keywordFindings(FAILING_IT, { messageLanguage: 'en' });
      assert.equal(
        admin.message,
        'Administrative tasks: found 2 of 4 expected keywords (fatturazione, archiviazione). You could add: data entry, contabilità, gestione documentale, riconciliazione, pagamenti.',
      );
      assert.equal(admin.fixes[0].title, 'Add “data entry” to Competenze tecniche');
    });
  });

  describe('English CV', () => {
    it('passes a CV that mentions enough keywords of every group', () => {
      assert.deepEqual(keywordFindings(PASSING_EN), []);
    });

    it('reports each group below its minimum', () => {
      const findings = keywordFindings(FAILING_EN);
      assert.deepEqual(
        findings.map((f) => [f.range.start.line, f.message]),
        [
          [13, 'Administrative tasks: none of the expected keywords (at least 4). You could add: invoicing, data entry, filing, accounting, document management.'],
          [13, 'Office software and tools: found 2 of 3 expected keywords (Excel, Word). You could add: Microsoft Office, Outlook, PowerPoint, databases, ERP systems.'],
          [21, 'Personal qualities: found 1 of 3 expected keywords (teamwork). You could add: organisational skills, attention to detail, communication skills, problem solving, time management.'],
        ],
      );
      assert.deepEqual(
        findings.map((f) => f.messageKey),
        ['none', 'many', 'one'],
      );
    });

    it('appends to a comma-separated line before its full stop', () => {
      const software = keywordFindings(FAILING_EN)[1];
      assert.equal(software.fixes[0].title, 'Add “Microsoft Office” to Technical skills');
      const fixed = applyEdits(FAILING_EN, software.fixes[0].edits);
      assertOnlyInserted(FAILING_EN, fixed);
      assert.match(fixed, /\nExcel, Word, Microsoft Office\.\n/);
      assert.deepEqual(
        keywordFindings(fixed).map((f) => f.messageArgs.groupId),
        ['administrative-tasks', 'personal-qualities'],
      );
    });

    it('a keyword in the experience section counts for the group', () => {
      const text = FAILING_EN.replace('- Served customers and kept the stockroom tidy.', '- Invoicing, data entry, filing and bookkeeping.');
      assert.deepEqual(
        keywordFindings(text).map((f) => f.messageArgs.groupId),
        ['office-software', 'personal-qualities'],
      );
    });
  });

  describe('where findings point and where fixes write', () => {
    it('without the group section or a generic skills section: the first body line, no fix', () => {
      const text = PASSING_IT.replace(/## Competenze personali\n\n- Precisione e attenzione ai dettagli\n- Capacità organizzative e lavoro di squadra\n\n/, '');
      const findings = keywordFindings(text);
      assert.deepEqual(
        findings.map((f) => [f.messageArgs.groupId, f.range.start.line, f.fixes.length]),
        [['personal-qualities', 0, 0]],
      );
    });

    it('falls back to a generic skills section for skill groups; its fix waits for the missing section', () => {
      const text = `# Anna Riva

## Esperienza professionale

- 2020 – oggi: Fatturazione, data entry, archiviazione e contabilità presso Beta S.p.A.

## Istruzione

- 2019: Diploma di ragioneria

## Competenze

Excel, Word, Outlook, inglese B2

## Contatti

anna.riva@example.com
`;
      const findings = keywordFindings(text);
      assert.deepEqual(
        findings.map((f) => [f.messageArgs.groupId, f.range.start.line]),
        [['personal-qualities', 10]],
      );
      // missing-section offers «Competenze personali»: a keyword written into «Competenze» now would go
      // elsewhere than one written after that fix, so the keyword fixes wait for it.
      assert.deepEqual(findings[0].fixes, []);
      // With missing-section off nothing will add that section: the keywords go to the generic one.
      const [alone] = keywordFindings(text, { rules: { 'missing-section': 'off' } });
      assert.equal(alone.fixes[0].title, 'Aggiungi «capacità organizzative» a Competenze');
      const fixed = applyEdits(text, alone.fixes[0].edits);
      assert.match(fixed, /\nExcel, Word, Outlook, inglese B2, capacità organizzative\n/);
    });

    it('continues a numbered list with the next number', () => {
      const text = FAILING_IT.replace('- Pacchetto Office\n- Excel', '1. Pacchetto Office\n2. Excel');
      const [admin] = keywordFindings(text);
      assert.equal(admin.fixes[0].edits[0].newText, '\n3. Data entry');
    });

    it('adds a new list under a section that only has a paragraph or nothing', () => {
      const text = FAILING_EN.replace('Excel, Word.', 'I use Excel and Word every day at work.');
      const [admin] = keywordFindings(text);
      const fixed = applyEdits(text, admin.fixes[0].edits);
      assertOnlyInserted(text, fixed);
      assert.match(fixed, /I use Excel and Word every day at work\.\n\n- Invoicing\n\n## Languages/);

      // An empty section: empty-section's fix inserts its template first, then the keyword joins its list.
      const empty = FAILING_EN.replace('Excel, Word.\n\n', '');
      const [waiting] = keywordFindings(empty);
      assert.deepEqual(waiting.fixes, []);
      const templated = applyEdits(empty, analyzeCv(empty, { fileName: 'cv.md' }).findings.find((f) => f.ruleId === 'empty-section')!.fixes[0].edits);
      const [emptyAdmin] = keywordFindings(templated);
      const fixedEmpty = applyEdits(templated, emptyAdmin.fixes[0].edits);
      assert.match(fixedEmpty, /## Technical skills\n\n(?:- .*\n)+- Invoicing\n\n## Languages/);
      // With empty-section off, the keyword goes right under the heading.
      const [alone] = keywordFindings(empty, { rules: { 'empty-section': 'off' } });
      assert.match(applyEdits(empty, alone.fixes[0].edits), /## Technical skills\n\n- Invoicing\n\n## Languages/);
    });

    it('keeps the bullet marker and indentation of the list', () => {
      const text = FAILING_IT.replace('- Pacchetto Office\n- Excel', '  * Pacchetto Office\n  * Excel\n    (livello avanzato)');
      const [admin] = keywordFindings(text);
      assert.deepEqual(admin.fixes[0].edits[0], {
        range: { start: { line: 17, character: 22 }, end: { line: 17, character: 22 } },
        newText: '\n  * Data entry',
      });
    });
  });

  describe('settings', () => {
    it('keywordsIgnore: ignored concepts (by id or term) are never suggested', () => {
      const [admin] = keywordFindings(FAILING_IT, { keywordsIgnore: ['data-entry', 'Contabilità'] });
      assert.equal(admin.messageArgs.suggestions, 'gestione documentale, riconciliazione, pagamenti, reportistica, procedure amministrative');
    });

    it('keywordsExtra: an extra term counts for its group when present', () => {
      const text = FAILING_IT.replace('- Excel', '- Excel\n- Trello');
      assert.equal(keywordFindings(text).length, 2);
      const findings = keywordFindings(text, { keywordsExtra: { 'office-software': ['Trello'] } });
      assert.deepEqual(findings.map((f) => f.messageArgs.groupId), ['administrative-tasks']);
    });

    it('keywordsExtra: an absent extra term is listed as absent, after the profile concepts', () => {
      const result = analyzeCv(FAILING_IT, { fileName: 'cv.md' });
      const status = keywordStatus(result.document, result.profile, { keywordsExtra: { languages: ['Giapponese'] } });
      const languages = status.find((g) => g.id === 'languages')!;
      assert.deepEqual(languages.absent.map((c) => c.id).slice(-1), ['extra:giapponese']);
      assert.equal(languages.absent[languages.absent.length - 1].extra, true);
    });
  });

  describe('what counts', () => {
    it('contact details and the name do not count (Tedesco is a surname, "posta elettronica" a label)', () => {
      const text = `# Luca Tedesco

## Esperienza professionale

- 2020 – oggi: Fatturazione, data entry, archiviazione e contabilità

## Istruzione

- 2019: Diploma di ragioneria

## Competenze tecniche

- Excel
- Word

## Competenze linguistiche

- Francese: B1

## Competenze personali

- Precisione, lavoro di squadra, problem solving

## Contatti

- Posta elettronica: luca.tedesco@example.com
`;
      const result = analyzeCv(text, { fileName: 'cv.md' });
      const status = keywordStatus(result.document, result.profile);
      const ids = (group: string) => status.find((g) => g.id === group)!.present.map((c) => c.id);
      assert.deepEqual(ids('languages'), ['french', 'cefr-level']);
      assert.deepEqual(ids('office-software'), ['excel', 'word']);
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'missing-keywords').map((f) => f.messageArgs.groupId),
        ['office-software'],
      );
    });

    it('keywordStatus lists present and absent concepts per group, with where they are', () => {
      const result = analyzeCv(FAILING_IT, { fileName: 'cv.md' });
      const admin = keywordStatus(result.document, result.profile).find((g) => g.id === 'administrative-tasks')!;
      assert.deepEqual(admin.present.map((c) => c.id), ['invoicing', 'archiving']);
      assert.equal(admin.minPresent, 4);
      assert.deepEqual(admin.present[0].matches.map((m) => m.range), [{ start: { line: 7, character: 2 }, end: { line: 7, character: 14 } }]);
      assert.equal(admin.present[0].label.it, 'fatturazione');
      assert.equal(admin.suggestions[0].id, 'data-entry');
    });

    it('reports nothing for a file that is not a CV', () => {
      assert.deepEqual(keywordFindings('# Project\n\nInstall with npm.\n', { fileName: 'README.md' }), []);
    });
  });

  describe('every fix, on generated CVs', () => {
    // Pieces real CVs are made of, around the sections the keyword groups write to.
    const headings = ['## Competenze tecniche', '## Technical skills', '## Competenze', '## Skills', '## Lingue', '## Personal skills',
      '**Competenze personali**', 'COMPETENZE DIGITALI', 'Languages\n---------', '## Esperienza professionale', '## Istruzione', '## Contatti'];
    const bodies = ['- Excel', '* Word', '  - Outlook', '1. SAP', '- Fatturazione\n  con il gestionale', 'Excel, Word, Outlook.',
      'Inglese B2; francese A2', 'Lavoro con cura e precisione da anni.', '| Tool | Level |\n|---|---|\n| Excel | B2 |',
      '```\n- not a list\n```', '> - quoted item', '<div>Excel</div>', '', '- [ ] da fare', '📊 Excel · Word · Access'];
    const block = fc.tuple(fc.constantFrom(...headings), fc.array(fc.constantFrom(...bodies), { maxLength: 3 }))
      .map(([heading, parts]) => [heading, ...parts].join('\n\n'));
    const cv = fc.tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean())
      .map(([blocks, crlf, finalNewline]) => {
        const text = ['# Anna Bruni', ...blocks].join('\n\n') + (finalNewline ? '\n' : '');
        return crlf ? text.replace(/\n/g, '\r\n') : text;
      });

    it('apply cleanly, only insert, and the keyword is then counted', function () {
      this.timeout(120_000);
      fc.assert(
        fc.property(cv, (text) => {
          const before = analyzeCv(text, { fileName: 'cv.md', force: true });
          const presentBefore = new Map(keywordStatus(before.document, before.profile).map((g) => [g.id, g.present.length]));
          for (const finding of before.findings.filter((f) => f.ruleId === 'missing-keywords')) {
            for (const fix of finding.fixes) {
              const fixed = applyEdits(text, fix.edits);
              assert.ok(isSubsequence(text, fixed), `${fix.title} deleted text`);
              const after = analyzeCv(fixed, { fileName: 'cv.md', force: true });
              const group = keywordStatus(after.document, after.profile).find((g) => g.id === finding.messageArgs.groupId)!;
              assert.ok(group.present.length > presentBefore.get(group.id)!, `${fix.title}: not counted in\n${fixed}`);
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  });
});

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

describe('missing-keywords: what a match is (unseen-CV families)', () => {
  const base = (body: string, lang: 'it' | 'en') =>
    lang === 'en'
      ? `# Anna Reed\n\n## Work Experience\n\n### Clerk — Acme Ltd\n*2019 – 2023*\n\n${body}\n\n## Education\n\n### BSc — University of Leeds\n*2015 – 2018*\n`
      : `# Anna Rossi\n\n## Esperienza professionale\n\n### Impiegata — Acme S.r.l.\n*2019 – 2023*\n\n${body}\n\n## Istruzione\n\n### Laurea — Università di Pavia\n*2015 – 2018*\n`;
  const present = (text: string, group: string) => {
    const result = analyzeCv(text, { fileName: 'cv.md' });
    return keywordStatus(result.document, result.profile).find((g) => g.id === group)!.present.map((c) => c.id);
  };

  it('a quality word inside an institution or degree name does not count', () => {
    assert.deepEqual(present(base('Consultant for the Organizzazione Internazionale del Lavoro; MSc in Urban and Regional Planning.', 'en'), 'personal-qualities'), []);
    assert.deepEqual(present(base('Stage presso la Organizzazione Internazionale del Lavoro.', 'it'), 'personal-qualities'), []);
  });

  it('the same words written as skills still count, capitalised or not', () => {
    assert.deepEqual(present(base('- Planning\n- Time management\n- Teamwork', 'en'), 'personal-qualities').sort(), ['planning-and-prioritising', 'teamwork', 'time-management'].sort());
    assert.deepEqual(present(base('Ottime capacità organizzative e Lavoro di squadra.', 'it'), 'personal-qualities').sort(), ['organisation', 'teamwork'].sort());
  });

  it('the message quotes what the CV wrote when it differs from the keyword', () => {
    const result = analyzeCv(base('Monthly reports built with spreadsheets.', 'en'), { fileName: 'cv.md' });
    const office = result.findings.find((f) => f.ruleId === 'missing-keywords' && f.messageArgs.groupId === 'office-software');
    assert.match(String(office?.message), /\(spreadsheets\)/);
  });
});
