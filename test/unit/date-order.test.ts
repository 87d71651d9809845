// date-order: experience and education entries newest first, an end date after its start, no date in the
// future. A CV that passes and one that fails, in Italian and English, with the exact findings.
// Every person and company here is invented; future dates are in the 2040s so the tests do not age.
import assert from 'node:assert/strict';
import { getRule } from '../../server/src/rules/index';
import { md, range, ruleFindings, seen } from '../support/rule-test';

const cvIt = (experience: string[], education: string[] = ['- 2012 – 2017: diploma di ragioneria, ITC Sommeiller, Torino']) =>
  md(
    '# Giulia Bianchi', // 0
    '', // 1
    'Impiegata amministrativa dal 2017; nel 2048 spero di guidare un ufficio.', // 2
    '', // 3
    '## Esperienza professionale', // 4
    '', // 5
    ...experience, // 6…
    '',
    '## Istruzione e formazione',
    '',
    ...education,
  );

const cvEn = (experience: string[]) =>
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

describe('date-order rule', () => {
  it('is registered as a warning, without a fix', () => {
    const rule = getRule('date-order')!;
    assert.deepEqual([rule.defaultSeverity, rule.fixable], ['warning', false]);
  });

  it('[it] passes on entries newest first (headings with their dates under them, and list items); a date in the summary is not an entry', () => {
    const text = cvIt(
      [
        '### Impiegata amministrativa — Alfa S.r.l., Torino',
        '',
        '03/2019 – oggi',
        '',
        '- Fatturazione e prima nota dal 2019',
        '',
        '### Segretaria — Beta S.p.A., Torino',
        '',
        '09/2017 – 02/2019',
      ],
      ['- 2015 – 2017: laurea in economia (in corso fino al 2048)', '- 2010 – 2015: diploma di ragioneria'],
    );
    assert.deepEqual(ruleFindings(text, 'date-order'), []);
  });

  it('[it] fails on entries oldest first: one finding for the section', () => {
    const text = cvIt(['- 09/2015 – 02/2017: segretaria, Beta S.p.A.', '- 03/2017 – 08/2019: impiegata, Alfa S.r.l.', '- 09/2019 – oggi: impiegata amministrativa, Gamma S.r.l.']);
    assert.deepEqual(seen(ruleFindings(text, 'date-order')), [
      {
        severity: 'info',
        message: 'Le voci di «Esperienza professionale» vanno dalla più vecchia alla più recente: di solito, e nel CV Europass, si parte dalla più recente.',
        range: range(6, 2, 19),
        fixes: 0,
      },
    ]);
  });

  it('[it] fails on an end date before its start (warning) and a date in the future (info)', () => {
    const text = cvIt(['- 03/2048 – oggi: stage, Delta S.r.l.', '- 06/2021 – 03/2019: impiegata, Alfa S.r.l.']);
    assert.deepEqual(seen(ruleFindings(text, 'date-order')), [
      {
        severity: 'info',
        message: '«03/2048» è una data futura: se il periodo è ancora in corso scrivi «oggi» o «in corso»; se è previsto, dillo («prevista»).',
        range: range(6, 2, 9),
        fixes: 0,
      },
      { severity: 'warning', message: 'La data di fine (03/2019) è precedente a quella di inizio (06/2021).', range: range(7, 2, 19), fixes: 0 },
    ]);
  });

  it('[en] passes on newest first, also with jobs that overlap', () => {
    const text = cvEn([
      '- March 2020 – present: office administrator, Beta Ltd',
      '- January 2018 – June 2021: part-time bookkeeper, Gamma Ltd',
      '- 2015 – 2018: receptionist, Delta Ltd',
    ]);
    assert.deepEqual(ruleFindings(text, 'date-order'), []);
  });

  it('[en] fails on one entry out of place among entries newest first', () => {
    const text = cvEn([
      '- March 2020 – present: office administrator, Beta Ltd',
      '- 2014 – 2016: receptionist, Delta Ltd',
      '- 2017 – 2019: clerk, Gamma Ltd',
      '- 2012 – 2013: intern, Epsilon Ltd',
    ]);
    assert.deepEqual(seen(ruleFindings(text, 'date-order')), [
      {
        severity: 'info',
        message: 'This entry (2017 – 2019) is newer than the one before it (line 6: 2014 – 2016): the other entries under "Work experience" run from newest to oldest.',
        range: range(6, 2, 13),
        fixes: 0,
      },
    ]);
  });

  it('[en] an expected date in the future is not reported; one that is not, is', () => {
    const text = cvEn(['- September 2047 – June 2049 (expected): MSc in Accounting', '- 2019 – June 2048: office administrator, Beta Ltd']);
    assert.deepEqual(seen(ruleFindings(text, 'date-order')), [
      {
        severity: 'info',
        message: '"June 2048" is in the future: if the period is still going on write "present"; if it is expected, say so ("expected").',
        range: range(5, 9, 18),
        fixes: 0,
      },
    ]);
  });

  it('[en] many entries in no one order are some other order (by kind, by importance): silence', () => {
    const text = cvEn(['- 2016 – 2017: clerk, Gamma Ltd', '- 2020 – 2021: office administrator, Beta Ltd', '- 2012 – 2013: intern, Epsilon Ltd', '- 2018 – 2019: receptionist, Delta Ltd']);
    assert.deepEqual(ruleFindings(text, 'date-order'), []);
  });
});
