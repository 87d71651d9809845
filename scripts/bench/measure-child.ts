// One timed job of `npm run bench`, in its own process so that the parent can kill it past its
// timeout: `node --import tsx scripts/bench/measure-child.ts parse|analyze INPUT RUNS`.
// Prints one JSON line: { ms: number[], bytes, findings? }.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyzeCv } from '../../server/src/engine/analyze';
import { benchInput } from './inputs';

const [task, inputName, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 1);
const text = benchInput(inputName);
const parser = unified().use(remarkParse);

const ms: number[] = [];
let findings: number | undefined;
// With several runs, one more untimed first run warms the JIT up, as in the in-process figures.
const warmup = runs > 1 ? 1 : 0;
for (let i = 0; i < warmup + runs; i++) {
  const started = performance.now();
  if (task === 'parse') {
    parser.parse(text);
  } else {
    findings = analyzeCv(text, { fileName: 'cv.md', force: true }).findings.length;
  }
  if (i >= warmup) ms.push(performance.now() - started);
}
process.stdout.write(`${JSON.stringify({ ms, bytes: Buffer.byteLength(text), findings })}\n`);
