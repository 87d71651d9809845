// Inline comments that turn rules off: <!-- cvlint-disable RULE -->, <!-- cvlint-enable RULE -->,
// <!-- cvlint-disable-next-line RULE -->; no rule id means every rule.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/types';

/** Joins lines with "\n" so fixtures read top to bottom. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

function analyze(text: string, options: AnalyzeOptions = {}) {
  return analyzeCv(text, { fileName: 'cv.md', ...options });
}

/** Start lines of one rule's findings. */
function linesOf(findings: Finding[], ruleId: string): number[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => f.range.start.line);
}

/** Sections on lines 6, 8, 10 and 15 are empty; line 12 repeats the experience section. */
function cvWith(directives: { before6?: string; before10?: string; before15?: string }): string {
  return md(
    '# Anna Neri', // 0
    '', // 1
    '## Esperienza professionale', // 2
    '', // 3
    '- Impiegata presso Alfa S.r.l. dal 2019, fatturazione e archivio', // 4
    directives.before6 ?? '', // 5
    '## Istruzione e formazione', // 6
    '', // 7
    '## Competenze tecniche', // 8
    directives.before10 ?? '', // 9
    '## Competenze linguistiche', // 10
    '', // 11
    '## Esperienze lavorative', // 12
    '- Segretaria presso Beta S.p.A. dal 2015', // 13
    directives.before15 ?? '', // 14
    '## Competenze personali', // 15
    '', // 16
    '## Contatti', // 17
    '', // 18
    '- anna.neri@example.com', // 19
  );
}

describe('inline directives', () => {
  it('without directives: the baseline findings', () => {
    const { findings } = analyze(cvWith({}));
    assert.deepEqual(linesOf(findings, 'empty-section'), [6, 8, 10, 15]);
    assert.deepEqual(linesOf(findings, 'duplicate-section'), [12]);
  });

  it('are read with their kind, rule list and line', () => {
    const text = md(
      '<!-- cvlint-disable -->',
      '<!-- cvlint-enable empty-section -->',
      '<!--cvlint-disable-next-line   empty-section,duplicate-section-->',
      '# Anna',
      '',
      'Testo <!-- cvlint-disable missing-section --> nel paragrafo.',
    );
    assert.deepEqual(analyze(text).document.directives, [
      { kind: 'disable', rules: [], line: 0 },
      { kind: 'enable', rules: ['empty-section'], line: 1 },
      { kind: 'disable-next-line', rules: ['empty-section', 'duplicate-section'], line: 2 },
      { kind: 'disable', rules: ['missing-section'], line: 5 },
    ]);
  });

  it('directives inside code blocks are not directives', () => {
    const text = md('## Esperienze', '', '```html', '<!-- cvlint-disable -->', '```', '', '## Istruzione');
    const result = analyze(text);
    assert.deepEqual(result.document.directives, []);
    assert.deepEqual(linesOf(result.findings, 'empty-section'), [6]);
  });

  describe('disable / enable', () => {
    it('a named rule is off between disable and enable, and only that rule', () => {
      const { findings } = analyze(cvWith({ before6: '<!-- cvlint-disable empty-section -->', before10: '<!-- cvlint-enable empty-section -->' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [10, 15]);
      assert.deepEqual(linesOf(findings, 'duplicate-section'), [12]);
    });

    it('disable without enable lasts to the end of the file', () => {
      const { findings } = analyze(cvWith({ before10: '<!-- cvlint-disable empty-section duplicate-section -->' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [6, 8]);
      assert.deepEqual(linesOf(findings, 'duplicate-section'), []);
    });

    it('no rule id turns every rule off', () => {
      const text = cvWith({ before10: '<!-- cvlint-disable -->' });
      const { findings } = analyze(text);
      assert.ok(findings.length > 0);
      for (const f of findings) assert.ok(f.range.start.line < 9, `${f.ruleId} at line ${f.range.start.line} should be off`);
      assert.deepEqual(linesOf(findings, 'empty-section'), [6, 8]);
    });

    it('enabling one rule after disabling all leaves the others off', () => {
      const { findings } = analyze(cvWith({ before6: '<!-- cvlint-disable -->', before10: '<!-- cvlint-enable empty-section -->' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [10, 15]);
      assert.deepEqual(linesOf(findings, 'duplicate-section'), []);
    });

    it('enabling all after disabling one rule turns it back on', () => {
      const { findings } = analyze(cvWith({ before6: '<!-- cvlint-disable empty-section -->', before15: '<!-- cvlint-enable -->' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [15]);
    });

    it('disabling another rule changes nothing for this one', () => {
      const { findings } = analyze(cvWith({ before6: '<!-- cvlint-disable missing-keywords -->' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [6, 8, 10, 15]);
      assert.deepEqual(linesOf(findings, 'duplicate-section'), [12]);
    });

    it('a disable comment at the top of the file reaches document-level findings', () => {
      const gaps = md('# Anna Neri', '', '## Esperienza professionale', '', '- Impiegata presso Alfa S.r.l. dal 2019');
      assert.ok(analyze(gaps).findings.some((f) => f.ruleId === 'missing-section'));
      const result = analyze(md('<!-- cvlint-disable missing-section -->', gaps));
      assert.deepEqual(linesOf(result.findings, 'missing-section'), []);
      assert.ok(result.findings.some((f) => f.ruleId === 'missing-keywords'), 'other rules still report');
    });
  });

  describe('disable-next-line', () => {
    it('turns the named rule off on the next line only', () => {
      const { findings } = analyze(cvWith({ before6: '<!-- cvlint-disable-next-line empty-section -->' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [8, 10, 15]);
    });

    it('a directive for another rule does not hide the finding', () => {
      const { findings } = analyze(cvWith({ before6: '<!-- cvlint-disable-next-line duplicate-section -->' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [6, 8, 10, 15]);
    });

    it('no rule id: every rule on the next line', () => {
      const { findings } = analyze(cvWith({ before15: '<!-- cvlint-disable-next-line -->', before10: '' }));
      assert.deepEqual(linesOf(findings, 'empty-section'), [6, 8, 10]);
      const withDuplicate = analyze(md('## Experience', '', 'Clerk at Alfa for the team', '', '<!-- cvlint-disable-next-line -->', '## Work history', '', 'Clerk at Beta', '', '## Education', '', 'BSc'));
      assert.deepEqual(linesOf(withDuplicate.findings, 'duplicate-section'), []);
    });

    it('a blank line between the directive and the heading: the finding stays', () => {
      const text = md('## Esperienze', '', 'Impiegata presso Alfa.', '', '<!-- cvlint-disable-next-line empty-section -->', '', '## Istruzione', '', '## Lingue', '', '- Inglese');
      assert.deepEqual(linesOf(analyze(text).findings, 'empty-section'), [6]);
    });

    it('at the very top, it reaches the findings anchored on the first line', () => {
      const text = md('<!-- cvlint-disable-next-line missing-section -->', '# Anna Neri', '', '## Esperienza professionale', '', '- Impiegata presso Alfa S.r.l. dal 2019');
      const result = analyze(text);
      assert.deepEqual(linesOf(result.findings, 'missing-section'), []);
      // Findings about the whole document point at the first real line, not at the comment.
      for (const f of result.findings) assert.notEqual(f.range.start.line, 0, `${f.ruleId} points at the comment`);
    });
  });

  it('CRLF files: directives work on the same lines', () => {
    const text = cvWith({ before6: '<!-- cvlint-disable empty-section -->', before10: '<!-- cvlint-enable empty-section -->' }).replace(/\n/g, '\r\n');
    const { findings, document } = analyze(text);
    assert.deepEqual(document.directives.map((d) => d.line), [5, 9]);
    assert.deepEqual(linesOf(findings, 'empty-section'), [10, 15]);
  });
});
