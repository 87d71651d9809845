// The export to PDF, Word and plain text (server/src/export): every example CV, read back with the tools a
// recruiter's machine has (poppler's pdfinfo, pdffonts, pdftotext, pdfimages; mammoth for Word). The first page of
// each PDF is kept as a PNG under test-results/export/ to be looked at.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { analyzeCv } from '../../server/src/engine/analyze';
import { estimateLength } from '../../server/src/engine/length';
import { buildExportDocument, runsText, type ExportDocument } from '../../server/src/export/document';
import { exportCv, exportFileName } from '../../server/src/export/index';
import { FONT_FILES } from '../../server/src/export/fonts';
import { writeText } from '../../server/src/export/text';

const root = path.resolve(__dirname, '../..');
const resultsDir = path.join(root, 'test-results', 'export');
const examples = readdirSync(path.join(root, 'examples')).filter((file) => file.endsWith('.md')).sort();

/** Pages each example takes on A4 (a change of layout that adds a page should be a decision, not an accident). */
const EXPECTED_PAGES: Record<string, number> = {
  'cv-back-office-en.md': 2,
  'cv-back-office-it.md': 2,
  'cv-complete-it.md': 2,
  'cv-gaps-en.md': 1,
  'cv-gaps-it.md': 1,
};

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils)`);
    throw error;
  }
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Positions of each string in `text`, each searched after the previous one: -1 for one out of order or absent. */
function positionsInOrder(text: string, parts: string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(squash(part), from);
    if (at >= 0) from = at + squash(part).length;
    return at;
  });
}

function model(file: string): { text: string; document: ExportDocument } {
  const text = readFileSync(file, 'utf8');
  const cv = analyzeCv(text, { fileName: file, force: true }).document;
  return { text, document: buildExportDocument(text, cv) };
}

before(() => {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
});

describe('export: every example CV', function () {
  this.timeout(60_000);
  for (const example of examples) {
    const file = path.join(root, 'examples', example);
    const base = example.replace(/\.md$/, '');

    describe(example, () => {
      const { text, document } = model(file);
      const sectionTitles = document.sections.map((section) => section.title);
      /** Words with accented letters, as the CV writes them. */
      const accentedWords = [...new Set(writeText(document).match(/[\p{L}'’]*[À-ÖØ-öø-ÿ][\p{L}'’]*/gu) ?? [])];

      it('the model has the name as title and every Markdown section in order', () => {
        assert.ok(document.name, 'the engine found the name');
        assert.equal(document.title, `Curriculum Vitae — ${document.name}`);
        const headings = text.split('\n').filter((line) => /^##\s/.test(line)).map((line) => line.replace(/^##\s+/, '').trim());
        assert.deepEqual(sectionTitles, headings);
      });

      it('PDF: opens, has its pages, metadata and embedded fonts, no images, and pdftotext reads it in order', async () => {
        const { bytes } = await exportCv(text, { format: 'pdf', fileName: file });
        const pdfPath = path.join(resultsDir, `${base}.pdf`);
        writeFileSync(pdfPath, bytes);
        const info = poppler('pdfinfo', [pdfPath]);
        assert.match(info, new RegExp(`^Pages:\\s+${EXPECTED_PAGES[example]}$`, 'm'));
        assert.match(info, /^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
        // cv-length's estimate against the pages this export prints: by lines it gives the same page count, and
        // the rule (which takes the smaller of words and lines) never claims more pages than are printed.
        const estimate = estimateLength(analyzeCv(text, { fileName: file }).document);
        assert.equal(Math.ceil(estimate.pagesByLines), EXPECTED_PAGES[example], `estimated ${estimate.pagesByLines.toFixed(2)} pages by lines`);
        assert.ok(Math.min(estimate.pagesByLines, estimate.pagesByWords) <= EXPECTED_PAGES[example]);
        assert.match(info, new RegExp(`^Title:\\s+Curriculum Vitae — ${document.name}$`, 'm'));
        assert.match(info, new RegExp(`^Author:\\s+${document.name}$`, 'm'));
        assert.ok(Buffer.from(bytes).toString('latin1').includes(`/Lang (${document.language === 'it' ? 'it-IT' : 'en'})`), 'document language');

        const fonts = poppler('pdffonts', [pdfPath]).split('\n').slice(2).filter(Boolean);
        assert.ok(fonts.length >= 2, fonts.join('\n'));
        for (const font of fonts) assert.match(font, /\+SourceSans3-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/, `embedded, subset, with a Unicode map: ${font}`);
        assert.equal(poppler('pdfimages', ['-list', pdfPath]).split('\n').slice(2).filter(Boolean).length, 0, 'no text drawn as images');

        const pdfText = squash(poppler('pdftotext', [pdfPath, '-']));
        const order = positionsInOrder(pdfText, [document.name!, ...sectionTitles]);
        assert.equal(order[0], 0, 'the name comes first');
        assert.ok(order.every((at) => at >= 0), `name and sections in order: ${JSON.stringify(order)}`);
        // One column: each section's first line of content comes right after its title, before the next section.
        document.sections.forEach((section, index) => {
          const first = section.blocks[0];
          if (!first) return;
          const firstText = squash(first.kind === 'list' ? runsText(first.items[0].runs) : first.kind === 'table' ? runsText(first.rows[0][0]) : runsText(first.runs)).slice(0, 30);
          const at = pdfText.indexOf(firstText, order[index + 1]);
          const next = order[index + 2] ?? pdfText.length;
          assert.ok(at > order[index + 1] && at < next, `"${firstText}" inside "${section.title}"`);
        });
        for (const word of accentedWords) assert.ok(pdfText.includes(word), `accented word intact: ${word}`);
        if (document.privacy.length > 0) assert.ok(pdfText.endsWith(squash(runsText(document.privacy[0].runs))), 'privacy clause last');

        poppler('pdftoppm', ['-f', '1', '-l', '1', '-r', '80', '-png', '-singlefile', pdfPath, path.join(resultsDir, `${base}-page1`)]);
        assert.ok(existsSync(path.join(resultsDir, `${base}-page1.png`)));
      });

      it('Word: mammoth reads the name, the same headings in order, and the core properties', async () => {
        const { bytes } = await exportCv(text, { format: 'docx', fileName: file });
        writeFileSync(path.join(resultsDir, `${base}.docx`), bytes);
        const buffer = Buffer.from(bytes);
        const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
        const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((match) => match[1].replace(/&amp;/g, '&'));
        assert.deepEqual(headings, sectionTitles);
        assert.match(html, new RegExp(`^<h1 class="title">${document.name}</h1>`));
        const raw = squash((await mammoth.extractRawText({ buffer })).value);
        for (const word of accentedWords) assert.ok(raw.includes(word), `accented word intact: ${word}`);
        if (document.privacy.length > 0) assert.ok(raw.endsWith(squash(runsText(document.privacy[0].runs))), 'privacy clause last');
        const zip = await JSZip.loadAsync(buffer);
        const core = await zip.file('docProps/core.xml')!.async('string');
        assert.ok(core.includes(`<dc:title>Curriculum Vitae — ${document.name}</dc:title>`), core);
        assert.ok(core.includes(`<dc:creator>${document.name}</dc:creator>`), core);
        const styles = await zip.file('word/styles.xml')!.async('string');
        assert.match(styles, new RegExp(`<w:lang w:val="${document.language === 'it' ? 'it-IT' : 'en-GB'}"`));
        const documentXml = await zip.file('word/document.xml')!.async('string');
        assert.match(documentXml, /<w:pgSz w:w="11906" w:h="16838"/, 'A4');
      });

      it('plain text: the name and headings in capitals in order, one item a line, no Markdown marks', async () => {
        const { bytes } = await exportCv(text, { format: 'txt', fileName: file });
        const output = new TextDecoder().decode(bytes);
        writeFileSync(path.join(resultsDir, `${base}.txt`), output);
        const lines = output.split('\n');
        assert.equal(lines[0], document.name!.toLocaleUpperCase(document.language));
        const headingLines = sectionTitles.map((title) => lines.indexOf(title.toLocaleUpperCase(document.language)));
        assert.ok(headingLines.every((line, index) => line > 0 && (index === 0 || line > headingLines[index - 1])), JSON.stringify(headingLines));
        for (const line of lines) {
          assert.doesNotMatch(line, /^\s*(?:#{1,6}\s|[-*+]\s|>\s?)|\*\*|__|`|\[[^\]]*\]\(|<[^>\s]+>|^\|/, `no Markdown marks: ${line}`);
        }
        const items = text.split('\n').filter((line) => /^- /.test(line)).map((line) => line.replace(/^- /, '').replace(/\*\*|<|>/g, ''));
        for (const item of items) assert.ok(lines.includes(`• ${item}`), `its own line: ${item}`);
      });
    });
  }
});

describe('export: the document model', () => {
  const fixture = path.join(root, 'test/fixtures/export/cv-layout-it.md');

  it('takes bold-line sections, entries, dates, nested and numbered lists, tables and links; moves the consent clause last', () => {
    const { document } = model(fixture);
    assert.equal(document.name, 'Łucja Nowak-Sørensen');
    assert.deepEqual(document.sections.map((section) => section.title), ['PROFILO', 'Esperienza professionale', 'Contatti']);
    const [profile, experience, contacts] = document.sections;
    assert.deepEqual(profile.blocks[0], {
      kind: 'paragraph',
      runs: [
        { text: 'Impiegata amministrativa, vedi ' },
        { text: 'il mio portfolio', href: 'https://example.com/portfolio' },
        { text: ' e ' },
        { text: 'più', italic: true },
        { text: ' dettagli.' },
      ],
    });
    assert.equal(profile.blocks.length, 1, 'the clause is not in the profile any more');
    assert.deepEqual(experience.blocks.map((block) => block.kind), ['entry', 'dates', 'list', 'table']);
    const list = experience.blocks[2];
    assert.ok(list.kind === 'list' && list.ordered);
    assert.deepEqual(list.items.map((item) => [runsText(item.runs), item.depth]), [['Registrazione fatture', 0], ['Prima nota', 0], ['Controllo quotidiano', 1]]);
    assert.equal(contacts.kind, 'contact');
    assert.equal(runsText(document.privacy[0].runs), 'Autorizzo il trattamento dei dati personali ai sensi del Regolamento UE 2016/679 (GDPR).');
  });

  it('plain text keeps links as "text (address)", numbers and indents nested items', () => {
    const output = writeText(model(fixture).document);
    assert.ok(output.includes('Impiegata amministrativa, vedi il mio portfolio (https://example.com/portfolio) e più dettagli.'));
    assert.ok(output.includes('1. Registrazione fatture\n2. Prima nota\n  • Controllo quotidiano'));
    assert.ok(output.includes('2019 – 2021 | Segreteria'));
    assert.ok(output.includes('• Email: lucja@example.com\n'), 'an address shown as itself is not repeated');
    assert.ok(output.trimEnd().endsWith('(GDPR).'));
  });

  it('PDF: letters beyond Italian (Ł, ø) come from the latin-ext font, links are link annotations, Letter paper on request', async () => {
    const text = readFileSync(fixture, 'utf8');
    const { bytes } = await exportCv(text, { format: 'pdf', fileName: fixture, paper: 'Letter' });
    const pdfPath = path.join(resultsDir, 'cv-layout-it.pdf');
    writeFileSync(pdfPath, bytes);
    assert.match(poppler('pdfinfo', [pdfPath]), /^Page size:\s+612 x 792 pts \(letter\)$/m);
    const pdfText = squash(poppler('pdftotext', [pdfPath, '-']));
    assert.ok(pdfText.startsWith('Łucja Nowak-Sørensen'), pdfText.slice(0, 40));
    const raw = Buffer.from(bytes).toString('latin1');
    assert.ok(raw.includes('/URI (https://example.com/portfolio)'));
    assert.ok(raw.includes('/URI (mailto:lucja@example.com)'));
  });

  it('a top heading that names the document is its title, not a section; what it says besides the name is the subtitle', () => {
    const build = (text: string) => buildExportDocument(text, analyzeCv(text, { fileName: 'cv.md', force: true }).document);
    const europass = build('# CURRICULUM VITAE\n\n## Informazioni personali\n\n- Nome: Elena Marchetti\n- Email: elena@example.com\n\n## Esperienza professionale\n\n### Impiegata — Esempio S.r.l.\n\n2019 – oggi\n');
    assert.equal(europass.name, 'Elena Marchetti');
    assert.equal(europass.subtitle, null);
    assert.deepEqual(europass.sections.map((section) => section.title), ['Informazioni personali', 'Esperienza professionale']);
    assert.deepEqual(europass.sections[1].blocks.map((block) => block.kind), ['entry', 'dates']);
    const withRole = build('# Mario Rossi — Impiegato amministrativo\n\n## Esperienza\n\n- Fatture\n\n## Contatti\n\n- Email: mario.rossi@example.com\n');
    assert.equal(withRole.name, 'Mario Rossi');
    assert.equal(withRole.subtitle, 'Impiegato amministrativo');
    assert.ok(writeText(withRole).startsWith('MARIO ROSSI\nImpiegato amministrativo\n\nESPERIENZA\n'));
  });

  it('file names: the CV\'s with the format\'s extension', () => {
    assert.equal(exportFileName('/cv/cv-rossi.md', 'pdf'), '/cv/cv-rossi.pdf');
    assert.equal(exportFileName('CV.markdown', 'docx'), 'CV.docx');
    assert.equal(exportFileName('resume', 'txt'), 'resume.txt');
  });
});

describe('export: the build', () => {
  it('copies every font the PDF embeds, with its licence, to dist/fonts', () => {
    for (const file of [...FONT_FILES, 'LICENSE-SourceSans3.txt']) assert.ok(existsSync(path.join(root, 'dist', 'fonts', file)), file);
  });

  it('ships the export bundle and the fonts in the .vsix (.vscodeignore)', () => {
    const ignore = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/export.js'));
    assert.ok(ignore.includes('!dist/fonts/**'));
  });
});

describe('cvlint export (dist/cli.js)', function () {
  this.timeout(60_000);
  const cli = path.join(root, 'dist', 'cli.js');
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('writes the PDF of the Italian example and says so', () => {
    const out = path.join(resultsDir, 'cli-cv-back-office-it.pdf');
    const result = run(['export', '--to', 'pdf', 'examples/cv-back-office-it.md', '-o', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /wrote .*cli-cv-back-office-it\.pdf/);
    assert.match(poppler('pdfinfo', [out]), /^Title:\s+Curriculum Vitae — Giulia Bianchi$/m);
  });

  it('warns on stderr when the CV has error findings, and exports anyway', () => {
    const out = path.join(resultsDir, 'cli-cv-gaps-en.txt');
    const result = run(['export', '--to', 'txt', 'examples/cv-gaps-en.md', '-o', out]);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /still has 2 error findings; exporting anyway/);
    assert.match(result.stderr, /\[missing-section\]/);
    assert.ok(readFileSync(out, 'utf8').length > 100);
  });

  it('writes plain text to standard output with -o -', () => {
    const result = run(['export', '--to', 'txt', 'examples/cv-back-office-en.md', '-o', '-']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^DANIEL CARTER\n/);
  });

  it('answers usage errors with exit code 2', () => {
    assert.match(run(['export', 'examples/cv-gaps-en.md']).stderr, /say which format/);
    assert.equal(run(['export', '--to', 'odt', 'examples/cv-gaps-en.md']).status, 2);
    assert.match(run(['export', '--to', 'pdf', '--paper', 'a3', 'examples/cv-gaps-en.md']).stderr, /unknown paper size/);
    assert.match(run(['export', '--to', 'pdf', 'examples/cv-gaps-en.md', '-o', 'examples/cv-gaps-en.md']).stderr, /overwrite the CV itself/);
  });
});
