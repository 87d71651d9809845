// A result crossing from the analysis worker to its host (server/src/analysis/worker-protocol.ts): without its
// text and lines, its bulky parts packed on the way, yet equal to the engine's once the host has put them back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromTransferred, packedPart, samePacked, toTransferred, type PackedPart } from '../../server/src/analysis/worker-protocol';
import { analyzeCv } from '../../server/src/engine/analyze';

const repoRoot = path.resolve(__dirname, '../..');

describe('analysis worker protocol', () => {
  const texts = {
    'an English CV': readFileSync(path.join(repoRoot, 'examples', 'cv-gaps-en.md'), 'utf8'),
    'mixed line breaks, a lone surrogate and a BOM': '\ufeff# Mario Rossi\r\n\r\n## Esperienza\r- Fatture \ud800 e **Excel**\n\n## Contatti\nmario@example.com\n',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`gives back the engine's result: ${name}`, () => {
      const result = analyzeCv(text, { fileName: 'cv.md' });
      // Through the structured clone a thread boundary applies.
      const crossed = structuredClone(toTransferred(result));
      for (const field of ['text', 'lines', 'spans', 'sections', 'evidence']) assert.equal(field in crossed.document, false, field);
      const back = fromTransferred(crossed, text, result.profile);
      assert.deepEqual(back.document.lines, result.document.lines);
      assert.deepEqual(back.document.spans, result.document.spans);
      assert.deepEqual({ ...back, document: { ...back.document } }, result);
    });
  }

  it('shares the parts packed alike with the previous result, and unpacks only what is read', () => {
    const text = texts['an English CV'];
    const edited = text.replace('Experience', 'Experiences');
    const parts = new Map<string, PackedPart>();
    let unpacked = 0;
    const source = (field: string, bytes: Uint8Array): PackedPart => {
      const before = parts.get(field);
      if (before && samePacked(before.bytes, bytes)) return before;
      const fresh = packedPart(bytes);
      let read = false;
      const part = { bytes, read: () => (read ||= (unpacked++, true), fresh.read()) };
      parts.set(field, part);
      return part;
    };
    const first = analyzeCv(text, { fileName: 'cv.md' });
    const a = fromTransferred(structuredClone(toTransferred(first)), text, first.profile, source);
    const again = fromTransferred(structuredClone(toTransferred(analyzeCv(text, { fileName: 'cv.md' }))), text, first.profile, source);
    assert.equal(unpacked, 0);
    assert.equal(again.document.evidence, a.document.evidence);
    assert.equal(unpacked, 1);
    const second = analyzeCv(edited, { fileName: 'cv.md' });
    const b = fromTransferred(structuredClone(toTransferred(second)), edited, second.profile, source);
    assert.notEqual(b.document.sections, a.document.sections);
    assert.deepEqual(b.document.sections, second.document.sections);
  });

  it('lets the lines and spans be replaced like ordinary properties', () => {
    const result = analyzeCv('# CV\n', { fileName: 'cv.md' });
    const back = fromTransferred(structuredClone(toTransferred(result)), '# CV\n', result.profile);
    back.document.spans = [];
    assert.deepEqual(back.document.spans, []);
    assert.deepEqual(Object.keys(back.document).sort(), Object.keys(result.document).sort());
  });
});
