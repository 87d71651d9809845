// cv-length: estimated A4 pages above the profile's limit (back office: 2). A CV that passes and one that
// fails, in Italian and English, with the exact findings. Every person and company here is invented.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import { estimateLength } from '../../server/src/engine/length';
import { getProfile } from '../../server/src/profiles/index';
import { getRule } from '../../server/src/rules/index';
import { md, range, ruleFindings, seen } from '../support/rule-test';

/** `jobs` job entries of 60 words each (four duty lines of 15 words). */
function cvIt(jobs: number): string {
  const entries: string[] = [];
  for (let i = 0; i < jobs; i++) {
    entries.push(`### Impiegata amministrativa — Azienda ${i + 1} S.r.l., Torino`, '', `${2020 - i}`, '');
    for (let d = 0; d < 4; d++) entries.push('- Gestione delle fatture dei fornitori, della prima nota e delle riconciliazioni bancarie mensili per la sede.');
    entries.push('');
  }
  return md('# Giulia Bianchi', '', '## Esperienza professionale', '', ...entries, '## Istruzione e formazione', '', '- 2012: diploma di ragioneria, ITC Sommeiller, Torino');
}

function cvEn(jobs: number): string {
  const entries: string[] = [];
  for (let i = 0; i < jobs; i++) {
    entries.push(`### Office administrator — Company ${i + 1} Ltd, Leeds`, '', `${2020 - i}`, '');
    for (let d = 0; d < 4; d++) entries.push('- Handled supplier invoices, the petty cash book and the monthly bank reconciliations for the whole office team.');
    entries.push('');
  }
  return md('# Daniel Green', '', '## Work experience', '', ...entries, '## Education', '', '- 2012: BA in Business Administration, University of Leeds');
}

describe('cv-length rule', () => {
  it('is registered as a warning, without a fix; the back-office profile allows 2 pages', () => {
    const rule = getRule('cv-length')!;
    assert.deepEqual([rule.defaultSeverity, rule.fixable], ['warning', false]);
    assert.equal(getProfile('back-office')!.maxPages, 2);
  });

  it('estimates pages from words and printed lines', () => {
    const estimate = estimateLength(analyzeCv(cvEn(5), { fileName: 'cv.md' }).document);
    assert.ok(estimate.words > 300 && estimate.words < 400, String(estimate.words));
    assert.ok(estimate.pagesByWords < 1 && estimate.pagesByLines < 1.5, JSON.stringify(estimate));
  });

  it('[it] passes on a CV of two pages at most', () => {
    assert.deepEqual(ruleFindings(cvIt(12), 'cv-length'), []);
  });

  it('[it] fails on a CV just over the limit (info) and one well over it (warning)', () => {
    assert.deepEqual(seen(ruleFindings(cvIt(20), 'cv-length')), [
      {
        severity: 'info',
        message:
          'Il CV occupa circa 2,9 pagine A4 (1474 parole, circa 259 righe stampate): per il profilo «Impiegato/a di back office» ne bastano 2. ' +
          'Accorcia le voci più vecchie o meno pertinenti per il ruolo.',
        range: range(0, 0, 16),
        fixes: 0,
      },
    ]);
    assert.deepEqual(ruleFindings(cvIt(40), 'cv-length').map((f) => f.severity), ['warning']);
  });

  it('[en] passes on a short CV and fails on a long one', () => {
    assert.deepEqual(ruleFindings(cvEn(10), 'cv-length'), []);
    assert.deepEqual(seen(ruleFindings(cvEn(40), 'cv-length')), [
      {
        severity: 'warning',
        message:
          'The CV takes about 6 A4 pages (3013 words, about 509 printed lines): the "Back-office clerk" profile advises at most 2. ' +
          'Shorten the oldest entries and those least relevant to the role.',
        range: range(0, 0, 14),
        fixes: 0,
      },
    ]);
  });

  it('[en] many short lines with few words (a list of tools, HTML) are not a long CV', () => {
    const tools = Array.from({ length: 200 }, (_, i) => `- Tool ${i + 1}`);
    assert.deepEqual(ruleFindings(cvEn(2) + `\n## Technical skills\n\n${tools.join('\n')}\n`, 'cv-length'), []);
  });

  it('follows the profile: no limit, no check; a one-page limit is checked', () => {
    const back = getProfile('back-office')!;
    assert.deepEqual(ruleFindings(cvEn(40), 'cv-length', { profile: { ...back, maxPages: undefined } }), []);
    assert.deepEqual(ruleFindings(cvEn(12), 'cv-length', { profile: { ...back, maxPages: 1 } }).map((f) => f.messageArgs.limit), [1]);
  });
});
