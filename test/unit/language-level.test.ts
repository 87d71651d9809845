// language-level: every foreign language with a CEFR level, the mother tongue stated. A CV that passes and
// one that fails, in Italian and English, with the exact findings; the fix writes a placeholder, never a level.
// Every person and company here is invented.
import assert from 'node:assert/strict';
import { getRule } from '../../server/src/rules/index';
import { applyOnlyFix, md, range, ruleFindings, seen } from '../support/rule-test';

const cvIt = (...languages: string[]) =>
  md(
    '# Giulia Bianchi', // 0
    '', // 1
    '## Esperienza professionale', // 2
    '', // 3
    '- 2019–2024: impiegata amministrativa presso Bianchi Srl, Torino; corrispondenza con i fornitori in tedesco', // 4
    '', // 5
    '## Istruzione e formazione', // 6
    '', // 7
    '- 2018: diploma di ragioneria, ITC Sommeiller, Torino', // 8
    '', // 9
    '## Competenze linguistiche', // 10
    '', // 11
    ...languages, // 12…
  );

const cvEn = (...languages: string[]) =>
  md(
    '# Daniel Green', // 0
    '', // 1
    '## Work experience', // 2
    '', // 3
    '- 2019–2024: office administrator, Beta Ltd, Leeds; translated supplier letters from German', // 4
    '', // 5
    '## Education', // 6
    '', // 7
    '- 2018: BA in Business Administration, University of Leeds', // 8
    '', // 9
    '## Languages', // 10
    '', // 11
    ...languages, // 12…
  );

describe('language-level rule', () => {
  it('is registered as a warning with a fix', () => {
    const rule = getRule('language-level')!;
    assert.deepEqual([rule.defaultSeverity, rule.fixable], ['warning', true]);
  });

  it('[it] passes on CEFR levels, "B2 (QCER)", a certificate and the mother tongue', () => {
    const text = cvIt('- Lingua madre: italiano', '- Inglese: B2 (QCER)', '- Francese: A2', '- Tedesco: Goethe-Zertifikat');
    assert.deepEqual(ruleFindings(text, 'language-level'), []);
  });

  it('[it] passes on the Europass grid with its five columns', () => {
    const text = cvIt(
      '**Lingua madre:** italiano',
      '',
      '| Altre lingue | Ascolto | Lettura | Interazione | Produzione orale | Scrittura |',
      '|---|---|---|---|---|---|',
      '| Inglese | B2 | B2 | B1 | B1 | B2 |',
    );
    assert.deepEqual(ruleFindings(text, 'language-level'), []);
  });

  it('[it] fails on a language without a level (warning, with a placeholder fix) and on a level in words (info)', () => {
    const text = cvIt('- Italiano: madrelingua', '- Inglese', '- Francese: scolastico');
    const found = ruleFindings(text, 'language-level');
    assert.deepEqual(seen(found), [
      {
        severity: 'warning',
        message: 'Per «Inglese» non è indicato il livello: aggiungi il tuo livello QCER (A1–C2), dal certificato o dall’autovalutazione Europass.',
        range: range(13, 2, 9),
        fixes: 1,
      },
      {
        severity: 'info',
        message: '«Francese: scolastico» non è un livello QCER: corrisponde più o meno a A1–A2. Indica il livello QCER (A1–C2), che i selezionatori sanno confrontare.',
        range: range(14, 12, 22),
        fixes: 0,
      },
    ]);
    const fixed = applyOnlyFix(text, found[0]);
    assert.ok(fixed.includes('\n- Inglese: [livello QCER]\n'), fixed);
    // The placeholder is for the person to complete: the placeholder rule asks for it now.
    assert.deepEqual(ruleFindings(fixed, 'language-level').map((f) => f.messageKey), ['freeWord']);
    assert.ok(ruleFindings(fixed, 'placeholder').some((f) => f.range.start.line === 13));
  });

  it('[it] reads the level on the lines under the language (old Europass layout)', () => {
    const text = cvIt('Lingua madre: italiano', '', 'Inglese', 'Capacità di lettura: buono', 'Capacità di scrittura: buono');
    assert.deepEqual(seen(ruleFindings(text, 'language-level')), [
      {
        severity: 'info',
        message: '«Inglese: buono» non è un livello QCER: corrisponde più o meno a B1–B2. Indica il livello QCER (A1–C2), che i selezionatori sanno confrontare.',
        range: range(15, 21, 26),
        fixes: 0,
      },
    ]);
  });

  it('[it] asks for the mother tongue when only foreign languages are listed', () => {
    const text = cvIt('- Inglese: C1', '- Spagnolo: B1');
    assert.deepEqual(seen(ruleFindings(text, 'language-level')), [
      {
        severity: 'info',
        message: 'Il CV elenca delle lingue ma non dice qual è la tua lingua madre: indicala («Lingua madre: …»), come nel CV Europass.',
        range: range(10, 3, 26),
        fixes: 0,
      },
    ]);
  });

  it('[it] the CV’s own language without a level is the unnamed mother tongue, not a language without a level', () => {
    const found = ruleFindings(cvIt('- Italiano', '- Inglese: B2'), 'language-level');
    assert.deepEqual(found.map((f) => f.messageKey), ['noMotherTongue']);
  });

  it('[it] a table row without a level gets the warning but no fix (a cell more would break the grid)', () => {
    const text = cvIt('Lingua madre: italiano', '', '| Lingua | Livello |', '|---|---|', '| Tedesco | |');
    const found = ruleFindings(text, 'language-level');
    assert.deepEqual(seen(found), [
      {
        severity: 'warning',
        message: 'Per «Tedesco» non è indicato il livello: aggiungi il tuo livello QCER (A1–C2), dal certificato o dall’autovalutazione Europass.',
        range: range(16, 2, 9),
        fixes: 0,
      },
    ]);
  });

  it('[en] passes on CEFR levels and a native language', () => {
    const text = cvEn('- English: native', '- Italian: C1', '- German: B1 (CEFR)');
    assert.deepEqual(ruleFindings(text, 'language-level'), []);
  });

  it('[en] fails on a language without a level and on "fluent"', () => {
    const text = cvEn('- English: mother tongue', '- **German**', '- Spanish: fluent');
    const found = ruleFindings(text, 'language-level');
    assert.deepEqual(seen(found), [
      {
        severity: 'warning',
        message: 'No level is given for German: add your CEFR level (A1–C2), from a certificate or the Europass self-assessment grid.',
        range: range(13, 4, 10),
        fixes: 1,
      },
      {
        severity: 'info',
        message: '"Spanish: fluent" is not a CEFR level: it roughly means B2–C1. State the CEFR level (A1–C2), which recruiters can compare.',
        range: range(14, 11, 17),
        fixes: 0,
      },
    ]);
    const fixed = applyOnlyFix(text, found[0]);
    assert.ok(fixed.includes('\n- **German**: [CEFR level]\n'), fixed);
  });

  it('[en] a "Mother tongue" label in a cell of its own names the language in the next cell (HTML table)', () => {
    const text = cvEn('<table>', '  <tr>', '    <td>Mother Tongue</td>', '    <td><b>Italian</b></td>', '  </tr>', '  <tr>', '    <td>Foreign languages</td>', '    <td>German: B2</td>', '  </tr>', '</table>');
    assert.deepEqual(ruleFindings(text, 'language-level'), []);
  });

  it('[en] a less common mother tongue is a mother tongue ("Vietnamese: native")', () => {
    assert.deepEqual(ruleFindings(cvEn('- **Vietnamese:** native', '- Italian: C1'), 'language-level'), []);
  });

  it('[en] a level given under a heading named after the language counts', () => {
    const text = cvEn('Mother tongue: English', '', '### German', '', 'B2, Goethe-Institut');
    assert.deepEqual(ruleFindings(text, 'language-level'), []);
  });

  it('[en] a language named in prose or in a job is not a language line: silence', () => {
    const text = cvEn('English is my mother tongue; I lived in Berlin for three years and learned German at work there.');
    assert.deepEqual(ruleFindings(text, 'language-level'), []);
  });

  it('[en] a language line that is more than a name is reported as info, not a warning', () => {
    const text = cvEn('- English: native', '- German (studied in Berlin)');
    assert.deepEqual(ruleFindings(text, 'language-level').map((f) => [f.messageKey, f.severity]), [['noLevel', 'info']]);
  });
});
