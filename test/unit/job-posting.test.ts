// Reading job postings and comparing them with CVs (server/src/job). Postings written for these tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPosting } from '../../server/src/job/posting';
import { matchPosting } from '../../server/src/job/match';
import { jobPathFromFrontMatter } from '../../server/src/job/front-matter';
import { analyzeCv } from '../../server/src/engine/analyze';
import { buildCvDocument } from '../../server/src/engine/model';
import { getProfile } from '../../server/src/profiles/index';
import type { JobPosting } from '../../server/src/job/types';
import { buildCvReport } from '../../server/src/report/build-report';
import { renderReportHtml } from '../../server/src/shared/report';

const profile = getProfile('back-office')!;
const italianPosting = readFileSync('test/fixtures/job/annuncio-contabile-it.md', 'utf8');
const englishPosting = readFileSync('test/fixtures/job/posting-accounts-payable-en.md', 'utf8');

function requirement(posting: JobPosting, term: string) {
  return posting.requirements.find((r) => r.term === term);
}

function summary(posting: JobPosting): string[] {
  return posting.requirements.map((r) => `${r.importance} ${r.term}`);
}

describe('job posting reader', () => {
  it('reads an Italian posting: importance from its headings and sentences, each with its line', () => {
    const posting = readPosting({ text: italianPosting, name: 'annuncio.md' });
    assert.equal(posting.language, 'it');
    assert.deepEqual(summary(posting), [
      'preferred Registrazione fatture',
      'preferred Riconciliazioni bancarie',
      'preferred prima nota',
      "preferred bilancio d'esercizio",
      'required Diploma di ragioneria',
      'required laurea in Economia',
      'required 3 anni di esperienza',
      'required pacchetto Office',
      'required Excel',
      'required TeamSystem',
      'required Inglese (B2)',
      'required Patente B',
      'preferred contabilità analitica',
      'preferred SAP',
    ]);
    const sap = requirement(posting, 'SAP')!;
    assert.equal(sap.line + 1, 20);
    assert.equal(sap.reason.by, 'sentence');
    assert.match(sap.sentence, /Costituirà titolo preferenziale la conoscenza di SAP/);
    assert.equal(requirement(posting, 'Excel')!.reason.cue, 'Requisiti');
    assert.equal(requirement(posting, 'Inglese (B2)')!.concept, 'english');
    assert.equal(requirement(posting, '3 anni di esperienza')!.years, 3);
    assert.equal(requirement(posting, 'Patente B')!.concept, 'driving-licence');
  });

  it('reads an English posting written in plain text (headings without markup, "is a plus", "Nice to have")', () => {
    const posting = readPosting({ text: englishPosting, name: 'posting.md' });
    assert.equal(posting.language, 'en');
    const byTerm = new Map(posting.requirements.map((r) => [r.term, r.importance]));
    assert.equal(byTerm.get('2+ years of experience'), 'required');
    assert.equal(byTerm.get("Bachelor's degree in Accounting or Finance"), 'required');
    assert.equal(byTerm.get('English (fluent)'), 'required');
    assert.equal(byTerm.get('Italian'), 'preferred', '"Italian is a plus" in a requirements list');
    assert.equal(byTerm.get('Coupa'), 'preferred');
    assert.equal(byTerm.get('IFRS'), 'preferred');
    assert.equal(byTerm.get('intercompany reconciliations'), 'preferred', 'a duty, and a term no profile knows');
    // The company's description and the offer ask for nothing; "Accounts Payable Specialist" is the title.
    assert.ok(!posting.requirements.some((r) => r.line === 0 || r.line === 2 || r.line === 20), summary(posting).join('\n'));
  });

  it('ignores words inside URLs and link targets', () => {
    const posting = readPosting({
      text: '## Requisiti\n- Esperienza con i [gestionali](https://example.com/sap-excel-fatturazione)\n- Vedi https://www.example.it/contabilita-excel e www.lavoro.it/fatture\n',
      name: 'p.md',
    });
    assert.deepEqual(summary(posting), ['required gestionali']);
  });

  it('matches inflections and derived forms (fatturazione ~ fatture, organised ~ organizzato via concepts)', () => {
    const posting = readPosting({ text: '## Requisiti\n- Esperienza nella fatturazione attiva\n- Spiccate doti organizzative\n', name: 'p.md' });
    const cv = buildCvDocument('# Maria Rossi\n\n## Esperienza\n\nGestione delle fatture dei clienti.\n\n## Competenze personali\n\nOrganizzata e precisa.\n', { fileName: 'cv.md', profile, language: 'it' });
    const match = matchPosting(cv, posting, { today: new Date(2026, 0, 1) });
    const invoicing = match.requirements.find((r) => r.concept === 'invoicing')!;
    assert.ok(invoicing.found);
    assert.deepEqual(invoicing.cvRanges.map((r) => r.start.line + 1), [5]);
    assert.ok(match.requirements.find((r) => r.concept === 'organisation')!.found);
  });

  it('matches an English posting with an Italian CV and an Italian posting with an English CV through concepts', () => {
    const english = readPosting({ text: 'Requirements\n- Bank reconciliation and invoicing\n- Excellent communication skills\n', name: 'en.md' });
    const italianCv = buildCvDocument('# CV\n\n## Esperienza\n\nRiconciliazione bancaria mensile e emissione fatture.\n\n## Competenze personali\n\nCapacità comunicative.\n', { fileName: 'cv.md', profile, language: 'it' });
    const fromEnglish = matchPosting(italianCv, english);
    assert.deepEqual(fromEnglish.requirements.map((r) => [r.concept, r.found]), [['reconciliation', true], ['invoicing', true], ['communication', true]]);

    const italian = readPosting({ text: '## Requisiti\n- Gestione della prima nota\n- Buona conoscenza del pacchetto Office\n', name: 'it.md' });
    const englishCv = buildCvDocument('# CV\n\n## Experience\n\nBookkeeping for three clients.\n\n## Skills\n\nMicrosoft Office\n', { fileName: 'cv.md', profile, language: 'en' });
    const fromItalian = matchPosting(englishCv, italian);
    assert.deepEqual(fromItalian.requirements.map((r) => [r.concept, r.found]), [['accounting', true], ['microsoft-office', true]]);
    assert.equal(fromItalian.score, 100);
  });

  it('scores required requirements twice as much as preferred ones', () => {
    const posting = readPosting({ text: '## Requirements\n- Invoicing\n\n## Nice to have\n- Payroll\n', name: 'p.md' });
    const cv = buildCvDocument('# CV\n\n## Experience\n\nPayroll for 40 staff.\n', { fileName: 'cv.md', profile, language: 'en' });
    const match = matchPosting(cv, posting);
    assert.deepEqual(match.required, { found: 0, total: 1 });
    assert.deepEqual(match.preferred, { found: 1, total: 1 });
    assert.equal(match.score, 33);
  });

  it('reads years of experience from the span of the work-experience dates', () => {
    const posting = readPosting({ text: '## Requisiti\n- Almeno 3 anni di esperienza nel ruolo\n', name: 'p.md' });
    const cv = (dates: string) => buildCvDocument(`# CV\n\n## Esperienza professionale\n\n### Impiegata\n\n${dates}\n\nFatture.\n`, { fileName: 'cv.md', profile, language: 'it' });
    const today = new Date(2026, 5, 1);
    assert.equal(matchPosting(cv('03/2024 – oggi'), posting, { today }).requirements[0].found, false);
    assert.equal(matchPosting(cv('03/2022 – oggi'), posting, { today }).requirements[0].found, true);
  });

  it('a preferred cue in the sentence wins over a required heading, and legal notes ask for nothing', () => {
    const posting = readPosting({
      text: '## Requisiti\n- Conoscenza di Excel\n- Gradita la conoscenza di SAP\n\nI dati saranno trattati ai sensi del D.Lgs. 196/2003 (privacy, Excel).\n',
      name: 'p.md',
    });
    assert.deepEqual(summary(posting), ['required Excel', 'preferred SAP']);
  });

  it('a list introduced by a sentence ending in a colon takes its importance', () => {
    const posting = readPosting({ text: 'Cerchiamo una persona con esperienza in contabilità.\n\nCostituiranno titolo preferenziale:\n- la conoscenza di Zucchetti\n- la patente B\n', name: 'p.md' });
    assert.deepEqual(summary(posting), ['required contabilità', 'preferred Zucchetti', 'preferred patente B']);
  });

  it('reads the posting path from the front matter', () => {
    assert.equal(jobPathFromFrontMatter('---\ntitle: CV\njob: annunci/contabile.md\n---\n# CV\n'), 'annunci/contabile.md');
    assert.equal(jobPathFromFrontMatter('# CV\njob: x.md\n'), null);
  });
});

describe('job-requirement-missing', () => {
  const cv = '# Maria Rossi\n\nmaria@example.com · +39 333 1234567\n\n## Esperienza professionale\n\n### Impiegata amministrativa\n\n03/2019 – oggi\n\n- Emissione fatture e prima nota.\n\n## Competenze tecniche\n\n- Excel, Word\n\n## Lingue\n\n- Inglese: B2\n';
  const posting = { text: '## Requisiti\n- Conoscenza di SAP\n- Inglese B2\n\n## Nice to have\n- Riconciliazioni bancarie\n', name: 'annuncio.md' };

  it('warns for a missing required term and informs for a preferred one, on the section where each belongs, quoting the posting', () => {
    const result = analyzeCv(cv, { fileName: 'cv.md', jobPosting: posting });
    const findings = result.findings.filter((f) => f.ruleId === 'job-requirement-missing');
    assert.deepEqual(findings.map((f) => [f.severity, f.messageArgs.term, f.range.start.line + 1]), [
      ['warning', 'SAP', 13],
      ['info', 'Riconciliazioni bancarie', 13],
    ]);
    assert.match(findings[0].message, /L’annuncio richiede «SAP».*riga 2: «Conoscenza di SAP»/);
    assert.equal(result.job?.score, 40);
  });

  it('its fix adds the term for the person to confirm, and the term does not count until confirmed', () => {
    const result = analyzeCv(cv, { fileName: 'cv.md', jobPosting: posting });
    const finding = result.findings.find((f) => f.ruleId === 'job-requirement-missing' && f.messageArgs.term === 'SAP')!;
    const edit = finding.fixes[0].edits[0];
    assert.equal(edit.newText, '\n- SAP <!-- conferma: richiesto dall’annuncio, lascialo solo se è vero -->');
    const lines = cv.split('\n');
    lines[edit.range.start.line] += edit.newText;
    const fixed = lines.join('\n');
    const after = analyzeCv(fixed, { fileName: 'cv.md', jobPosting: posting });
    const unconfirmed = after.findings.find((f) => f.ruleId === 'job-requirement-missing' && f.messageArgs.term === 'SAP')!;
    assert.equal(unconfirmed.messageKey, 'unconfirmed');
    assert.equal(unconfirmed.severity, 'info');
    assert.deepEqual(unconfirmed.fixes, []);
    const confirmed = analyzeCv(fixed.replace(/ <!--.*-->/, ''), { fileName: 'cv.md', jobPosting: posting });
    assert.ok(!confirmed.findings.some((f) => f.messageArgs.term === 'SAP'));
  });

  it('says nothing without a posting', () => {
    assert.ok(!analyzeCv(cv, { fileName: 'cv.md' }).findings.some((f) => f.ruleId === 'job-requirement-missing'));
  });
});

describe('CV report', () => {
  it('renders the score, the sections checklist, the keyword chart with its text alternative, and the requirements', () => {
    const result = analyzeCv(readFileSync('examples/cv-back-office-it.md', 'utf8'), {
      fileName: 'cv.md',
      jobPosting: { text: englishPosting, name: 'posting.md' },
    });
    const html = renderReportHtml(buildCvReport(result, { title: 'cv.md' }), { mode: 'standalone' });
    assert.match(html, /<span class="score" id="score">\d+<\/span>\/100/);
    assert.match(html, /<svg class="chart" role="list" aria-label="Grafico a barre/);
    assert.match(html, /<details><summary>Parole chiave per gruppo<\/summary>/);
    assert.match(html, /<li class="req missing">.*<strong>Coupa<\/strong>/);
    assert.match(html, /<li class="req found">.*<strong>Excel<\/strong>/);
    assert.ok(!html.includes('<script'), 'a standalone page runs no script');
    const webview = renderReportHtml(buildCvReport(result, { title: 'cv.md' }), { mode: 'webview', nonce: 'abc', cspSource: 'vscode-resource:' });
    assert.match(webview, /<button type="button" class="jump" data-target="posting" data-line="17">/);
    assert.match(webview, /<script nonce="abc">/);
  });
});

describe('cvlint --job', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('adds a job object of exactly the documented shape to each file in --format json', () => {
    const run = cli(['--job', 'test/fixtures/job/posting-accounts-payable-en.md', '--format', 'json', 'examples/cv-back-office-it.md']);
    assert.equal(run.stderr, '');
    const [file] = JSON.parse(run.stdout) as { job: Record<string, unknown> & { requirements: Record<string, unknown>[] } }[];
    assert.deepEqual(Object.keys(file.job).sort(), ['file', 'language', 'requirements', 'score']);
    assert.equal(file.job.file, 'test/fixtures/job/posting-accounts-payable-en.md');
    assert.equal(file.job.language, 'en');
    assert.ok(Number.isInteger(file.job.score) && (file.job.score as number) >= 0 && (file.job.score as number) <= 100);
    for (const requirement of file.job.requirements) {
      assert.deepEqual(Object.keys(requirement).sort(), ['concept', 'cvLines', 'found', 'importance', 'postingLine', 'term']);
      assert.ok(['required', 'preferred'].includes(requirement.importance as string));
      assert.equal(requirement.found, (requirement.cvLines as number[]).length > 0 || requirement.concept === 'italian');
    }
    const excel = file.job.requirements.find((r) => r.term === 'Excel')!;
    assert.deepEqual(excel, { term: 'Excel', concept: 'excel', importance: 'required', found: true, cvLines: [24, 57], postingLine: 13 });
    const cvLines = readFileSync('examples/cv-back-office-it.md', 'utf8').split('\n');
    assert.match(cvLines[23], /Excel/);
    assert.match(cvLines[56], /Excel/);
  });

  it('reads the posting named in the CV front matter, relative to the CV', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cvlint-job-'));
    try {
      mkdirSync(path.join(dir, 'annunci'));
      writeFileSync(path.join(dir, 'annunci', 'contabile.md'), '## Requisiti\n- Conoscenza di SAP\n');
      writeFileSync(path.join(dir, 'cv.md'), `---\njob: annunci/contabile.md\n---\n${readFileSync('examples/cv-back-office-it.md', 'utf8')}`);
      const run = cli(['--format', 'json', path.join(dir, 'cv.md')]);
      const [file] = JSON.parse(run.stdout) as { job: { file: string; requirements: { term: string }[] } }[];
      assert.equal(file.job.file, 'annunci/contabile.md');
      assert.deepEqual(file.job.requirements.map((r) => r.term), ['SAP']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the report as one standalone HTML page with --format html', () => {
    const run = cli(['--job', 'test/fixtures/job/annuncio-contabile-it.md', '--format', 'html', 'examples/cv-back-office-en.md']);
    assert.match(run.stdout, /^<!DOCTYPE html>/);
    assert.match(run.stdout, /Comparison with the job posting/);
    assert.match(run.stdout, /<svg class="chart"/);
  });

  it('prints the match after the findings in the text format', () => {
    const run = cli(['--job', 'test/fixtures/job/posting-accounts-payable-en.md', 'examples/cv-back-office-it.md']);
    assert.match(run.stdout, /examples\/cv-back-office-it\.md: job posting test\/fixtures\/job\/posting-accounts-payable-en\.md: match \d+\/100 \(required \d+\/\d+, preferred \d+\/\d+\)/);
    assert.match(run.stdout, /job-requirement-missing/);
  });

  it('stops with a usage error when the posting cannot be read', () => {
    const run = cli(['--job', 'nope.md', 'examples/cv-back-office-it.md']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read the job posting nope.md/);
  });
});
