// `npm run bench:incremental`: does analysis scale linearly (chunked parsing), and what does a keystroke
// cost once the IncrementalAnalyzer has seen the document? Both against one bare remark-parse of the
// same text. Prints figures; asserts nothing. Kept apart from scripts/bench.ts so either can change alone.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyzeCv } from '../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../server/src/engine/incremental';
// The same generated CVs as `npm run bench`.
import { generateCv } from './bench/inputs';


function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function time(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

const bareParser = unified().use(remarkParse);

/** Whole analysis at growing sizes: the time per character should stay flat. */
function benchScaling(): void {
  console.log('analysis (analyzeCv, chunked parse) — median of runs');
  let base: number | null = null;
  for (const { label, chars, runs } of [
    { label: '100 KB', chars: 100_000, runs: 5 },
    { label: '1 MB', chars: 1_000_000, runs: 3 },
    { label: '5 MB', chars: 5_000_000, runs: 1 },
  ]) {
    const text = generateCv(chars);
    if (!analyzeCv(text, { fileName: 'cv.md' }).checked) throw new Error(`the ${label} CV is not recognised as a CV`);
    const ms = median(Array.from({ length: runs }, () => time(() => analyzeCv(text, { fileName: 'cv.md' }))));
    base ??= ms;
    console.log(`  ${label.padEnd(7)} ${ms.toFixed(0).padStart(7)} ms   ×${(ms / base).toFixed(1)} the 100 KB time (×${(chars / 100_000).toFixed(0)} the size)`);
  }
}

/** A one-character edit in the middle of a document the analyzer has seen, against one bare parse. */
function benchKeystroke(): void {
  console.log('keystroke: IncrementalAnalyzer.analyze after a one-character edit vs one bare remark-parse');
  for (const { label, chars, runs } of [
    { label: '11 KB', chars: 11_000, runs: 60 },
    { label: '100 KB', chars: 100_000, runs: 30 },
  ]) {
    const text = generateCv(chars);
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text, { fileName: 'cv.md' });
    const middle = text.indexOf('\n', text.length >> 1);
    const edits: number[] = [];
    const parses: number[] = [];
    for (let i = 0; i < runs; i++) {
      const edited = text.slice(0, middle) + String.fromCharCode(97 + (i % 26)) + text.slice(middle);
      edits.push(time(() => analyzer.analyze(edited, { fileName: 'cv.md' })));
      parses.push(time(() => bareParser.parse(edited)));
    }
    const edit = median(edits);
    const parse = median(parses);
    console.log(`  ${label.padEnd(7)} edit ${edit.toFixed(2).padStart(7)} ms   bare parse ${parse.toFixed(2).padStart(7)} ms   ratio ${(edit / parse).toFixed(3)}`);
  }
}

console.log(`cvlint incremental bench, Node ${process.version}`);
benchKeystroke();
benchScaling();
