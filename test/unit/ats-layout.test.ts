// ats-layout: layout that CV-screening software (ATS) reads badly. Italian and English CVs that pass (data tables
// of every usual kind, a floated photo, badges whose words are also written, icons next to a word label) and that
// fail (one finding of each kind), with the exact findings. Every person and number here is invented.
import assert from 'node:assert/strict';
import { getRule } from '../../server/src/rules/index';
import { md, range, ruleFindings, seen } from '../support/rule-test';

const failIt = md(
  '# Giulia Bianchi', // 0
  '', // 1
  '📞 +39 333 123 4567 | ✉️ giulia.bianchi@example.com', // 2
  '', // 3
  '## ![Esperienza](img/titolo-esperienza.png)', // 4
  '', // 5
  '- 2019–2024: impiegata amministrativa presso Bianchi Srl, Torino', // 6
  '', // 7
  '<table>', // 8
  '<tr><td colspan="2">Istruzione e formazione</td></tr>', // 9
  '<tr><td>2018</td><td>Diploma di ragioneria, ITC Sommeiller, Torino</td></tr>', // 10
  '</table>', // 11
  '', // 12
  '<div style="display: flex">', // 13
  '<div><h2>Competenze tecniche</h2><p>Excel, Word, gestionale TeamSystem, archiviazione digitale</p></div>', // 14
  '<div><h2>Competenze linguistiche</h2><p>Italiano madrelingua, inglese B2, francese A2</p></div>', // 15
  '</div>', // 16
  '', // 17
  '## Competenze personali', // 18
  '', // 19
  '![Teamwork](https://img.shields.io/badge/Teamwork-blue) ![Problem solving](https://img.shields.io/badge/Problem_solving-green)', // 20
  '', // 21
  '<table>', // 22
  '<tr><td><p>Precisione e riservatezza</p><ul><li>Controllo dei documenti</li></ul></td>', // 23
  '<td><p>Organizzazione</p><ul><li>Gestione dell’agenda</li></ul></td></tr>', // 24
  '</table>', // 25
);

const failEn = md(
  '# Daniel Green', // 0
  '', // 1
  '## Work experience', // 2
  '', // 3
  '- 2019–2024: office administrator, Beta Ltd, Leeds', // 4
  '', // 5
  '| | |', // 6
  '|---|---|', // 7
  '| **Education** | |', // 8
  '| 2018 | BA in Business Administration, University of Leeds |', // 9
  '## Skills', // 10
  '', // 11
  '| Office software | Personal skills |', // 12
  '|---|---|', // 13
  '| Excel, pivot tables<br>Word, mail merge<br>Outlook and calendars | Accuracy with figures<br>Teamwork across offices<br>Clear written English |', // 14
  '', // 15
  '<div class="col-md-6">Spreadsheets, databases and document management software</div>', // 16
  '<div class="col-md-6">Languages: English native, French B2, Spanish A2</div>', // 17
  '', // 18
  '## Contact', // 19
  '', // 20
  '- <i class="fa fa-envelope"></i> daniel.green@example.com', // 21
  '- <i class="fa fa-phone"></i> +44 7700 900123', // 22
  '- ![](img/email.png)', // 23
);

const passIt = md(
  '# Giulia Bianchi',
  '',
  '<p style="float: right"><img src="img/foto.jpg" alt="Foto di Giulia Bianchi" width="120"></p>',
  '',
  '## Informazioni personali',
  '',
  '| Campo | Valore |',
  '|-------|--------|',
  '| Nome e cognome | Giulia Bianchi |',
  '| Indirizzo | Via Garibaldi 12, 10121 Torino |',
  '| 📞 Telefono | +39 333 123 4567 |',
  '| ✉️ Email | giulia.bianchi@example.com |',
  '',
  '## Esperienza professionale',
  '',
  '| Periodo | Ruolo | Azienda | Attività |',
  '|---|---|---|---|',
  '| 2019 – 2024 | **Impiegata amministrativa** | Bianchi Srl, Torino | _Fatturazione, prima nota, archiviazione e rapporti con i fornitori_ |',
  '| 2016 – 2019 | **Addetta back office** | Rossi Spa, Torino | _Data entry degli ordini e gestione della corrispondenza_ |',
  '',
  '## Istruzione e formazione',
  '',
  '- 2018: diploma di ragioneria, ITC Sommeiller, Torino',
  '',
  '## Competenze linguistiche',
  '',
  '| Lingua | Comprensione | Parlato | Scritto |',
  '|---|---|---|---|',
  '| Inglese | B2 | B1 | B2 |',
  '| Francese | A2 | A2 | A1 |',
  '',
  '<table>',
  '<tr><th>Lingue</th><th>Ascolto</th><th>Lettura</th></tr>',
  '<tr><td>Tedesco</td><td>A2</td><td>A2</td></tr>',
  '</table>',
  '',
  '## Competenze tecniche',
  '',
  'Excel, Word e TeamSystem.',
  '',
  '<div style="display: flex; gap: 8px">',
  '  <img src="https://img.shields.io/badge/Excel-217346?logo=microsoftexcel" alt="Excel">',
  '  <img src="https://img.shields.io/badge/Word-2B579A?logo=microsoftword" alt="Word">',
  '</div>',
  '',
  '[![LinkedIn](https://img.shields.io/badge/LinkedIn-0A66C2?logo=linkedin)](https://www.linkedin.com/in/giulia-bianchi)',
);

const passEn = md(
  '# Daniel Green',
  '',
  '- 📧 Email: daniel.green@example.com',
  '- ☎️ Phone: +44 7700 900123',
  '- daniel.green@work.example.com',
  '',
  '## Work experience',
  '',
  '<table>',
  '<tr><th>Dates</th><th>Role</th></tr>',
  '<tr><td>2019 – 2024<br>Beta Ltd</td><td>Office administrator</td></tr>',
  '</table>',
  '',
  '## Education',
  '',
  '- 2018: BA in Business Administration, University of Leeds',
  '',
  '## Skills',
  '',
  '| Education | |',
  '|---|---|',
  '| 2018 | BA in Business Administration, University of Leeds |',
  '',
  '| Skill | Level |',
  '|---|---|',
  '| Excel | Advanced |',
  '| | |',
  '',
  '![Daniel Green](img/photo.jpg)',
  '',
  '<div class="contact"><span>Leeds, UK</span></div>',
);

describe('ats-layout rule', () => {
  it('is registered as info, without a fix, with Italian and English messages for every key', () => {
    const rule = getRule('ats-layout')!;
    assert.deepEqual([rule.defaultSeverity, rule.fixable], ['info', false]);
    assert.deepEqual(Object.keys(rule.messages.it).sort(), Object.keys(rule.messages.en).sort());
  });

  it('[it] passes on data tables (key/value, jobs, the CEFR grid in Markdown and HTML), a floated photo, written badges, labelled icons', () => {
    assert.deepEqual(seen(ruleFindings(passIt, 'ats-layout')), []);
  });

  it('[en] passes on labelled emoji, a data table in HTML with <br>, a table named in its header row, a key/value table, a photo, a plain contact block', () => {
    assert.deepEqual(seen(ruleFindings(passEn, 'ats-layout')), []);
  });

  it('[it] fails on emoji-only contact labels, an image heading, a heading in a table, flex columns, unwritten badges, a layout table', () => {
    assert.deepEqual(seen(ruleFindings(failIt, 'ats-layout')), [
      { severity: 'info', message: "Recapiti indicati solo da un’icona o un’emoji (📞, righe: 1): molti software di selezione (ATS) scartano i simboli e non capiscono che dato segue. Aggiungi una parola (Email:, Telefono:, Indirizzo:).", range: range(2, 0, 2), fixes: 0 },
      { severity: 'info', message: "Titolo fatto solo di un’immagine: i software di selezione (ATS) non leggono il testo nelle immagini, quindi la sezione resta senza nome. Scrivi il titolo come testo.", range: range(4, 3, 43), fixes: 0 },
      { severity: 'info', message: "Titolo di sezione «Istruzione e formazione» dentro una tabella: i software di selezione (ATS) cercano i titoli fuori dalle tabelle e possono non riconoscere la sezione. Mettilo come titolo sopra la tabella.", range: range(9, 20, 43), fixes: 0 },
      { severity: 'info', message: "Impaginazione a più colonne in HTML: i software di selezione (ATS) leggono il testo in un solo flusso e possono alternare righe di colonne diverse. Meglio una sola colonna.", range: range(13, 0, 27), fixes: 0 },
      { severity: 'info', message: "2 badge in forma di immagine (Teamwork, Problem solving) dicono cose che il testo del CV non dice: i software di selezione (ATS) non leggono il testo nelle immagini. Scrivi anche come testo le competenze che mostrano.", range: range(20, 0, 55), fixes: 0 },
      { severity: 'info', message: "Tabella usata per impaginare: i software di selezione (ATS) leggono le tabelle riga per riga e possono mescolare il testo delle colonne o saltarlo. Meglio titoli di sezione ed elenchi.", range: range(22, 0, 7), fixes: 0 },
    ]);
  });

  it('[en] fails on a section title among the rows of a Markdown table, side-by-side Markdown cells, grid columns, icon-font labels, a contact image', () => {
    assert.deepEqual(seen(ruleFindings(failEn, 'ats-layout')), [
      { severity: 'info', message: "Section heading \"Education\" inside a table: CV-screening software (ATS) looks for headings outside tables and may not recognise the section. Put it as a heading above the table.", range: range(8, 2, 15), fixes: 0 },
      { severity: 'info', message: "Table used for layout: CV-screening software (ATS) reads tables row by row and may mix up the text of the columns or skip it. Section headings and lists are safer.", range: range(12, 0, 37), fixes: 0 },
      { severity: 'info', message: "Multi-column HTML layout: CV-screening software (ATS) reads the text as one stream and may interleave lines of different columns. One column is safer.", range: range(16, 0, 22), fixes: 0 },
      { severity: 'info', message: "Contact details labelled only by an icon or emoji (fa-envelope, lines: 2): many CV-screening systems (ATS) drop symbols and cannot tell what the value is. Add a word (Email:, Phone:, Address:).", range: range(21, 2, 32), fixes: 0 },
      { severity: 'info', message: "A contact detail shown as an image: CV-screening software (ATS), and anyone copying the text, cannot read it. Write it as text.", range: range(23, 2, 20), fixes: 0 },
    ]);
  });

  it('reads nothing inside code blocks', () => {
    const fenced = passEn.replace('## Skills', '## Skills\n\n```html\n<div style="display: flex"><div>One column of text here</div><div>Another column of text here</div></div>\n```');
    assert.deepEqual(seen(ruleFindings(fenced, 'ats-layout')), []);
  });

  it('speaks the message language and can be turned off', () => {
    const english = ruleFindings(failIt, 'ats-layout', { messageLanguage: 'en' });
    assert.match(english[0]!.message, /^Contact details labelled only by an icon or emoji \(📞, lines: 1\)/);
    assert.deepEqual(ruleFindings(failIt, 'ats-layout', { rules: { 'ats-layout': 'off' } }), []);
  });
});
