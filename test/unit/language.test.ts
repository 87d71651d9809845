// Italian or English: detected from the prose, overridden by front matter `lang`, overridden in turn by the option.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import { detectLanguage } from '../../server/src/engine/language';
import type { TextSpan } from '../../server/src/engine/types';

/** Joins lines with "\n" so fixtures read top to bottom. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

function languageOf(text: string, language?: 'auto' | 'it' | 'en') {
  const { document, messageLanguage } = analyzeCv(text, { fileName: 'cv.md', language });
  return { language: document.language, source: document.languageSource, messageLanguage };
}

function spans(...texts: string[]): TextSpan[] {
  return texts.map((text, line) => ({ text, line, character: 0, sectionIndex: -1 }));
}

const italianCv = md(
  '# Anna Neri',
  '',
  '## Esperienza professionale',
  '',
  'Impiegata amministrativa presso Alfa S.r.l. dal 2019: gestione delle fatture e archiviazione dei documenti.',
  '',
  '## Istruzione e formazione',
  '',
  'Diploma di ragioneria con il massimo dei voti.',
);

const englishCv = md(
  '# Anna Neri',
  '',
  '## Work experience',
  '',
  'Administrative assistant at Alfa Ltd from 2019: invoicing and filing of the documents for the sales team.',
  '',
  '## Education',
  '',
  'Diploma in accounting with honours.',
);

describe('language', () => {
  describe('detected from the text', () => {
    it('Italian prose → it', () => {
      assert.deepEqual(languageOf(italianCv), { language: 'it', source: 'detected', messageLanguage: 'it' });
    });

    it('English prose → en', () => {
      assert.deepEqual(languageOf(englishCv), { language: 'en', source: 'detected', messageLanguage: 'en' });
    });

    it('"auto" is the same as no option', () => {
      assert.deepEqual(languageOf(italianCv, 'auto'), languageOf(italianCv));
    });

    it('English code in an Italian CV does not vote', () => {
      const text = md(italianCv, '', '```', 'for the team and the work of the day: print(the_report) and save it to the folder', 'the and of to with for a an at my on', '```');
      assert.equal(languageOf(text).language, 'it');
    });

    it('email addresses and web addresses do not vote (".com" is not Portuguese "com")', () => {
      const text = md('# Anna Neri', '', '## Contatti', '', '- anna.neri@example.com', '- www.example.com/anna', '- https://linkedin.com/in/anna-the-clerk', '', '## Esperienza professionale', '', '- Fatturazione');
      assert.deepEqual(languageOf(text), { language: 'it', source: 'detected', messageLanguage: 'it' });
    });

    it('Spanish and Portuguese CVs get English messages', () => {
      assert.equal(detectLanguage(spans('Experiencia en gestión de proyectos para la empresa y el equipo de desarrollo'), {}, 'auto').language, 'en');
      assert.equal(detectLanguage(spans('Experiência com desenvolvimento de projetos para a empresa'), {}, 'auto').language, 'en');
    });

    it('accented Italian words are folded before counting ("attività")', () => {
      assert.deepEqual(detectLanguage(spans('Attività', 'Attività'), {}, 'auto'), { language: 'it', textLanguage: 'it', languageSource: 'detected' });
    });

    it('a tie goes to English', () => {
      assert.deepEqual(detectLanguage(spans('di the'), {}, 'auto'), { language: 'en', textLanguage: 'en', languageSource: 'detected' });
    });
  });

  describe('front matter', () => {
    it('lang: it on English text → it', () => {
      assert.deepEqual(languageOf(md('---', 'lang: it', '---', '', englishCv)), { language: 'it', source: 'front-matter', messageLanguage: 'it' });
    });

    it('lang: en on Italian text → en', () => {
      assert.deepEqual(languageOf(md('---', 'lang: en', '---', '', italianCv)), { language: 'en', source: 'front-matter', messageLanguage: 'en' });
    });

    it('language / lingua keys and spelled-out or regional values', () => {
      const cases: [Record<string, unknown>, 'it' | 'en'][] = [
        [{ language: 'Italian' }, 'it'],
        [{ language: 'italiano' }, 'it'],
        [{ lingua: 'IT' }, 'it'],
        [{ lang: 'it-IT' }, 'it'],
        [{ lang: 'en-GB' }, 'en'],
        [{ lang: 'English' }, 'en'],
        [{ language: 'eng' }, 'en'],
      ];
      for (const [frontMatter, expected] of cases) {
        assert.deepEqual(detectLanguage(spans('the and of'), frontMatter, 'auto'), { language: expected, textLanguage: expected, languageSource: 'front-matter' }, JSON.stringify(frontMatter));
      }
    });

    it('a declared language cvlint has no messages for is kept as the text language, with English messages', () => {
      const { document } = analyzeCv(md('---', 'lang: de', '---', '', italianCv), { fileName: 'cv.md' });
      assert.deepEqual([document.language, document.textLanguage, document.languageSource], ['en', 'de', 'front-matter']);
    });

    it('an unknown lang value falls back to detection', () => {
      assert.deepEqual(languageOf(md('---', 'lang: klingon', '---', '', italianCv)), { language: 'it', source: 'detected', messageLanguage: 'it' });
      assert.deepEqual(detectLanguage(spans('di e il'), { lang: 42 }, 'auto'), { language: 'it', textLanguage: 'it', languageSource: 'detected' });
    });
  });

  describe('option', () => {
    it('the option overrides detection', () => {
      assert.deepEqual(languageOf(italianCv, 'en'), { language: 'en', source: 'option', messageLanguage: 'en' });
      assert.deepEqual(languageOf(englishCv, 'it'), { language: 'it', source: 'option', messageLanguage: 'it' });
    });

    it('the option overrides front matter', () => {
      assert.deepEqual(languageOf(md('---', 'lang: it', '---', '', italianCv), 'en'), { language: 'en', source: 'option', messageLanguage: 'en' });
    });
  });

  describe('nothing to go by', () => {
    it('empty text → en, default', () => {
      assert.deepEqual(languageOf(''), { language: 'en', source: 'default', messageLanguage: 'en' });
    });

    it('only headings and names with no function words → en, default', () => {
      assert.deepEqual(detectLanguage(spans('Anna Neri', 'Excel, SAP'), {}, 'auto'), { language: 'en', textLanguage: 'en', languageSource: 'default' });
    });
  });
});
