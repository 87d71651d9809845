// personal-data: data Italian and EU practice leaves optional or advises against in a CV. A CV that passes
// and one that fails, in Italian and English, with the exact findings; a profile can turn the rule off.
// Every person, number and code here is invented.
import assert from 'node:assert/strict';
import { getProfile } from '../../server/src/profiles/index';
import { getRule } from '../../server/src/rules/index';
import { md, range, ruleFindings, seen } from '../support/rule-test';

const cvIt = (...personal: string[]) =>
  md(
    '# Giulia Bianchi', // 0
    '', // 1
    '## Informazioni personali', // 2
    '', // 3
    ...personal, // 4…
    '',
    '## Esperienza professionale',
    '',
    '- 2019–2024: impiegata amministrativa presso Bianchi Srl, Torino; gestione del codice fiscale e delle anagrafiche dei clienti',
    '',
    '## Istruzione e formazione',
    '',
    '- 2018: diploma di ragioneria, ITC Sommeiller, Torino',
  );

const cvEn = (...personal: string[]) =>
  md(
    '# Daniel Green', // 0
    '', // 1
    '## Personal information', // 2
    '', // 3
    ...personal, // 4…
    '',
    '## Work experience',
    '',
    '- 2019–2024: office administrator, Beta Ltd, Leeds',
    '',
    '## Education',
    '',
    '- 2018: BA in Business Administration, University of Leeds',
  );

describe('personal-data rule', () => {
  it('is registered as info, without a fix', () => {
    const rule = getRule('personal-data')!;
    assert.deepEqual([rule.defaultSeverity, rule.fixable], ['info', false]);
  });

  it('[it] passes on contact details only, a badge image and dates that are not a birth', () => {
    const text = cvIt(
      '- Via Garibaldi 12, 10121 Torino',
      '- giulia.bianchi@gmail.com',
      '- ![ECDL](https://img.shields.io/badge/ECDL-full-blue)',
      '- Il progetto di archiviazione digitale è nato il 3 marzo 2015 da un’idea dell’ufficio amministrativo, che poi l’ha esteso a tutta la sede.',
    );
    assert.deepEqual(ruleFindings(text, 'personal-data'), []);
  });

  it('[it] fails on date of birth, marital status, children, codice fiscale and a photo', () => {
    const text = cvIt(
      '![Foto di Giulia](img/foto-giulia.jpg)', // 4
      '',
      '- Data di nascita: 12/05/1990', // 6
      '- **Stato civile:** coniugata', // 7
      '- Due figli', // 8
      '- C.F.: BNCGLI90E52L219X', // 9
    );
    assert.deepEqual(seen(ruleFindings(text, 'personal-data')), [
      {
        severity: 'info',
        message: 'Foto: è facoltativa; in Italia è comune, ma la prassi europea la sconsiglia perché espone a discriminazioni. Se la tieni, scegline una professionale.',
        range: range(4, 0, 38),
        fixes: 0,
      },
      {
        severity: 'info',
        message: 'Data di nascita: nel CV è facoltativa (il CV Europass non la chiede) e conviene ometterla, perché non dice nulla delle tue competenze ed espone a discriminazioni per età.',
        range: range(6, 2, 17),
        fixes: 0,
      },
      {
        severity: 'info',
        message: 'Stato civile: non serve a valutare un candidato e la prassi italiana ed europea sconsiglia di indicarlo, perché espone a discriminazioni.',
        range: range(7, 4, 17),
        fixes: 0,
      },
      {
        severity: 'info',
        message: 'Figli: non servono a valutare un candidato e la prassi italiana ed europea sconsiglia di indicarli, perché espongono a discriminazioni.',
        range: range(8, 2, 11),
        fixes: 0,
      },
      {
        severity: 'info',
        message: 'Codice fiscale: non va nel CV; serve solo al momento dell’assunzione ed è un dato da proteggere (rivela data e luogo di nascita).',
        range: range(9, 2, 7),
        fixes: 0,
      },
    ]);
  });

  it('[en] passes on a CV that names none of them, even in a sentence about them', () => {
    const text = cvEn('- 1 High Street, Leeds LS1 1AA', '- daniel.green@gmail.com', '- I keep my CV free of personal data: no photo, age or marital status.');
    assert.deepEqual(ruleFindings(text, 'personal-data'), []);
  });

  it('[en] fails on date of birth, age, marital status, children and a photo', () => {
    const text = cvEn('<img src="me.jpg" alt="Daniel Green">', '', '- Date of birth: 12 May 1990', '- Age: 35', '- Marital status: married', '- 2 children');
    assert.deepEqual(
      ruleFindings(text, 'personal-data').map((f) => [f.messageKey, f.range.start.line]),
      [
        ['photo', 4],
        ['birthDate', 6],
        ['age', 7],
        ['maritalStatus', 8],
        ['children', 9],
      ],
    );
    assert.equal(
      ruleFindings(text, 'personal-data')[2].message,
      'Age: optional in a CV and best left out, since it says nothing of your skills and invites age discrimination.',
    );
  });

  it('is off for a profile that wants these data', () => {
    const profile = { ...getProfile('back-office')!, severities: { 'personal-data': 'off' as const } };
    assert.deepEqual(ruleFindings(cvIt('- Data di nascita: 12/05/1990'), 'personal-data', { profile }), []);
  });
});
