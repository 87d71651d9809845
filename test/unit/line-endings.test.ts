// Fixes write the document's own line ending: a Windows CV must not end up with mixed line endings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeCv } from '../../server/src/engine/analyze';
import { applyEdits } from '../support/apply-edits';

describe('line endings in fixes', () => {
  for (const example of ['examples/cv-gaps-it.md', 'examples/cv-gaps-en.md']) {
    it(`every fix on ${example} as CRLF keeps CRLF only, also the fixes offered after others`, () => {
      // Some fixes come only after others (keywords join a section once it has been added): every fix offered
      // on the way, applying the first one each time, until none is left.
      let crlf = readFileSync(example, 'utf8').replace(/\r?\n/g, '\r\n');
      const titles = new Set<string>();
      for (let step = 0; step < 40; step++) {
        const fixes = analyzeCv(crlf, { fileName: example }).findings.flatMap((f) => f.fixes);
        if (fixes.length === 0) break;
        for (const fix of fixes) {
          titles.add(fix.title);
          assert.ok(!/(^|[^\r])\n/.test(applyEdits(crlf, fix.edits)), `bare LF after "${fix.title}"`);
        }
        crlf = applyEdits(crlf, fixes[0].edits);
      }
      assert.ok(titles.size > 6, `the example offers fixes: ${[...titles].join('; ')}`);
      assert.ok([...titles].some((title) => /«|“/.test(title) && /Aggiungi «|Add “/.test(title)), 'keyword fixes among them');
    });

    it(`fixes on ${example} with LF add no CR`, () => {
      const lf = readFileSync(example, 'utf8').replace(/\r\n/g, '\n');
      for (const fix of analyzeCv(lf, { fileName: example }).findings.flatMap((f) => f.fixes)) {
        assert.ok(!applyEdits(lf, fix.edits).includes('\r'), fix.title);
      }
    });
  }
});
