// Bugs `npm run fuzz` found, each pinned by the smallest input that showed it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeCv } from '../../server/src/engine/analyze';
import { applyEdits } from '../support/apply-edits';
import { findingIdentity } from '../support/fix-checks';

describe('fuzz regressions', () => {
  it('a leading byte order mark shifts nothing: same findings, contacts on the same lines', () => {
    // micromark drops the BOM, so its offsets were one character short of the text's: the contact
    // section lost its email and a "missing email" fix was offered again after every fix.
    const plain = readFileSync('examples/cv-gaps-it.md', 'utf8');
    const withBom = `\ufeff${plain}`;
    const a = analyzeCv(plain, { fileName: 'cv.md' });
    const b = analyzeCv(withBom, { fileName: 'cv.md' });
    assert.deepEqual(b.findings.map(findingIdentity), a.findings.map(findingIdentity));
    assert.deepEqual(
      b.document.contact.emails.map((email) => [email.value, email.range]),
      a.document.contact.emails.map((email) => [email.value, email.range]),
    );
    assert.ok(a.document.contact.emails.length > 0, 'the example has an email');
    assert.deepEqual(
      b.document.sections.map((s) => [s.kind, s.title]),
      a.document.sections.map((s) => [s.kind, s.title]),
    );
    const line = b.document.contact.emails[0].range.start.line;
    const { start, end } = b.document.contact.emails[0].range;
    assert.equal(withBom.split('\n')[line].slice(start.character, end.character), b.document.contact.emails[0].value);
    // A fix applied to the BOM text gives the BOM text of the same fix on the plain text.
    const fixable = (f: { fixes: { edits: { range: { start: { line: number } } }[] }[] }) => f.fixes.length > 0 && f.fixes[0].edits.every((edit) => edit.range.start.line > 0);
    const fixPlain = a.findings.find(fixable);
    const fixBom = b.findings.find(fixable);
    assert.ok(fixPlain && fixBom, 'the example offers a fix below its first line');
    assert.equal(applyEdits(withBom, fixBom.fixes[0].edits), `\ufeff${applyEdits(plain, fixPlain.fixes[0].edits)}`);
  });
});
