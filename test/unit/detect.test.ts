// Is a Markdown file a CV? Files that are not get no findings at all: a README must never be flagged.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';

/** Joins lines with "\n" so fixtures read top to bottom. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

function detect(text: string, fileName: string | null = null) {
  const result = analyzeCv(text, { fileName });
  return { isCv: result.document.isCv, reason: result.document.isCvReason.en, result };
}

/** A file that is not a CV: not checked, no findings, no score. */
function assertSkipped(text: string, fileName: string | null, reason: string | RegExp): void {
  const { isCv, reason: actual, result } = detect(text, fileName);
  assert.equal(isCv, false, `${fileName}: ${actual}`);
  if (typeof reason === 'string') assert.equal(actual, reason);
  else assert.match(actual, reason);
  assert.equal(result.checked, false);
  assert.deepEqual(result.findings, []);
  assert.equal(result.score, null);
}

const oneSection = md('## Esperienze', '', 'Impiegata amministrativa presso Alfa S.r.l. dal 2019.');

describe('CV detection', () => {
  describe('front matter decides first', () => {
    it('cv: true makes any file a CV, even without sections', () => {
      const { isCv, reason, result } = detect(md('---', 'cv: true', '---', '', 'Ciao.'), 'notes.md');
      assert.equal(isCv, true);
      assert.equal(reason, 'front matter says cv: true');
      assert.equal(result.checked, true);
      assert.ok(result.findings.some((f) => f.ruleId === 'missing-section'));
    });

    it('resume: yes and curriculum: "true" count as well', () => {
      assert.equal(detect(md('---', 'resume: yes', '---', '', 'x'), 'a.md').isCv, true);
      assert.equal(detect(md('---', 'curriculum: "true"', '---', '', 'x'), 'a.md').isCv, true);
    });

    it('cv: true wins over a README file name', () => {
      assert.equal(detect(md('---', 'cv: true', '---', '', oneSection), 'README.md').isCv, true);
    });

    it('cv: false makes a file with CV sections and a CV file name not a CV', () => {
      const text = md('---', 'cv: false', '---', '', '## Esperienze', '', 'x', '', '## Istruzione', '', 'y', '', '## Contatti', '', 'anna@example.com');
      assertSkipped(text, 'cv.md', 'front matter says cv: false');
    });

    it('TOML front matter is read too', () => {
      assert.equal(detect(md('+++', 'cv = true', '+++', '', 'x'), 'a.md').isCv, true);
    });
  });

  describe('file name plus one recognised section', () => {
    for (const fileName of ['cv.md', 'curriculum-vitae.md', 'resume_en.md', 'Résumé.md', 'CV_Anna_Neri.md', 'docs/curriculum.md', 'C:\\Users\\anna\\my-resume.md']) {
      it(`${fileName} with one section is a CV`, () => {
        const { isCv, reason } = detect(oneSection, fileName);
        assert.equal(isCv, true, reason);
        const base = fileName.split(/[\\/]/).pop();
        assert.equal(reason, `the file name "${base}" says CV and it has a recognised "experience" section`);
      });
    }

    it('a CV file name with no recognised section is not a CV', () => {
      assertSkipped(md('# Appunti', '', 'Da scrivere.'), 'cv.md', 'no CV sections found');
    });

    it('words that merely contain "cv" or "resume" are not CV file names', () => {
      for (const fileName of ['cvs-import.md', 'resumed-work.md', 'recvfrom.md']) {
        const { isCv } = detect(oneSection, fileName);
        assert.equal(isCv, false, fileName);
      }
    });

    it('a "Curriculum Vitae" title works like a CV file name', () => {
      const { isCv, reason } = detect(md('# Curriculum Vitae', '', oneSection), 'anna.md');
      assert.equal(isCv, true);
      assert.equal(reason, 'the title says CV and it has a recognised "experience" section');
    });
  });

  describe('section kinds alone', () => {
    it('two recognised kinds including experience, education or contact make a CV', () => {
      const { isCv, reason } = detect(md('## Esperienze', '', 'x', '', '## Competenze tecniche', '', '- Excel'), 'anna.md');
      assert.equal(isCv, true);
      assert.equal(reason, 'it has 2 CV sections (experience, technical-skills)');
      assert.equal(detect(md('## Contact', '', 'anna@example.com', '', '## Languages', '', 'Italian'), null).isCv, true);
    });

    it('one recognised kind without a CV file name is not enough', () => {
      assertSkipped(oneSection, 'notes.md', /^only experience found/);
    });

    it('skills sections without experience, education or contact are not a CV', () => {
      assertSkipped(md('## Competenze tecniche', '', '- Excel', '', '## Lingue', '', '- Inglese'), 'appunti.md', 'only technical-skills, language-skills found; a CV also needs an experience, education or contact section');
    });

    it('unrecognised headings alone are not a CV', () => {
      assertSkipped(md('# Ricette', '', '## Pasta al pomodoro', '', '## Tiramisù'), 'ricette.md', 'no CV sections found');
    });

    it('an empty file is not a CV', () => {
      assertSkipped('', null, 'no CV sections found');
      assertSkipped('', 'cv.md', 'no CV sections found');
    });
  });

  describe('short CVs without section headings', () => {
    it('curriculum.md titled "Curriculum personale" with a list of degrees and courses is a CV', () => {
      const text = md('# Curriculum personale', '', '* 2017 - Laurea in Economia Aziendale', '* 2022 - Corso di contabilità', '', 'Dopo la laurea ho iniziato a lavorare in uno studio di commercialisti.');
      assert.equal(detect(text, 'docs/curriculum/curriculum.md').isCv, true);
      // The work told in prose is there: no section for it is advice (info), not an error.
      const experience = detect(text, 'docs/curriculum/curriculum.md').result.findings.find((f) => f.ruleId === 'missing-section' && /Esperienza/.test(f.message));
      assert.equal(experience?.severity, 'info');
      const bio = md('# Curriculum', '', 'Si laurea in Medicina nel 1978.', '', 'Vive e lavora a Roma, dove presta la sua opera presso una clinica.');
      const bioExperience = detect(bio, 'curriculum.md').result.findings.find((f) => f.ruleId === 'missing-section' && /Esperienza/.test(f.message));
      assert.equal(bioExperience?.severity, 'info');
      // The same text under another name, or a blog post whose name and loose title only mention CVs, is not.
      assert.equal(detect(text, 'docs/notes.md').isCv, false);
      assert.equal(detect(md('---', 'title: "Formattare il curriculum in Markdown"', '---', '', '# Convertitore', '', '* 2017 - Laurea in Economia'), 'resume-formatter.md').isCv, false);
    });
  });

  describe('files that are not CVs get no findings', () => {
    it('README.md, even with CV-looking headings', () => {
      const text = md('# Widget', '', '## Experience', '', 'Years of experience went into this.', '', '## Education', '', 'Learn with us.', '', '## Contact', '', 'team@example.com');
      assertSkipped(text, 'README.md', '"README.md" is a project file name, not a CV');
      assertSkipped(text, 'packages/widget/readme.markdown', '"readme.markdown" is a project file name, not a CV');
    });

    it('CLAUDE.md and AGENTS.md, even when they quote the author\'s profile', () => {
      const text = md('## Profilo', '', '### Anagrafica', '', '- **Nome**: Carla Neri', '- **Email**: carla.neri@example.com', '', '### Esperienze lavorative', '', '- 2021–oggi: sviluppatrice, Beta Srl', '', '### Lingua', '', '- Inglese B2');
      assertSkipped(text, 'CLAUDE.md', '"CLAUDE.md" is a project file name, not a CV');
      assertSkipped(text, 'site/AGENTS.md', '"AGENTS.md" is a project file name, not a CV');
    });

    it('a README in a folder named for a CV is that CV (cv/README.md, Cv_Anna_Neri/README.md)', () => {
      const text = md('# Anna Neri', '', '## Esperienza', '', '- 2020–2024: impiegata, Alfa Srl', '', '## Formazione', '', '- Diploma di ragioneria, 2019', '', '## Contatti', '', '- Email: anna.neri@example.com');
      assert.equal(detect(text, 'cv/README.md').isCv, true);
      assert.equal(detect(text, 'home/anna/Cv_Anna_Neri/README.md').isCv, true);
      assert.equal(detect(text, 'home/anna/widget/README.md').isCv, false);
    });

    it('an "about me" page with a heading that links to the CV is not one', () => {
      const text = md('**Data Analyst**', '', 'Benvenuto nel mio spazio personale.', '', '## Il mio Curriculum', '', '[Scarica il mio CV in PDF](cv.pdf)', '', '## Contatti', '', '- Email: luca@example.com');
      assert.equal(detect(text, 'chi-sono.md').isCv, false);
    });

    it('CHANGELOG.md', () => {
      const text = md('# Changelog', '', '## [Unreleased]', '', '### Added', '', '- Training mode', '', '### Fixed', '', '- A crash in the tools panel');
      assertSkipped(text, 'CHANGELOG.md', '"CHANGELOG.md" is a project file name, not a CV');
    });

    it('CONTRIBUTING.md and LICENSE.md', () => {
      assertSkipped(md('## Experience', '', 'x', '', '## Contact', '', 'y'), 'CONTRIBUTING.md', /project file name/);
      assertSkipped(md('## Experience', '', 'x', '', '## Contact', '', 'y'), 'LICENSE.md', /project file name/);
    });

    it('a docs page', () => {
      const text = md('# Configuration', '', '## Options', '', 'The `training` option turns on training mode.', '', '## Examples', '', '```json', '{ "training": true }', '```', '', '## Contact', '', 'Open an issue.');
      assertSkipped(text, 'docs/configuration.md', '3 headings look like software documentation');
    });

    it('meeting notes (Italian)', () => {
      const text = md(
        '# Riunione del 3 marzo',
        '',
        '## Partecipanti',
        '',
        '- Anna, Marco',
        '',
        '## Ordine del giorno',
        '',
        '- Formazione del personale',
        '- Esperienza dei clienti',
        '',
        '## Action items',
        '',
        '- Marco: preparare il report',
      );
      assertSkipped(text, 'meeting-notes.md', '3 headings look like software documentation');
    });

    it('a project README with "Training" and "Tools" headings', () => {
      const text = md(
        '# sentiment-it',
        '',
        'An Italian sentiment classifier.',
        '',
        '## Installation',
        '',
        '```sh',
        'pip install sentiment-it',
        '```',
        '',
        '## Usage',
        '',
        'Run `sentiment-it predict`.',
        '',
        '## Training',
        '',
        'Run `python train.py` on the corpus.',
        '',
        '## Tools',
        '',
        '- PyTorch',
        '- Weights & Biases',
      );
      assertSkipped(text, 'README.md', '"README.md" is a project file name, not a CV');
      // The same text under another name, or from stdin, is still documentation.
      assertSkipped(text, 'docs/index.md', '2 headings look like software documentation');
      assertSkipped(text, null, '2 headings look like software documentation');
    });

    it('a machine-learning project page with "Training" and "Tools" and no install/usage headings', () => {
      const text = md(
        '# sentiment-it',
        '',
        'An Italian sentiment classifier.',
        '',
        '## Dataset',
        '',
        'Ten thousand product reviews.',
        '',
        '## Training',
        '',
        '```sh',
        'python train.py --epochs 3',
        '```',
        '',
        '## Evaluation',
        '',
        'F1 0.91 on the test split.',
        '',
        '## Tools',
        '',
        '- PyTorch',
      );
      assertSkipped(text, 'docs/model.md', '2 headings look like software documentation');
    });
  });

  describe('force', () => {
    it('force: true checks a file that is not a CV', () => {
      const text = md('# Widget', '', '## Installation', '', 'npm i widget', '', '## Usage', '', 'widget --help');
      const skipped = analyzeCv(text, { fileName: 'README.md' });
      assert.equal(skipped.checked, false);
      const forced = analyzeCv(text, { fileName: 'README.md', force: true });
      assert.equal(forced.document.isCv, false, 'force does not change what the file is');
      assert.equal(forced.checked, true);
      assert.ok(forced.findings.some((f) => f.ruleId === 'missing-section'));
      assert.equal(typeof forced.score, 'number');
    });

    it('force: false is the same as no option', () => {
      assert.equal(analyzeCv(oneSection, { fileName: 'notes.md', force: false }).checked, false);
    });
  });
});

describe('a guide about CVs is not a CV', () => {
  const guide = (title: string) =>
    `# ${title}\n\n## Professional Summary\n\nWrite two lines about yourself.\n\n## Work Experience\n\nList your jobs, newest first.\n\n## Education\n\nYour degrees.\n`;
  for (const title of ['Resume Writing Tips & Best Practices', 'Come scrivere un CV efficace', 'CV: consigli per il primo lavoro']) {
    it(`"${title}", even in a file named resume-*.md`, () => {
      assert.equal(analyzeCv(guide(title), { fileName: 'resume-tips.md' }).document.isCv, false);
    });
  }
  it('a CV titled "Curriculum Vitae" with the same sections still is one', () => {
    assert.equal(analyzeCv(guide('Curriculum Vitae'), { fileName: 'resume.md' }).document.isCv, true);
  });
  it('a CV template titled "CV Template" is still checked (its placeholders are reported)', () => {
    assert.equal(analyzeCv(guide('CV Template'), { fileName: 'cv.md' }).document.isCv, true);
  });
});
