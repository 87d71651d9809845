// Bold lines that act as headings in real CVs, and bold lines that are only entry labels.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';

const sectionsOf = (...lines: string[]) =>
  analyzeCv(lines.join('\n'), { fileName: 'cv.md' }).document.sections.map((s) => [s.headingRange.start.line, s.kind, s.title, s.source]);

describe('bold headings', () => {
  it('a bold section title with its first entry on the next line is a heading', () => {
    assert.deepEqual(sectionsOf('# Mario Rossi', '', '**Esperienza professionale**', '2019 – oggi: impiegato, Alfa S.r.l.'), [
      [0, 'other', 'Mario Rossi', 'atx'],
      [2, 'experience', 'Esperienza professionale', 'bold'],
    ]);
  });

  it('a colon after the bold text still makes a heading line', () => {
    assert.deepEqual(sectionsOf('# Mario Rossi', '', '**Istruzione**:', '', 'Diploma di ragioneria'), [
      [0, 'other', 'Mario Rossi', 'atx'],
      [2, 'education', 'Istruzione', 'bold'],
    ]);
  });

  it('a bold company name above its entry, and a bold label with a value, are not headings', () => {
    assert.deepEqual(sectionsOf('# Mario Rossi', '', '## Esperienze', '', '**Alfa S.r.l.**', 'Impiegato', '', '**Lingue**: italiano, inglese'), [
      [0, 'other', 'Mario Rossi', 'atx'],
      [2, 'experience', 'Esperienze', 'atx'],
    ]);
  });

  it('with bold headings, plain short lines are not taken for headings', () => {
    const sections = sectionsOf('**Istruzione**', '', 'Diploma di ragioneria', '', '**Esperienze**', '', 'Impiegata');
    assert.deepEqual(sections.map((s) => s[2]), ['Istruzione', 'Esperienze']);
  });

  it('Europass tables: a row holding only a bold or ALL-CAPS label is a heading; label/value rows are not', () => {
    assert.deepEqual(
      sectionsOf('# Curriculum vitae', '', '| | |', '|---|---|', '| **ESPERIENZA LAVORATIVA** | |', '| Date | 2019 – oggi |', '| ISTRUZIONE E FORMAZIONE | |', '| Titolo | Diploma |'),
      [
        [0, 'other', 'Curriculum vitae', 'atx'],
        [4, 'experience', 'ESPERIENZA LAVORATIVA', 'bold'],
        [6, 'education', 'ISTRUZIONE E FORMAZIONE', 'caps'],
      ],
    );
  });

  it('attribute blocks are not part of a heading title', () => {
    assert.deepEqual(sectionsOf('# Anna Neri', '', '## Lingue {#lingue}', '', 'Inglese B2'), [
      [0, 'other', 'Anna Neri', 'atx'],
      [2, 'language-skills', 'Lingue', 'atx'],
    ]);
  });
});
