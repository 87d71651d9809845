// Contact shapes that real public CVs use and the extractor once got wrong, rebuilt as small invented
// CVs (every person, number and address here is made up), in Italian and English, through the whole
// model (analyzeCv), asserting exactly what is found.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { ContactInfo } from '../../server/src/engine/types';

function md(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

function contactOf(text: string): ContactInfo {
  return analyzeCv(text, { fileName: 'cv.md' }).document.contact;
}

interface Seen {
  name: string | null;
  emails: string[];
  phones: string[];
  address: string | null;
}

function seen(text: string): Seen {
  const c = contactOf(text);
  return { name: c.name, emails: c.emails.map((e) => e.value), phones: c.phones.map((p) => p.value), address: c.address?.value ?? null };
}

function findingsOf(text: string, ruleId: string): string[] {
  return analyzeCv(text, { fileName: 'cv.md' })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.message);
}

describe('contact extraction on shapes from real CVs', () => {
  describe('the name as the first bold line of the personal-information block', () => {
    it('[it] "## Informazioni personali" then **Mario Rossi** and address lines', () => {
      const text = md(
        '## Informazioni personali',
        '',
        '**Mario Rossi**',
        'Via Garibaldi 12, 10121 Torino (TO)',
        'Tel. +39 333 123 4567',
        'mario.rossi@gmail.com',
        '',
        '## Esperienza professionale',
        '',
        'Impiegato amministrativo presso Rossi Srl.',
      );
      assert.deepEqual(seen(text), {
        name: 'Mario Rossi',
        emails: ['mario.rossi@gmail.com'],
        phones: ['+39 333 123 4567'],
        address: 'Via Garibaldi 12, 10121 Torino (TO)',
      });
      assert.deepEqual(contactOf(text).nameRange, { start: { line: 2, character: 2 }, end: { line: 2, character: 13 } });
    });

    it('[en] "## Personal information" then **Jane Smith** with hard line breaks', () => {
      const text = md(
        '## Personal information',
        '',
        '**Jane Smith**  ',
        '14 Baker Street, London  ',
        'Phone: +44 7700 900123  ',
        'jane.smith@gmail.com',
        '',
        '## Work experience',
        '',
        'Office assistant at Smith Ltd.',
      );
      assert.deepEqual(seen(text), {
        name: 'Jane Smith',
        emails: ['jane.smith@gmail.com'],
        phones: ['+44 7700 900123'],
        address: '14 Baker Street, London',
      });
    });

    it('a bold job title in the same place is not a name', () => {
      const text = md('## Informazioni personali', '', '**Impiegata Amministrativa**', 'Tel. +39 333 123 4567', '', '## Esperienza professionale', '', 'x');
      assert.equal(seen(text).name, null);
    });
  });

  describe('the name in an HTML paragraph followed by a job title', () => {
    it('[it] <p align="center"><b>Giulia Bianchi</b><br>Impiegata amministrativa</p>', () => {
      const text = md(
        '<p align="center"><b>Giulia Bianchi</b><br>Impiegata amministrativa</p>',
        '',
        '## Contatti',
        '',
        'Email: giulia.bianchi@gmail.com',
        '',
        '## Esperienza',
        '',
        'x',
      );
      assert.deepEqual(seen(text), { name: 'Giulia Bianchi', emails: ['giulia.bianchi@gmail.com'], phones: [], address: null });
      assert.deepEqual(contactOf(text).nameRange, { start: { line: 0, character: 21 }, end: { line: 0, character: 35 } });
    });

    it('[en] <h1>Jane Doe</h1><p>Office Manager</p>', () => {
      const text = md('<h1>Jane Doe</h1><p>Office Manager</p>', '', '## Contact', '', 'Email: jane.doe@gmail.com', '', '## Experience', '', 'x');
      assert.deepEqual(seen(text), { name: 'Jane Doe', emails: ['jane.doe@gmail.com'], phones: [], address: null });
    });

    it('[en] <p><strong>Daniel Hart</strong> | Office Manager</p>', () => {
      const text = md('<p><strong>Daniel Hart</strong> | Office Manager</p>', '', '## Experience', '', 'x');
      assert.equal(seen(text).name, 'Daniel Hart');
    });
  });

  describe('an h1 that names the person and the document', () => {
    const cases: Array<[string, string]> = [
      ['# Mario Rossi — Curriculum Vitae', 'Mario Rossi'],
      ['# Jane Smith - Resume', 'Jane Smith'],
      ['# CV – Anna Verdi', 'Anna Verdi'],
      ['# Mario Rossi | Impiegato amministrativo', 'Mario Rossi'],
      ['# Emma Collins – Office Manager', 'Emma Collins'],
    ];
    for (const [heading, name] of cases) {
      it(`${heading} → ${name}`, () => {
        assert.equal(seen(md(heading, '', '## Esperienza', '', 'x')).name, name);
      });
    }
  });

  describe('stray punctuation around the name', () => {
    const cases: Array<[string, string]> = [
      ['# **Mario Rossi** |', 'Mario Rossi'],
      ['# Mario Rossi.', 'Mario Rossi'],
      ['# ~ Jane Doe ~', 'Jane Doe'],
      ['# · Anna Verdi ·', 'Anna Verdi'],
    ];
    for (const [heading, name] of cases) {
      it(`${heading} → ${name}`, () => {
        assert.equal(seen(md(heading, '', '## Experience', '', 'x')).name, name);
      });
    }
  });

  describe('an email written as a link target without mailto:', () => {
    it('[en] [Email](jane.doe@example.com)', () => {
      const text = md('# Jane Doe', '', '[Email](jane.doe@example.com) · Phone: +44 7700 900456', '', '## Experience', '', 'x');
      assert.deepEqual(seen(text), { name: 'Jane Doe', emails: ['jane.doe@example.com'], phones: ['+44 7700 900456'], address: null });
      assert.deepEqual(contactOf(text).emails[0].range, { start: { line: 2, character: 8 }, end: { line: 2, character: 28 } });
    });

    it('[it] [scrivimi](mario.rossi@gmail.com)', () => {
      const text = md('# Mario Rossi', '', 'Per contatti [scrivimi](mario.rossi@gmail.com).', '', '## Esperienza', '', 'x');
      assert.deepEqual(seen(text).emails, ['mario.rossi@gmail.com']);
    });

    it('a link to a web page with an @ in its path is not an email', () => {
      const text = md('# Mario Rossi', '', '[Medium](https://medium.com/@mario.rossi)', '', '## Esperienza', '', 'x');
      assert.deepEqual(seen(text).emails, []);
    });
  });

  describe('a phone number in bold inside an HTML block is valid', () => {
    it('[it] <div>**Tel:** **333 123 4567**</div>', () => {
      const text = md('# Mario Rossi', '', '<div>**Tel:** **333 123 4567**</div>', '', '## Esperienza', '', 'x');
      assert.deepEqual(seen(text).phones, ['333 123 4567']);
      assert.deepEqual(findingsOf(text, 'invalid-contact'), []);
    });

    it('[it] <div>**Tel:** +39 333 123 4567</div> and <p><b>+39 02 1234 5678</b></p>', () => {
      const text = md('# Mario Rossi', '', '<div>**Tel:** +39 333 123 4567</div>', '', '<p><b>+39 02 1234 5678</b></p>', '', '## Esperienza', '', 'x');
      assert.deepEqual(seen(text).phones, ['+39 333 123 4567', '+39 02 1234 5678']);
      assert.deepEqual(findingsOf(text, 'invalid-contact'), []);
    });

    it('[en] <div>Phone: **+1 (312) 246-8135** · Email: **jane.doe@gmail.com**</div>', () => {
      const text = md('# Jane Doe', '', '<div>Phone: **+1 (312) 246-8135** · Email: **jane.doe@gmail.com**</div>', '', '## Experience', '', 'x');
      assert.deepEqual(seen(text), { name: 'Jane Doe', emails: ['jane.doe@gmail.com'], phones: ['+1 (312) 246-8135'], address: null });
      assert.deepEqual(findingsOf(text, 'invalid-contact'), []);
    });

    it('a masked number keeps its stars', () => {
      const text = md('# Mario Rossi', '', '<div>Tel: 333 ****567</div>', '', '## Esperienza', '', 'x');
      assert.deepEqual(seen(text).phones, ['333 ****567']);
    });
  });

  describe('template placeholders are never the person’s details', () => {
    it('[it] a Europass-style template: nothing is counted, everything is set aside', () => {
      const text = md(
        '# Nome Cognome',
        '',
        '## Esperienza professionale',
        '',
        'x',
        '',
        '## Informazioni personali',
        '',
        '- Indirizzo: [INDIRIZZO COMPLETO]',
        '- Telefono: +39 000 0000000',
        '- Email: nome.cognome@example.com',
      );
      const contact = contactOf(text);
      assert.deepEqual(seen(text), { name: null, emails: [], phones: [], address: null });
      assert.deepEqual(
        contact.placeholders.map((p) => p.value),
        ['Nome Cognome', '[INDIRIZZO COMPLETO]', '+39 000 0000000', 'nome.cognome@example.com'],
      );
      assert.deepEqual(contact.placeholders.map((p) => p.detail), ['name', 'address', 'phone', 'email']);
      // Each detail is still a placeholder: the placeholder rule asks to replace it; "missing" on top would say it twice.
      assert.deepEqual(findingsOf(text, 'missing-contact-detail'), []);
      assert.equal(findingsOf(text, 'placeholder').length, 4);
    });

    it('[en] "John Doe" with "[Your Email]" and "xxx-xxx-xxxx" is a sample name', () => {
      const text = md('# John Doe', '', 'Email: [Your Email] | Phone: xxx-xxx-xxxx | Address: 1 Main Street, Springfield', '', '## Experience', '', 'x');
      assert.deepEqual(seen(text), { name: null, emails: [], phones: [], address: '1 Main Street, Springfield' });
      // "[Your Email]" stands where the email goes: a placeholder for that detail (never an email); the placeholder
      // rule reports it and "xxx-xxx-xxxx".
      assert.deepEqual(contactOf(text).placeholders.map((p) => [p.value, p.detail]), [['John Doe', 'name'], ['[Your Email]', 'email']]);
    });

    it('[it] a real Mario Rossi with real details keeps his name', () => {
      const text = md('# Mario Rossi', '', 'Email: mario.rossi@gmail.com · Tel: +39 347 765 4321', '', '## Esperienza', '', 'x');
      assert.deepEqual(seen(text), { name: 'Mario Rossi', emails: ['mario.rossi@gmail.com'], phones: ['+39 347 765 4321'], address: null });
      assert.deepEqual(contactOf(text).placeholders, []);
    });

    it('[en] an invented person at example.com is not a placeholder; first.last@example.com is', () => {
      const text = md('# Emma Clarke', '', 'Email: emma.clarke@example.com', '', 'Old email: first.last@example.com', '', '## Experience', '', 'x');
      assert.deepEqual(seen(text).emails, ['emma.clarke@example.com']);
      assert.deepEqual(contactOf(text).placeholders.map((p) => p.value), ['first.last@example.com']);
    });
  });
});

describe('phone numbers with emphasis marks left in raw HTML', () => {
  // Inside an HTML block Markdown is not parsed: "__+39 …__" keeps its underscores, which open emphasis.
  const cv = (line: string) => md('# Giacomo Verdi', '', '<div class="contact-info">', line, '- Email: giacomo.verdi@example.it', '</div>', '', '## Esperienza', '', '- 2021 – oggi: impiegato amministrativo');
  for (const line of ['- Telefono: __+39 3451234567__', '- Telefono: **+39 3451234567**', '- Phone: _+39 345 123 4567_']) {
    it(`${line} is a valid phone, not a malformed one`, () => {
      assert.deepEqual(seen(cv(line)).phones.map((p) => p.replace(/\s/g, '')), ['+393451234567']);
      assert.deepEqual(findingsOf(cv(line), 'invalid-contact'), []);
    });
  }
  it('a number glued to a word by an underscore is still not a phone', () => {
    assert.deepEqual(seen(cv('- Codice: pratica_3451234567')).phones, []);
  });
});

describe('Pelican / MultiMarkdown metadata headers', () => {
  it('[en] "Author:" in a "Key: value" header is the name; "Title: Curriculum" makes it a CV', () => {
    const text = md('Title: Curriculum', 'Date: 2020-01-04 13:23', 'Author: Paolo Ferri', 'Slug: curriculum', '', '### Experience', '', '- 2019 – present: accounts clerk at Acme Ltd', '', '### Education', '', '- BSc Economics, University of Pavia, 2018');
    const result = analyzeCv(text, { fileName: 'page.md' });
    assert.equal(result.document.contact.name, 'Paolo Ferri');
    assert.equal(result.document.frontMatter?.format, 'metadata');
    assert.equal(result.document.isCv, true);
  });
  it('[de/it] "Title: Profil — Nathan Weber": a page word, then the name', () => {
    assert.equal(seen(md('Title: Profil — Nathan Weber', 'Date: 02.07.2022', 'Type: page', '', '# Esperienza', '', '- 2019 – oggi: impiegato')).name, 'Nathan Weber');
    assert.equal(seen(md('Title: Profilo | Giulia Bianchi', 'Author: admin', '', '# Esperienza', '', '- 2019 – oggi: impiegata')).name, 'Giulia Bianchi');
  });
  it('a CV that opens with labelled contact lines is not read as a metadata header', () => {
    const text = md('Nome: Mario Rossi', 'Email: mario.rossi@example.it', '', '## Esperienza', '', '- 2019 – oggi: impiegato');
    assert.equal(analyzeCv(text, { fileName: 'cv.md' }).document.frontMatter, null);
    assert.equal(seen(text).name, 'Mario Rossi');
  });
});

describe('a block of labelled contact lines inside another section', () => {
  it('[en] "Where I live:" next to "Name:" and an obfuscated, escaped "e-mail:" in a Profile section', () => {
    const text = md(
      '# Paolo Ferri',
      '',
      '### Profile',
      '',
      '-   Name: **Paolo Ferri**',
      '-   Where I live: Pavia, Italy',
      '-   e-mail: **p.ferri** \\[AT\\] **example** \\[dot\\] **com**',
      '',
      'Fifteen years of software development.',
      '',
      '### Experience',
      '',
      '- 2019 – present: developer at Acme Ltd',
    );
    const s = seen(text);
    assert.equal(s.address, 'Pavia, Italy');
    assert.deepEqual(s.emails, ['p.ferri [AT] example [dot] com']);
  });
  it('[it] a lone "Sede:" line in the middle of the CV is not an address', () => {
    const text = md('# Paolo Ferri', '', '## Esperienza', '', '- 2019 – oggi: impiegato presso Rossi S.r.l.', '- Sede: Pavia', '', '## Istruzione', '', '- Diploma di ragioneria');
    assert.equal(seen(text).address, null);
  });
  it('[es] "Lugar de residencia:" is an address label', () => {
    assert.equal(seen(md('# Paolo Ferri', '', '## Datos personales', '', '- Lugar de residencia: Palma de Mallorca', '- Correo: p.ferri@example.es')).address, 'Palma de Mallorca');
  });
});

describe('the name given as a photo’s description', () => {
  it('[it] ![Maria Rosa Bianchi](foto.jpg) above the first section is the name (when nothing better is there)', () => {
    assert.equal(seen(md('![Maria Rosa Bianchi](/maria-bianchi.jpg)', '', '# Esperienza professionale', '', '- 2019 – oggi: psicologa')).name, 'Maria Rosa Bianchi');
  });
  it('[en] a badge or a logo is not a name, nor is a photo further down', () => {
    assert.equal(seen(md('![Build Status](https://img.shields.io/badge/build-passing.svg)', '', '# Experience', '', '- 2019 – now: clerk')).name, null);
    assert.equal(seen(md('# Experience', '', '- 2019 – now: clerk', '', '![Anna Verdi](anna.jpg)')).name, null);
  });
});
