// The VS Code client's static parts: package.json contributions agree with the settings the server
// reads, every UI string is translated, the .cvlintrc.json schema agrees with the server's
// validation, and missing sections are inserted where the fix puts them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { COMMANDS } from '../../client/src/command-ids';
import { escapeGlob, includePattern } from '../../client/src/include-pattern';
import { escapeSnippetText, snippetAtCursor, snippetAtFixLocation } from '../../client/src/section-insertion';
import { getProfile, profileIds } from '../../server/src/profiles/index';
import { sectionSnippet, sectionText } from '../../server/src/profiles/templates';
import { allRules } from '../../server/src/rules/index';
import type { MissingSection } from '../../server/src/shared/protocol';
import { DEFAULT_SETTINGS, SETTINGS_SPEC, validateSettings } from '../../server/src/shared/settings';

const root = path.join(__dirname, '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

interface ContributedSetting {
  type: string;
  default: unknown;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  markdownDescription: string;
  properties?: Record<string, unknown>;
}
interface Manifest {
  main: string;
  icon: string;
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string }>;
    menus: { commandPalette: Array<{ command: string }> };
    configuration: { properties: Record<string, ContributedSetting> };
    snippets: Array<{ path: string }>;
    grammars: Array<{ path: string }>;
    jsonValidation: Array<{ url: string }>;
  };
}
const pkg = readJson('package.json') as Manifest;
const settingsContribution = pkg.contributes.configuration.properties;
const keywordGroupIds = [...new Set(profileIds.flatMap((id) => getProfile(id)!.keywordGroups.map((g) => g.id)))].sort();

describe('package.json contributions', () => {
  it('contributes every setting of server/src/shared/settings.ts with the same type, default and values', () => {
    assert.deepEqual(Object.keys(settingsContribution), SETTINGS_SPEC.map((s) => s.key));
    for (const spec of SETTINGS_SPEC) {
      const contributed = settingsContribution[spec.key]!;
      assert.equal(contributed.type, spec.type === 'number' ? 'integer' : spec.type, spec.key);
      assert.deepEqual(contributed.default, spec.default, spec.key);
      if (spec.enum) assert.deepEqual(contributed.enum, spec.enum, spec.key);
      assert.equal(contributed.minimum, spec.minimum, spec.key);
      assert.equal(contributed.maximum, spec.maximum, spec.key);
      assert.match(contributed.markdownDescription, /^%config\..+%$/, `${spec.key} has a localised description`);
    }
  });

  it('offers exactly the registered profiles, rules and keyword groups', () => {
    assert.deepEqual(settingsContribution['cvlint.profile']!.enum, profileIds);
    assert.deepEqual(Object.keys(settingsContribution['cvlint.rules']!.properties ?? {}).sort(), allRules.map((r) => r.id).sort());
    assert.deepEqual(Object.keys(settingsContribution['cvlint.keywords.extra']!.properties ?? {}).sort(), keywordGroupIds);
  });

  it('contributes the stable command ids, activates on them and on Markdown', () => {
    const ids: string[] = Object.values(COMMANDS).sort();
    assert.deepEqual(pkg.contributes.commands.map((c) => c.command).sort(), ids);
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
    for (const id of ids) assert.ok(pkg.activationEvents.includes(`onCommand:${id}`), id);
    for (const menu of pkg.contributes.menus.commandPalette) assert.ok(ids.includes(menu.command), menu.command);
  });

  it('points at files that exist', () => {
    assert.equal(pkg.main, './dist/extension.js');
    const files = [
      pkg.icon,
      ...pkg.contributes.snippets.map((s) => s.path),
      ...pkg.contributes.grammars.map((g) => g.path),
      ...pkg.contributes.jsonValidation.map((j) => j.url),
    ];
    for (const file of files) assert.ok(existsSync(path.join(root, file)), file);
  });

  it('has every %placeholder% in package.nls.json and package.nls.it.json, and no unused entries', () => {
    const used = [...new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!))].sort();
    for (const file of ['package.nls.json', 'package.nls.it.json']) {
      const keys = Object.keys(readJson(file) as object).sort();
      assert.deepEqual(keys, used, file);
    }
  });
});

describe('client strings (vscode.l10n)', () => {
  const sources = readdirSync(path.join(root, 'client', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(path.join(root, 'client', 'src', file), 'utf8'));
  const messages = new Set(
    sources.flatMap((text) => [...text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'))),
  );
  const italian = readJson('l10n/bundle.l10n.it.json') as Record<string, string>;

  it('finds the strings it checks', () => {
    assert.ok(messages.size > 20, `only ${messages.size} strings found`);
  });

  it('translates every string into Italian with the same placeholders', () => {
    for (const message of messages) {
      const translation = italian[message];
      assert.ok(translation, `no Italian for "${message}"`);
      const placeholders = (s: string) => (s.match(/\{\d+\}|\$\([\w-]+\)/g) ?? []).sort();
      assert.deepEqual(placeholders(translation), placeholders(message), message);
    }
  });

  it('has no translations of strings the client no longer uses', () => {
    assert.deepEqual(Object.keys(italian).filter((key) => !messages.has(key)), []);
  });
});

describe('schemas/cvlintrc.schema.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(readJson('schemas/cvlintrc.schema.json') as object);
  const options = { ruleIds: allRules.map((r) => r.id), profileIds };

  it('knows every setting, under its short, nested and settings.json names', () => {
    const schema = readJson('schemas/cvlintrc.schema.json') as { properties: Record<string, { properties?: Record<string, unknown> }> };
    for (const spec of SETTINGS_SPEC) {
      const key = spec.key.slice('cvlint.'.length);
      assert.ok(schema.properties[key], key);
      assert.ok(schema.properties[spec.key], spec.key);
      const [group, inner] = key.split('.');
      if (inner) assert.ok(schema.properties[group!]?.properties?.[inner], `${group}: { ${inner} }`);
    }
  });

  // Each example: whether the server accepts it without a problem; the schema must agree.
  const examples: Array<[string, unknown]> = [
    ['empty', {}],
    ['nested keys', { contactPosition: 'start', messages: { language: 'it' }, keywords: { extra: { 'office-software': ['SAP'] }, ignore: ['PowerPoint'] } }],
    ['dotted keys', { 'messages.language': 'en', 'files.include': ['docs/cv.md'], 'trace.server': 'verbose' }],
    ['rules', { rules: { 'missing-keywords': 'hint', 'contact-position': 'off' } }],
    ['the $schema key', { $schema: './node_modules/cvlint/schemas/cvlintrc.schema.json', detect: false }],
    ['keys copied from settings.json', { 'cvlint.contactPosition': 'any', 'cvlint.rules': { 'empty-section': 'info' } }],
    ['settings nested under "cvlint"', { cvlint: { detect: false, files: { include: ['*.md'] } } }],
    ['bad value under "cvlint"', { cvlint: { run: 'sometimes' } }],
    ['throttle at its maximum', { throttleMs: 10000, run: 'onSave' }],
    ['unknown setting', { colour: 'red' }],
    ['unknown rule', { rules: { 'no-such-rule': 'error' } }],
    ['bad severity', { rules: { 'missing-section': 'fatal' } }],
    ['bad enum value', { contactPosition: 'middle' }],
    ['bad nested enum value', { messages: { language: 'fr' } }],
    ['wrong type', { enable: 'yes' }],
    ['throttle out of range', { throttleMs: -5 }],
    ['list of numbers', { 'keywords.ignore': [1, 2] }],
    ['unknown profile', { profile: 'astronaut' }],
  ];
  for (const [name, example] of examples) {
    it(`agrees with the server's validation: ${name}`, () => {
      const serverAccepts = validateSettings(example, DEFAULT_SETTINGS, options).problems.length === 0;
      assert.equal(validate(example), serverAccepts, JSON.stringify(validate.errors));
    });
  }
});

describe('inserting a missing section from the server status', () => {
  const profile = getProfile('back-office')!;
  const spec = profile.sections.find((s) => s.kind === 'experience')!;
  const at = { line: 4, character: 0 };
  const missing = (newText: string): MissingSection => ({
    kind: 'experience',
    title: spec.title.it,
    description: spec.description.it,
    insertEdits: [{ range: { start: at, end: at }, newText }],
    snippet: sectionSnippet(spec, 'it', 2),
  });

  it('puts the snippet, with its tab stops, where the fix inserts the plain text', () => {
    const insertion = snippetAtFixLocation(missing(`\n${sectionText(spec, 'it', 2)}\n`));
    assert.ok(insertion);
    assert.deepEqual(insertion.range, { start: at, end: at });
    assert.equal(insertion.snippet, `\n${sectionSnippet(spec, 'it', 2)}\n`);
    assert.match(insertion.snippet, /\$\{1:\[Ruolo\]\}/);
  });

  it('gives up (so the plain edit is applied) when the fix text is not the template', () => {
    assert.equal(snippetAtFixLocation(missing('## Esperienza\n\nsomething else\n')), null);
    assert.equal(snippetAtFixLocation({ ...missing(''), insertEdits: [] }), null);
  });

  it('escapes snippet syntax in the text around the section', () => {
    assert.equal(escapeSnippetText('cost $5 {a} \\n'), 'cost \\$5 {a\\} \\\\n');
    const insertion = snippetAtFixLocation(missing(`<!-- $x -->\n${sectionText(spec, 'it', 2)}`));
    assert.ok(insertion?.snippet.startsWith('<!-- \\$x -->\n## '));
  });

  it('at the cursor: in place on a blank line, as a new paragraph after text', () => {
    const onBlank = snippetAtCursor(missing(''), 7, '   ', 3);
    assert.deepEqual(onBlank.range.start, { line: 7, character: 3 });
    assert.ok(onBlank.snippet.startsWith('## '));
    const afterText = snippetAtCursor(missing(''), 2, 'Some text', 4);
    assert.deepEqual(afterText.range.start, { line: 2, character: 9 });
    assert.ok(afterText.snippet.startsWith('\n\n## '));
  });
});

describe('Check this file as a CV: the include pattern', () => {
  it('escapes glob syntax in file names with one-character classes', () => {
    assert.equal(escapeGlob('cv/Mario Rossi (2024) [draft].md'), 'cv/Mario Rossi [(]2024[)] [[]draft[]].md');
    assert.equal(escapeGlob('docs/cv.md'), 'docs/cv.md');
    assert.equal(escapeGlob('a*b?{c}.md'), 'a[*]b[?][{]c[}].md');
  });

  it('uses the workspace-relative path when there is one, else the absolute path with forward slashes', () => {
    assert.equal(includePattern('cv/cv.md', '/home/u/p/cv/cv.md'), 'cv/cv.md');
    assert.equal(includePattern(null, 'C:\\Users\\anna\\cv (1).md'), 'C:/Users/anna/cv [(]1[)].md');
  });
});
