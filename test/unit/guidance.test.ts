// "Why it matters for the role": the profile's guidance on hover (section headings, keywords, the CV's title),
// in the CV's language, and the `guidance` field of profile files (schema, hand check, extends).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { MarkupContent } from 'vscode-languageserver';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { Language } from '../../server/src/engine/types';
import type { DocumentCheck } from '../../server/src/lsp/checker';
import { hover } from '../../server/src/lsp/hover';
import { getProfile } from '../../server/src/profiles/index';
import { resolveProfiles } from '../../server/src/profiles/resolve';
import { validateProfileData } from '../../server/src/profiles/validate';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';

const repoRoot = path.resolve(__dirname, '../..');

function check(text: string, profile = 'back-office', uiLanguage?: Language): DocumentCheck {
  const result = analyzeCv(text, { fileName: 'cv.md', profile });
  return { uri: 'file:///cv.md', version: 1, state: 'checked', result, settings: DEFAULT_SETTINGS, uiLanguage: uiLanguage ?? result.messageLanguage, durationMs: 0 };
}

function hoverText(text: string, line: number, character: number, profile?: string, uiLanguage?: Language): string | null {
  const answer = hover({ line, character }, check(text, profile, uiLanguage));
  return answer ? (answer.contents as MarkupContent).value : null;
}

const italianCv = [
  '# Mario Rossi',
  '',
  '## Esperienza professionale',
  '',
  '### Impiegato amministrativo — Alfa S.r.l., Milano',
  '03/2019 – oggi: fatturazione, archiviazione dei documenti e data entry.',
  '',
  '## Istruzione e formazione',
  '',
  '- 2018: Diploma di ragioneria',
  '',
  '## Competenze tecniche',
  '',
  '- Excel, Word, Outlook',
  '',
  '## Competenze personali',
  '',
  '- Attenzione ai dettagli, capacità organizzative, lavoro di squadra',
  '',
  '## Contatti',
  '',
  '- Via Roma 1, 20100 Milano',
  '- mario.rossi@gmail.com',
  '- +39 333 1234567',
  '',
].join('\n');

const englishCv = [
  '# Jane Smith',
  '',
  '## Work experience',
  '',
  '### Office administrator — Acme Ltd, London',
  '03/2019 – present: invoicing, archiving and data entry.',
  '',
  '## Education',
  '',
  '- 2018: Bachelor of Business Administration',
  '',
  '## Technical skills',
  '',
  '- Excel, Word, Outlook',
  '',
  '## Personal skills',
  '',
  '- Attention to detail, organisational skills, teamwork',
  '',
  '## Contact',
  '',
  '- 1 High Street, London',
  '- jane.smith@gmail.com',
  '- +44 20 7946 0958',
  '',
].join('\n');

describe('guidance: why it matters for the role, on hover', () => {
  it('an Italian section heading says why the role needs it, in Italian', () => {
    const text = hoverText(italianCv, 15, 5);
    assert.ok(text);
    assert.match(text, /\*Perché conta per il ruolo:\* Precisione e attenzione ai dettagli, riservatezza, comunicazione, organizzazione e problem solving/);
    assert.doesNotMatch(text, /Why it matters/);
  });

  it('an English section heading says why, in English', () => {
    const text = hoverText(englishCv, 2, 5);
    assert.ok(text);
    assert.match(text, /\*Why it matters for the role:\* Other jobs count too when they show document handling/);
    assert.doesNotMatch(text, /Perché conta/);
  });

  it('the reason follows the CV’s language, not the editor’s', () => {
    const text = hoverText(englishCv, 15, 5, 'back-office', 'it');
    assert.ok(text);
    assert.match(text, /Sezione richiesta dal profilo/);
    assert.match(text, /\*Why it matters for the role:\* Precision and attention to detail, confidentiality/);
  });

  it('a keyword in the text says its group and why the role looks for it, in the CV’s language', () => {
    const line = 13;
    const character = italianCv.split('\n')[line].indexOf('Excel') + 2;
    const answer = hover({ line, character }, check(italianCv));
    assert.ok(answer);
    const text = (answer.contents as MarkupContent).value;
    assert.match(text, /^\*\*Excel\*\* — parola chiave del profilo/);
    assert.match(text, /\*Perché conta per il ruolo:\* Documenti e dati dell’azienda si gestiscono con Office/);
    assert.deepEqual(answer.range, { start: { line, character: 2 }, end: { line, character: 7 } });
    const english = hoverText(englishCv, 5, englishCv.split('\n')[5].indexOf('invoicing') + 1);
    assert.ok(english);
    assert.match(english, /\*Why it matters for the role:\* Invoices, records, data entry and reconciliation/);
  });

  it('plain text that is no keyword has no hover', () => {
    assert.equal(hoverText(italianCv, 21, 4), null);
  });

  it('the name heading sums the role up: career paths, pay range and its source', () => {
    const italian = hoverText(italianCv, 0, 3);
    assert.ok(italian);
    assert.match(italian, /guidare un team amministrativo/);
    assert.match(italian, /20\.000–35\.000 € lordi l’anno, secondo esperienza e regione/);
    assert.match(italian, /Fonte: founding brief\./);
    const english = hoverText(englishCv, 0, 3);
    assert.ok(english);
    assert.match(english, /20,000–35,000 € gross a year, varying with experience and region/);
    assert.match(english, /Source: founding brief\./);
  });

  it('a specialised back-office profile inherits the guidance; generic has none', () => {
    assert.match(hoverText(italianCv, 15, 5, 'bank-back-office') ?? '', /Perché conta per il ruolo/);
    assert.match(hoverText(italianCv, 0, 3, 'hr-back-office') ?? '', /Fonte: founding brief/);
    const generic = hoverText(italianCv, 15, 5, 'generic');
    assert.ok(generic);
    assert.doesNotMatch(generic, /Perché conta/);
    assert.equal(hoverText(italianCv, 0, 3, 'generic'), null);
    assert.equal(getProfile('generic')!.guidance, undefined);
    assert.deepEqual(getProfile('bank-back-office')!.guidance, getProfile('back-office')!.guidance);
  });
});

describe('guidance: the profile file field', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'schemas/profile.schema.json'), 'utf8')) as object);
  const valid = { id: 'mine', extends: 'back-office', label: { it: 'Mio', en: 'Mine' }, description: { it: 'x', en: 'y' } };
  const reason = { it: 'Perché sì.', en: 'Because.' };

  it('the schema and the hand-written check agree on valid and broken guidance', () => {
    const cases: [unknown, boolean][] = [
      [{ ...valid, guidance: {} }, true],
      [{ ...valid, guidance: { sections: { experience: reason }, keywordGroups: { banking: reason }, role: { careers: reason, pay: reason, source: 'founding brief' } } }, true],
      [{ ...valid, guidance: { sections: { hobbies: reason } } }, false],
      [{ ...valid, guidance: { sections: { experience: { it: 'Solo italiano' } } } }, false],
      [{ ...valid, guidance: { sections: { experience: 'why' } } }, false],
      [{ ...valid, guidance: { keywordGroups: { 'Bad Id': reason } } }, false],
      [{ ...valid, guidance: { keywordGroups: { banking: { it: '', en: 'x' } } } }, false],
      [{ ...valid, guidance: { keywordGroups: [] } }, false],
      [{ ...valid, guidance: { role: { salary: reason } } }, false],
      [{ ...valid, guidance: { role: { source: '' } } }, false],
      [{ ...valid, guidance: { role: { pay: { en: 'x' } } } }, false],
      [{ ...valid, guidance: 'why' }, false],
      [{ ...valid, guidance: { why: reason } }, false],
    ];
    for (const [example, ok] of cases) {
      assert.equal(validateProfileData(example).problems.length === 0, ok, `hand check: ${JSON.stringify(example)}`);
      assert.equal(validate(example), ok, `schema: ${JSON.stringify(example)}`);
    }
  });

  it('a broken field is named by its path', () => {
    const { problems } = validateProfileData({ ...valid, guidance: { keywordGroups: { banking: { it: 'x' } }, role: { salary: reason } } });
    assert.deepEqual(problems.map((p) => p.field), ['guidance.keywordGroups.banking.en', 'guidance.role.salary']);
  });

  it('a custom profile replaces one reason and keeps the parent’s others (extends)', () => {
    const data = { ...valid, guidance: { sections: { experience: reason }, role: { pay: { it: 'Da 30.000 €.', en: 'From 30,000 €.' } } } };
    const backOffice = getProfile('back-office')!;
    const base = new Map([['back-office', backOffice]]);
    const { profiles, problems } = resolveProfiles([{ data, origin: 'mine.json' }], base);
    assert.deepEqual(problems, []);
    const guidance = profiles.get('mine')!.guidance!;
    assert.deepEqual(guidance.sections!.experience, reason);
    assert.deepEqual(guidance.sections!['personal-skills'], backOffice.guidance!.sections!['personal-skills']);
    assert.equal(guidance.role!.pay!.en, 'From 30,000 €.');
    assert.equal(guidance.role!.source, 'founding brief');
    assert.equal(guidance.role!.careers, backOffice.guidance!.role!.careers);
  });
});

describe('guidance: the role in short sits on the top of the CV only', () => {
  it('a "Curriculum Vitae" title at the top gives the role; the same title further down gives nothing', () => {
    const text = `# Curriculum Vitae\n\n${italianCv.replace('# Mario Rossi', '## Mario Rossi')}\n## Curriculum Vitae\n`;
    assert.match(hoverText(text, 0, 3) ?? '', /\*Il ruolo:\* Si può crescere fino a guidare un team amministrativo/);
    const last = text.split('\n').findIndex((line, i) => i > 0 && line === '## Curriculum Vitae');
    assert.ok(last > 0);
    assert.equal(hoverText(text, last, 4), null);
  });
});
