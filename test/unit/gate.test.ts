// The gate (engine/gate.ts) decides from a line scan whether a file can be a CV. Its one promise: it
// never calls "not a CV" a file the full analysis takes for a CV. Checked over every Markdown file we
// have, under several file names, and over cut-down copies of each CV; and, so the promise is not kept
// by never answering, it must rule out the project files among them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeCv } from '../../server/src/engine/analyze';
import { gateCv, hasContactDetails, scanHeadings, splitLines } from '../../server/src/engine/gate';
import { ANALYSIS_LIMIT_ID, headingsOnlyResult, scanOutline } from '../../server/src/engine/headings-only';
import { getProfile } from '../../server/src/profiles/index';

const repoRoot = path.resolve(__dirname, '../..');
// CVLINT_CORPUS as in .ci/run; by default the shared folder beside the checkout.
const sharedCorpus = path.resolve(repoRoot, process.env.CVLINT_CORPUS ?? path.join('..', 'shared', 'cv-corpus'));
const profile = getProfile('back-office')!;

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .map((name) => path.join(folder, name))
    .sort();
}

const folders = [path.join(repoRoot, 'test'), path.join(repoRoot, 'examples'), sharedCorpus];
const files = folders.flatMap(markdownFiles);

/** Every fourth line dropped, then every other one, from a seed: CVs with pieces missing. */
function cutDown(lines: string[], seed: number): string[][] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return [0.75, 0.5, 0.25].map((keep) => lines.filter(() => random() < keep));
}

describe('engine/gate: a first look at whether a file can be a CV', () => {
  it('finds the Markdown files to check against', () => {
    assert.ok(files.length >= 40, `${files.length} files`);
    if (!existsSync(sharedCorpus)) console.warn(`gate: the real-CV folder ${sharedCorpus} is missing; checked the project's files only`);
  });

  it('never rules out a file the full analysis takes for a CV, whatever its name', function () {
    this.timeout(300_000);
    const wrong: string[] = [];
    let cvs = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const fileName of [file, null, 'notes.md']) {
        if (!analyzeCv(text, { fileName }).document.isCv) continue;
        cvs++;
        const gate = gateCv(text, { fileName, profile });
        if (gate.verdict === 'not-a-cv') wrong.push(`${path.relative(repoRoot, file)} as ${fileName}: ${gate.reason.en}`);
      }
    }
    assert.ok(cvs >= 100, `${cvs} CVs`);
    assert.deepEqual(wrong, []);
  });

  it('never rules out a cut-down copy of a CV that the full analysis still takes for one', function () {
    this.timeout(300_000);
    const wrong: string[] = [];
    let checked = 0;
    files.forEach((file, index) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (const kept of cutDown(lines, index + 1)) {
        const text = kept.join('\n');
        if (!analyzeCv(text, { fileName: 'notes.md' }).document.isCv) continue;
        checked++;
        if (gateCv(text, { fileName: 'notes.md', profile }).verdict === 'not-a-cv') wrong.push(`${path.relative(repoRoot, file)} (${kept.length} lines)`);
      }
    });
    assert.ok(checked >= 50, `${checked} cut-down CVs`);
    assert.deepEqual(wrong, []);
  });

  it('rules out the READMEs and changelogs among them, and agrees with the analysis on each', () => {
    const projectFiles = files.filter((file) => /^(readme|changelog)\.md$/i.test(path.basename(file)));
    assert.ok(projectFiles.length >= 2);
    for (const file of projectFiles) {
      const text = readFileSync(file, 'utf8');
      assert.equal(gateCv(text, { fileName: file, profile }).verdict, 'not-a-cv', file);
      assert.equal(analyzeCv(text, { fileName: file }).document.isCv, false, file);
    }
  });

  describe('what it decides on', () => {
    const decide = (text: string, fileName: string | null = 'notes.md') => gateCv(text, { fileName, profile });

    it('front matter: cv: true is a CV, cv: false is not, whatever the headings say', () => {
      assert.equal(decide('---\ncv: true\n---\n\nHello.\n').verdict, 'cv');
      assert.equal(decide('---\ncv: false\n---\n\n## Esperienza professionale\n\n## Istruzione\n').verdict, 'not-a-cv');
      assert.equal(decide('+++\ncv = false\n+++\n\n## Experience\n').verdict, 'not-a-cv');
    });

    it('front matter the parser might read otherwise leaves the decision to the full analysis', () => {
      assert.equal(decide('---\ncv: false\n  ---\n---\n').verdict, 'possible');
    });

    it('a project file name is not a CV; a CV file name may be one', () => {
      assert.equal(decide('## Esperienza\n', 'docs/README.md').verdict, 'not-a-cv');
      assert.equal(decide('Some notes.\n', 'curriculum-2024.md').verdict, 'possible');
    });

    it('two documentation headings rule a file out, but not inside a code fence or an HTML block', () => {
      assert.equal(decide('# Tool\n\n## Installation\n\nnpm i\n\n## Usage\n\nRun it.\n').verdict, 'not-a-cv');
      assert.equal(decide('# Mario Rossi\n\n```md\n## Installation\n## Usage\n```\n\n## Esperienza\n').verdict, 'possible');
      assert.equal(decide('<details>\n## Installation\n## Usage\n</details>\n\n## Experience\n').verdict, 'possible');
    });

    it('a heading-like line that names a CV section makes a file possible, in any heading style', () => {
      for (const text of ['## Esperienza professionale\n', 'Work Experience\n---------------\n', '**Istruzione e formazione**\n', '| **EDUCATION** | |\n', '<h2 class="x">Skills</h2>\n', 'ESPERIENZE LAVORATIVE\n', '- ## Lingue\n']) {
        assert.equal(decide(`Intro text here.\n\n${text}`).verdict, 'possible', text);
      }
    });

    it('contact details make a file possible (their section may be found by its content)', () => {
      assert.equal(decide('# Notes\n\nWrite to mario.rossi@example.com\n').verdict, 'possible');
      assert.equal(decide('# Notes\n\nCall +39 333 123 4567\n').verdict, 'possible');
      assert.equal(decide('# Notes\n\nNothing personal here, just 12 apples.\n').verdict, 'not-a-cv');
    });

    it('answers for pathological inputs, and rules out the ones without CV signs', () => {
      const oneLine = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40_000);
      assert.equal(decide(oneLine).verdict, 'not-a-cv');
      assert.equal(decide('*a'.repeat(50_000)).verdict, 'not-a-cv');
      assert.equal(decide('[a]('.repeat(20_000)).verdict, 'not-a-cv');
      assert.equal(hasContactDetails(['a'.repeat(500_000) + '@' + 'b'.repeat(500_000)]), false);
      assert.equal(hasContactDetails(['0'.repeat(300_000)]), true);
    });
  });

  describe('the heading scan', () => {
    it('lists ATX, setext, bold-line and HTML headings outside code fences, with their columns', () => {
      const text = '---\ntitle: x\n---\n# Mario Rossi\n\nProfilo\n=======\n\n```\n## Not a heading\n```\n\n**Lingue**:\n\n<h2>Contatti</h2>\n\n## Esperienza ##\n';
      const headings = scanHeadings(splitLines(text), 3);
      assert.deepEqual(
        headings.map(({ line, title, depth, source }) => ({ line, title, depth, source })),
        [
          { line: 3, title: 'Mario Rossi', depth: 1, source: 'atx' },
          { line: 5, title: 'Profilo', depth: 1, source: 'setext' },
          { line: 12, title: 'Lingue', depth: 0, source: 'bold' },
          { line: 14, title: 'Contatti', depth: 2, source: 'html' },
          { line: 16, title: 'Esperienza', depth: 2, source: 'atx' },
        ],
      );
      assert.deepEqual([headings[4].startCharacter, headings[4].endCharacter], [3, 13]);
    });
  });

  describe('the headings-only result of a file too large to check', () => {
    const text = '# Mario Rossi\n\n## Esperienza professionale\n\nTesto.\n\n## Istruzione\n\nAltro testo.\n';
    const gate = gateCv(text, { fileName: 'cv.md', profile });
    const outline = scanOutline(text, gate, {});

    it('has one info finding in plain words on the first line, in the CV language or the one asked for', () => {
      const italian = headingsOnlyResult(text, gate, outline, {}, { reason: 'time', limit: 2000, sizeKb: 3 });
      assert.equal(italian.checked, true);
      assert.equal(italian.score, null);
      assert.deepEqual(italian.limit, { reason: 'time', limit: 2000, sizeKb: 3 });
      assert.deepEqual(italian.findings.map((f) => [f.ruleId, f.severity, f.range.start.line]), [[ANALYSIS_LIMIT_ID, 'info', 0]]);
      assert.equal(
        italian.findings[0].message,
        'Questo file è troppo grande o troppo complesso per un controllo completo: sono stati controllati solo i titoli (il controllo ha superato i 2000 ms concessi).',
      );
      const english = headingsOnlyResult(text, gate, outline, { messageLanguage: 'en' }, { reason: 'size', limit: 1024, sizeKb: 5120 });
      assert.equal(english.findings[0].message, 'This file is too large to check fully: only its headings were checked (it is 5120 KB, the limit is 1024 KB).');
    });

    it('keeps the outline its headings make, classified as in a full analysis', () => {
      const result = headingsOnlyResult(text, gate, outline, {}, { reason: 'time', limit: 2000, sizeKb: 3 });
      const full = analyzeCv(text, { fileName: 'cv.md' });
      const brief = (sections: typeof full.document.sections) => sections.map((s) => [s.title, s.kind, s.recognised, s.level, s.parent]);
      assert.deepEqual(brief(result.document.sections), brief(full.document.sections));
      assert.equal(result.document.language, 'it');
    });
  });
});
