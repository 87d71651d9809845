// Applies every fix the engine offers on every example and fixture CV, then checks that the fix
// removes the finding it was offered for, deletes none of the user's text, and leaves a CV the
// engine still reads. One `it` per fix, so a failure names the file, the rule and the fix.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { AnalysisResult } from '../../server/src/engine/analyze';
import { applyEdits } from '../support/apply-edits';
import { countWithIdentity, deletedLines, describeFinding, findingIdentity } from '../support/fix-checks';

const repoRoot = path.resolve(__dirname, '../..');
const cvFolders = ['examples', 'test/fixtures/cvs'];
const looksLikeCvFileName = /^(cv|resume|curriculum)[-_.]/i;

interface SampleFile {
  /** Path relative to the repository root, used in test names. */
  relativePath: string;
  fileName: string;
  text: string;
}

/** Every sample as written and with Windows line endings, since fixes compute line positions. */
function loadSampleFiles(): SampleFile[] {
  const asWritten = cvFolders.flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({
        relativePath: `${folder}/${name}`,
        fileName: name,
        text: readFileSync(path.join(repoRoot, folder, name), 'utf8'),
      })),
  );
  const withCrlf = asWritten.map((sample) => ({
    ...sample,
    relativePath: `${sample.relativePath} (CRLF)`,
    text: sample.text.replace(/\r?\n/g, '\r\n'),
  }));
  return [...asWritten, ...withCrlf];
}


describe('applyEdits (test helper)', () => {
  it('applies inserts and replacements by line and character', () => {
    const text = 'one\ntwo\r\nthree';
    const result = applyEdits(text, [
      { range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, newText: '!' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, newText: 'ONE' },
      { range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, newText: ' and a half' },
    ]);
    assert.equal(result, 'ONE\ntwo and a half\r\nthree!');
  });

  it('keeps the array order of several inserts at one position', () => {
    const at = { line: 0, character: 1 };
    assert.equal(
      applyEdits('ac', [
        { range: { start: at, end: at }, newText: 'b' },
        { range: { start: at, end: at }, newText: 'B' },
      ]),
      'abBc',
    );
  });

  it('throws on overlapping edits', () => {
    assert.throws(() =>
      applyEdits('abcdef', [
        { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } }, newText: 'x' },
        { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } }, newText: 'y' },
      ]),
    /overlap/);
  });

  it('throws on positions outside the document', () => {
    const edit = (line: number, character: number) => [
      { range: { start: { line, character }, end: { line, character } }, newText: 'x' },
    ];
    assert.throws(() => applyEdits('ab\ncd', edit(2, 0)), RangeError);
    assert.throws(() => applyEdits('ab\ncd', edit(0, 3)), RangeError);
    assert.equal(applyEdits('ab\ncd', edit(1, 2)), 'ab\ncdx');
  });
});

describe('deletedLines (test helper)', () => {
  it('allows moved lines and lines extended in place', () => {
    assert.deepEqual(deletedLines('# A\n\n- Excel, Word.\n## C\nx', '## C\nx\n# A\n- Excel, Word, Access.\n'), []);
  });

  it('reports a deleted or shortened line, counting duplicates', () => {
    assert.deepEqual(deletedLines('a\na\nkeep me', 'a\nkeep'), ['a', 'keep me']);
  });
});

describe('every fix on the example and fixture CVs', () => {
  for (const sample of loadSampleFiles()) {
    describe(sample.relativePath, () => {
      let original: AnalysisResult | undefined;
      let analysisError: unknown;
      try {
        original = analyzeCv(sample.text, { fileName: sample.fileName });
      } catch (error) {
        analysisError = error;
      }

      it('is analysed without throwing', () => {
        if (analysisError) throw analysisError;
      });
      if (!original) return;
      const analysis = original;

      if (looksLikeCvFileName.test(sample.fileName) || sample.relativePath.startsWith('examples/')) {
        // Otherwise the fix checks below would pass vacuously.
        it('is recognised as a CV', () => {
          assert.equal(analysis.checked, true, `not checked as a CV: ${analysis.document.isCvReason.en}`);
        });
      }

      for (const finding of analysis.findings) {
        const identity = findingIdentity(finding);
        const before = countWithIdentity(analysis.findings, identity);
        finding.fixes.forEach((fix, fixIndex) => {
          it(`${describeFinding(finding)} — fix ${fixIndex + 1} "${fix.title}"`, () => {
            assert.ok(fix.edits.length > 0, 'a fix with no edits');
            const fixedText = applyEdits(sample.text, fix.edits);
            assert.notEqual(fixedText, sample.text, 'the fix changes nothing');

            const missing = deletedLines(sample.text, fixedText);
            assert.deepEqual(missing, [], `the fix deleted original lines:\n${missing.join('\n')}`);

            const fixed = analyzeCv(fixedText, { fileName: sample.fileName });
            assert.equal(fixed.checked, analysis.checked, 'the fix changed whether the file is checked as a CV');
            const after = countWithIdentity(fixed.findings, identity);
            assert.ok(
              after < before,
              `finding still there after the fix (${before} → ${after}):\n${fixed.findings
                .filter((f) => f.ruleId === finding.ruleId)
                .map((f) => `  ${describeFinding(f)}: ${f.message}`)
                .join('\n')}\n--- fixed text ---\n${fixedText}`,
            );
          });
        });
      }
    });
  }
});
