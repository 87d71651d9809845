// The section model: which lines are headings, what kind each one is and why, how they nest,
// and which lines each section covers. Every CV here is synthetic.
import assert from 'node:assert/strict';
import { buildCvDocument, presentKinds } from '../../server/src/engine/model';
import { classifyTitle, normalizeTitle } from '../../server/src/engine/classify';
import { getProfile } from '../../server/src/profiles/index';
import type { CvDocument, Section, SectionKind } from '../../server/src/engine/types';

const profile = getProfile('back-office')!;

/** Joins lines with "\n" so fixtures read top to bottom with visible line numbers. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

function model(text: string, fileName = 'cv.md'): CvDocument {
  return buildCvDocument(text, { profile, fileName });
}

/** The facts a reader of the outline cares about; `line` is zero-based (the heading's text line). */
interface OutlineEntry {
  kind: SectionKind;
  title: string;
  line: number;
  level: number;
  pseudo: boolean;
  source: Section['source'];
  parent: number;
}

function outlineOf(text: string): OutlineEntry[] {
  return model(text).sections.map((s) => ({
    kind: s.kind,
    title: s.title,
    line: s.headingRange.start.line,
    level: s.level,
    pseudo: s.pseudo,
    source: s.source,
    parent: s.parent,
  }));
}

function sectionTitled(doc: CvDocument, title: string): Section {
  const section = doc.sections.find((s) => s.title === title);
  assert.ok(section, `no section titled "${title}" in ${JSON.stringify(doc.sections.map((s) => s.title))}`);
  return section;
}

describe('section model', () => {
  describe('heading variants', () => {
    it('ATX heading: kind from a synonym, heading range covers the title text only', () => {
      const doc = model(md('## Esperienza professionale', '', 'Impiegata amministrativa presso Alfa S.r.l.'));
      assert.deepEqual(outlineOf(doc.text), [
        { kind: 'experience', title: 'Esperienza professionale', line: 0, level: 2, pseudo: false, source: 'atx', parent: -1 },
      ]);
      const [section] = doc.sections;
      assert.equal(section.recognised, true);
      assert.deepEqual(section.reason, { by: 'synonym', matched: 'esperienza professionale' });
      assert.deepEqual(section.headingRange, { start: { line: 0, character: 3 }, end: { line: 0, character: 27 } });
      assert.deepEqual(section.covers, []);
    });

    it('ATX heading with closing hashes and bold text inside: title without decoration', () => {
      assert.deepEqual(outlineOf(md('## Istruzione ##', '', 'Diploma.', '', '## **Competenze tecniche**', '', '- Excel')), [
        { kind: 'education', title: 'Istruzione', line: 0, level: 2, pseudo: false, source: 'atx', parent: -1 },
        { kind: 'technical-skills', title: 'Competenze tecniche', line: 4, level: 2, pseudo: false, source: 'atx', parent: -1 },
      ]);
    });

    it('setext headings: the line is the text line, not the underline', () => {
      const text = md('Mario Rossi', '===========', '', 'Esperienze', '----------', '', 'Impiegato contabile.', '', 'Istruzione', '----------', '', 'Diploma di ragioneria.');
      assert.deepEqual(outlineOf(text), [
        { kind: 'other', title: 'Mario Rossi', line: 0, level: 1, pseudo: false, source: 'setext', parent: -1 },
        { kind: 'experience', title: 'Esperienze', line: 3, level: 2, pseudo: false, source: 'setext', parent: 0 },
        { kind: 'education', title: 'Istruzione', line: 8, level: 2, pseudo: false, source: 'setext', parent: 0 },
      ]);
      const doc = model(text);
      assert.deepEqual(doc.sections[1].headingRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } });
      // The underline belongs to the section's body, and the body runs to the line before the next heading.
      assert.equal(doc.sections[1].bodyEndLine, 7);
      assert.deepEqual(doc.sections[1].range, { start: { line: 3, character: 0 }, end: { line: 7, character: 0 } });
    });

    it('a paragraph that is only bold text is a pseudo-heading', () => {
      const text = md('**Esperienze lavorative**', '', 'Impiegata presso Alfa S.r.l.', '', '__Competenze tecniche__', '', '- Excel', '', '*__Contatti__*', '', '- anna@example.com');
      assert.deepEqual(outlineOf(text), [
        { kind: 'experience', title: 'Esperienze lavorative', line: 0, level: 2, pseudo: true, source: 'bold', parent: -1 },
        { kind: 'technical-skills', title: 'Competenze tecniche', line: 4, level: 2, pseudo: true, source: 'bold', parent: -1 },
        { kind: 'contact', title: 'Contatti', line: 8, level: 2, pseudo: true, source: 'bold', parent: -1 },
      ]);
    });

    it('a bold pseudo-heading sits one level below the real heading above it', () => {
      assert.deepEqual(outlineOf(md('## Curriculum', '', '**Istruzione e formazione**', '', '- Laurea in Economia', '', '**Lingue**', '', '- Inglese B2')), [
        { kind: 'other', title: 'Curriculum', line: 0, level: 2, pseudo: false, source: 'atx', parent: -1 },
        { kind: 'education', title: 'Istruzione e formazione', line: 2, level: 3, pseudo: true, source: 'bold', parent: 0 },
        { kind: 'language-skills', title: 'Lingue', line: 6, level: 3, pseudo: true, source: 'bold', parent: 0 },
      ]);
    });

    it('a bold sentence or a bold phrase inside prose is not a heading', () => {
      const text = md('## Profilo', '', '**Sono una persona precisa e organizzata.**', '', 'Lavoro con **Excel** ogni giorno.');
      assert.deepEqual(model(text).sections.map((s) => s.title), ['Profilo']);
    });

    it('HTML headings are pseudo-headings with the level of their tag and the tags stripped from the title', () => {
      const text = md('<h1>Anna Neri</h1>', '', '<h2 id="istruzione">Istruzione</h2>', '', 'Diploma di ragioneria.', '', '<h3 class="x">Lingue <small>(livello)</small></h3>', '', 'Inglese B2.');
      assert.deepEqual(outlineOf(text), [
        { kind: 'other', title: 'Anna Neri', line: 0, level: 1, pseudo: true, source: 'html', parent: -1 },
        { kind: 'education', title: 'Istruzione', line: 2, level: 2, pseudo: true, source: 'html', parent: 0 },
        { kind: 'language-skills', title: 'Lingue (livello)', line: 6, level: 3, pseudo: true, source: 'html', parent: 1 },
      ]);
    });

    it('Europass ALL-CAPS lines are pseudo-headings, also when the text follows on the next line', () => {
      const text = md(
        'INFORMAZIONI PERSONALI',
        '',
        'Anna Neri, via Roma 1, 20100 Milano',
        '',
        'ESPERIENZA PROFESSIONALE',
        'Impiegata amministrativa presso Alfa S.r.l. dal 2019.',
        '',
        'ISTRUZIONE E FORMAZIONE',
        'Diploma di ragioneria.',
      );
      assert.deepEqual(outlineOf(text), [
        { kind: 'contact', title: 'INFORMAZIONI PERSONALI', line: 0, level: 2, pseudo: true, source: 'caps', parent: -1 },
        { kind: 'experience', title: 'ESPERIENZA PROFESSIONALE', line: 4, level: 2, pseudo: true, source: 'caps', parent: -1 },
        { kind: 'education', title: 'ISTRUZIONE E FORMAZIONE', line: 7, level: 2, pseudo: true, source: 'caps', parent: -1 },
      ]);
    });

    it('capitals that are not a heading (an acronym line with digits, a shouted sentence) are not sections', () => {
      const text = md('## Esperienze', '', 'ALFA S.R.L. 2019-2023', '', 'HO LAVORATO IN UN UFFICIO AMMINISTRATIVO.');
      assert.deepEqual(model(text).sections.map((s) => s.title), ['Esperienze']);
    });

    it('numbering, emoji, trailing colons and decoration do not change the kind', () => {
      const text = md(
        '## 1. Esperienze',
        '',
        '## 💼 Esperienze lavorative',
        '',
        '## Istruzione:',
        '',
        '## ~~ Contatti ~~',
        '',
        '**2) Competenze tecniche:**',
        '',
        '**🎓 Formazione**',
        '',
        '## ★ Lingue ★',
        '',
        '## II. Competenze personali',
      );
      const doc = model(text);
      assert.deepEqual(
        doc.sections.map((s) => [s.title, s.kind, s.recognised, s.reason.by]),
        [
          ['1. Esperienze', 'experience', true, 'synonym'],
          ['💼 Esperienze lavorative', 'experience', true, 'synonym'],
          ['Istruzione:', 'education', true, 'synonym'],
          ['~~ Contatti ~~', 'contact', true, 'synonym'],
          ['2) Competenze tecniche', 'technical-skills', true, 'synonym'],
          ['🎓 Formazione', 'education', true, 'synonym'],
          ['★ Lingue ★', 'language-skills', true, 'synonym'],
          ['II. Competenze personali', 'personal-skills', true, 'synonym'],
        ],
      );
      // The emoji is two UTF-16 code units: the range counts them as LSP does.
      assert.deepEqual(doc.sections[1].headingRange, { start: { line: 2, character: 3 }, end: { line: 2, character: 27 } });
    });

    it('case and accents do not matter', () => {
      const doc = model(md('## ISTRUZIONE E FORMAZIONE', '', '## Capacità e competenze relazionali', '', '## CAPACITA E COMPETENZE TECNICHE', '', '## Abilità'));
      assert.deepEqual(
        doc.sections.map((s) => [s.kind, s.reason.by, s.reason.matched]),
        [
          ['education', 'synonym', 'istruzione e formazione'],
          ['personal-skills', 'synonym', 'capacita e competenze relazionali'],
          ['technical-skills', 'synonym', 'capacita e competenze tecniche'],
          ['skills', 'synonym', 'abilita'],
        ],
      );
    });
  });

  describe('synonyms from the domain notes (every row, both languages)', () => {
    // /work/shared/domain/DOMAIN.md, "Section headings real CVs use". The notes file Profile/Summary/About
    // under "other"; the model gives them their own kind, `summary`.
    const table: { kind: SectionKind; it: string[]; en: string[] }[] = [
      {
        kind: 'experience',
        it: ['Esperienza professionale', 'Esperienze professionali', 'Esperienza lavorativa', 'Esperienze lavorative', 'Esperienze', 'Carriera', 'Posizione attuale'],
        en: ['Work experience', 'Experience', 'Professional experience', 'Work history', 'Employment', 'Career'],
      },
      {
        kind: 'education',
        it: ['Istruzione e formazione', 'Istruzione', 'Formazione', 'Titoli di studio', 'Studi'],
        en: ['Education', 'Education and training', 'Training', 'Qualifications'],
      },
      {
        kind: 'technical-skills',
        it: ['Competenze tecniche', 'Competenze digitali', 'Competenze informatiche', 'Capacità e competenze tecniche', 'Strumenti'],
        en: ['Technical skills', 'Computer skills', 'Digital skills', 'Tools', 'Tech stack'],
      },
      {
        kind: 'language-skills',
        it: ['Lingue', 'Competenze linguistiche', 'Lingua madre', 'Altre lingue', 'Conoscenze linguistiche'],
        en: ['Languages', 'Language skills'],
      },
      {
        kind: 'personal-skills',
        it: ['Competenze personali', 'Competenze trasversali', 'Competenze organizzative e relazionali', 'Soft skills'],
        en: ['Personal skills', 'Soft skills', 'Interpersonal skills'],
      },
      {
        kind: 'contact',
        it: ['Informazioni personali', 'Dati personali', 'Contatti', 'Informazioni di contatto', 'Recapiti'],
        en: ['Contact', 'Contact information', 'Contact details', 'Personal information'],
      },
      { kind: 'summary', it: ['Profilo', 'Profilo professionale', 'Sommario'], en: ['Summary', 'Profile', 'About'] },
      {
        kind: 'other',
        it: ['Progetti', 'Certificazioni', 'Patente', 'Ulteriori informazioni', 'Interessi', 'Hobby'],
        en: ['Projects', 'Certifications', 'Driving licence', 'Interests', 'Publications'],
      },
    ];

    for (const row of table) {
      for (const lang of ['it', 'en'] as const) {
        for (const title of row[lang]) {
          it(`${lang} "${title}" → ${row.kind}`, () => {
            const byTitle = classifyTitle(title, profile);
            assert.deepEqual([byTitle.kind, byTitle.recognised, byTitle.reason.by], [row.kind, true, 'synonym']);
            // The same title as a real heading, shouted, with an emoji and a colon, in a CV.
            const decorated = `## 📌 ${title.toUpperCase()}:`;
            const [section] = model(md(decorated, '', 'Testo della sezione.')).sections;
            assert.equal(section.kind, row.kind, decorated);
            assert.equal(section.recognised, true, decorated);
          });
        }
      }
    }
  });

  describe('titles that are more than a synonym', () => {
    it('"Competenze tecniche e linguistiche" is a mixed skills section covering technical and language skills', () => {
      const doc = model(md('## Competenze tecniche e linguistiche', '', '- Excel', '- Inglese B2'));
      const [section] = doc.sections;
      assert.equal(section.kind, 'skills');
      assert.equal(section.recognised, true);
      assert.equal(section.reason.by, 'keyword');
      assert.equal(section.reason.detail?.en, 'mixed skills');
      assert.deepEqual([...section.covers].sort(), ['language-skills', 'technical-skills']);
      const kinds = presentKinds(doc);
      assert.ok(kinds.has('technical-skills') && kinds.has('language-skills') && kinds.has('skills'));
    });

    it('"Technical and language skills" is mixed too', () => {
      const [section] = model(md('## Technical and language skills', '', '- Excel')).sections;
      assert.equal(section.kind, 'skills');
      assert.deepEqual([...section.covers].sort(), ['language-skills', 'technical-skills']);
    });

    it('"Altre lingue" is language-skills, "Altre informazioni" is other', () => {
      const doc = model(md('## Altre lingue', '', 'Inglese B2', '', '## Altre informazioni', '', 'Patente B', '', '## Additional information', '', 'Driving licence'));
      assert.deepEqual(
        doc.sections.map((s) => [s.title, s.kind, s.recognised]),
        [
          ['Altre lingue', 'language-skills', true],
          ['Altre informazioni', 'other', true],
          ['Additional information', 'other', true],
        ],
      );
    });

    it('entry titles with a year or " | " are not classified by their words', () => {
      for (const title of ['Lead Technical Writer: Jan 2020 – Present', 'Technical Blog | Devslife', 'Formazione Excel avanzato 2021', 'Esperienza estiva | Hotel Mare']) {
        const c = classifyTitle(title, profile);
        assert.deepEqual([c.kind, c.recognised, c.reason.by], ['other', false, 'none'], title);
      }
    });

    it('near-miss spellings are recognised', () => {
      const cases: [string, SectionKind][] = [
        ['SKILS', 'skills'],
        ['Istruzone', 'education'],
        ['Educaton', 'education'],
        ['Esperienza profesionale', 'experience'],
        ['Contati', 'contact'],
      ];
      for (const [title, kind] of cases) {
        const c = classifyTitle(title, profile);
        assert.deepEqual([c.kind, c.recognised], [kind, true], title);
      }
      assert.deepEqual(classifyTitle('Istruzone', profile).reason, { by: 'fuzzy', matched: 'istruzione' });
    });

    it('long sentence headings and exclamations are not sections', () => {
      for (const title of [
        'Esperienza in gestione documentale presso uno studio di commercialisti a Milano',
        'Un CV per cambiare la storia!',
        'What I learned from ten years of work experience in banking operations',
      ]) {
        const c = classifyTitle(title, profile);
        assert.deepEqual([c.kind, c.recognised], ['other', false], title);
      }
    });

    it('normalizeTitle folds case, accents, emoji, numbering and punctuation', () => {
      assert.equal(normalizeTitle('  1. 💼 ESPERIENZE Lavorative: '), 'esperienze lavorative');
      assert.equal(normalizeTitle('II) Capacità e competenze'), 'capacita e competenze');
      assert.equal(normalizeTitle('[Progetti](#progetti)'), 'progetti');
      assert.equal(normalizeTitle('Dell’azienda'), 'dell azienda');
      assert.equal(normalizeTitle(''), '');
    });
  });

  describe('nesting', () => {
    it('sections under a name heading are its children; the name heading is other, reason name', () => {
      const text = md('# Mario Rossi', '', '## Esperienze', '', 'Impiegato.', '', '## Istruzione', '', 'Diploma.');
      assert.deepEqual(outlineOf(text), [
        { kind: 'other', title: 'Mario Rossi', line: 0, level: 1, pseudo: false, source: 'atx', parent: -1 },
        { kind: 'experience', title: 'Esperienze', line: 2, level: 2, pseudo: false, source: 'atx', parent: 0 },
        { kind: 'education', title: 'Istruzione', line: 6, level: 2, pseudo: false, source: 'atx', parent: 0 },
      ]);
      const name = model(text).sections[0];
      assert.equal(name.recognised, false);
      assert.equal(name.reason.by, 'name');
    });

    it('a name heading with an emoji or in capitals is still the name', () => {
      for (const title of ['👋 Chiara Esposito', 'GIULIA BIANCHI', 'Maria de Luca']) {
        const [first, second] = model(md(`# ${title}`, '', '## Esperienze', '', 'x')).sections;
        assert.deepEqual([first.kind, first.recognised, first.reason.by], ['other', false, 'name'], title);
        assert.equal(second.parent, 0, title);
      }
    });

    it('a job title or a document title at the top is not taken for a name', () => {
      for (const title of ['Impiegata Amministrativa', 'Curriculum Vitae', 'Back Office Specialist']) {
        const [first] = model(md(`# ${title}`, '', '## Esperienze', '', 'x')).sections;
        assert.notEqual(first.reason.by, 'name', title);
      }
    });

    it('sub-headings of a generic "Competenze" section take the kind they name', () => {
      const text = md('## Competenze', '', '### Soft skills', '', '- Precisione', '', '### Lingue', '', '- Inglese B2', '', '### Software', '', '- Excel');
      assert.deepEqual(outlineOf(text), [
        { kind: 'skills', title: 'Competenze', line: 0, level: 2, pseudo: false, source: 'atx', parent: -1 },
        { kind: 'personal-skills', title: 'Soft skills', line: 2, level: 3, pseudo: false, source: 'atx', parent: 0 },
        { kind: 'language-skills', title: 'Lingue', line: 6, level: 3, pseudo: false, source: 'atx', parent: 0 },
        { kind: 'technical-skills', title: 'Software', line: 10, level: 3, pseudo: false, source: 'atx', parent: 0 },
      ]);
      const kinds = presentKinds(model(text));
      for (const kind of ['skills', 'personal-skills', 'language-skills', 'technical-skills'] as const) assert.ok(kinds.has(kind), kind);
    });

    it('English "Skills" with Management / Languages / Tools sub-headings', () => {
      const text = md('## Skills', '', '### Management', '', '- Team lead', '', '### Languages', '', '- Italian', '', '### Tools', '', '- SAP');
      assert.deepEqual(
        model(text).sections.map((s) => [s.title, s.kind, s.parent]),
        [
          ['Skills', 'skills', -1],
          ['Management', 'personal-skills', 0],
          ['Languages', 'language-skills', 0],
          ['Tools', 'technical-skills', 0],
        ],
      );
    });

    it('unknown job-title sub-headings under experience inherit its kind (reason context, not recognised)', () => {
      const doc = model(md('## Esperienza professionale', '', '### Impiegata contabile — Alfa S.r.l.', '', '- Fatture', '', '### Receptionist, Hotel Mare (2018)', '', '- Accoglienza'));
      assert.deepEqual(
        doc.sections.map((s) => [s.title, s.kind, s.recognised, s.reason.by, s.parent, s.level]),
        [
          ['Esperienza professionale', 'experience', true, 'synonym', -1, 2],
          ['Impiegata contabile — Alfa S.r.l.', 'experience', false, 'context', 0, 3],
          ['Receptionist, Hotel Mare (2018)', 'experience', false, 'context', 0, 3],
        ],
      );
      assert.equal(doc.sections[1].reason.detail?.en, 'an entry of "Esperienza professionale"');
    });

    it('bold entry labels inside job entries are not sections', () => {
      const text = md(
        '# Anna Neri',
        '',
        '## Esperienze',
        '',
        '### Impiegata amministrativa — Alfa S.r.l.',
        '',
        '**Principali attività:**',
        '',
        '- Fatturazione',
        '',
        '**Risultati**',
        '',
        '- Archivio digitalizzato',
        '',
        '## Istruzione',
        '',
        '**Diploma di ragioneria**',
        '',
        'ITC Roma, 2015',
      );
      assert.deepEqual(
        model(text).sections.map((s) => s.title),
        ['Anna Neri', 'Esperienze', 'Impiegata amministrativa — Alfa S.r.l.', 'Istruzione'],
      );
    });
  });

  describe('what is not a section', () => {
    it('headings inside fenced and indented code blocks', () => {
      const text = md('## Esperienze', '', '```markdown', '## Istruzione', '```', '', '~~~', '# Lingue', '~~~', '', '    ## Contatti', '', 'Fine.');
      assert.deepEqual(model(text).sections.map((s) => s.title), ['Esperienze']);
    });

    it('headings inside YAML and TOML front matter', () => {
      const yaml = md('---', 'title: CV', 'note: |', '  # Esperienze', '---', '', '## Istruzione', '', 'Diploma.');
      const yamlDoc = model(yaml);
      assert.deepEqual(yamlDoc.sections.map((s) => [s.title, s.headingRange.start.line]), [['Istruzione', 6]]);
      assert.equal(yamlDoc.frontMatter?.format, 'yaml');
      const toml = md('+++', 'title = "CV"', '+++', '', '## Lingue', '', 'Inglese.');
      assert.deepEqual(model(toml).sections.map((s) => [s.title, s.headingRange.start.line]), [['Lingue', 4]]);
    });

    it('contact lines written as headings', () => {
      const text = md('# Anna Neri', '', '#### Email: anna.neri@example.com', '', '#### Tel: +39 333 123 4567', '', '### anna.neri@example.com', '', '## Esperienze', '', 'Impiegata.');
      assert.deepEqual(model(text).sections.map((s) => s.title), ['Anna Neri', 'Esperienze']);
    });
  });

  describe('ranges', () => {
    const text = md(
      '# Anna Neri', //  0
      '', //              1
      '## Esperienze', // 2
      '', //              3
      '### Impiegata — Alfa', // 4
      '', //              5
      '- Fatture', //     6
      '', //              7
      '### Stagista — Beta', // 8
      '', //              9
      '- Archivio', //   10
      '', //             11
      '## Istruzione', // 12
      '', //             13
      'Diploma di ragioneria', // 14
    );

    it('a section runs to the line before the next heading of the same or a higher level', () => {
      const doc = model(text);
      assert.deepEqual(
        doc.sections.map((s) => [s.title, s.range.start.line, s.range.end.line, s.range.end.character, s.bodyEndLine]),
        [
          ['Anna Neri', 0, 14, 21, 1],
          ['Esperienze', 2, 11, 0, 3],
          ['Impiegata — Alfa', 4, 7, 0, 7],
          ['Stagista — Beta', 8, 11, 0, 11],
          ['Istruzione', 12, 14, 21, 14],
        ],
      );
      assert.deepEqual(doc.sections[1].range.start, { line: 2, character: 0 });
    });

    it('CRLF line endings give the same lines and ranges', () => {
      const lf = model(text).sections;
      const crlf = model(text.replace(/\n/g, '\r\n')).sections;
      assert.deepEqual(crlf, lf);
      const crlfDoc = model(text.replace(/\n/g, '\r\n'));
      assert.equal(crlfDoc.lines.length, 15);
      assert.equal(crlfDoc.lines[2], '## Esperienze');
    });

    it('a pseudo-heading section ends before the next pseudo-heading at its level', () => {
      const doc = model(md('**Esperienze**', '', 'Impiegata.', '', '**Istruzione**', '', 'Diploma.'));
      assert.deepEqual(
        doc.sections.map((s) => [s.title, s.range.start.line, s.range.end.line]),
        [
          ['Esperienze', 0, 3],
          ['Istruzione', 4, 6],
        ],
      );
    });
  });

  describe('content decides what a title cannot', () => {
    it('an "About" section made of contact lines is the contact section', () => {
      const doc = model(md('## About', '', '- 📧 anna.neri@example.com', '- 📞 +39 333 123 4567', '- linkedin.com/in/anna-neri', '', '## Experience', '', 'Clerk.'));
      const about = sectionTitled(doc, 'About');
      assert.equal(about.kind, 'contact');
      assert.equal(about.recognised, true);
      assert.deepEqual(about.reason, { by: 'context', matched: 'about', detail: { en: 'its lines are contact details', it: 'le sue righe sono recapiti' } });
    });

    it('an "About" section of prose stays a summary', () => {
      const about = sectionTitled(model(md('## About', '', 'Accurate administrative assistant with five years in invoicing.', '', '## Experience', '', 'Clerk.')), 'About');
      assert.equal(about.kind, 'summary');
      assert.equal(about.reason.by, 'synonym');
    });

    it('"Competenze personali" holding the mother tongue and a languages table is about languages', () => {
      const doc = model(
        md(
          '## Competenze personali',
          '',
          'Lingua madre: italiano',
          '',
          '| Lingua | Comprensione | Parlato | Scritto |',
          '|---|---|---|---|',
          '| Inglese | B2 | B1 | B1 |',
          '',
          '## Esperienza professionale',
          '',
          'Impiegata.',
        ),
      );
      const section = sectionTitled(doc, 'Competenze personali');
      assert.equal(section.kind, 'language-skills');
      assert.deepEqual(section.reason, { by: 'context', matched: 'competenze personali', detail: { en: 'it lists the mother tongue and other languages', it: 'elenca la lingua madre e le altre lingue' } });
    });

    it('"Competenze personali" about communication stays personal-skills', () => {
      const section = sectionTitled(model(md('## Competenze personali', '', 'Ottime capacità comunicative e di lavoro in team.')), 'Competenze personali');
      assert.equal(section.kind, 'personal-skills');
      assert.equal(section.reason.by, 'synonym');
    });
  });

  describe('robustness', () => {
    it('an empty document has no sections and one empty line', () => {
      const doc = model('');
      assert.deepEqual(doc.sections, []);
      assert.deepEqual(doc.lines, ['']);
    });

    it('a heading with no text is not a section', () => {
      assert.deepEqual(model(md('##', '', '## Esperienze', '', 'x')).sections.map((s) => s.title), ['Esperienze']);
    });
  });
});
