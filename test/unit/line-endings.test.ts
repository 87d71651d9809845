// Fixes write the document's own line ending: a Windows CV must not end up with mixed line endings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeCv } from '../../server/src/engine/analyze';
import { applyEdits } from '../support/apply-edits';

describe('line endings in fixes', () => {
  for (const example of ['examples/cv-gaps-it.md', 'examples/cv-gaps-en.md']) {
    it(`every fix on ${example} as CRLF keeps CRLF only`, () => {
      const crlf = readFileSync(example, 'utf8').replace(/\r?\n/g, '\r\n');
      const { findings } = analyzeCv(crlf, { fileName: example });
      const fixes = findings.flatMap((f) => f.fixes);
      assert.ok(fixes.length > 3, 'the example offers fixes');
      for (const fix of fixes) {
        const fixed = applyEdits(crlf, fix.edits);
        assert.ok(!/(^|[^\r])\n/.test(fixed), `bare LF after "${fix.title}"`);
      }
    });

    it(`fixes on ${example} with LF add no CR`, () => {
      const lf = readFileSync(example, 'utf8').replace(/\r\n/g, '\n');
      for (const fix of analyzeCv(lf, { fileName: example }).findings.flatMap((f) => f.fixes)) {
        assert.ok(!applyEdits(lf, fix.edits).includes('\r'), fix.title);
      }
    });
  }
});
