// Chunked and incremental analysis must give exactly what one whole-document parse gives: the mdast
// (positions included), the CV model, the findings with their ranges and the score. Checked on every
// Markdown file we have (fixtures, examples, the shared real-CV corpus) and on random edit sequences.
// CVLINT_PROPERTY_SCALE=10 runs ten times as many random cases.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseMarkdown } from '../../server/src/engine/parse';
import { assembleRoot, cutCandidates, parseChunk, parseInChunks, parseWhole, SMALLEST_PIECES } from '../../server/src/engine/chunks';
import { analyzeCv, analyzeCvWith, type AnalysisResult, type AnalyzeOptions } from '../../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental';

const repoRoot = path.resolve(__dirname, '../..');
// CVLINT_CORPUS as in .ci/run; by default the shared folder beside the checkout.
const corpusDir = path.resolve(repoRoot, process.env.CVLINT_CORPUS ?? path.join('..', 'shared', 'cv-corpus'));
const scale = Math.max(1, Number(process.env.CVLINT_PROPERTY_SCALE) || 1);

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return markdownFiles(file);
      return /\.(md|markdown)$/i.test(name) ? [file] : [];
    });
}

const ownFiles = [...markdownFiles(path.join(repoRoot, 'test', 'fixtures')), ...markdownFiles(path.join(repoRoot, 'examples'))];
const corpusFiles = markdownFiles(corpusDir);
if (corpusFiles.length === 0) {
  console.warn(`\n  !!! incremental.test: the real-CV corpus ${corpusDir} is missing: chunked parsing is checked on fixtures and examples only !!!\n`);
}
const allFiles = [...ownFiles, ...corpusFiles];
/** Every candidate cut taken (the default keeps pieces of a few hundred characters and more). */
const finePieces = (text: string) => parseInChunks(text, parseChunk, SMALLEST_PIECES);
const texts = allFiles.map((file) => ({ name: path.relative(repoRoot, file), text: readFileSync(file, 'utf8') }));
// Whole-document parses of the largest corpus files take seconds: their variants run in the bigger run only.
const LARGE = 16_000;
const variantsFor = (text: string) => (text.length <= LARGE || scale > 1 ? lineEndVariants(text) : lineEndVariants(text).slice(0, 1));

/** Every text also with Windows and old-Mac line ends. */
function lineEndVariants(text: string): { label: string; text: string }[] {
  const lf = text.replace(/\r\n?/g, '\n');
  return [
    { label: 'as is', text },
    { label: 'CRLF', text: lf.replace(/\n/g, '\r\n') },
    { label: 'CR', text: lf.replace(/\n/g, '\r') },
  ];
}

/** The analysis made from one whole-document parse: what every other way must equal. */
function referenceAnalysis(text: string, options: AnalyzeOptions): AnalysisResult {
  return analyzeCvWith(parseWhole, text, options);
}

function assertSameAnalysis(actual: AnalysisResult, expected: AnalysisResult, what: string): void {
  const view = (r: AnalysisResult) => ({ document: r.document, findings: r.findings, score: r.score, checked: r.checked, messageLanguage: r.messageLanguage });
  assert.deepStrictEqual(view(actual), view(expected), what);
  assert.equal(actual.profile, expected.profile, `${what}: profile`);
}

describe('chunked parsing', () => {
  it('finds Markdown files to check', () => {
    assert.ok(ownFiles.length >= 20, `only ${ownFiles.length} fixture and example files`);
  });

  it('gives the whole-document mdast for every fixture, example and corpus file, with any line ends', () => {
    let cutFiles = 0;
    for (const { name, text } of texts) {
      for (const variant of variantsFor(text)) {
        const whole = parseMarkdown(variant.text);
        for (const chunks of [parseInChunks(variant.text), finePieces(variant.text)]) {
          assert.equal(chunks.map((c) => c.text).join(''), variant.text, `${name} (${variant.label}): pieces do not add up to the text`);
          assert.deepStrictEqual(assembleRoot(chunks), whole, `${name} (${variant.label})`);
        }
        if (variant.label === 'as is' && parseInChunks(variant.text).length > 1) cutFiles++;
      }
    }
    // Most files are cut: the check above is about pieces, not about one whole parse compared with itself.
    assert.ok(cutFiles * 2 > texts.length, `only ${cutFiles} of ${texts.length} files were cut into pieces`);
  });

  it('cuts a CV at its headings and keeps line and offset of each piece', () => {
    const text = '# Mario Rossi\n\n## Esperienza\n\nImpiegato\n\n## Istruzione\n- Laurea\n';
    const chunks = finePieces(text);
    assert.deepEqual(
      chunks.map((c) => [c.line, c.start, c.text]),
      [
        [0, 0, '# Mario Rossi\n\n'],
        [2, 15, '## Esperienza\n\n'],
        [4, 30, 'Impiegato\n\n'],
        [6, 41, '## Istruzione\n- Laurea\n'],
      ],
    );
  });

  it('never cuts inside fenced code, HTML blocks or front matter', () => {
    const text = '---\ntitle: x\n\n# not a heading\n---\n\n```\n# code\n\nline\n```\n\n<div>\n# html\n</div>\n\n<!--\n\n# comment\n-->\n# Real\n';
    const cuts = cutCandidates(text);
    for (const inside of ['# not a heading', '# code', 'line', '# html', '# comment']) {
      assert.ok(!cuts.includes(text.indexOf(inside)), `cut before "${inside}"`);
    }
    assert.ok(cuts.includes(text.indexOf('# Real')));
    assert.deepStrictEqual(assembleRoot(finePieces(text)), parseMarkdown(text));
  });

  it('does not cut after a block that would take in the next line', () => {
    // A fence opened inside a list item ("- ```") is closed by the heading; one opened at the margin in a
    // list item's paragraph is not seen by the scan. Each piece's tree tells which is which.
    for (const text of ['  ```\n# a\n\n# b\n```\n# c\n', '- x\n  ```\n# a\n', '<div>\n# a\n\n# b\n', '```\nx\n\n# a\n\n# b\n', '<pre>\n\n# a\n\n# b\n']) {
      assert.deepStrictEqual(assembleRoot(finePieces(text)), parseMarkdown(text), JSON.stringify(text));
    }
  });

  it('keeps its pieces when a link or footnote definition serves another piece', () => {
    const texts = [
      '# A\n\n[x]\n\n# B\n\n[x]: https://example.com\n',
      '# A\n\nNote[^1]\n\n# B\n\n[^1]: the note\n',
      // Labels compare without case and with white space collapsed; the first definition of a label wins.
      '# A\n\n[Foo  Bar] and [foo\nbar][] and ![img][FOO BAR]\n\n# B\n\n[foo bar]: /one\n\n# C\n\n[FOO BAR]: /two "t"\n[foo bar]\n',
      // Definitions inside containers still count; one that is not a definition (in code) does not.
      '# A\n\n> [q]: /q\n\n- [l]: /l\n\n# B\n\n[q] [l] [c]\n\n    [c]: /c\n\n# C\n\n`[c]: /c`\n',
      // A reference after its definition in the same piece, and one to a label nobody defined.
      '# A\n\n[a]: /a\n[a] [b]\n\n# B\n\n[a][] [b][]\n',
    ];
    for (const text of texts) {
      for (const variant of lineEndVariants(text)) {
        const chunks = finePieces(variant.text);
        assert.ok(chunks.length > 1, JSON.stringify(variant.text));
        assert.deepStrictEqual(assembleRoot(chunks), parseMarkdown(variant.text), JSON.stringify(variant.text));
      }
    }
    // The reference really is one (the check above would pass if both parses missed it).
    const root = assembleRoot(finePieces(texts[0]));
    assert.ok(JSON.stringify(root).includes('"type":"linkReference"'));
    // "]:" that is not a definition does not cost the pieces.
    assert.ok(finePieces('# A\n\n`[x]: y`\n\n# B\n').length > 1);
  });

  it('gives the whole-document mdast for random Markdown', () => {
    fc.assert(
      fc.property(markdownDocument(), (text) => {
        assert.deepStrictEqual(assembleRoot(finePieces(text)), parseMarkdown(text));
      }),
      { numRuns: 400 * scale },
    );
  });
});

describe('chunked analysis', () => {
  it('analyzeCv equals the analysis of one whole-document parse on every file', () => {
    for (const { name, text } of texts) {
      const optionSets: AnalyzeOptions[] = [{ fileName: path.basename(name) }, { fileName: 'cv.md', force: true, messageLanguage: 'it' }];
      for (const options of text.length <= LARGE || scale > 1 ? optionSets : optionSets.slice(0, 1)) {
        const reference = referenceAnalysis(text, options);
        assertSameAnalysis(analyzeCv(text, options), reference, name);
        assertSameAnalysis(analyzeCvWith(finePieces, text, options), reference, `${name} (fine pieces)`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random documents and edits

/** Pieces of Markdown that move cut points: headings, fences, lists, HTML, definitions, line ends. */
const SNIPPETS = [
  '\n', '\r\n', '\r', '\n\n', '# ', '## Esperienza professionale\n', '### Impiegata — Acme S.r.l., 2019 – 2022\n', 'Competenze\n=====\n',
  'Contatti\n---\n', '```\n', '~~~js\n', '    ', '- ', '* ', '1. ', '> ', '<div>\n', '<!-- x\n', '-->\n', '<pre>\n', '</pre>\n',
  '[link]: https://example.com\n', '[^1]: nota\n', '[link]', 'nota[^1]', '[LINK][]', '[Link\nlink]: /x "t"\n', '> [q]: /q\n', '[q]', '[^q]: n\n', '[^q]', '| a | b |\n|---|---|\n| 1 | 2 |\n', '---\n', '+++\n',
  'Email: mario.rossi@example.com\n', 'Tel: +39 333 1234567\n', '**Competenze linguistiche**\n', 'Inglese B2, Excel, SAP, Word\n',
  'Precisione, organizzazione, lavoro di squadra\n', 'testo ', '\t', '\\', '`', '***\n', '<!-- cvlint-disable missing-section -->\n', '\ufeff',
];

function markdownDocument(): fc.Arbitrary<string> {
  return fc.array(fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 80 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 3 })),
});

function applyEdit(text: string, { at, remove, insert }: Edit): string {
  const start = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(start + remove);
}

describe('incremental analysis', () => {
  const small = texts.filter((t) => t.text.length <= 4000);

  it('equals a fresh whole-document analysis after every edit of a sequence', () => {
    fc.assert(
      fc.property(fc.nat({ max: small.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (which, edits, crlf) => {
        const analyzer = new IncrementalAnalyzer({ pieceSizes: SMALLEST_PIECES });
        const options: AnalyzeOptions = { fileName: 'cv.md', force: true };
        let text = crlf ? small[which].text.replace(/\r?\n/g, '\r\n') : small[which].text;
        assertSameAnalysis(analyzer.analyze(text, options), referenceAnalysis(text, options), 'before editing');
        for (const step of edits) {
          text = applyEdit(text, step);
          assertSameAnalysis(analyzer.analyze(text, options), referenceAnalysis(text, options), `after ${JSON.stringify(step)}`);
          assert.deepStrictEqual(analyzer.parse(text), parseMarkdown(text), `mdast after ${JSON.stringify(step)}`);
        }
      }),
      { numRuns: 15 * scale },
    );
  });

  it('equals a fresh analysis on every corpus file after an edit in its middle', () => {
    const analyzer = new IncrementalAnalyzer();
    for (const { name, text } of texts.filter((t) => t.text.length > 4000 && (t.text.length <= 4 * LARGE || scale > 1))) {
      const middle = text.indexOf('\n', text.length >> 1) + 1;
      for (const edited of [text, text.slice(0, middle) + '## Competenze\nExcel, Word\n\n' + text.slice(middle), text.slice(0, middle) + text.slice(middle + 40)]) {
        assertSameAnalysis(analyzer.analyze(edited, { fileName: path.basename(name) }), referenceAnalysis(edited, { fileName: path.basename(name) }), name);
      }
    }
  });

  it('parses again only the piece an edit touched', () => {
    const text = ['# Giulia Bianchi', '', '## Esperienza', '', 'Impiegata', '', '## Istruzione', '', 'Laurea', '', '## Competenze', '', '- Excel', ''].join('\n');
    const analyzer = new IncrementalAnalyzer({ pieceSizes: SMALLEST_PIECES });
    analyzer.analyze(text, { fileName: 'cv.md' });
    const before = analyzer.cached.pieces;
    assert.ok(before >= 6, `only ${before} pieces`);
    const edited = text.replace('Impiegata', 'Impiegata amministrativa');
    assertSameAnalysis(analyzer.analyze(edited, { fileName: 'cv.md' }), referenceAnalysis(edited, { fileName: 'cv.md' }), 'edited');
    assert.equal(analyzer.cached.pieces, before + 1);
  });

  it('cuts pieces of a few hundred characters at headings by default, and an edit parses one again', () => {
    const duties = 'Gestione della contabilità clienti e fornitori, riconciliazioni bancarie, prima nota.\n'.repeat(4);
    const sections = ['Esperienza', 'Istruzione', 'Competenze', 'Lingue', 'Progetti', 'Volontariato'].map((title) => `## ${title}\n\n${duties}\n`);
    const text = `# Giulia Bianchi\n\n${sections.join('')}`;
    const chunks = parseInChunks(text);
    // Small pieces cost a parse's fixed cost each: the name line goes with the first section.
    assert.deepEqual(chunks.map((c) => c.text.split('\n')[0]), ['# Giulia Bianchi', '## Istruzione', '## Competenze', '## Lingue', '## Progetti', '## Volontariato']);
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text, { fileName: 'cv.md' });
    const before = analyzer.cached.pieces;
    const edited = text.replace('## Lingue\n\nGestione', '## Lingue\n\nOttima gestione');
    assertSameAnalysis(analyzer.analyze(edited, { fileName: 'cv.md' }), referenceAnalysis(edited, { fileName: 'cv.md' }), 'edited');
    assert.equal(analyzer.cached.pieces, before + 1);
  });

  it('keeps its cache within the budget it is given, and stays exact when pieces were dropped', () => {
    const analyzer = new IncrementalAnalyzer({ maxCachedChars: 300, pieceSizes: SMALLEST_PIECES });
    const text = texts.find((t) => t.text.length > 2000)!.text;
    const options: AnalyzeOptions = { fileName: 'cv.md' };
    assertSameAnalysis(analyzer.analyze(text, options), referenceAnalysis(text, options), 'first');
    assert.ok(analyzer.cached.chars <= 300, `${analyzer.cached.chars} chars cached`);
    assert.ok(analyzer.cached.pieces > 0);
    assertSameAnalysis(analyzer.analyze(text, options), referenceAnalysis(text, options), 'again');
  });

  it('never throws on text that is not a string', () => {
    const analyzer = new IncrementalAnalyzer();
    for (const bad of [undefined, null, 42, { a: 1 }] as unknown as string[]) {
      const result = analyzer.analyze(bad, { fileName: 'cv.md' });
      assert.equal(typeof result.document.text, 'string');
    }
  });
});
