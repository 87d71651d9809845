// What every analysis must satisfy, and generators of CV-like and hostile Markdown. Shared by the
// property tests (test/unit/properties.test.ts) and the fuzzer (test/fuzz/run.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { AnalysisResult, AnalyzeOptions } from '../../server/src/engine/analyze';
import { SECTION_KINDS } from '../../server/src/engine/types';
import type { Position, Range } from '../../server/src/engine/types';
import { applyEdits, documentLines } from './apply-edits';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

export function formatRange(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function assertPositionInside(lines: string[], p: Position, what: string): void {
  assert.ok(
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0,
    `${what}: bad position ${JSON.stringify(p)}`,
  );
  assert.ok(p.line < lines.length, `${what}: line ${p.line} ≥ line count ${lines.length}`);
  assert.ok(
    p.character <= lines[p.line].length,
    `${what}: character ${p.character} > length ${lines[p.line].length} of line ${p.line}`,
  );
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function assertRangeInside(lines: string[], r: Range, what: string): void {
  assertPositionInside(lines, r.start, `${what} start`);
  assertPositionInside(lines, r.end, `${what} end`);
  assert.ok(comparePositions(r.start, r.end) <= 0, `${what}: start after end (${formatRange(r)})`);
}

function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function checkInvariants(text: string, options: AnalyzeOptions, result: AnalysisResult): void {
  const lines = documentLines(text);
  const { document: doc } = result;

  if (options.force) assert.equal(result.checked, true, 'force must check the file');
  if (!result.checked) {
    assert.deepEqual(result.findings, [], 'a file that is not checked gets no findings');
    assert.equal(result.score, null);
  } else {
    assert.ok(
      typeof result.score === 'number' && result.score >= 0 && result.score <= 100,
      `score out of 0–100: ${result.score}`,
    );
  }

  for (const finding of result.findings) {
    const what = `finding ${finding.ruleId}/${finding.messageKey}`;
    assert.ok(SEVERITIES.includes(finding.severity), `${what}: severity ${finding.severity}`);
    assert.ok(typeof finding.message === 'string' && finding.message.length > 0, `${what}: empty message`);
    assertRangeInside(lines, finding.range, what);
    for (const fix of finding.fixes) {
      fix.edits.forEach((edit, i) => assertRangeInside(lines, edit.range, `${what} fix "${fix.title}" edit ${i}`));
      // Edits of one fix must not overlap, or an editor would refuse the whole fix.
      applyEdits(text, fix.edits);
    }
  }

  doc.sections.forEach((section, index) => {
    const what = `section ${index} "${section.title}"`;
    assert.ok(SECTION_KINDS.includes(section.kind), `${what}: kind ${section.kind}`);
    assertRangeInside(lines, section.headingRange, `${what} heading`);
    assertRangeInside(lines, section.range, what);
    assert.ok(rangeContains(section.range, section.headingRange), `${what}: heading outside its section`);
    assert.ok(
      section.bodyEndLine >= section.range.start.line && section.bodyEndLine <= section.range.end.line,
      `${what}: bodyEndLine ${section.bodyEndLine} outside ${formatRange(section.range)}`,
    );
    if (index > 0) {
      const previous = doc.sections[index - 1];
      assert.ok(
        comparePositions(previous.headingRange.start, section.headingRange.start) <= 0,
        `${what}: sections out of document order`,
      );
    }
    assert.ok(section.parent >= -1 && section.parent < index, `${what}: parent ${section.parent}`);
    if (section.parent >= 0) {
      assert.ok(rangeContains(doc.sections[section.parent].range, section.range), `${what}: outside its parent`);
    }
  });

  const contact = doc.contact;
  if (contact.nameRange) assertRangeInside(lines, contact.nameRange, 'contact name');
  contact.emails.forEach((item, i) => assertRangeInside(lines, item.range, `email ${i}`));
  contact.phones.forEach((item, i) => assertRangeInside(lines, item.range, `phone ${i}`));
  if (contact.address) assertRangeInside(lines, contact.address.range, 'address');
  assert.ok(contact.sectionIndex >= -1 && contact.sectionIndex < doc.sections.length, 'contact sectionIndex');

  for (const span of doc.spans) {
    assert.ok(!/[\r\n]/.test(span.text), `span crosses a line break: ${JSON.stringify(span.text)}`);
    assertPositionInside(lines, { line: span.line, character: span.character }, 'span');
    assert.ok(
      span.character + span.text.length <= lines[span.line].length,
      `span ${JSON.stringify(span.text)} runs past the end of line ${span.line}`,
    );
  }
}

export function analyzeAndCheck(text: string, options: AnalyzeOptions): void {
  const result = analyzeCv(text, options);
  checkInvariants(text, options, result);
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
export const wildString = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: anyCodeUnit, maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
  );

export const optionsArbitrary: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    fileName: fc.constantFrom(
      undefined,
      null,
      '',
      'cv.md',
      'CV_Mario_Rossi.md',
      'curriculum-vitae.md',
      'resume.md',
      'résumé.md',
      'README.md',
      'CHANGELOG.md',
      'notes.md',
      '/home/user/docs/cv-it.md',
      'C:\\Users\\Giulia\\Documenti\\Curriculum Vitae.md',
      'cv',
      '.md',
    ),
    force: fc.boolean(),
    language: fc.constantFrom(undefined, 'auto' as const, 'it' as const, 'en' as const),
    messageLanguage: fc.constantFrom(undefined, 'auto' as const, 'it' as const, 'en' as const),
    contactPlacement: fc.constantFrom(undefined, 'end' as const, 'start' as const, 'any' as const),
  },
  { requiredKeys: ['force'] },
);

const sectionTitles = fc.constantFrom(
  'Esperienza professionale',
  'Esperienze lavorative',
  'Istruzione e formazione',
  'Formazione',
  'Competenze tecniche',
  'Competenze digitali',
  'Competenze linguistiche',
  'Lingue',
  'Competenze personali',
  'Competenze trasversali',
  'Competenze',
  'Contatti',
  'Informazioni personali',
  'Profilo',
  'Work experience',
  'Experience',
  'Education and training',
  'Technical skills',
  'Languages',
  'Soft skills',
  'Personal skills',
  'Skills',
  'Contact information',
  'Summary',
  'Giulia Bianchi',
  'Mario Rossi',
  'Curriculum vitae',
  'Installation',
  'Usage',
  'Addetta back office — Logistica Srl (2020 – oggi)',
);

const headingTitle = fc
  .tuple(
    fc.constantFrom('', '💼 ', '🎓 ', '🛠️ ', '👩‍💻 ', '1. ', '2) ', '3.1 ', 'I. ', '— ', ':fire: ', '\u0000', '\ud800'),
    fc.oneof({ weight: 4, arbitrary: sectionTitles }, { weight: 1, arbitrary: wildString(30) }),
    fc.constantFrom('', ':', ' :', ' 🚀', ' —', '\t', ' ', '\udfff'),
    fc.boolean(),
  )
  .map(([prefix, title, suffix, upper]) => {
    const text = `${prefix}${title}${suffix}`;
    return upper ? text.toUpperCase() : text;
  });

export const headingBlock = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), headingTitle, fc.boolean())
    .map(([level, title, closed]) => `${'#'.repeat(level)} ${title}${closed ? ` ${'#'.repeat(level)}` : ''}`),
  fc
    .tuple(headingTitle, fc.constantFrom('=', '-'), fc.integer({ min: 1, max: 12 }))
    .map(([title, mark, n]) => `${title}\n${mark.repeat(n)}`),
  headingTitle.map((title) => `**${title}**`),
  headingTitle.map((title) => `__${title}__`),
  fc
    .tuple(fc.integer({ min: 1, max: 6 }), headingTitle, fc.constantFrom('', ' align="center"', ' id="x"'), fc.boolean())
    .map(([level, title, attrs, closed]) => `<h${level}${attrs}>${title}${closed ? `</h${level}>` : ''}`),
  headingTitle.map((title) => title.toUpperCase()),
);

export const proseLine = fc.oneof(
  fc.constantFrom(
    'Fatturazione, data entry e archiviazione documentale.',
    'Riconciliazione bancaria, contabilità fornitori, Excel avanzato.',
    'Invoice processing, bank reconciliation and filing.',
    'Precisione, organizzazione, lavoro di squadra, problem solving.',
    'Inglese B2, francese A2, italiano madrelingua.',
    'Email: mario.rossi@example.com',
    'mario.rossi@@example',
    'Tel. +39 333 123 4567',
    'Cell: 333/1234567 · 02-12345678',
    '+39 33',
    'Via Roma 1, 00100 Roma (RM)',
    '14 Kirkstall Road, Leeds LS3 1HR',
    'https://example.com/fatturazione?x=excel#contabilita',
    '<https://example.com>',
    '[Excel](https://example.com/excel) `fatturazione` **grassetto** _corsivo_',
    'Autorizzo il trattamento dei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR.',
    '👩‍💻🇮🇹✉️📞 📍',
    '&amp; &lt;h2&gt; &#x1F600; &#0;',
    'line with trailing spaces   ',
    '\u0000\u0000',
    'a\ud83d b\ude00 c',
    '\u2028\u2029\u00a0\ufeff',
  ),
  wildString(80),
);

const ordinaryBodyBlock = fc.oneof(
  proseLine,
  fc
    .array(fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '  - ', '    - ', '- [ ] '), proseLine), {
      minLength: 1,
      maxLength: 5,
    })
    .map((items) => items.map(([marker, text]) => marker + text).join('\n')),
  fc
    .array(fc.array(proseLine, { minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 4 })
    .chain((rows) =>
      fc.boolean().map((withDelimiter) => {
        const header = '| Contatti | |';
        const delimiter = withDelimiter ? '\n|---|---|' : '';
        return header + delimiter + rows.map((cells) => `\n| ${cells.join(' | ')} |`).join('');
      }),
    ),
  fc
    .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'markdown', 'md', 'js'), fc.array(fc.oneof(headingBlock, proseLine), { maxLength: 3 }), fc.boolean())
    .map(([fence, info, inner, closed]) => `${fence}${info}\n${inner.join('\n')}${closed ? `\n${fence}` : ''}`),
  fc.array(fc.oneof(headingBlock, proseLine), { minLength: 1, maxLength: 2 }).map((inner) => inner.map((l) => `    ${l}`).join('\n')),
  fc.constantFrom(
    '<!-- cvlint-disable missing-keywords -->',
    '<!-- cvlint-disable -->',
    '<!-- cvlint-enable -->',
    '<!-- cvlint-enable missing-section -->',
    '<!-- cvlint-disable-next-line -->',
    '<!-- cvlint-disable-next-line missing-contact-detail invalid-contact -->',
    '<!-- cvlint-disable',
    '<!-- unterminated comment',
    '<div align="center">\n<h2>Contatti</h2>\n<p>giulia@example.com</p>\n</div>',
    '<table><tr><td>Esperienza</td></tr></table>',
    '<br>',
    '---',
    '***',
    '> **Profilo**\n> Impiegata amministrativa.',
    '![foto](foto.jpg)',
    '[^1]: nota',
    '',
    '   ',
  ),
);

const veryLongLine = fc
  .tuple(fc.integer({ min: 1000, max: 20000 }), fc.constantFrom('a', 'fatturazione ', '# ', '*', '|', '💼', '\ud800'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

// Very long lines are rarer than the rest so that the suite stays fast.
export const bodyBlock = fc.oneof({ weight: 15, arbitrary: ordinaryBodyBlock }, { weight: 1, arbitrary: veryLongLine });

export const frontMatter = fc.oneof(
  fc
    .record({
      name: fc.oneof(fc.constantFrom('Giulia Bianchi', '', '"quoted"', '[1, 2]'), wildString(10)),
      email: fc.constantFrom('giulia.bianchi@example.com', 'not-an-email', ''),
      lang: fc.constantFrom('it', 'en', 'fr', '42', '', 'IT'),
      cv: fc.constantFrom('true', 'false', 'yes', '"true"', '1'),
    })
    .map((fm) => `---\nname: ${JSON.stringify(fm.name)}\nemail: ${fm.email}\nlang: ${fm.lang}\ncv: ${fm.cv}\n---`),
  fc
    .record({ name: fc.constantFrom('Davide Ricci', ''), lang: fc.constantFrom('it', 'en', 'xx'), cv: fc.constantFrom('true', 'false', '"si"') })
    .map((fm) => `+++\nname = "${fm.name}"\nlang = "${fm.lang}"\ncv = ${fm.cv}\n+++`),
  fc.constantFrom(
    '---\n: : [unclosed\n---',
    '---\n- a list\n- not a map\n---',
    '---\njust a scalar\n---',
    '---\nname: Giulia\n',
    '---\n---',
    '+++\nname = \n+++',
    '+++\n[[broken\n+++',
    '---\r\nname: Giulia Bianchi\r\ncv: true\r\n---',
    '---\nname: &a [*a]\n---',
  ),
);

export const lineBreak = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r');

export const cvLikeMarkdown = fc
  .tuple(
    fc.option(frontMatter, { nil: undefined }),
    fc.array(fc.tuple(fc.oneof(headingBlock, bodyBlock), lineBreak), { maxLength: 25 }),
    fc.constantFrom('', '\n', '\r\n'),
  )
  .map(([front, blocks, trailing]) => {
    let text = front !== undefined ? `${front}\n` : '';
    for (const [block, separator] of blocks) text += block + separator;
    return text + trailing;
  });

/** The example CVs with CV-ish pieces inserted at random lines, so that rules fire and fixes are offered. */
export const exampleTexts = ['examples/cv-back-office-it.md', 'examples/cv-complete-it.md', 'examples/cv-back-office-en.md', 'examples/cv-gaps-it.md', 'examples/cv-gaps-en.md'].map(
  (file) => readFileSync(path.resolve(__dirname, '../..', file), 'utf8'),
);
export const mutatedExample = fc
  .tuple(
    fc.constantFrom(...exampleTexts),
    fc.array(fc.tuple(fc.nat(), fc.oneof(headingBlock, bodyBlock)), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([text, insertions, crlf]) => {
    const lines = text.split('\n');
    for (const [at, piece] of insertions) lines.splice(at % (lines.length + 1), 0, piece);
    return lines.join(crlf ? '\r\n' : '\n');
  });

