// Contact extraction on hand-built inputs: the helper below turns Markdown-ish lines into the
// model's pieces (sections, prose spans, front matter) without using the real model, so these
// tests pin down the extractor alone. All people, numbers and addresses are invented.
import assert from 'node:assert/strict';
import { extractContact, looksLikePersonName } from '../../server/src/engine/contact';
import type { ContactInput } from '../../server/src/engine/contact';
import type { ContactInfo, FrontMatter, Section, SectionKind, TextSpan } from '../../server/src/engine/types';

const KIND_BY_TITLE: Array<[RegExp, SectionKind]> = [
  [/contatti|recapiti|contact|informazioni personali|dati personali/i, 'contact'],
  [/esperienz|experience|work history/i, 'experience'],
  [/istruzione|formazione|education/i, 'education'],
  [/lingue|languages/i, 'language-skills'],
  [/competenze tecniche|technical skills|strumenti/i, 'technical-skills'],
  [/competenze personali|soft skills/i, 'personal-skills'],
  [/profilo|summary|profile/i, 'summary'],
];

/**
 * Markdown-ish text → ContactInput. `#` lines are sections (kind from the title, `other` otherwise);
 * fenced code is left out of the spans; link targets, tags, emphasis and list markers are not prose.
 * `frontMatterData` stands in for the parsed front matter between the leading `---` lines.
 */
function inputFrom(text: string, frontMatterData?: Record<string, unknown>): ContactInput {
  const lines = text.split('\n');
  let frontMatter: FrontMatter | null = null;
  let bodyStart = 0;
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    frontMatter = {
      format: 'yaml',
      data: frontMatterData ?? {},
      range: { start: { line: 0, character: 0 }, end: { line: close, character: 3 } },
    };
    bodyStart = close + 1;
  }

  const sections: Section[] = [];
  const spans: TextSpan[] = [];
  let inFence = false;
  for (let line = bodyStart; line < lines.length; line++) {
    const raw = lines[line];
    if (/^```/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      const title = heading[2].trim();
      const kind = KIND_BY_TITLE.find(([re]) => re.test(title))?.[1] ?? 'other';
      const level = heading[1].length;
      let parent = -1;
      for (let i = sections.length - 1; i >= 0; i--) {
        if (sections[i].level < level) {
          parent = i;
          break;
        }
      }
      sections.push({
        kind,
        title,
        level,
        pseudo: false,
        source: 'atx',
        headingRange: { start: { line, character: 0 }, end: { line, character: raw.length } },
        range: { start: { line, character: 0 }, end: { line: lines.length - 1, character: 0 } },
        bodyEndLine: lines.length - 1,
        parent,
        recognised: kind !== 'other',
        reason: { by: kind === 'other' ? 'none' : 'synonym' },
        covers: [],
        role: 'section',
      });
    }
    // Prose pieces: everything but markup, in the spirit of the real model's text nodes.
    // Tags go, autolink brackets go but their text stays, "**" is emphasis only when it is exactly two.
    const markup = /^(?:#{1,6}\s+|\s*(?:[-*+]|\d+\.)\s+|\s*>\s?)|(?<!\*)\*\*(?!\*)|__|`[^`]*`|<\/?[a-zA-Z][\w-]*(?:\s[^>]*)?>|[<>]|\]\([^)]*\)|\[(?=[^\]]*\]\()|\|/g;
    let cursor = 0;
    const push = (start: number, end: number) => {
      if (end > start && raw.slice(start, end).trim()) spans.push({ text: raw.slice(start, end), line, character: start, sectionIndex: -1 });
    };
    for (const m of raw.matchAll(markup)) {
      push(cursor, m.index ?? 0);
      cursor = (m.index ?? 0) + m[0].length;
    }
    push(cursor, raw.length);
  }
  // Section ranges: up to the next heading of the same or a higher level.
  for (let i = 0; i < sections.length; i++) {
    const next = sections.slice(i + 1).find((s) => s.level <= sections[i].level);
    const end = next ? next.headingRange.start.line - 1 : lines.length - 1;
    sections[i].range.end = { line: end, character: lines[end].length };
    const child = sections[i + 1] && sections[i + 1].parent === i ? sections[i + 1] : undefined;
    sections[i].bodyEndLine = child ? child.headingRange.start.line - 1 : end;
  }
  return { lines, frontMatter, sections, spans };
}

function extract(text: string, frontMatterData?: Record<string, unknown>): ContactInfo {
  return extractContact(inputFrom(text, frontMatterData));
}

function values(items: { value: string; valid: boolean }[]): string[] {
  return items.map((i) => (i.valid ? i.value : `${i.value} (invalid)`));
}

/** A CV with the given lines in its contact section, at the end. */
function contactSection(...contactLines: string[]): string {
  return ['# Mario Rossi', '', '## Esperienze', '', '- Impiegato, 2019-2021', '', '## Contatti', '', ...contactLines, ''].join('\n');
}

describe('extractContact', () => {
  describe('a complete Italian contact section', () => {
    const text = [
      '# Mario Rossi',
      '',
      '## Esperienza professionale',
      '',
      '- Impiegato amministrativo, 03/2019 – 12/2021',
      '',
      '## Istruzione',
      '',
      'Diploma di ragioneria, 2015',
      '',
      '## Contatti',
      '',
      '- **Indirizzo:** Via Giuseppe Verdi 12, 20121 Milano (MI)',
      '- **Telefono:** +39 333 123 4567',
      '- **Email:** mario.rossi@example.it',
    ].join('\n');
    const contact = extract(text);

    it('finds the name in the first heading', () => {
      assert.equal(contact.name, 'Mario Rossi');
      assert.deepEqual(contact.nameRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
    });

    it('finds email, phone and address with their exact ranges', () => {
      assert.deepEqual(contact.emails, [
        { value: 'mario.rossi@example.it', valid: true, range: { start: { line: 14, character: 13 }, end: { line: 14, character: 35 } } },
      ]);
      assert.deepEqual(contact.phones, [
        { value: '+39 333 123 4567', valid: true, range: { start: { line: 13, character: 16 }, end: { line: 13, character: 32 } } },
      ]);
      assert.deepEqual(contact.address, {
        value: 'Via Giuseppe Verdi 12, 20121 Milano (MI)',
        valid: true,
        range: { start: { line: 12, character: 17 }, end: { line: 12, character: 57 } },
      });
    });

    it('knows the contact section and that it is at the end', () => {
      assert.equal(contact.sectionIndex, 3);
      assert.equal(contact.position, 'end');
    });

    it('ignores the dates in the experience section', () => {
      assert.equal(contact.phones.length, 1);
    });
  });

  describe('phone numbers', () => {
    const formats: Array<[string, string]> = [
      ['+39 333 123 4567', 'Italian mobile with country code'],
      ['333-1234567', 'Italian mobile with a dash'],
      ['3331234567', 'Italian mobile, digits only'],
      ['333.123.4567', 'Italian mobile with dots'],
      ['347/1234567', 'Italian mobile with a slash'],
      ['02 1234 5678', 'Milan landline'],
      ['06 12345678', 'Rome landline'],
      ['(+39) 06 12345678', 'country code in brackets'],
      ['0039 347 765 4321', '0039 prefix'],
      ['+393331234567', 'country code, no spaces'],
      ['+44 20 7946 0958', 'UK landline'],
      ['+44 (0)20 7946 0958', 'UK with trunk zero in brackets'],
      ['020 7946 0958', 'UK national'],
      ['+1 (312) 246-8135', 'US with country code'],
      ['(312) 246-8135', 'US national'],
      ['1-787-321-9054', 'US with the country code 1 and dashes'],
      ['787-321-9054', 'US national with dashes'],
      ['+40 (728) 044 377', 'Romanian mobile'],
    ];
    for (const [number, what] of formats) {
      it(`finds ${what} (${number}) without a label`, () => {
        assert.deepEqual(values(extract(contactSection(`- ${number}`)).phones), [number]);
      });
      it(`finds ${what} (${number}) after a label`, () => {
        assert.deepEqual(values(extract(contactSection(`Cellulare: ${number}`)).phones), [number]);
      });
    }

    it('finds two numbers on one labelled line', () => {
      assert.deepEqual(values(extract(contactSection('- Tel: 333 1234567 / 02 1234 5678')).phones), ['333 1234567', '02 1234 5678']);
    });

    it('finds "Tel." and "Tel -" labels and a tel: link', () => {
      assert.deepEqual(values(extract(contactSection('Tel. 333 7654321')).phones), ['333 7654321']);
      assert.deepEqual(values(extract(contactSection('[Chiamami](tel:+393331112222)')).phones), ['+393331112222']);
    });

    it('counts a masked number as present and valid', () => {
      assert.deepEqual(values(extract(contactSection('T: 077*********')).phones), ['077*********']);
      assert.deepEqual(values(extract(contactSection('- Cellulare: +39 333 *** ****')).phones), ['+39 333 *** ****']);
    });

    const traps: Array<[string, string]> = [
      ['- Impiegata, 2019-2021', 'a year range'],
      ['- Impiegata, 2016 - 2019', 'a spaced year range'],
      ['- Da 03/2019 a 12/2021', 'month/year dates'],
      ['- Dal 01/03/2019 al 31.12.2020', 'full dates'],
      ['- Diploma, 1998', 'a year'],
      ['- Via Roma 1, 20121 Milano', 'a CAP'],
      ['- CAP 00184 Roma', 'a CAP starting with zero'],
      ['- P.IVA 01234567890', 'a VAT number'],
      ['- Partita IVA: 01234567890', 'a labelled VAT number'],
      ['- ISBN 978-88-04-12345-6', 'an ISBN-13'],
      ['- ISBN 0-306-40615-2', 'an ISBN-10'],
      ['- Profilo: https://example.com/users/3331234567', 'a number inside a URL'],
      ['- Sito: www.example.it/0212345678', 'a number inside a bare URL'],
      ['- Windows 10.0.19041, Python 3.11', 'version numbers'],
      ['- Fatture: 1,200 al mese, budget 300 000 €', 'amounts'],
      ['- Matricola 0212345678', 'a registration number'],
      ['- Gestione di 3.000.000 di record', 'a large count'],
      ['- Voto 110/110, orario 09:00-18:00, ISO 9001:2015', 'grades, hours and standards'],
      ['- +20% di fatturato, +15 anni di esperienza', 'signed percentages and counts'],
      ['- IBAN IT60 X054 2811 1010 0000 0123 456', 'an IBAN'],
      ['- Codice fiscale RSSMRA80A01H501U', 'a tax code'],
      ['- Fax: 02 7654321', 'a fax number'],
    ];
    for (const [line, what] of traps) {
      it(`does not take ${what} for a phone number`, () => {
        assert.deepEqual(extract(contactSection(line)).phones, []);
      });
    }

    it('marks a labelled number with too few digits as invalid', () => {
      const contact = extract(contactSection('- Tel: 333 12'));
      assert.deepEqual(contact.phones, [{ value: '333 12', valid: false, range: { start: { line: 8, character: 7 }, end: { line: 8, character: 13 } } }]);
    });

    it('marks a labelled number with too many digits as invalid', () => {
      assert.deepEqual(values(extract(contactSection('Cellulare: 3331234567890123')).phones), ['3331234567890123 (invalid)']);
    });

    it('marks a placeholder left in a labelled line as invalid', () => {
      assert.deepEqual(values(extract(contactSection('- Telefono: +39 …')).phones), ['+39 … (invalid)']);
      assert.deepEqual(values(extract(contactSection('- Phone: …')).phones), ['… (invalid)']);
    });

    it('does not read "Mobile developer" as a phone label', () => {
      assert.deepEqual(extract(contactSection('Mobile developer 2019-2021')).phones, []);
    });
  });

  describe('emails', () => {
    it('finds plain, autolinked and mailto-only addresses once each', () => {
      const contact = extract(contactSection('- mario.rossi@example.it', '- <anna_bianchi+cv@mail.example.co.uk>', '- [Scrivimi](mailto:luca.verdi@example.org)', '- Ancora: mario.rossi@example.it'));
      assert.deepEqual(values(contact.emails), ['mario.rossi@example.it', 'anna_bianchi+cv@mail.example.co.uk', 'luca.verdi@example.org']);
      assert.deepEqual(contact.emails[2].range, { start: { line: 10, character: 20 }, end: { line: 10, character: 42 } });
    });

    it('finds a mailto link in an HTML tag', () => {
      assert.deepEqual(values(extract(contactSection('<a href="mailto:giulia@example.it">Scrivimi</a>')).emails), ['giulia@example.it']);
    });

    it('counts a masked address as present and valid', () => {
      assert.deepEqual(values(extract(contactSection('E: sy*****@gmail.com | T: 077*********')).emails), ['sy*****@gmail.com']);
    });

    it('marks malformed addresses on an Email line as invalid', () => {
      assert.deepEqual(values(extract(contactSection('- Email: mario.rossi@gmail')).emails), ['mario.rossi@gmail (invalid)']);
      assert.deepEqual(values(extract(contactSection('- E-mail: mario@@example.it')).emails), ['mario@@example.it (invalid)']);
      assert.deepEqual(values(extract(contactSection('- Email: mario.rossi.gmail.com')).emails), ['mario.rossi.gmail.com (invalid)']);
    });

    it('reads a spelled-out address as present', () => {
      assert.deepEqual(values(extract(contactSection('- Email: mario.rossi [at] example [dot] it')).emails), ['mario.rossi [at] example [dot] it']);
    });

    it('ignores handles, local names and git remotes without a label', () => {
      assert.deepEqual(extract(contactSection('- Seguimi: @mariorossi, name@localhost, a@b.c, git@github.com:mario/cv.git')).emails, []);
    });

    it('ignores addresses inside code blocks', () => {
      const contact = extract(contactSection('```', 'mailto:codice@example.it test@example.it', '```'));
      assert.deepEqual(contact.emails, []);
    });
  });

  describe('addresses', () => {
    const addresses: Array<[string, string]> = [
      ['- Via Giuseppe Verdi 12, 20121 Milano (MI)', 'Via Giuseppe Verdi 12, 20121 Milano (MI)'],
      ['- Viale dei Mille 3/A, Firenze', 'Viale dei Mille 3/A, Firenze'],
      ['- Piazza Duomo, 1 - Milano', 'Piazza Duomo, 1 - Milano'],
      ['- 20121 Milano (MI)', '20121 Milano (MI)'],
      ['- Monza (MB)', 'Monza (MB)'],
      ['- 221B Baker Street, London NW1 6XE', '221B Baker Street, London NW1 6XE'],
      ['- Manchester M1 7AN', 'Manchester M1 7AN'],
      ['- Springfield, IL 62704', 'Springfield, IL 62704'],
      ['- Worthing, West Sussex, United Kingdom', 'Worthing, West Sussex, United Kingdom'],
      ['- Residenza: Torino', 'Torino'],
      ['| Indirizzo | Corso Vittorio Emanuele 5, Napoli |', 'Corso Vittorio Emanuele 5, Napoli'],
    ];
    for (const [line, expected] of addresses) {
      it(`reads "${line}"`, () => {
        assert.equal(extract(contactSection(line)).address?.value, expected);
      });
    }

    it('does not take a street in a job description for the address', () => {
      const text = ['# Mario Rossi', '', '## Esperienze', '', '- Magazziniere presso Logistica Srl, Via Roma 1, Verona', '', '## Istruzione', '', 'Diploma'].join('\n');
      assert.equal(extract(text).address, null);
    });

    it('does not take a country on its own for an address', () => {
      assert.equal(extract(contactSection('- mario@example.it', '- Italia')).address, null);
    });

    it('reads a one-line contact block split by spaced dashes', () => {
      const contact = extract(contactSection("Sara Galli — Via de' Serragli 60, 50124 Firenze — +39 347 555 0105 — sara.galli@example.com"));
      assert.equal(contact.address?.value, "Via de' Serragli 60, 50124 Firenze");
      assert.deepEqual(values(contact.phones), ['+39 347 555 0105']);
      assert.deepEqual(values(contact.emails), ['sara.galli@example.com']);
    });

    it('reads the line under a heading that is itself a label', () => {
      const text = ['# Emma Collins', '', '## Experience', '', 'Clerk, 2019-2021', '', '## Address', '', '19 Ecclesall Road, Sheffield S11 8HY'].join('\n');
      assert.equal(extract(text).address?.value, '19 Ecclesall Road, Sheffield S11 8HY');
    });

    it('reads a "Location:" line in the contact section but not in a job entry', () => {
      assert.equal(extract(contactSection('- Location: Milano (MI)')).address?.value, 'Milano (MI)');
      const job = ['# Mario Rossi', '', '## Esperienze', '', '- Impiegato, Alfa Srl', '- Location: Milano (MI)', '', '## Istruzione', '', 'Diploma'].join('\n');
      assert.equal(extract(job).address, null);
    });

    it('reads icon-labelled definition lists (Font Awesome)', () => {
      const text = ['# Carlo Neri', '', '## About', '<i class="fa fa-map-marker"></i>', ': Researcher at the Physics Department in Trento.', '', '<i class="fa fa-envelope"></i>', ': [carlo.neri@example.org](mailto:carlo.neri@example.org)', '', '## Education', '', 'PhD, 2020'].join('\n');
      const input = inputFrom(text);
      input.sections[1] = { ...input.sections[1], kind: 'contact' };
      const contact = extractContact(input);
      assert.equal(contact.address?.value, 'Researcher at the Physics Department in Trento');
      assert.deepEqual(values(contact.emails), ['carlo.neri@example.org']);
    });

    it('does not read a "not given" value as an address', () => {
      assert.equal(extract(contactSection('- Indirizzo: su richiesta')).address, null);
    });
  });

  describe('address labels in other languages', () => {
    it('reads a French "localisation :" line as the town', () => {
      assert.equal(extract(contactSection('- localisation : Rennes')).address?.value, 'Rennes');
    });
  });

  describe('layouts', () => {
    it('reads a Europass table, name included', () => {
      const text = [
        '## Informazioni personali',
        '',
        '| Nome e Cognome | Anna Neri |',
        '|---|---|',
        '| Indirizzo | Via Dante 4, 40121 Bologna (BO) |',
        '| Telefono | +39 051 123 4567 |',
        '| Email | anna.neri@example.it |',
        '',
        '## Esperienza professionale',
        '',
        'Impiegata, 2018-2022',
      ].join('\n');
      const contact = extract(text);
      assert.equal(contact.name, 'Anna Neri');
      assert.deepEqual(contact.nameRange, { start: { line: 2, character: 19 }, end: { line: 2, character: 28 } });
      assert.deepEqual(values(contact.phones), ['+39 051 123 4567']);
      assert.deepEqual(values(contact.emails), ['anna.neri@example.it']);
      assert.equal(contact.address?.value, 'Via Dante 4, 40121 Bologna (BO)');
      assert.equal(contact.sectionIndex, 0);
      assert.equal(contact.position, 'top');
    });

    it('reads contact lines written as H4 headings under the name', () => {
      const text = ['# Jane Smith', '#### Email: jane.smith@example.com', '#### Tel: +44 20 7946 0123', '', '## Experience', '', 'Clerk, 2019-2021'].join('\n');
      const contact = extract(text);
      assert.deepEqual(values(contact.emails), ['jane.smith@example.com']);
      assert.deepEqual(values(contact.phones), ['+44 20 7946 0123']);
      assert.equal(contact.sectionIndex, -1);
      assert.equal(contact.position, 'top');
    });

    it('reads contact details at the end after a horizontal rule', () => {
      const text = ['# Jane Smith', '', '## Experience', '', 'Clerk, 2019-2021', '', '## Education', '', 'BA, 2018', '', '---', '', 'jane@example.com • +44 7700 900123 • Leeds, United Kingdom'].join('\n');
      const contact = extract(text);
      assert.deepEqual(values(contact.emails), ['jane@example.com']);
      assert.deepEqual(values(contact.phones), ['+44 7700 900123']);
      assert.equal(contact.address?.value, 'Leeds, United Kingdom');
      assert.equal(contact.position, 'end');
    });

    it('reads details in the middle of the CV as middle', () => {
      const text = ['# Jane Smith', '', '## Experience', '', 'Clerk, 2019-2021', '', 'Phone: +44 7700 900123', '', '## Education', '', 'BA, 2018', '', '## Languages', '', 'English'].join('\n');
      assert.equal(extract(text).position, 'middle');
    });

    it('places a contact section by its heading: top, middle or end', () => {
      const at = (order: string[]) =>
        extract(['# Anna Neri', '', ...order.flatMap((title) => [`## ${title}`, '', title === 'Contatti' ? 'anna@example.it' : 'Testo.', ''])].join('\n')).position;
      assert.equal(at(['Contatti', 'Esperienze', 'Istruzione']), 'top');
      assert.equal(at(['Esperienze', 'Contatti', 'Istruzione']), 'middle');
      assert.equal(at(['Esperienze', 'Istruzione', 'Contatti']), 'end');
      assert.equal(at(['Esperienze', 'Istruzione', 'Contatti', 'Hobby']), 'end');
    });

    it('ignores a contact section guessed from content when no details are in it', () => {
      const input = inputFrom(['# Ada Riva', '', '## Progetti', '', '- code: progetto-uno', '', '## Esperienze', '', 'Testo', '', '## Contatti', '', 'ada@example.it'].join('\n'));
      input.sections[1] = { ...input.sections[1], kind: 'contact', reason: { by: 'context', detail: { en: 'its lines are contact details', it: 'le sue righe sono recapiti' } } };
      const contact = extractContact(input);
      assert.equal(contact.sectionIndex, 3);
      assert.equal(contact.position, 'end');
    });

    it('says none when there are no details, even with a contact section', () => {
      const contact = extract(contactSection('- [LinkedIn](https://www.linkedin.com/in/mario)'));
      assert.equal(contact.position, 'none');
      assert.equal(contact.sectionIndex, 2);
    });
  });

  describe('front matter', () => {
    const text = ['---', 'name: Luca Bianchi', 'email: luca.bianchi@example.it', 'phone: 0212345678', 'address: Via Po 3, 10123 Torino', '---', '', '## Esperienze', '', 'Impiegato, 2019-2021'].join('\n');
    // YAML reads 0212345678 as the number 212345678: the raw line keeps the leading zero.
    const contact = extract(text, { name: 'Luca Bianchi', email: 'luca.bianchi@example.it', phone: 212345678, address: 'Via Po 3, 10123 Torino' });

    it('counts its fields, with ranges on their values', () => {
      assert.equal(contact.name, 'Luca Bianchi');
      assert.deepEqual(contact.nameRange, { start: { line: 1, character: 6 }, end: { line: 1, character: 18 } });
      assert.deepEqual(contact.emails, [{ value: 'luca.bianchi@example.it', valid: true, range: { start: { line: 2, character: 7 }, end: { line: 2, character: 30 } } }]);
      assert.deepEqual(values(contact.phones), ['0212345678']);
      assert.equal(contact.address?.value, 'Via Po 3, 10123 Torino');
    });

    it('puts front matter details at the top', () => {
      assert.equal(contact.position, 'top');
    });

    it('reads nested contact fields, a person-like title and emails anywhere', () => {
      const nested = extract(['---', 'title: Giulia Verdi', '---', '', '## Esperienze', '', 'Testo'].join('\n'), {
        title: 'Giulia Verdi',
        contatti: { telefono: '+39 347 111 2222', indirizzo: 'Bari' },
        abstract: 'Scrivimi a giulia.verdi@example.it o su LinkedIn',
      });
      assert.equal(nested.name, 'Giulia Verdi');
      assert.deepEqual(values(nested.phones), ['+39 347 111 2222']);
      assert.deepEqual(values(nested.emails), ['giulia.verdi@example.it']);
      assert.equal(nested.address?.value, 'Bari');
      assert.equal(nested.position, 'top');
    });

    it('does not take a document title for a name', () => {
      assert.equal(extract(['---', 'title: CV', '---', '', '# Curriculum Vitae', '', 'Testo'].join('\n'), { title: 'CV' }).name, null);
    });

    it('marks a malformed front matter email as invalid', () => {
      assert.deepEqual(values(extract(['---', 'email: mario@gmail', '---', '', 'Testo'].join('\n'), { email: 'mario@gmail' }).emails), ['mario@gmail (invalid)']);
    });
  });

  describe('names', () => {
    const name = (heading: string) => extract(`${heading}\n\n## Esperienze\n\nTesto`).name;
    it('reads a name heading in several shapes', () => {
      assert.equal(name('# Mario Rossi'), 'Mario Rossi');
      assert.equal(name('# JOHN DOE'), 'JOHN DOE');
      assert.equal(name('# Isabella da Silva'), 'Isabella da Silva');
      assert.equal(name('# Mario Rossi – Curriculum Vitae'), 'Mario Rossi');
      assert.equal(name('# Curriculum Vitae di Anna Maria Neri'), 'Anna Maria Neri');
      assert.equal(name("# David Smith's Resume"), 'David Smith');
      assert.equal(name('# 👋 Chiara Esposito'), 'Chiara Esposito');
    });

    it('does not take section titles, document titles or taglines for a name', () => {
      assert.equal(name('# Curriculum Vitae'), null);
      assert.equal(name('# Back Office Specialist'), null);
      assert.equal(name('# Administrative Support'), null);
      assert.equal(name('# Mario'), null);
      assert.equal(name('# Release 2024'), null);
    });

    it('accepts an honorific before the name', () => {
      assert.equal(name('# Dott.ssa Maria Bianchi'), 'Dott.ssa Maria Bianchi');
    });

    it('skips a title heading to find the name below it', () => {
      assert.equal(extract('# Curriculum Vitae\n\n## Paolo Conte\n\n## Esperienze\n\nTesto').name, 'Paolo Conte');
    });

    it('reads a name the person states in the opening prose or in a LaTeX bold title', () => {
      assert.equal(name('My name is Silvia Marchetti Ferrante. I am a student in Valencia.'), 'Silvia Marchetti Ferrante');
      assert.equal(name('Ciao! Mi chiamo **Paolo Verdi** e lavoro a Genova.'), 'Paolo Verdi');
      assert.equal(name('\\begin{center} {\\LARGE\\bfseries LUCIA FERRARI}'), 'LUCIA FERRARI');
      // A first name alone is no full name; "my name is on the list" names nobody.
      assert.equal(name('Ciao! Mi chiamo **Mario**, ho 20 anni.'), null);
      assert.equal(name('My name is on the paper as second author.'), null);
    });

    it('reads the CV\'s first line of plain text as the name, and nothing else written plain', () => {
      assert.equal(extract('Silvia Marchetti\nJanuary 2026\n\n## Esperienze\n\nTesto').name, 'Silvia Marchetti');
      assert.equal(extract('---\ntitle: CV\n---\nSilvia Marchetti  \nVia Roma 1, Torino\n\n## Esperienze\n\nTesto').name, 'Silvia Marchetti');
      assert.equal(extract('Back Office Specialist\n\n## Esperienze\n\nTesto').name, null);
      assert.equal(extract('Welcome to my page.\n\nSilvia Marchetti\n\n## Esperienze\n\nTesto').name, null);
    });

    it('agrees with looksLikePersonName on a few edge cases', () => {
      assert.equal(looksLikePersonName("Luca D'Angelo"), true);
      assert.equal(looksLikePersonName('Anne-Marie Dupont'), true);
      assert.equal(looksLikePersonName('John F. Kennedy'), true);
      assert.equal(looksLikePersonName('Project Management'), false);
      assert.equal(looksLikePersonName('mario rossi'), false);
    });
  });

  describe('robustness', () => {
    it('works from raw lines when there are no spans at all', () => {
      const input = inputFrom(contactSection('- **Telefono:** +39 333 123 4567', '- [mario@example.it](mailto:mario@example.it)'));
      const contact = extractContact({ ...input, spans: [] });
      assert.deepEqual(values(contact.phones), ['+39 333 123 4567']);
      assert.deepEqual(values(contact.emails), ['mario@example.it']);
    });

    it('never throws on broken input', () => {
      const broken = [
        { lines: [], frontMatter: null, sections: [], spans: [] },
        { lines: ['x'], frontMatter: null, sections: [], spans: [{ text: 'a@b.it', line: 99, character: 0, sectionIndex: 0 }] },
        { lines: ['## Contatti'], frontMatter: { format: 'yaml', data: null, range: { start: { line: 5, character: 0 }, end: { line: 9, character: 0 } } }, sections: [], spans: [] },
        { lines: null, frontMatter: null, sections: null, spans: null },
        { lines: ['# A'], frontMatter: null, sections: [null, { kind: 'contact' }], spans: [] },
      ] as unknown as ContactInput[];
      for (const input of broken) {
        const contact = extractContact(input);
        assert.ok(Array.isArray(contact.emails) && Array.isArray(contact.phones));
      }
    });

    it('returns none and -1 for an empty document', () => {
      assert.deepEqual(extractContact({ lines: [''], frontMatter: null, sections: [], spans: [] }), {
        name: null,
        nameRange: null,
        emails: [],
        phones: [],
        address: null,
        sectionIndex: -1,
        position: 'none',
        placeholders: [],
      });
    });
  });
});
