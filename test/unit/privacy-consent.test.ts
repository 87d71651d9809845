// privacy-consent: the consent to the processing of personal data at the end of an Italian CV. A CV that
// passes and one that fails, in Italian and English, with the exact findings; fixes applied.
// Every person, number and address here is invented.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import { trailingPrivacyStart } from '../../server/src/engine/privacy';
import { getProfile } from '../../server/src/profiles/index';
import { getRule } from '../../server/src/rules/index';
import { applyOnlyFix, md, range, ruleFindings, seen } from '../support/rule-test';

const cvIt = (...tail: string[]) =>
  md(
    '# Giulia Bianchi', // 0
    '', // 1
    '## Esperienza professionale', // 2
    '', // 3
    '- 2019–2024: impiegata amministrativa presso Bianchi Srl, Torino', // 4
    '', // 5
    '## Istruzione e formazione', // 6
    '', // 7
    '- 2018: diploma di ragioneria, ITC Sommeiller, Torino', // 8
    '', // 9
    '## Contatti', // 10
    '', // 11
    '- Via Garibaldi 12, 10121 Torino', // 12
    '- giulia.bianchi@gmail.com', // 13
    ...tail,
  );

const cvEn = (...tail: string[]) =>
  md(
    '# Daniel Green', // 0
    '', // 1
    '## Work experience', // 2
    '', // 3
    '- 2019–2024: office administrator, Beta Ltd, Leeds', // 4
    '', // 5
    '## Education', // 6
    '', // 7
    '- 2018: BA in Business Administration, University of Leeds', // 8
    '', // 9
    '## Contact information', // 10
    '', // 11
    '- 1 High Street, Leeds LS1 1AA', // 12
    '- daniel.green@gmail.com', // 13
    ...tail,
  );

const missingIt =
  'Il CV non ha l’autorizzazione al trattamento dei dati personali: non è obbligatoria, ma molti selezionatori italiani se la aspettano ' +
  'in fondo al CV, con il riferimento al D.Lgs. 196/2003 e al Regolamento UE 2016/679 (GDPR).';
const missingEn =
  'The CV has no consent to the processing of personal data: it is not required by law, but many Italian recruiters expect it at the ' +
  'end of the CV, citing D.Lgs. 196/2003 and Regulation (EU) 2016/679 (GDPR).';

describe('privacy-consent rule', () => {
  it('is registered as info, with a fix', () => {
    const rule = getRule('privacy-consent')!;
    assert.deepEqual([rule.defaultSeverity, rule.fixable], ['info', true]);
  });

  it('[it] passes on a CV whose clause cites both laws (also over two lines, or in the front matter)', () => {
    const both = cvIt('', 'Autorizzo il trattamento dei dati personali contenuti nel mio curriculum', 'vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).');
    assert.deepEqual(ruleFindings(both, 'privacy-consent'), []);
    const gdprOnly = cvIt('', '*Autorizzo il trattamento dei miei dati personali ai sensi del GDPR (Regolamento UE 2016/679).*');
    assert.deepEqual(ruleFindings(gdprOnly, 'privacy-consent'), []);
    const frontMatter = '---\nfooter: Autorizzo il trattamento dei dati personali in base al D. Lgs. 196/2003 e al GDPR 679/16.\n---\n' + cvIt();
    assert.deepEqual(ruleFindings(frontMatter, 'privacy-consent'), []);
  });

  it('[it] fails on a CV without the clause; the fix appends the current wording at the very end', () => {
    const text = cvIt();
    const found = ruleFindings(text, 'privacy-consent');
    assert.deepEqual(seen(found), [{ severity: 'info', message: missingIt, range: range(0, 0, 16), fixes: 1 }]);
    assert.equal(found[0].fixes[0].title, 'Aggiungi l’autorizzazione al trattamento dei dati in fondo al CV');
    const fixed = applyOnlyFix(text, found[0]);
    assert.equal(
      fixed,
      text +
        '\nAutorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).\n',
    );
    assert.deepEqual(ruleFindings(fixed, 'privacy-consent'), []);
    // The placement policy sees it as the trailing clause: nothing is inserted after it.
    const doc = analyzeCv(fixed, { fileName: 'cv.md' }).document;
    assert.equal(trailingPrivacyStart(doc), 15);
  });

  it('[it] a clause citing only D.Lgs. 196/2003 gets a suggestion; the fix adds the GDPR after it, deleting nothing', () => {
    const text = cvIt('', 'Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003.');
    const found = ruleFindings(text, 'privacy-consent');
    assert.deepEqual(seen(found), [
      {
        severity: 'info',
        message: 'L’autorizzazione al trattamento dei dati cita solo «D.Lgs. 196/2003»: dal 2018 vale il Regolamento UE 2016/679 (GDPR), che conviene citare insieme.',
        range: range(15, 62, 77),
        fixes: 1,
      },
    ]);
    const fixed = applyOnlyFix(text, found[0]);
    assert.ok(fixed.endsWith('ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).\n'), fixed);
    assert.deepEqual(ruleFindings(fixed, 'privacy-consent'), []);
  });

  it('[it] a mention of the GDPR among skills is not a consent clause', () => {
    const text = cvIt('', '## Competenze tecniche', '', '- Excel, conoscenza del GDPR e della privacy aziendale');
    assert.deepEqual(
      ruleFindings(text, 'privacy-consent').map((f) => f.messageKey),
      ['missing'],
    );
  });

  it('[it] keeps CRLF line endings', () => {
    const text = cvIt().replace(/\n/g, '\r\n');
    const [finding] = ruleFindings(text, 'privacy-consent');
    const fixed = applyOnlyFix(text, finding);
    assert.ok(!/(^|[^\r])\n/.test(fixed), 'no bare LF');
  });

  it('[en] is off for an English CV by default', () => {
    assert.deepEqual(ruleFindings(cvEn(), 'privacy-consent'), []);
  });

  it('[en] the settings turn it on: a CV without the clause fails, and the fix writes the English wording', () => {
    const text = cvEn();
    const found = ruleFindings(text, 'privacy-consent', { rules: { 'privacy-consent': 'info' } });
    assert.deepEqual(seen(found), [{ severity: 'info', message: missingEn, range: range(0, 0, 14), fixes: 1 }]);
    const fixed = applyOnlyFix(text, found[0]);
    assert.ok(
      fixed.endsWith(
        '\n\nI authorise the processing of the personal data contained in my CV in accordance with Italian Legislative Decree 196/2003 and Regulation (EU) 2016/679 (GDPR).\n',
      ),
    );
    assert.deepEqual(ruleFindings(fixed, 'privacy-consent', { rules: { 'privacy-consent': 'info' } }), []);
  });

  it('[en] with the rule on, passes on a clause citing the GDPR and fails on one citing only the old law', () => {
    const on = { rules: { 'privacy-consent': 'warning' as const } };
    assert.deepEqual(ruleFindings(cvEn('', 'I hereby authorise the processing of my personal data under Regulation (EU) 2016/679.'), 'privacy-consent', on), []);
    const old = cvEn('', 'I authorize the processing of my personal data pursuant to Legislative Decree 196/03.');
    const found = ruleFindings(old, 'privacy-consent', on);
    assert.deepEqual(seen(found), [
      {
        severity: 'warning',
        message: 'The consent clause cites only "Legislative Decree 196/03": since 2018 Regulation (EU) 2016/679 (GDPR) applies, and is worth citing with it.',
        range: range(15, 59, 84),
        fixes: 1,
      },
    ]);
    assert.ok(applyOnlyFix(old, found[0]).includes('Decree 196/03 and Regulation (EU) 2016/679 (GDPR).'));
  });

  it('[en] a profile can turn it on', () => {
    const profile = { ...getProfile('back-office')!, severities: { 'privacy-consent': 'info' as const } };
    assert.deepEqual(ruleFindings(cvEn(), 'privacy-consent', { profile }).map((f) => f.messageKey), ['missing']);
  });

  it('[it] is silent when turned off in the settings or with an inline comment', () => {
    assert.deepEqual(ruleFindings(cvIt(), 'privacy-consent', { rules: { 'privacy-consent': 'off' } }), []);
    assert.deepEqual(ruleFindings('<!-- cvlint-disable privacy-consent -->\n' + cvIt(), 'privacy-consent'), []);
  });
});
