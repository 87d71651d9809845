// Property tests: the engine never throws, whatever it is given, and every position it reports
// (findings, fix edits, sections, contact details, text spans) lies inside the document.
import fc from 'fast-check';
import { analyzeAndCheck, cvLikeMarkdown, mutatedExample, optionsArbitrary, wildString } from '../support/cv-properties';

describe('analyzeCv properties', function () {
  this.timeout(60000);

  it('never throws on arbitrary strings, and every range lies inside the document', () => {
    fc.assert(
      fc.property(wildString(400), optionsArbitrary, (text, options) => analyzeAndCheck(text, options)),
      { numRuns: 300 },
    );
  });

  it('never throws on CV-like Markdown (every heading style, front matter, fences, HTML, CRLF...)', () => {
    fc.assert(
      fc.property(cvLikeMarkdown, optionsArbitrary, (text, options) => analyzeAndCheck(text, options)),
      { numRuns: 250 },
    );
  });

  it('keeps findings, fixes and sections inside the document on edited example CVs', () => {
    fc.assert(
      fc.property(mutatedExample, optionsArbitrary, (text, options) => analyzeAndCheck(text, options)),
      { numRuns: 100 },
    );
  });

  it('handles the empty document and a lone line break of each kind', () => {
    for (const text of ['', '\n', '\r\n', '\r', '\u0000', '\ud800', '\ufeff']) {
      for (const force of [false, true]) analyzeAndCheck(text, { fileName: 'cv.md', force });
    }
  });
});
