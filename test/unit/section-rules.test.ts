// missing-section, empty-section and duplicate-section: for each rule a CV that passes and one that fails,
// in Italian and English, with the exact findings; fixes are applied and must remove their finding.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/types';
import { allRules, getRule } from '../../server/src/rules/index';
import { applyEdits, documentLines } from '../support/apply-edits';

/** Joins lines with "\n" so fixtures read top to bottom. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

function findings(text: string, ruleId: string, options: AnalyzeOptions = {}): Finding[] {
  const result = analyzeCv(text, { fileName: 'cv.md', ...options });
  assert.equal(result.checked, true, `not checked as a CV: ${result.document.isCvReason.en}`);
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** The finding without its fixes, for exact comparison. */
function plain(f: Finding) {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, messageKey: f.messageKey, messageArgs: f.messageArgs, range: f.range };
}

function line(lineNumber: number, length: number, startCharacter = 0) {
  return { start: { line: lineNumber, character: startCharacter }, end: { line: lineNumber, character: length } };
}

/** Applies a finding's only fix and checks that the user's text is still there, in order. */
function applyOnlyFix(text: string, finding: Finding): string {
  assert.equal(finding.fixes.length, 1, `${finding.ruleId} offers one fix`);
  const fixed = applyEdits(text, finding.fixes[0].edits);
  const originalLines = documentLines(text).filter((l) => l.trim());
  const fixedLines = documentLines(fixed);
  let at = 0;
  for (const l of fixedLines) if (at < originalLines.length && l === originalLines[at]) at++;
  assert.equal(at, originalLines.length, 'the fix must not delete or change what the user wrote');
  return fixed;
}

const completeIt = md(
  '# Anna Neri', // 0
  '', // 1
  '## Esperienza professionale', // 2
  '', // 3
  '### Impiegata amministrativa — Alfa S.r.l., Milano', // 4
  '', // 5
  '- Fatturazione e archiviazione dei documenti', // 6
  '', // 7
  '## Istruzione e formazione', // 8
  '', // 9
  '- Diploma di ragioneria, ITC Roma, 2015', // 10
  '', // 11
  '## Competenze tecniche', // 12
  '', // 13
  '- Excel, Word e il gestionale della ditta', // 14
  '', // 15
  '## Competenze linguistiche', // 16
  '', // 17
  '- Italiano: madrelingua', // 18
  '- Inglese: B2', // 19
  '', // 20
  '## Competenze personali', // 21
  '', // 22
  '- Precisione e lavoro di squadra', // 23
  '', // 24
  '## Contatti', // 25
  '', // 26
  '- Via Roma 1, 20100 Milano', // 27
  '- +39 333 123 4567', // 28
  '- anna.neri@example.com', // 29
);

const completeEn = md(
  '# Daniel Green', // 0
  '', // 1
  '## Work experience', // 2
  '', // 3
  '### Office administrator — Beta Ltd, Leeds', // 4
  '', // 5
  '- Invoicing, filing and data entry for the accounts team', // 6
  '', // 7
  '## Education and training', // 8
  '', // 9
  '- BA in Business Administration, University of Leeds, 2016', // 10
  '', // 11
  '## Technical skills', // 12
  '', // 13
  '- Excel, Word, Outlook', // 14
  '', // 15
  '## Language skills', // 16
  '', // 17
  '- English: mother tongue', // 18
  '- Italian: B1', // 19
  '', // 20
  '## Personal skills', // 21
  '', // 22
  '- Accuracy and teamwork', // 23
  '', // 24
  '## Contact information', // 25
  '', // 26
  '- 1 High Street, Leeds LS1 1AA', // 27
  '- +44 113 496 0000', // 28
  '- daniel.green@example.com', // 29
);

describe('section rules', () => {
  it('the three rules are registered with their metadata', () => {
    assert.deepEqual(
      ['missing-section', 'empty-section', 'duplicate-section'].map((id) => {
        const rule = getRule(id);
        assert.ok(rule, id);
        return [rule.id, rule.defaultSeverity, rule.fixable];
      }),
      [
        ['missing-section', 'error', true],
        ['empty-section', 'warning', true],
        ['duplicate-section', 'warning', false],
      ],
    );
    // Every rule has messages in both languages with the same keys.
    for (const rule of allRules) assert.deepEqual(Object.keys(rule.messages.it).sort(), Object.keys(rule.messages.en).sort(), rule.id);
  });

  describe('missing-section', () => {
    it('passes on complete CVs (Italian and English)', () => {
      assert.deepEqual(findings(completeIt, 'missing-section'), []);
      assert.deepEqual(findings(completeEn, 'missing-section'), []);
    });

    // Without technical and language skills; contact at the end.
    const gapsIt = md(
      '# Anna Neri', // 0
      '', // 1
      '## Esperienza professionale', // 2
      '', // 3
      '- Fatturazione', // 4
      '', // 5
      '## Istruzione e formazione', // 6
      '', // 7
      '- Diploma di ragioneria', // 8
      '', // 9
      '## Competenze personali', // 10
      '', // 11
      '- Precisione', // 12
      '', // 13
      '## Contatti', // 14
      '', // 15
      '- anna.neri@example.com', // 16
    );

    it('fails on an Italian CV without technical and language skills: one finding each, named in Italian', () => {
      const found = findings(gapsIt, 'missing-section');
      assert.deepEqual(found.map(plain), [
        {
          ruleId: 'missing-section',
          severity: 'error',
          message: 'Manca la sezione «Competenze tecniche».',
          messageKey: 'missing',
          messageArgs: { title: 'Competenze tecniche', kind: 'technical-skills' },
          range: line(0, 11),
        },
        {
          ruleId: 'missing-section',
          severity: 'error',
          message: 'Manca la sezione «Competenze linguistiche».',
          messageKey: 'missing',
          messageArgs: { title: 'Competenze linguistiche', kind: 'language-skills' },
          range: line(0, 11),
        },
      ]);
      // Both go before "Competenze personali", the next section in the profile's order.
      assert.deepEqual(found[0].fixes, [
        {
          title: 'Aggiungi la sezione «Competenze tecniche»',
          edits: [{ range: line(10, 0), newText: '## Competenze tecniche\n\n- [Programma o strumento]\n- [Programma o strumento]\n\n' }],
        },
      ]);
      assert.deepEqual(found[1].fixes, [
        {
          title: 'Aggiungi la sezione «Competenze linguistiche»',
          edits: [{ range: line(10, 0), newText: '## Competenze linguistiche\n\n- Lingua madre: [lingua]\n- [Lingua]: [livello QCER]\n\n' }],
        },
      ]);
    });

    it('fails on an English CV without education: the fix goes in the profile order', () => {
      const text = md(
        '# Daniel Green', // 0
        '', // 1
        '## Work experience', // 2
        '', // 3
        '- Invoicing for the accounts team', // 4
        '', // 5
        '## Technical skills', // 6
        '', // 7
        '- Excel', // 8
        '', // 9
        '## Languages', // 10
        '', // 11
        '- Italian B1', // 12
        '', // 13
        '## Soft skills', // 14
        '', // 15
        '- Teamwork', // 16
        '', // 17
        '## Contact', // 18
        '', // 19
        '- daniel.green@example.com', // 20
      );
      const found = findings(text, 'missing-section');
      assert.deepEqual(found.map(plain), [
        {
          ruleId: 'missing-section',
          severity: 'error',
          message: 'Missing section: "Education and training".',
          messageKey: 'missing',
          messageArgs: { title: 'Education and training', kind: 'education' },
          range: line(0, 14),
        },
      ]);
      assert.deepEqual(found[0].fixes, [
        {
          title: 'Add the "Education and training" section',
          edits: [{ range: line(6, 0), newText: '## Education and training\n\n- [start year] – [end year]: [Degree or course], [School], [City]\n\n' }],
        },
      ]);
      const fixed = applyOnlyFix(text, found[0]);
      assert.deepEqual(findings(fixed, 'missing-section'), []);
    });

    it('applying every fix removes every missing-section finding', () => {
      let text = gapsIt;
      for (let guard = 0; guard < 10; guard++) {
        const [first] = findings(text, 'missing-section');
        if (!first) break;
        text = applyOnlyFix(text, first);
      }
      assert.deepEqual(findings(text, 'missing-section'), []);
      // The inserted sections sit in the profile's order, before personal skills and contact.
      const headings = documentLines(text).filter((l) => l.startsWith('## '));
      assert.deepEqual(headings, ['## Esperienza professionale', '## Istruzione e formazione', '## Competenze tecniche', '## Competenze linguistiche', '## Competenze personali', '## Contatti']);
    });

    it('no contact section and no contact details: the contact message, and the template appended at the end', () => {
      const text = md('# Anna Neri', '', '## Esperienza professionale', '', '- Fatturazione', '', '## Interessi', '', '- Lettura');
      const found = findings(text, 'missing-section', { rules: {} }).filter((f) => f.messageKey === 'missingContact');
      // The name is a start: no way to reach her is likely a gap, not a sure one (warning, not error).
      const anonymous = md('## Esperienza professionale', '', '- Fatturazione', '', '## Interessi', '', '- Lettura');
      assert.deepEqual(findings(anonymous, 'missing-section', { rules: {} }).filter((f) => f.messageKey === 'missingContact').map((f) => f.severity), ['error']);
      assert.deepEqual(found.map(plain), [
        {
          ruleId: 'missing-section',
          severity: 'warning',
          message: 'Mancano i contatti: aggiungi la sezione «Contatti» con nome, indirizzo, telefono ed email.',
          messageKey: 'missingContact',
          messageArgs: { title: 'Contatti', kind: 'contact' },
          range: line(0, 11),
        },
      ]);
      assert.deepEqual(found[0].fixes[0].edits, [
        {
          range: { start: { line: 8, character: 9 }, end: { line: 8, character: 9 } },
          newText: '\n\n## Contatti\n\n- Nome: [Nome Cognome]\n- Indirizzo: [indirizzo, CAP, città]\n- Telefono: [numero di telefono]\n- Email: [indirizzo email]\n',
        },
      ]);
      const fixed = applyOnlyFix(text, found[0]);
      assert.deepEqual(findings(fixed, 'missing-section').filter((f) => f.messageKey === 'missingContact'), []);
    });

    it('contact details without a contact heading still count as contact', () => {
      const text = md('# Anna Neri', '', 'anna.neri@example.com · +39 333 123 4567', '', '## Esperienza professionale', '', '- Fatturazione', '', '## Istruzione', '', '- Diploma');
      assert.deepEqual(
        findings(text, 'missing-section').map((f) => f.messageArgs.kind),
        ['technical-skills', 'language-skills', 'personal-skills'],
      );
    });

    it('a mixed "Competenze tecniche e linguistiche" heading satisfies both kinds', () => {
      const text = md('# Anna Neri', '', '## Esperienze', '', 'x', '', '## Istruzione', '', 'y', '', '## Competenze tecniche e linguistiche', '', '- Excel; inglese B2', '', '## Competenze personali', '', '- Precisione', '', '## Contatti', '', '- anna@example.com');
      assert.deepEqual(findings(text, 'missing-section'), []);
    });

    it('sub-sections of a generic skills section count', () => {
      const text = md('## Experience', '', 'x', '', '## Education', '', 'y', '', '## Skills', '', '### Software', '', '- Excel', '', '### Languages', '', '- Italian', '', '### Soft skills', '', '- Teamwork', '', '## Contact', '', 'a@example.com');
      assert.deepEqual(findings(text, 'missing-section'), []);
    });

    it('top-level sections (no name heading) get level-1 templates', () => {
      const text = md('# Work experience', '', 'x', '', '# Education', '', 'y', '', '# Technical skills', '', 'z', '', '# Languages', '', 'w', '', '# Contact', '', 'a@example.com');
      const [found] = findings(text, 'missing-section');
      assert.equal(found.messageArgs.kind, 'personal-skills');
      assert.deepEqual(found.fixes[0].edits, [{ range: line(16, 0), newText: '# Personal skills\n\n- [Personal quality]\n- [Personal quality]\n- [Personal quality]\n\n' }]);
    });

    describe('where the fix inserts the section', () => {
      // Interests (not a required kind) sits between language skills and contact.
      const withInterests = md(
        '# Anna Neri', // 0
        '', // 1
        '## Esperienza professionale', // 2
        '', // 3
        '- Fatturazione', // 4
        '', // 5
        '## Istruzione e formazione', // 6
        '', // 7
        '- Diploma', // 8
        '', // 9
        '## Competenze tecniche', // 10
        '', // 11
        '- Excel', // 12
        '', // 13
        '## Competenze linguistiche', // 14
        '', // 15
        '- Inglese B2', // 16
        '', // 17
        '## Interessi', // 18
        '', // 19
        '- Lettura', // 20
        '', // 21
        '## Contatti', // 22
        '', // 23
        '- anna.neri@example.com', // 24
      );

      it("contact belongs at the end: right before the contact section", () => {
        const [found] = findings(withInterests, 'missing-section', { contactPlacement: 'end' });
        assert.equal(found.messageArgs.kind, 'personal-skills');
        assert.deepEqual(found.fixes[0].edits.map((e) => e.range), [line(22, 0)]);
        const fixed = applyOnlyFix(withInterests, found);
        assert.deepEqual(findings(fixed, 'missing-section', { contactPlacement: 'end' }), []);
        assert.deepEqual(documentLines(fixed).slice(18, 28), ['## Interessi', '', '- Lettura', '', '## Competenze personali', '', '- [Qualità personale]', '- [Qualità personale]', '- [Qualità personale]', '']);
      });

      it('contact placement "start" or "any": in the profile order, after the previous section', () => {
        for (const contactPlacement of ['start', 'any'] as const) {
          const [found] = findings(withInterests, 'missing-section', { contactPlacement });
          assert.equal(found.messageArgs.kind, 'personal-skills');
          assert.deepEqual(found.fixes[0].edits.map((e) => e.range), [line(18, 0)], contactPlacement);
        }
      });

      it('a contact section at the top does not pull a section above the ones before it in profile order', () => {
        const text = md('# Anna Neri', '', '## Contatti', '', '- anna.neri@example.com', '', '## Esperienza professionale', '', '- Fatturazione', '');
        const education = findings(text, 'missing-section', { contactPlacement: 'end' }).find((f) => f.messageArgs.kind === 'education');
        assert.ok(education);
        // After the experience section (the end of the file), not before "Contatti" on line 2.
        const fixed = applyOnlyFix(text, education);
        const headings = documentLines(fixed).filter((l) => l.startsWith('## '));
        assert.deepEqual(headings, ['## Contatti', '## Esperienza professionale', '## Istruzione e formazione']);
      });

      it('a missing contact section goes to the end with placement "end", after the name with placement "start"', () => {
        const text = md('# Anna Neri', '', 'Impiegata amministrativa.', '', '## Esperienza professionale', '', '- Fatturazione', '', '## Istruzione e formazione', '', '- Diploma');
        const atEnd = findings(text, 'missing-section', { contactPlacement: 'end' }).find((f) => f.messageKey === 'missingContact');
        assert.ok(atEnd);
        assert.deepEqual(atEnd.fixes[0].edits.map((e) => e.range), [line(10, 9, 9)]);
        const atStart = findings(text, 'missing-section', { contactPlacement: 'start' }).find((f) => f.messageKey === 'missingContact');
        assert.ok(atStart);
        assert.deepEqual(atStart.fixes[0].edits.map((e) => e.range), [line(4, 0)]);
        // The inserted contact section is where contact-position wants it.
        const fixed = applyOnlyFix(text, atStart);
        assert.deepEqual(analyzeCv(fixed, { fileName: 'cv.md', contactPlacement: 'start' }).findings.filter((f) => f.ruleId === 'contact-position'), []);
        assert.deepEqual(documentLines(fixed).filter((l) => l.startsWith('## ')), ['## Contatti', '## Esperienza professionale', '## Istruzione e formazione']);
      });
    });

    it('severity from options.rules, and "off"', () => {
      assert.deepEqual(
        findings(gapsIt, 'missing-section', { rules: { 'missing-section': 'warning' } }).map((f) => f.severity),
        ['warning', 'warning'],
      );
      assert.deepEqual(findings(gapsIt, 'missing-section', { rules: { 'missing-section': 'off' } }), []);
    });

    it('messageLanguage renders the message in the other language; inserted text stays in the CV language', () => {
      const found = findings(gapsIt, 'missing-section', { messageLanguage: 'en' });
      assert.deepEqual(
        found.map((f) => f.message),
        ['Missing section: "Technical skills / Competenze tecniche".', 'Missing section: "Language skills / Competenze linguistiche".'],
      );
      assert.equal(found[0].fixes[0].title, 'Add the "Competenze tecniche" section');
      assert.match(found[0].fixes[0].edits[0].newText, /^## Competenze tecniche\n/);
    });
  });

  describe('empty-section', () => {
    it('passes on complete CVs', () => {
      assert.deepEqual(findings(completeIt, 'empty-section'), []);
      assert.deepEqual(findings(completeEn, 'empty-section'), []);
    });

    const emptyIt = md(
      '# Anna Neri', // 0
      '', // 1
      '## Esperienza professionale', // 2
      '', // 3
      '## Istruzione e formazione', // 4
      '', // 5
      '<!-- da completare -->', // 6
      '', // 7
      '---', // 8
      '', // 9
      '## Competenze', // 10
      '', // 11
      '### Lingue', // 12
      '', // 13
      '- Inglese B2', // 14
      '', // 15
      '## Interessi', // 16
      '', // 17
      '## Contatti', // 18
      '', // 19
      '- anna.neri@example.com', // 20
    );

    it('fails on Italian empty sections (blank lines, comments and rules do not count as content)', () => {
      const found = findings(emptyIt, 'empty-section');
      assert.deepEqual(found.map(plain), [
        {
          ruleId: 'empty-section',
          severity: 'warning',
          message: 'La sezione «Esperienza professionale» è vuota.',
          messageKey: 'empty',
          messageArgs: { title: 'Esperienza professionale' },
          range: line(2, 27, 3),
        },
        {
          ruleId: 'empty-section',
          severity: 'warning',
          message: 'La sezione «Istruzione e formazione» è vuota.',
          messageKey: 'empty',
          messageArgs: { title: 'Istruzione e formazione' },
          range: line(4, 26, 3),
        },
      ]);
      assert.deepEqual(found[1].fixes, [
        // At the end of the heading's line: it stays with this section whatever another fix inserts below.
        { title: 'Inserisci il modello della sezione', edits: [{ range: line(4, 26, 26), newText: '\n\n- [anno inizio] – [anno fine]: [Titolo di studio], [Istituto], [Città]' }] },
      ]);
      // The blank line already under the heading separates the template from what follows: one, not two.
      assert.doesNotMatch(applyOnlyFix(emptyIt, found[1]), /\n\n\n/);
      // The experience template's entry heading goes one level below the section.
      assert.match(found[0].fixes[0].edits[0].newText, /^\n\n### \[Ruolo\] — \[Azienda\], \[Città\]\n/);
    });

    it('each fix removes its finding and deletes nothing', () => {
      for (const finding of findings(emptyIt, 'empty-section')) {
        const fixed = applyOnlyFix(emptyIt, finding);
        const still = findings(fixed, 'empty-section').map((f) => f.messageArgs.title);
        assert.ok(!still.includes(finding.messageArgs.title), `${finding.messageArgs.title} is still empty`);
      }
    });

    it('fails on an English empty setext section; the template goes after the underline', () => {
      const text = md('Work experience', '===============', '', 'Education', '=========', '', '- BSc Economics');
      const found = findings(text, 'empty-section');
      assert.deepEqual(found.map(plain), [
        {
          ruleId: 'empty-section',
          severity: 'warning',
          message: 'The "Work experience" section is empty.',
          messageKey: 'empty',
          messageArgs: { title: 'Work experience' },
          range: line(0, 15),
        },
      ]);
      assert.deepEqual(found[0].fixes[0].edits, [{ range: line(1, 15, 15), newText: '\n\n## [Role] — [Employer], [City]\n\n[start month/year] – [end month/year]\n\n- [Write one duty]' }]);
      const fixed = applyOnlyFix(text, found[0]);
      assert.doesNotMatch(fixed, /\n\n\n/);
      assert.deepEqual(findings(fixed, 'empty-section'), []);
    });

    it('an empty last section at the end of the file', () => {
      const text = md('## Experience', '', 'Clerk', '', '## Languages');
      const found = findings(text, 'empty-section');
      assert.deepEqual(found.map((f) => [f.messageArgs.title, f.range]), [['Languages', line(4, 12, 3)]]);
      const fixed = applyOnlyFix(text, found[0]);
      assert.equal(fixed, md('## Experience', '', 'Clerk', '', '## Languages', '', '- Mother tongue: [language]', '- [Language]: [CEFR level]', ''));
      assert.deepEqual(findings(fixed, 'empty-section'), []);
    });

    it('severity and messageLanguage options', () => {
      assert.deepEqual(
        findings(emptyIt, 'empty-section', { rules: { 'empty-section': 'error' }, messageLanguage: 'en' }).map((f) => [f.severity, f.message]),
        [
          ['error', 'The "Esperienza professionale" section is empty.'],
          ['error', 'The "Istruzione e formazione" section is empty.'],
        ],
      );
      assert.deepEqual(findings(emptyIt, 'empty-section', { rules: { 'empty-section': 'off' } }), []);
    });
  });

  describe('duplicate-section', () => {
    it('passes on complete CVs', () => {
      assert.deepEqual(findings(completeIt, 'duplicate-section'), []);
      assert.deepEqual(findings(completeEn, 'duplicate-section'), []);
    });

    it('fails on two Italian experience sections at the same level', () => {
      const text = md(
        '# Anna Neri', // 0
        '', // 1
        '## Esperienza professionale', // 2
        '', // 3
        '- Impiegata presso Alfa S.r.l. dal 2019', // 4
        '', // 5
        '## Istruzione', // 6
        '', // 7
        '- Diploma', // 8
        '', // 9
        '## Esperienze lavorative', // 10
        '', // 11
        '- Beta S.p.A.', // 12
      );
      assert.deepEqual(findings(text, 'duplicate-section').map(plain), [
        {
          ruleId: 'duplicate-section',
          severity: 'warning',
          message: 'La sezione «Esperienze lavorative» ripete «Esperienza professionale» (riga 3): unisci le due sezioni.',
          messageKey: 'duplicate',
          messageArgs: { title: 'Esperienze lavorative', firstTitle: 'Esperienza professionale', firstLine: 3 },
          range: line(10, 24, 3),
        },
      ]);
    });

    it('fails on two English contact sections, one of them recognised by its content', () => {
      const text = md('## About', '', '- daniel@example.com', '- +44 113 496 0000', '', '## Experience', '', 'Clerk', '', '## Contact', '', '- Leeds');
      assert.deepEqual(findings(text, 'duplicate-section').map(plain), [
        {
          ruleId: 'duplicate-section',
          severity: 'warning',
          message: 'The "Contact" section repeats "About" (line 1): merge the two.',
          messageKey: 'duplicate',
          messageArgs: { title: 'Contact', firstTitle: 'About', firstLine: 1 },
          range: line(9, 10, 3),
        },
      ]);
    });

    it('a third copy is reported against the first one', () => {
      const text = md('## Istruzione', '', 'a', '', '## Titoli di studio', '', 'b', '', '## Istruzione', '', 'c', '', '## Esperienze', '', 'x');
      assert.deepEqual(
        findings(text, 'duplicate-section').map((f) => [f.messageArgs.title, f.messageArgs.firstTitle, f.range.start.line]),
        [
          ['Titoli di studio', 'Istruzione', 4],
          ['Istruzione', 'Istruzione', 8],
        ],
      );
    });

    it('sections of one kind that name different things are not duplicates (real CVs)', () => {
      // Main vs complementary training, degrees vs courses, work vs teaching experience, and a CV written
      // in both languages: each pair is a normal structure, not a repeat.
      for (const [a, b] of [
        ['Istruzione', 'Formazione complementare'],
        ['Titoli di studio', 'Corsi di formazione'],
        ['Work Experience', 'Teaching Experience'],
        ['Esperienze lavorative', 'Esperienze di volontariato'],
        ['Education', 'Courses'],
        ['Istruzione', 'Education'],
      ]) {
        const text = md('# Anna Neri', '', `## ${a}`, '', '- 2019 – 2021 Alfa', '', `## ${b}`, '', '- 2015 – 2018 Beta');
        assert.deepEqual(findings(text, 'duplicate-section'), [], `${a} / ${b}`);
      }
    });

    it('degree and job entries under one section are entries, not sections', () => {
      const text = md(
        '## Istruzione',
        '',
        '### Laurea in Economia aziendale — Università di Bologna',
        '',
        '### Diploma di ragioneria — ITC Rossi',
        '',
        '## Esperienza professionale',
        '',
        '### Tirocinio — Alfa S.r.l.',
        '',
        '### Tirocinio — Beta S.p.A.',
        '',
        '### Corso di formazione Excel',
      );
      const doc = analyzeCv(text, { fileName: 'cv.md' }).document;
      assert.deepEqual(doc.sections.map((s) => s.role), ['section', 'entry', 'entry', 'section', 'entry', 'entry', 'entry']);
      assert.deepEqual(findings(text, 'duplicate-section'), []);
    });

    it('Europass language and personal-skill blocks are not duplicates', () => {
      const text = md('## Esperienze', '', 'x', '', '## Lingua madre', '', 'italiano', '', '## Altre lingue', '', 'inglese B2', '', '## Competenze comunicative', '', 'a', '', '## Competenze organizzative', '', 'b');
      assert.deepEqual(findings(text, 'duplicate-section'), []);
    });

    it('only siblings compete: the same kind under different parents is not a duplicate', () => {
      const text = md(
        '## Esperienza professionale',
        '',
        '### Impiegata — Alfa',
        '',
        '#### Lingue usate',
        '',
        '- Inglese',
        '',
        '### Segretaria — Beta',
        '',
        '#### Lingue usate',
        '',
        '- Francese',
        '',
        '## Istruzione',
        '',
        '- Diploma',
      );
      const doc = analyzeCv(text, { fileName: 'cv.md' }).document;
      // Sub-labels inside a job entry are part of that entry.
      assert.deepEqual(doc.sections.filter((s) => s.title === 'Lingue usate').map((s) => [s.parent, s.role]), [[1, 'entry'], [3, 'entry']]);
      assert.deepEqual(findings(text, 'duplicate-section'), []);
    });

    it('several technical-skills or other sections are normal', () => {
      const text = md('## Esperienze', '', 'x', '', '## Competenze tecniche', '', '- Excel', '', '## Strumenti', '', '- SAP', '', '## Progetti', '', 'p', '', '## Progetti personali', '', 'q');
      assert.deepEqual(findings(text, 'duplicate-section'), []);
    });

    it('unrecognised job titles repeated under experience are not duplicates', () => {
      const text = md('## Experience', '', '### Clerk', '', '- Alfa', '', '### Clerk', '', '- Beta', '', '## Education', '', '- BSc');
      assert.deepEqual(findings(text, 'duplicate-section'), []);
    });

    it('severity "error" and "off"', () => {
      const text = md('## Experience', '', 'a', '', '## Work history', '', 'b', '', '## Education', '', 'c');
      assert.deepEqual(findings(text, 'duplicate-section', { rules: { 'duplicate-section': 'error' } }).map((f) => f.severity), ['error']);
      assert.deepEqual(findings(text, 'duplicate-section', { rules: { 'duplicate-section': 'off' } }), []);
      assert.deepEqual(
        findings(text, 'duplicate-section', { messageLanguage: 'it' }).map((f) => f.message),
        ['La sezione «Work history» ripete «Experience» (riga 1): unisci le due sezioni.'],
      );
    });
  });

  describe('runner', () => {
    it('turning one rule off leaves the others, and findings are sorted by position', () => {
      const text = md('## Esperienza professionale', '', '## Istruzione', '', 'x', '', '## Esperienze', '', 'y');
      const all = analyzeCv(text, { fileName: 'cv.md' }).findings;
      const ids = new Set(all.map((f) => f.ruleId));
      assert.ok(ids.has('missing-section') && ids.has('empty-section') && ids.has('duplicate-section'));
      const positions = all.map((f) => [f.range.start.line, f.range.start.character]);
      const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      assert.deepEqual(positions, sorted);
      const withoutEmpty = analyzeCv(text, { fileName: 'cv.md', rules: { 'empty-section': 'off' } }).findings;
      assert.deepEqual(withoutEmpty, all.filter((f) => f.ruleId !== 'empty-section'));
    });

    it('messages have every placeholder filled', () => {
      for (const text of [completeIt, completeEn, md('## Esperienze', '', '## Esperienze', '', '## Istruzione')]) {
        for (const f of analyzeCv(text, { fileName: 'cv.md' }).findings) assert.doesNotMatch(f.message, /\{\w+\}/, f.message);
      }
    });
  });
});
