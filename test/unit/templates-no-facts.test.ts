// A quick fix writes into the person's CV: structure and fields to fill in, never claims about them
// ("Inglese: B2", "Via Roma 1", "precisa e organizzata"). Every value in a section template is a bracketed
// field that the placeholder rule reports until the person replaces it.
import assert from 'node:assert/strict';
import { getProfile } from '../../server/src/profiles/index';
import { sectionText } from '../../server/src/profiles/templates';
import { findPlaceholders } from '../../server/src/engine/placeholder';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { Language } from '../../server/src/engine/types';

const profile = getProfile('back-office')!;
const LANGUAGES: Language[] = ['it', 'en'];

describe('section templates hold fields to fill in, not facts', () => {
  for (const spec of profile.sections) {
    for (const lang of LANGUAGES) {
      const text = sectionText(spec, lang, 2);
      const body = text.split('\n').slice(1).join('\n');

      it(`${spec.kind} (${lang}): every bracketed field is a placeholder the rule reports`, () => {
        const fields = [...body.matchAll(/\[[^\]]+\]/g)].map((m) => m[0]);
        assert.ok(fields.length > 0, `no field to fill in:\n${body}`);
        const found = findPlaceholders({ lines: body.split('\n'), frontMatter: null }).map((p) => p.value);
        for (const field of fields) assert.ok(found.some((value) => value.includes(field.slice(1, -1))), `"${field}" is not reported as a placeholder (found: ${found.join(' | ')})`);
      });

      it(`${spec.kind} (${lang}): outside the brackets, only labels and punctuation`, () => {
        const outside = body.replace(/\[[^\]]+\]/g, ' ');
        assert.doesNotMatch(outside, /\d/, 'a number (date, level, phone, postcode) would be a claim');
        assert.doesNotMatch(outside, /@/, 'an email would be a claim');
        assert.doesNotMatch(outside, /\b[ABC][12]\b/, 'a language level would be a claim');
        const words = outside.match(/\p{L}+/gu) ?? [];
        const labels = new Set(['Lingua', 'madre', 'Mother', 'tongue', 'Nome', 'Indirizzo', 'Telefono', 'Email', 'Name', 'Address', 'Phone']);
        assert.deepEqual(words.filter((w) => !labels.has(w)), [], 'words outside the fields');
      });
    }
  }

  it('a CV completed with every missing-section fix gets placeholder findings, not new facts', () => {
    const cv = '# Giulia Verdi\n\n## Esperienza professionale\n\n### Impiegata — Rossi S.r.l., Verona\n*2019 – 2023*\n\n- Fatturazione e archiviazione\n';
    const result = analyzeCv(cv, { fileName: 'cv.md' });
    let fixed = cv;
    for (const finding of result.findings.filter((f) => f.ruleId === 'missing-section')) {
      const edit = finding.fixes[0].edits[0];
      const again = analyzeCv(fixed, { fileName: 'cv.md' }).findings.find((f) => f.ruleId === 'missing-section' && f.messageArgs.kind === finding.messageArgs.kind);
      if (!again) continue;
      const lines = fixed.split('\n');
      const e = again.fixes[0].edits[0];
      lines.splice(e.range.start.line, 0, ...e.newText.replace(/\n$/, '').split('\n'));
      fixed = lines.join('\n');
      assert.ok(edit.newText.length > 0);
    }
    const after = analyzeCv(fixed, { fileName: 'cv.md' });
    assert.deepEqual(after.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.messageArgs.kind), []);
    assert.ok(after.findings.some((f) => f.ruleId === 'placeholder'), 'the fields are reported until filled in');
    // No contact detail is taken from the template: the contact block waits for the person's own.
    assert.deepEqual([after.document.contact.emails.length, after.document.contact.phones.length, after.document.contact.address], [0, 0, null]);
  });
});
