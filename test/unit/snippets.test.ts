// The contributed snippets file is generated from the profile templates (scripts/gen-snippets.ts):
// it must be current, and what a snippet inserts must be what the missing-section fix inserts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSnippets, renderSnippetsFile, SNIPPETS_FILE } from '../../scripts/gen-snippets';
import { getProfile, profileIds } from '../../server/src/profiles/index';
import { sectionSnippet, sectionText, templateToText, wholeCvText } from '../../server/src/profiles/templates';
import { analyzeCv } from '../../server/src/engine/analyze';

const TAB_STOP = /\$\{(\d+):|\$(\d+)/g;

function tabStops(body: string): number[] {
  return [...body.matchAll(TAB_STOP)].map((m) => Number(m[1] ?? m[2]));
}

describe('snippets/cv-markdown.code-snippets', () => {
  it('is up to date with the profile templates (run `npm run snippets` if this fails)', () => {
    assert.equal(readFileSync(SNIPPETS_FILE, 'utf8'), renderSnippetsFile());
  });

  it('is JSON after its comment line, as VS Code reads .code-snippets files', () => {
    const text = readFileSync(SNIPPETS_FILE, 'utf8');
    const parsed = JSON.parse(text.replace(/^\/\/.*\n/, '')) as Record<string, { prefix: string; body: string[] }>;
    assert.deepEqual(Object.keys(parsed), Object.keys(buildSnippets()));
  });

  it('has the documented prefixes for sections in both languages and for whole CVs', () => {
    const prefixes = Object.values(buildSnippets()).map((s) => s.prefix);
    for (const expected of ['cv-esperienza', 'cv-experience', 'cv-istruzione', 'cv-education', 'cv-contatti', 'cv-contact', 'cv-back-office-it', 'cv-back-office-en']) {
      assert.ok(prefixes.includes(expected), `missing prefix ${expected}`);
    }
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  it('has one snippet per section of the default profile and language, plus a whole CV per language (the built-in profiles share it)', () => {
    const wholeCvs = new Set(profileIds.map((id) => wholeCvText(getProfile(id)!, 'it') + wholeCvText(getProfile(id)!, 'en'))).size;
    assert.equal(wholeCvs, 1);
    const expectedCount = getProfile('back-office')!.sections.length * 2 + wholeCvs * 2;
    assert.equal(Object.keys(buildSnippets()).length, expectedCount);
  });

  it('inserts the same text as the missing-section fix, once the placeholders are filled in', () => {
    const profile = getProfile('back-office')!;
    const snippets = buildSnippets([profile]);
    for (const lang of ['it', 'en'] as const) {
      for (const spec of profile.sections) {
        const snippet = Object.values(snippets).find((s) => s.body[0] === `## ${spec.title[lang]}`);
        assert.ok(snippet, `no snippet for ${spec.kind} (${lang})`);
        assert.equal(templateToText(snippet.body.join('\n')), sectionText(spec, lang, 2), `${spec.kind} (${lang})`);
      }
      const wholeCv = snippets[`CV ${profile.label[lang]} (${lang === 'it' ? 'italiano' : 'English'})`];
      assert.ok(wholeCv, `no whole CV snippet (${lang})`);
      assert.equal(templateToText(wholeCv.body.join('\n')), wholeCvText(profile, lang));
    }
  });

  it('numbers tab stops 1, 2, 3… without gaps in every snippet', () => {
    for (const [name, snippet] of Object.entries(buildSnippets())) {
      const stops = [...new Set(tabStops(snippet.body.join('\n')))].sort((a, b) => a - b);
      assert.ok(stops.length > 0, `${name} has no tab stop`);
      assert.deepEqual(stops, stops.map((_, i) => i + 1), `${name}: ${stops.join(',')}`);
    }
  });

  it('has no unescaped snippet syntax outside tab stops', () => {
    for (const [name, snippet] of Object.entries(buildSnippets())) {
      const outsidePlaceholders = snippet.body.join('\n').replace(/\$\{\d+:(?:[^}\\]|\\.)*\}/g, '');
      assert.doesNotMatch(outsidePlaceholders, /(?<!\\)[$}]/, name);
    }
  });

  it('at any heading level, the missing-section fix inserts exactly the section snippet without its tab stops', () => {
    // A CV whose sections are H3: the inserted experience section is H3 and its job sub-heading H4.
    const cv = ['# Anna Neri', '', '## Curriculum', '', '### Istruzione e formazione', '', '- Diploma di ragioneria', '', '### Competenze tecniche', '', '- Excel', ''].join('\n');
    const finding = analyzeCv(cv, { fileName: 'cv.md' }).findings.find((f) => f.ruleId === 'missing-section' && f.messageArgs.kind === 'experience');
    assert.ok(finding, 'experience is missing');
    const inserted = finding.fixes[0].edits[0].newText;
    const spec = getProfile('back-office')!.sections.find((s) => s.kind === 'experience')!;
    assert.ok(inserted.includes(templateToText(sectionSnippet(spec, 'it', 3))), inserted);
    assert.match(inserted, /^### Esperienza professionale$/m);
    assert.match(inserted, /^#### \[Ruolo\]/m);
  });
});
