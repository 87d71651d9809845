// The `placeholder` rule through the whole engine, and the detector it reads (engine/placeholder.ts):
// a CV that passes and one that fails, in Italian and English, with the exact findings.
// Every person, number and address here is invented.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import { findPlaceholders, isPlaceholderValue } from '../../server/src/engine/placeholder';
import type { Range } from '../../server/src/engine/types';

function md(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

interface Seen {
  message: string;
  severity: string;
  range: Range;
  fixes: number;
}

function findings(text: string): Seen[] {
  return analyzeCv(text, { fileName: 'cv.md' })
    .findings.filter((f) => f.ruleId === 'placeholder')
    .map((f) => ({ message: f.message, severity: f.severity, range: f.range, fixes: f.fixes.length }));
}

const it_ = (message: string, r: Range): Seen => ({ message, severity: 'warning', range: r, fixes: 0 });

describe('placeholder rule', () => {
  it('[it] passes on a finished CV', () => {
    const text = md(
      '# Giulia Bianchi',
      '',
      '## Esperienza professionale',
      '',
      'Impiegata amministrativa presso Bianchi Srl (2019–2024): fatture, prima nota, archivio.',
      '',
      '## Contatti',
      '',
      '- Indirizzo: Via Garibaldi 12, 10121 Torino (TO)',
      '- Telefono: +39 347 765 4321',
      '- Email: giulia.bianchi@gmail.com',
    );
    assert.deepEqual(findings(text), []);
  });

  it('[it] fails on a template left half filled in', () => {
    const text = md(
      '# Nome Cognome',
      '',
      '## Esperienza professionale',
      '',
      'Impiegata presso [NOME AZIENDA], Via XXXXX, Torino. Lorem ipsum dolor sit amet.',
      '',
      '## Contatti',
      '',
      '- Indirizzo: [INDIRIZZO COMPLETO]',
      '- Telefono: 333 XXX XXXX',
      '- Email: nome.cognome@example.com',
      '',
      '<!-- [Inserisci qui la foto] -->',
      '',
      '```',
      'Telefono: +39 000 0000000',
      '```',
    );
    assert.deepEqual(findings(text), [
      it_('«Nome Cognome» è un segnaposto del modello: sostituiscilo con i tuoi dati.', range(0, 2, 14)),
      it_('«[NOME AZIENDA]» è un segnaposto del modello: sostituiscilo con i tuoi dati.', range(4, 17, 31)),
      it_('«Via XXXXX» è un segnaposto del modello: sostituiscilo con i tuoi dati.', range(4, 33, 42)),
      it_('«Lorem ipsum dolor sit amet» è un segnaposto del modello: sostituiscilo con i tuoi dati.', range(4, 52, 78)),
      it_('«[INDIRIZZO COMPLETO]» è un segnaposto del modello: sostituiscilo con i tuoi dati.', range(8, 13, 33)),
      it_('«333 XXX XXXX» è un segnaposto del modello: sostituiscilo con i tuoi dati.', range(9, 12, 24)),
      it_('«nome.cognome@example.com» è un segnaposto del modello: sostituiscilo con i tuoi dati.', range(10, 9, 33)),
    ]);
  });

  it('[en] passes on a finished CV', () => {
    const text = md(
      '# Emma Collins',
      '',
      '## Work experience',
      '',
      'Office manager at Collins Ltd (2018–2024): invoices, payroll, filing.',
      '',
      '## Contact',
      '',
      'Email: emma.collins@example.com | Phone: +44 7700 900123 | 14 Baker Street, London',
    );
    assert.deepEqual(findings(text), []);
  });

  it('[en] an HTML link in brackets and a LaTeX command\'s argument are the person\'s own text', () => {
    const text = md(
      '# Emma Collins',
      '',
      '## Publications',
      '',
      '- *Office automation in small firms*, 2021. [<a href="https://example.org/paper.pdf">Link</a>]',
      '',
      '## Education',
      '',
      '- [\\emoji{school} University of Leeds] BA in Business Administration, 2016',
      '',
      '## Contact',
      '',
      'Email: emma.collins@example.com | Phone: +44 7700 900123 | 14 Baker Street, London',
    );
    assert.deepEqual(findings(text), []);
    // A brace field with no command before it is still a placeholder.
    assert.equal(findings(text.replace('[\\emoji{school} University of Leeds]', '{school}')).length, 1);
  });

  it('[en] fails on a template: brackets, braces, X runs, sample numbers and a sample name', () => {
    const text = md(
      '---',
      'title: Resume',
      'email: your.email@example.com',
      '---',
      '# John Doe',
      '',
      '[Your Email] | {{ phone }} | <your address> | 123-456-7890',
      '',
      '## Work experience',
      '',
      'Worked at `XXX Corp` ([link](https://example.com/xxx)).',
    );
    const placeholder = (value: string) => `"${value}" is a template placeholder: replace it with your own details.`;
    assert.deepEqual(findings(text), [
      it_(placeholder('your.email@example.com'), range(2, 7, 29)),
      it_(placeholder('John Doe'), range(4, 2, 10)),
      it_(placeholder('[Your Email]'), range(6, 0, 12)),
      it_(placeholder('{{ phone }}'), range(6, 15, 26)),
      it_(placeholder('<your address>'), range(6, 29, 43)),
      it_(placeholder('123-456-7890'), range(6, 46, 58)),
    ]);
  });

  it('a real Mario Rossi with a real email gets nothing', () => {
    const text = md(
      '# Mario Rossi',
      '',
      '## Esperienza professionale',
      '',
      'Contabile presso Rossi & Figli Srl: fatture, riconciliazioni, XXX ciclo di dottorato.',
      '',
      '## Contatti',
      '',
      'Email: mario.rossi@gmail.com · Tel: +39 347 765 4321 · Via Roma 1, 00100 Roma',
    );
    assert.deepEqual(findings(text), []);
  });

  it('can be turned off', () => {
    const text = md('# Nome Cognome', '', '## Esperienza', '', 'x');
    const result = analyzeCv(text, { fileName: 'cv.md', rules: { placeholder: 'off' } });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'placeholder'), []);
  });
});

describe('placeholder detector', () => {
  const placeholders = [
    '[INDIRIZZO COMPLETO]',
    '[Your Email]',
    '<your name>',
    '{{ email }}',
    '{nome}',
    'XXX',
    'xxx-xxx-xxxx',
    '333 XXX XXXX',
    'Via XXXXX',
    'Lorem ipsum',
    'Nome Cognome',
    'First Last',
    'Your Name',
    'nome.cognome@example.com',
    'first.last@example.com',
    'email@email.com',
    '+39 000 0000000',
    '123-456-7890',
    '(555) 123-4567',
    '+1 555-0100',
  ];
  for (const value of placeholders) {
    it(`"${value}" is a placeholder`, () => assert.equal(isPlaceholderValue(value), true));
  }

  const real = [
    'Mario Rossi',
    'John Doe',
    'mario.rossi@example.com',
    'anna.neri@example.it',
    '+39 333 123 4567',
    '+39 347 555 0105',
    '349 555 0147',
    '+44 20 7946 0958',
    'Via Roma 1, 00100 Roma',
    '[x] done',
    '[PDF]',
    '{{ site.email }}',
    '<b>',
    'XXX ciclo di dottorato',
    '2019 - 2024',
  ];
  for (const value of real) {
    it(`"${value}" is not a placeholder`, () => assert.equal(isPlaceholderValue(value), false));
  }

  it('reads front matter values, not keys, and skips code, comments, URLs and defined link labels', () => {
    const lines = [
      '---',
      'nome: Nome Cognome',
      'xxx_key: Giulia Bianchi',
      '---',
      '`XXX` <!-- [Your Name] --> https://example.com/xxx [LinkedIn] [Your Phone]',
      '<!--',
      'Lorem ipsum',
      '-->',
      '',
      '[linkedin]: https://www.linkedin.com/in/giulia-bianchi',
    ];
    const frontMatter = { format: 'yaml' as const, data: {}, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 3 } } };
    assert.deepEqual(
      findPlaceholders({ lines, frontMatter }).map((p) => [p.value, p.kind, p.range.start.line, p.range.start.character]),
      [
        ['Nome Cognome', 'template-name', 1, 6],
        ['[Your Phone]', 'bracketed', 4, 62],
      ],
    );
  });
});
