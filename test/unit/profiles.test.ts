// Profiles as data: the built-in files (schema, extends), switching profiles changes what is asked for, a CV's
// front matter chooses its profile, and a person's own profile file is validated with errors naming the file
// and the field.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { analyzeCv } from '../../server/src/engine/analyze';
import { BUILT_IN_PROFILE_DATA, getProfile, profileCatalog, profileIds } from '../../server/src/profiles/index';
import { loadProfileFiles } from '../../server/src/profiles/custom-file';
import { resolveProfiles } from '../../server/src/profiles/resolve';
import { validateProfileData } from '../../server/src/profiles/validate';
import { profileFrontMatterEdits } from '../../server/src/lsp/profile-requests';

const repoRoot = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const bankIt = read('test/fixtures/profiles/cv-banca-it.md');
const bankEn = read('test/fixtures/profiles/cv-bank-en.md');

function keywordFindings(text: string, profile: string, fileName = 'cv.md'): { group: unknown; suggestions: unknown }[] {
  return analyzeCv(text, { fileName, profile })
    .findings.filter((f) => f.ruleId === 'missing-keywords')
    .map((f) => ({ group: f.messageArgs.groupId, suggestions: f.messageArgs.suggestions }));
}

describe('profiles: built-in data', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(read('schemas/profile.schema.json')) as object);

  it('lists generic, back-office and the five specialised back-office profiles, back-office as default', () => {
    assert.deepEqual(profileIds, [
      'generic',
      'back-office',
      'bank-back-office',
      'accounting-back-office',
      'hr-back-office',
      'logistics-back-office',
      'customer-service-back-office',
    ]);
  });

  for (const data of BUILT_IN_PROFILE_DATA) {
    it(`${data.id}: its file passes the JSON schema and the server's own check`, () => {
      assert.ok(validate(data), JSON.stringify(validate.errors));
      assert.deepEqual(validateProfileData(data).problems, []);
    });
  }

  it('generic has sections and contact details but no keywords and no page limit', () => {
    const generic = getProfile('generic')!;
    assert.deepEqual(generic.keywordGroups, []);
    assert.equal(generic.maxPages, undefined);
    assert.deepEqual(generic.requiredSections, getProfile('back-office')!.requiredSections);
    assert.deepEqual(generic.contact.required, ['name', 'email', 'phone', 'address']);
  });

  it('back-office extends generic and names only what it changes', () => {
    const data = BUILT_IN_PROFILE_DATA.find((d) => d.id === 'back-office')!;
    assert.equal(data.extends, 'generic');
    assert.equal(data.synonyms, undefined, 'synonyms come from generic');
    const profile = getProfile('back-office')!;
    assert.deepEqual(profile.synonyms, getProfile('generic')!.synonyms);
    assert.deepEqual(profile.keywordGroups.map((g) => g.id), ['administrative-tasks', 'office-software', 'personal-qualities', 'languages', 'education']);
    assert.equal(profile.contact.placement, 'end');
    assert.equal(profile.maxPages, 2);
  });

  it('each specialised profile keeps the back-office groups and adds one of its own, every concept with its sources', () => {
    const base = getProfile('back-office')!.keywordGroups.map((g) => g.id);
    const added: Record<string, string> = {
      'bank-back-office': 'banking',
      'accounting-back-office': 'accounting',
      'hr-back-office': 'personnel-administration',
      'logistics-back-office': 'logistics-operations',
      'customer-service-back-office': 'customer-service',
    };
    for (const [id, group] of Object.entries(added)) {
      const profile = getProfile(id)!;
      assert.equal(profile.extends, 'back-office');
      assert.deepEqual(profile.keywordGroups.map((g) => g.id), [...base, group], id);
      const own = profile.keywordGroups.find((g) => g.id === group)!;
      assert.ok(own.concepts.length >= 6, id);
      for (const concept of own.concepts) {
        assert.ok(concept.terms.it.length > 0 && concept.terms.en.length > 0, `${id}/${concept.id} has Italian and English terms`);
        assert.ok((concept.sources ?? []).length > 0, `${id}/${concept.id} notes its sources`);
      }
    }
  });

  it('the schema and the hand-written check agree on broken files', () => {
    const valid = { id: 'mine', extends: 'back-office', label: { it: 'Mio', en: 'Mine' }, description: { it: 'x', en: 'y' } };
    const cases: unknown[] = [
      valid,
      { ...valid, id: 'My Profile' },
      { ...valid, label: { it: 'Mio' } },
      { ...valid, label: { it: '', en: 'Mine' } },
      { ...valid, colour: 'red' },
      { ...valid, maxPages: 0 },
      { ...valid, maxPages: 1.5 },
      { ...valid, requiredSections: ['experience', 'experience'] },
      { ...valid, requiredSections: ['hobbies'] },
      { ...valid, contact: { placement: 'middle' } },
      { ...valid, contact: { required: ['fax'] } },
      { ...valid, severities: { 'cv-length': 'fatal' } },
      { ...valid, severities: { 'cv-length': 'off' } },
      { ...valid, synonyms: { experience: { it: ['Percorso'] } } },
      { ...valid, synonyms: { hobbies: { it: ['Hobby'] } } },
      { ...valid, synonyms: { experience: { fr: ['Parcours'] } } },
      { ...valid, keywordGroups: [{ id: 'banking', minPresent: 2 }] },
      { ...valid, keywordGroups: [{ id: 'banking', minPresent: -1 }] },
      { ...valid, keywordGroups: [{ id: 'banking', minPresent: 2.5 }] },
      { ...valid, keywordGroups: [{ id: 'banking', factual: 'yes' }] },
      { ...valid, keywordGroups: [{ minPresent: 2 }] },
      { ...valid, keywordGroups: [{ id: 'x', concepts: [{ id: 'y', terms: { it: ['a'], de: ['b'] } }] }] },
      { ...valid, keywordGroups: [{ id: 'x', concepts: [{ id: 'y', terms: { it: [3] } }] }] },
      { ...valid, keywordGroups: [{ id: 'x', concepts: [{ id: 'y' }] }] },
      { ...valid, keywordGroups: [{ id: 'x', concepts: [{ id: 'y', terms: {}, otherSense: { before: 'a', later: 'b' } }] }] },
      { ...valid, sections: [{ kind: 'summary', title: { it: 'Chi sono', en: 'About me' } }] },
      { ...valid, sections: [{ title: { it: 'Chi sono', en: 'About me' } }] },
      { ...valid, removeKeywordGroups: ['education'] },
      { ...valid, sources: [''] },
      { ...valid, guidance: { sections: { experience: { it: 'Perché', en: 'Why' } }, role: { source: 'founding brief' } } },
      { ...valid, guidance: { sections: { hobbies: { it: 'Perché', en: 'Why' } } } },
      { ...valid, guidance: { keywordGroups: { Banking: { it: 'Perché', en: 'Why' } } } },
      { ...valid, guidance: { role: { pay: 'tanto' } } },
      [],
      'profile',
    ];
    for (const example of cases) {
      assert.equal(validateProfileData(example).problems.length === 0, validate(example), JSON.stringify(example));
    }
  });
});

describe('profiles: switching the profile changes the keyword findings', () => {
  it('an Italian bank back-office CV: back-office asks for nothing, bank-back-office for the bank terms it lacks, generic for no keywords', () => {
    assert.deepEqual(keywordFindings(bankIt, 'back-office'), []);
    assert.deepEqual(keywordFindings(bankIt, 'bank-back-office'), [
      { group: 'banking', suggestions: 'antiriciclaggio, KYC, amministrazione titoli, segnalazioni di vigilanza, pratiche di fido' },
    ]);
    assert.deepEqual(keywordFindings(bankIt, 'generic'), []);
  });

  it('an English bank back-office CV: the same, in English', () => {
    assert.deepEqual(keywordFindings(bankEn, 'back-office'), []);
    assert.deepEqual(keywordFindings(bankEn, 'bank-back-office'), [
      { group: 'banking', suggestions: 'anti-money laundering, KYC, securities settlement, regulatory reporting, loan processing' },
    ]);
    assert.deepEqual(keywordFindings(bankEn, 'generic'), []);
  });

  it('with generic, soft skills named in the profile prose still make a missing personal-skills section advice, not an error', () => {
    const cv = read('examples/cv-back-office-it.md');
    const severityOf = (profile: string) =>
      analyzeCv(cv, { fileName: 'cv.md', profile }).findings.find((f) => f.ruleId === 'missing-section' && /Competenze personali/.test(f.message))?.severity;
    assert.equal(severityOf('back-office'), 'info');
    assert.equal(severityOf('generic'), 'info');
  });

  it('with generic no rule asks for a keyword, whatever the CV lacks', () => {
    const sparse = read('examples/cv-gaps-it.md');
    assert.ok(keywordFindings(sparse, 'back-office').length > 0, 'the back-office profile asks for keywords here');
    assert.deepEqual(keywordFindings(sparse, 'generic'), []);
  });

  it('a bank CV that names its bank work is not asked for bank terms', () => {
    const full = bankIt.replace('- Archiviazione documenti', '- Controlli antiriciclaggio e adeguata verifica della clientela (KYC).\n- Archiviazione documenti');
    assert.deepEqual(keywordFindings(full, 'bank-back-office'), []);
  });

  it('other specialisations ask for their own terms: HR and logistics', () => {
    assert.deepEqual(keywordFindings(bankIt, 'hr-back-office').map((f) => f.group), ['personnel-administration']);
    assert.deepEqual(keywordFindings(bankIt, 'logistics-back-office').map((f) => f.group), ['logistics-operations']);
    assert.match(String(keywordFindings(bankIt, 'accounting-back-office')[0]?.suggestions), /liquidazione IVA/);
    assert.match(String(keywordFindings(bankEn, 'customer-service-back-office')[0]?.suggestions), /complaint handling/);
  });
});

describe('profiles: the CV chooses its profile in front matter', () => {
  const withFrontMatter = (text: string, profile: string) => `---\nprofile: ${profile}\n---\n\n${text}`;

  it('profile: bank-back-office wins over the profile of the settings', () => {
    const result = analyzeCv(withFrontMatter(bankIt, 'bank-back-office'), { fileName: 'cv.md', profile: 'back-office' });
    assert.equal(result.profile.id, 'bank-back-office');
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'missing-keywords').map((f) => f.messageArgs.groupId), ['banking']);
  });

  it('profile: generic turns keyword advice off for that CV', () => {
    const result = analyzeCv(withFrontMatter(bankIt, 'generic'), { fileName: 'cv.md', profile: 'bank-back-office' });
    assert.equal(result.profile.id, 'generic');
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'missing-keywords'), []);
  });

  it('an unknown profile in front matter leaves the settings profile in place', () => {
    const result = analyzeCv(withFrontMatter(bankIt, 'astronaut'), { fileName: 'cv.md', profile: 'bank-back-office' });
    assert.equal(result.profile.id, 'bank-back-office');
  });

  it('a custom profile named in front matter is used when its file is loaded', () => {
    const custom = { data: { id: 'my-bank', extends: 'bank-back-office', label: { it: 'Mia banca', en: 'My bank' }, description: { it: 'x', en: 'y' }, keywordGroups: [{ id: 'banking', minPresent: 2 }] }, origin: 'my-bank.json' };
    const result = analyzeCv(withFrontMatter(bankIt, 'my-bank'), { fileName: 'cv.md', customProfiles: [custom] });
    assert.equal(result.profile.id, 'my-bank');
    // Two bank terms are enough for this person's own profile.
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'missing-keywords'), []);
  });
});

describe('profiles: custom profile files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cvlint-profiles-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown) => {
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return name;
  };
  const base = { label: { it: 'Mio', en: 'Mine' }, description: { it: 'Il mio profilo.', en: 'My profile.' } };

  it('a valid file extends a built-in profile with a group of its own', () => {
    const file = write('insurance.cvlint-profile.json', {
      ...base,
      id: 'insurance-back-office',
      extends: 'back-office',
      keywordGroups: [{ id: 'insurance', label: { it: 'Assicurazioni', en: 'Insurance' }, section: 'technical-skills', minPresent: 1, concepts: [{ id: 'claims', terms: { it: ['gestione sinistri'], en: ['claims handling'] } }] }],
      removeKeywordGroups: ['education'],
    });
    const loaded = loadProfileFiles([file], dir);
    assert.deepEqual(loaded.problems, []);
    const profile = profileCatalog(loaded.sources).get('insurance-back-office')!;
    assert.deepEqual(profile.keywordGroups.map((g) => g.id), ['administrative-tasks', 'office-software', 'personal-qualities', 'languages', 'insurance']);
    const findings = analyzeCv(bankIt, { fileName: 'cv.md', profile: 'insurance-back-office', customProfiles: loaded.sources }).findings.filter((f) => f.ruleId === 'missing-keywords');
    assert.deepEqual(findings.map((f) => f.messageArgs.suggestions), ['gestione sinistri']);
  });

  it('a wrong value: the message names the file and the field', () => {
    const file = write('bad-value.json', { ...base, id: 'mine', extends: 'bank-back-office', keywordGroups: [{ id: 'banking', minPresent: 'three' }] });
    assert.deepEqual(loadProfileFiles([file], dir).problems, [`${path.join(dir, file)}: field "keywordGroups[0].minPresent": expected a whole number from 0, got "three"`]);
  });

  it('an unknown field, a missing label and a bad id: one message each', () => {
    const file = write('bad-fields.json', { id: 'My Profile', description: base.description, colour: 'red' });
    assert.deepEqual(loadProfileFiles([file], dir).problems, [
      `${path.join(dir, file)}: field "colour": unknown field (known: $schema, id, extends, label, description, sources, requiredSections, sections, synonyms, contact, keywordGroups, removeKeywordGroups, maxPages, severities, guidance)`,
      `${path.join(dir, file)}: field "label": is required`,
      `${path.join(dir, file)}: field "id": expected an id of lower-case letters, digits and single hyphens (e.g. "bank-back-office"), got "My Profile"`,
    ]);
  });

  it('extending a profile that does not exist names the field and the known ids', () => {
    const file = write('bad-extends.json', { ...base, id: 'mine', extends: 'bank' });
    const [problem] = loadProfileFiles([file], dir).problems;
    assert.match(problem!, /bad-extends\.json: field "extends": cannot extend "bank" \(known: generic, back-office, bank-back-office/);
  });

  it('a new keyword group without its label, section, minimum and concepts', () => {
    const file = write('bad-group.json', { ...base, id: 'mine', extends: 'back-office', keywordGroups: [{ id: 'insurance', minPresent: 1 }] });
    assert.deepEqual(loadProfileFiles([file], dir).problems, [
      `${path.join(dir, file)}: field "keywordGroups[0].label": is required for a new keyword group ("insurance" is not in the parent profile)`,
      `${path.join(dir, file)}: field "keywordGroups[0].section": is required for a new keyword group ("insurance" is not in the parent profile)`,
      `${path.join(dir, file)}: field "keywordGroups[0].concepts": is required for a new keyword group ("insurance" is not in the parent profile)`,
    ]);
  });

  it('a regular expression that does not compile', () => {
    const file = write('bad-regex.json', { ...base, id: 'mine', extends: 'back-office', keywordGroups: [{ id: 'education', concepts: [{ id: 'degree', terms: { it: ['laurea'] }, otherSense: { before: '(' } }] }] });
    const [problem] = loadProfileFiles([file], dir).problems;
    assert.match(problem!, /bad-regex\.json: field "keywordGroups\[0\]\.concepts\[0\]\.otherSense\.before": not a valid regular expression/);
  });

  it('a root profile (no extends) must say everything', () => {
    const file = write('bad-root.json', { ...base, id: 'mine' });
    assert.deepEqual(
      loadProfileFiles([file], dir).problems.map((p) => p.replace(`${path.join(dir, file)}: `, '')),
      ['requiredSections', 'sections', 'synonyms', 'contact.required', 'contact.placement'].map((f) => `field "${f}": is required for a profile without "extends"`),
    );
  });

  it('a file that is not JSON, a missing file, an id taken by a built-in profile, a cycle', () => {
    const notJson = write('not-json.json', '{ "id": "mine", ');
    assert.match(loadProfileFiles([notJson], dir).problems[0]!, /not-json\.json: cannot be read as JSON/);
    assert.deepEqual(loadProfileFiles(['missing.json'], dir).problems, [`${path.join(dir, 'missing.json')}: profile file not found`]);
    const taken = write('taken.json', { ...base, id: 'back-office', extends: 'generic' });
    assert.deepEqual(loadProfileFiles([taken], dir).problems, [`${path.join(dir, taken)}: field "id": "back-office" is already the id of a built-in profile`]);
    const a = write('a.json', { ...base, id: 'a', extends: 'b' });
    const b = write('b.json', { ...base, id: 'b', extends: 'a' });
    const cycle = loadProfileFiles([a, b], dir);
    assert.equal(cycle.sources.length, 0);
    assert.ok(cycle.problems.some((p) => /field "extends": "b" leads back to "a" \(a cycle\)/.test(p)), cycle.problems.join('\n'));
  });

  it('a broken file is left out; the others still load', () => {
    const good = write('good.json', { ...base, id: 'good', extends: 'generic' });
    const bad = write('bad.json', { ...base, id: 'bad', extends: 'generic', maxPages: 0 });
    const loaded = loadProfileFiles([good, bad], dir);
    assert.deepEqual(loaded.sources.map((s) => s.data.id), ['good']);
    assert.deepEqual(loaded.problems, [`${path.join(dir, bad)}: field "maxPages": expected a number of pages from 1, got 0`]);
  });

  it('resolveProfiles merges sections field by field and adds synonyms', () => {
    const { profiles, problems } = resolveProfiles(
      [{ origin: 'x.json', data: { ...base, id: 'x', extends: 'generic', sections: [{ kind: 'summary', title: { it: 'Chi sono', en: 'About me' } }], synonyms: { summary: { it: ['in due parole'] } } } }],
      new Map([['generic', getProfile('generic')!]]),
    );
    assert.deepEqual(problems, []);
    const summary = profiles.get('x')!.sections.find((s) => s.kind === 'summary')!;
    assert.deepEqual(summary.title, { it: 'Chi sono', en: 'About me' });
    assert.deepEqual(summary.template, getProfile('generic')!.sections.find((s) => s.kind === 'summary')!.template);
    assert.ok(profiles.get('x')!.synonyms.summary.it.includes('in due parole'));
    assert.ok(profiles.get('x')!.synonyms.summary.it.includes('profilo'));
  });
});

describe('profiles: the front matter edit of "Choose CV profile"', () => {
  const at = (line: number, character: number) => ({ line, character });

  it('adds YAML front matter to a CV without one, with the file’s line endings', () => {
    assert.deepEqual(profileFrontMatterEdits('# Anna\r\n\r\nText\r\n', 'generic'), [{ range: { start: at(0, 0), end: at(0, 0) }, newText: '---\r\nprofile: generic\r\n---\r\n\r\n' }]);
  });

  it('adds the key before the closing fence of YAML front matter that has none', () => {
    assert.deepEqual(profileFrontMatterEdits('---\ntitle: CV\nlang: it\n---\n# Anna\n', 'hr-back-office'), [{ range: { start: at(3, 0), end: at(3, 0) }, newText: 'profile: hr-back-office\n' }]);
  });

  it('replaces only the value of an existing key (YAML and TOML)', () => {
    assert.deepEqual(profileFrontMatterEdits('---\nprofile:   back-office\n---\n', 'generic'), [{ range: { start: at(1, 11), end: at(1, 22) }, newText: 'generic' }]);
    assert.deepEqual(profileFrontMatterEdits('+++\nprofile = "back-office"\n+++\n', 'generic'), [{ range: { start: at(1, 10), end: at(1, 23) }, newText: '"generic"' }]);
    assert.deepEqual(profileFrontMatterEdits('+++\ntitle = "CV"\n+++\n', 'generic'), [{ range: { start: at(2, 0), end: at(2, 0) }, newText: 'profile = "generic"\n' }]);
  });
});
