// `npm run fuzz [-- --runs N] [--seed S] [--path P] [--only NAME] [--dump FOLDER]`: fast-check over random Markdown and mutated
// real CVs (examples/, test/fixtures/cvs/**, the shared corpus), checking that analysis never throws
// and that every fix is safe to apply. Prints "fuzz: N passed, N failed" (one per property).
//
// Inputs are capped at MAX_INPUT_LENGTH characters: a few parser-level cases (emphasis and link
// bombs) are superlinear in remark, and the analysis has no time budget yet, so longer inputs
// would make the run's duration unpredictable. `npm run bench` times the large pathological ones.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyzeCv, type AnalyzeOptions } from '../../server/src/engine/analyze';
import type { CvDocument, Finding, Fix, OpaqueBlock, TextEdit } from '../../server/src/engine/types';
import { fixAllEdits } from '../../server/src/lsp/code-actions';
import { applyEdits, lineStartOffsets } from '../support/apply-edits';
import { bodyBlock, checkInvariants, cvLikeMarkdown, headingBlock, mutatedExample, wildString } from '../support/cv-properties';
import { countWithIdentity, deletedLines, describeFinding, findingIdentity } from '../support/fix-checks';

const MAX_INPUT_LENGTH = 20_000;
/** Emphasis, link and bracket bombs repeat their unit at most this often: remark is quadratic on them
 *  (3,000 `[a](` take over a second to parse), which would dominate the run. */
const BOMB_REPEATS = 1500;
/** Rounds of "fix all" after which the text must have stopped offering fixes. */
const FIXPOINT_ROUNDS = 8;
/** Fixes re-analysed per input (chosen at random among those offered). */
const MAX_FIXES_PER_INPUT = 3;

const repoRoot = path.resolve(__dirname, '../..');

interface Args {
  runs: number;
  seed: number;
  path?: string;
  only?: string;
  /** Folder to write each failing input to, as JSON { text, options }. */
  dump?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 200, seed: Date.now() ^ (process.pid << 8) };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--runs':
        args.runs = Number(value);
        i++;
        break;
      case '--seed':
        args.seed = Number(value);
        i++;
        break;
      case '--path':
        args.path = value;
        i++;
        break;
      case '--only':
        args.only = value;
        i++;
        break;
      case '--dump':
        args.dump = value;
        i++;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]} (use --runs N, --seed S, --path P, --only NAME, --dump FOLDER)`);
    }
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a positive integer');
  return args;
}

// ---------------------------------------------------------------------------------------------
// Seed texts: every CV-like file the repository and the shared corpus hold

function markdownFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) return markdownFilesUnder(full);
      return name.endsWith('.md') ? [full] : [];
    });
}

const corpusFolder = path.resolve(repoRoot, process.env.CVLINT_CORPUS ?? '../shared/cv-corpus');
const corpusFiles = markdownFilesUnder(corpusFolder);
const seedFiles = [...markdownFilesUnder(path.join(repoRoot, 'examples')), ...markdownFilesUnder(path.join(repoRoot, 'test/fixtures/cvs')), ...corpusFiles];
const seedTexts = seedFiles.map((file) => readFileSync(file, 'utf8').slice(0, MAX_INPUT_LENGTH));

// ---------------------------------------------------------------------------------------------
// Hostile pieces: what a parser or a line scanner may choke on, each bounded in size

const bomb = fc.oneof(
  fc.integer({ min: 1, max: BOMB_REPEATS }).map((n) => '*a'.repeat(n)),
  fc.integer({ min: 1, max: BOMB_REPEATS }).map((n) => '_a'.repeat(n)),
  fc.integer({ min: 1, max: BOMB_REPEATS }).map((n) => '[a]('.repeat(n)),
  fc.integer({ min: 1, max: BOMB_REPEATS }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: BOMB_REPEATS }).map((n) => '`'.repeat(n) + 'a'),
  fc.integer({ min: 1, max: 1000 }).map((n) => '- '.repeat(n) + 'Excel'),
  fc.integer({ min: 1, max: 1000 }).map((n) => '> '.repeat(n) + 'Contatti'),
  fc.integer({ min: 1, max: 1000 }).map((n) => `${'>'.repeat(n)} # Esperienza`),
  fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, depth) => `${'  '.repeat(Math.min(depth, 40))}- livello ${depth}`).join('\n')),
  fc.integer({ min: 1, max: 2000 }).map((n) => '<div>'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '<!--'.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => 'a@b.'.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => '+39 '.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => 'Via Roma '.repeat(n)),
  fc.integer({ min: 1, max: 19_000 }).map((n) => 'fatturazione '.repeat(Math.ceil(n / 13))),
  fc.integer({ min: 1, max: 2000 }).map((n) => '|a'.repeat(n) + '|\n' + '|-'.repeat(n) + '|'),
  fc.integer({ min: 1, max: 2000 }).map((n) => '\\'.repeat(n) + '*'),
  fc.integer({ min: 1, max: 2000 }).map((n) => '&#'.repeat(n)),
);

const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('\ud800', '\udfff', '\udc00\ud800', '\ufeff', '\u0000', '\r', '\r\n', '\n\r', '\u2028', '\u0085', '\t', '\u00a0', '\u200b'),
  wildString(60),
);

type Mutation = (text: string) => string;

const lineEndingStyle = fc.constantFrom('\n', '\r\n', '\r');

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(headingBlock, bodyBlock, bomb)).map(([at, piece]): Mutation => (text) => {
    const lines = splitLines(text);
    lines.splice(at % (lines.length + 1), 0, piece);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat(), noise).map(([at, length, piece]): Mutation => (text) => {
    const start = text.length ? at % text.length : 0;
    return text.slice(0, start) + piece + text.slice(start + (length % 8));
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(([at, count]): Mutation => (text) => {
    const lines = splitLines(text);
    lines.splice(at % (lines.length + 1), count);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
    const lines = splitLines(text);
    if (lines.length < 2) return text;
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 }), fc.constantFrom('> ', '- ', '  ', '    ', '1. ', '> - ', '\t')).map(
    ([at, count, prefix]): Mutation =>
      (text) => {
        const lines = splitLines(text);
        const start = at % (lines.length + 1);
        for (let i = start; i < Math.min(lines.length, start + count); i++) lines[i] = prefix + lines[i];
        return lines.join('\n');
      },
  ),
  fc.tuple(fc.nat(), fc.constantFrom('```', '~~~', '<div>', '<!--', '<table>', '---', '+++', '<pre>')).map(([at, opener]): Mutation => (text) => {
    const lines = splitLines(text);
    lines.splice(at % (lines.length + 1), 0, opener);
    return lines.join('\n');
  }),
  fc.array(lineEndingStyle, { minLength: 1, maxLength: 6 }).map((styles): Mutation => (text) => {
    // A CR/LF/CRLF mix: line i ends with styles[i % n].
    const lines = splitLines(text);
    return lines.map((line, i) => (i < lines.length - 1 ? line + styles[i % styles.length] : line)).join('');
  }),
  fc.constant<Mutation>((text) => `\ufeff${text}`),
  fc.nat().map((at): Mutation => (text) => text.slice(0, text.length ? at % text.length : 0)),
  fc.constant<Mutation>((text) => text.toUpperCase()),
);

const mutatedSeed =
  seedTexts.length === 0
    ? mutatedExample
    : fc.tuple(fc.constantFrom(...seedTexts), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([text, mutations]) =>
        mutations.reduce((current, mutate) => mutate(current), text),
      );

const bombDocument = fc
  .tuple(fc.array(fc.oneof(headingBlock, bodyBlock), { maxLength: 4 }), bomb, fc.array(fc.oneof(headingBlock, bodyBlock), { maxLength: 4 }))
  .map(([before, piece, after]) => [...before, piece, ...after].join('\n\n'));

const fuzzText = fc
  .oneof(
    { weight: 5, arbitrary: mutatedSeed },
    { weight: 2, arbitrary: cvLikeMarkdown },
    { weight: 1, arbitrary: bombDocument },
    { weight: 1, arbitrary: wildString(2000) },
  )
  .map((text) => text.slice(0, MAX_INPUT_LENGTH));

const fuzzOptions: fc.Arbitrary<AnalyzeOptions> = fc.record({
  fileName: fc.constantFrom('cv.md', 'curriculum.md', 'resume-en.md', 'notes.md', null),
  // Mostly forced, so that rules run and fixes are offered on whatever the text is.
  force: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  language: fc.constantFrom('auto' as const, 'it' as const, 'en' as const),
  messageLanguage: fc.constantFrom('auto' as const, 'it' as const, 'en' as const),
  contactPlacement: fc.constantFrom(undefined, 'end' as const, 'start' as const, 'any' as const),
});

// ---------------------------------------------------------------------------------------------
// Properties

/** The fixed text's lines that hold text a fix inserted (not blank), whatever the edits' order. */
function insertedLines(text: string, fixed: string, edits: TextEdit[]): number[] {
  const starts = lineStartOffsets(text);
  const offsetOf = (p: { line: number; character: number }) => starts[p.line] + p.character;
  const resolved = edits
    .map((edit, index) => ({ index, start: offsetOf(edit.range.start), end: offsetOf(edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const fixedStarts = lineStartOffsets(fixed);
  const lineAt = (offset: number) => {
    let line = 0;
    while (line + 1 < fixedStarts.length && fixedStarts[line + 1] <= offset) line++;
    return line;
  };
  const lines = new Set<number>();
  let shift = 0;
  for (const edit of resolved) {
    const at = edit.start + shift;
    edit.newText.split(/(\r\n|\r|\n)/).reduce((offset, piece) => {
      if (piece.trim() !== '' && !/^[\r\n]+$/.test(piece)) lines.add(lineAt(offset));
      return offset + piece.length;
    }, at);
    shift += edit.newText.length - (edit.end - edit.start);
  }
  return [...lines].sort((a, b) => a - b);
}

function opaqueBlockAt(doc: CvDocument, line: number): OpaqueBlock | undefined {
  return doc.opaqueBlocks.find((block) => block.startLine <= line && line <= block.endLine);
}

/** Text a fix writes must not end up inside a code fence or an HTML block, where it is code or raw
 *  HTML and counts for nothing; a line the fix moves out of such a block may land in one. */
function assertOutsideOpaqueBlocks(original: CvDocument, fixedText: string, edits: TextEdit[], options: AnalyzeOptions, what: string): void {
  const fixed = analyzeCv(fixedText, options).document;
  const wasOpaque = new Set(original.lines.filter((_, line) => opaqueBlockAt(original, line)));
  for (const line of insertedLines(original.text, fixedText, edits)) {
    const block = opaqueBlockAt(fixed, line);
    if (block && !wasOpaque.has(fixed.lines[line])) {
      assert.fail(`${what}: writes ${JSON.stringify(fixed.lines[line])} on line ${line + 1}, inside a ${block.kind} block (lines ${block.startLine + 1}–${block.endLine + 1})`);
    }
  }
}

/** Up to MAX_FIXES_PER_INPUT of the offered fixes, chosen by `picks` (so that fast-check can shrink
 *  the choice): each one costs an analysis, and a CV offers a dozen. */
function pickedFixes(findings: readonly Finding[], picks: readonly number[]): { finding: Finding; fix: Fix }[] {
  const all = findings.flatMap((finding) => finding.fixes.map((fix) => ({ finding, fix })));
  if (all.length === 0) return [];
  return [...new Set(picks.map((pick) => pick % all.length))].map((index) => all[index]);
}

function fixSafety(text: string, options: AnalyzeOptions, picks: readonly number[]): void {
  const result = analyzeCv(text, options);
  for (const { finding, fix } of result.findings.flatMap((f) => f.fixes.map((x) => ({ finding: f, fix: x })))) {
    const what = `${describeFinding(finding)} fix "${fix.title}"`;
    assert.ok(fix.edits.length > 0, `${what}: no edits`);
    assert.deepEqual(deletedLines(text, applyEdits(text, fix.edits)), [], `${what}: deleted lines the person wrote`);
  }
  for (const { finding, fix } of pickedFixes(result.findings, picks)) {
    assertOutsideOpaqueBlocks(result.document, applyEdits(text, fix.edits), fix.edits, options, `${describeFinding(finding)} fix "${fix.title}"`);
  }
}

function fixClearsFinding(text: string, options: AnalyzeOptions, picks: readonly number[]): void {
  const result = analyzeCv(text, options);
  for (const { finding, fix } of pickedFixes(result.findings, picks)) {
    const identity = findingIdentity(finding);
    const before = countWithIdentity(result.findings, identity);
    const fixed = analyzeCv(applyEdits(text, fix.edits), options);
    if (!fixed.checked) continue;
    const after = countWithIdentity(fixed.findings, identity);
    assert.ok(after < before, `${describeFinding(finding)} fix "${fix.title}": the finding is still there (${before} → ${after})`);
  }
}

function fixAllConverges(text: string, options: AnalyzeOptions): void {
  let current = text;
  const history: string[] = [];
  for (let round = 0; round <= FIXPOINT_ROUNDS; round++) {
    const result = analyzeCv(current, options);
    const edits = fixAllEdits(result.findings);
    if (edits.length === 0) return;
    history.push(result.findings.filter((f) => f.fixes.length === 1).map(describeFinding).join('; '));
    const next = applyEdits(current, edits);
    assert.deepEqual(deletedLines(current, next), [], `fix all, round ${round + 1}: deleted lines the person wrote`);
    current = next;
  }
  assert.fail(`fix all still offers fixes after ${FIXPOINT_ROUNDS} rounds:\n  ${history.slice(-3).join('\n  ')}`);
}

interface FuzzProperty {
  name: string;
  check(text: string, options: AnalyzeOptions, picks: readonly number[]): void;
}

const properties: FuzzProperty[] = [
  {
    name: 'analysis never throws and every range lies inside the document',
    check: (text, options) => checkInvariants(text, options, analyzeCv(text, options)),
  },
  { name: 'every fix applies cleanly, stays out of code and HTML blocks, and keeps every line', check: fixSafety },
  { name: 'every fix clears the finding it was offered for', check: fixClearsFinding },
  { name: `fix all reaches a fixpoint within ${FIXPOINT_ROUNDS} rounds`, check: fixAllConverges },
];

function preview(text: string): string {
  const shown = JSON.stringify(text.length > 1500 ? `${text.slice(0, 1500)}…` : text);
  return `${shown} (${text.length} chars)`;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const selected = properties.filter((property) => !args.only || property.name.includes(args.only));
  console.log(
    `fuzz: ${args.runs} runs per property, seed ${args.seed}, inputs ≤ ${MAX_INPUT_LENGTH} chars, ` +
      `${seedTexts.length} seed CVs${corpusFiles.length ? '' : ` (no corpus at ${corpusFolder})`}`,
  );
  let passed = 0;
  let failed = 0;
  const started = performance.now();
  for (const property of selected) {
    const propertyStarted = performance.now();
    let slowest = { ms: 0, text: '' };
    const details = fc.check(
      fc.property(fuzzText, fuzzOptions, fc.array(fc.nat(), { minLength: 1, maxLength: MAX_FIXES_PER_INPUT }), (text, options, picks) => {
        const inputStarted = performance.now();
        property.check(text, options, picks);
        const ms = performance.now() - inputStarted;
        if (ms > slowest.ms) slowest = { ms, text };
      }),
      { numRuns: args.runs, seed: args.seed, path: args.path, endOnFailure: false },
    );
    const seconds = ((performance.now() - propertyStarted) / 1000).toFixed(1);
    if (details.failed) {
      failed++;
      const [text, options] = details.counterexample ?? ['', {}, []];
      console.log(`  ✗ ${property.name} (${seconds} s)`);
      console.log(`    after ${details.numRuns} runs; replay: npm run fuzz -- --seed ${details.seed} --path ${details.counterexamplePath} --runs ${args.runs}`);
      console.log(`    options: ${JSON.stringify(options)}`);
      console.log(`    input: ${preview(text)}`);
      if (args.dump) {
        const file = path.join(args.dump, `fuzz-${details.seed}-${passed + failed}.json`);
        writeFileSync(file, JSON.stringify({ property: property.name, text, options }, null, 2));
        console.log(`    written to ${file}`);
      }
      const error = details.errorInstance;
      console.log(`    ${(error instanceof Error ? error.message : String(error)).split('\n').slice(0, 12).join('\n    ')}`);
    } else {
      passed++;
      console.log(`  ✓ ${property.name} (${details.numRuns} runs, ${seconds} s)`);
      console.log(`    slowest input: ${slowest.ms.toFixed(0)} ms, ${JSON.stringify(slowest.text.slice(0, 80))}… (${slowest.text.length} chars)`);
    }
  }
  console.log(`fuzz: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`fuzz: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
