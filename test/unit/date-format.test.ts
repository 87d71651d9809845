// date-format: month-and-year dates written in more than one format. A CV that passes and one that fails, in
// Italian and English, with the exact findings; and the dates the rule leaves alone.
// Every person and company here is invented.
import assert from 'node:assert/strict';
import { findDates, timelineDates } from '../../server/src/engine/dates';
import { getRule } from '../../server/src/rules/index';
import { md, range, ruleFindings, seen } from '../support/rule-test';

const cvIt = (...experience: string[]) =>
  md(
    '# Giulia Bianchi', // 0
    '', // 1
    '## Esperienza professionale', // 2
    '', // 3
    ...experience, // 4…
    '',
    '## Istruzione e formazione',
    '',
    '- 2012 – 2017: diploma di ragioneria, ITC Sommeiller, Torino',
  );

const cvEn = (...experience: string[]) =>
  md(
    '# Daniel Green', // 0
    '', // 1
    '## Work experience', // 2
    '', // 3
    ...experience, // 4…
    '',
    '## Education',
    '',
    '- 2012 – 2015: BA in Business Administration, University of Leeds',
  );

describe('date-format rule', () => {
  it('is registered as info, without a fix', () => {
    const rule = getRule('date-format')!;
    assert.deepEqual([rule.defaultSeverity, rule.fixable], ['info', false]);
  });

  it('[it] passes on one format, with years alone, a birth date and a date told in a sentence beside it', () => {
    const text = cvIt(
      '### Impiegata amministrativa — Alfa S.r.l., Torino',
      '',
      '03/2019 – oggi',
      '',
      '- Alfa S.r.l. è una società costituita nel giugno 2015.',
      '',
      '### Segretaria — Beta S.p.A., Torino',
      '',
      '09/2017 – 02/2019',
      '',
      'Nata il 12/05/1995 a Torino.',
    );
    assert.deepEqual(ruleFindings(text, 'date-format'), []);
  });

  it('[it] fails on three formats: names them with how often each is used, and the dominant one', () => {
    const text = cvIt('- 03/2019 – oggi: impiegata amministrativa, Alfa S.r.l.', '- 09/2017 – 02/2019: segretaria, Beta S.p.A.', '- marzo 2016 – agosto 2017: stage, Gamma S.r.l.', '- 2015-01 – 2015-12: servizio civile');
    assert.deepEqual(seen(ruleFindings(text, 'date-format')), [
      {
        severity: 'info',
        message:
          'Le date del CV sono scritte in 3 formati: «03/2019» (MM/AAAA, 3 volte), «marzo 2016» (mese in lettere e anno, 2 volte), «2015-01» (AAAA-MM, 2 volte). ' +
          'Il più usato è MM/AAAA: scrivi tutte le date così.',
        range: range(6, 2, 12),
        fixes: 0,
      },
    ]);
  });

  it('[en] passes on month names, full and abbreviated, beside years alone', () => {
    const text = cvEn('- March 2019 – present: office administrator, Beta Ltd', '- Sep 2016 – Feb 2019: receptionist, Gamma Ltd');
    assert.deepEqual(ruleFindings(text, 'date-format'), []);
  });

  it('[en] fails on two formats; a tie goes to the format used first', () => {
    const text = cvEn('- Mar 2019 – Jun 2020: office administrator, Beta Ltd', '- 09/2016 – 02/2019: receptionist, Gamma Ltd');
    assert.deepEqual(seen(ruleFindings(text, 'date-format')), [
      {
        severity: 'info',
        message: 'The CV writes dates in 2 formats: "Mar 2019" (month name and year, 2 times), "09/2016" (MM/YYYY, 2 times). The most used is month name and year: write every date that way.',
        range: range(5, 2, 9),
        fixes: 0,
      },
    ]);
  });

  it('reads an academic year ("2011/12") as years, not as December 2011', () => {
    assert.deepEqual(findDates('a.a. 2011/12').map((d) => [d.format, d.year, d.month]), [['YYYY', 2011, null]]);
    assert.deepEqual(findDates('2019-03').map((d) => [d.format, d.year, d.month]), [['YYYY-MM', 2019, 3]]);
    assert.deepEqual(findDates('D.Lgs. 196/2003, Reg. 2016/679').map((d) => d.format), []);
    assert.deepEqual(timelineDates('Società costituita nel giugno 2015').length, 0);
    assert.deepEqual(timelineDates('Giugno 2015 – oggi').map((d) => d.format), ['month YYYY']);
  });

  it('is silent on a CV in another language (month names cvlint does not read)', () => {
    const text = md('---', 'lang: es', '---', '# Ana Pérez', '', '## Experiencia', '', '- Marzo 2019 – Diciembre 2021: administrativa, Alfa S.L.', '- 01/2015 – 02/2019: recepcionista', '', '## Educación', '', '- 2010 – 2014: Licenciatura en Economía, Universidad de Sevilla');
    assert.deepEqual(ruleFindings(text, 'date-format'), []);
  });
});
