// `npm run bench [-- --quick]`: every performance figure of cvlint in one run, each as a median next
// to a baseline measured in the same run (so a slow or busy machine moves both), with its goal.
// Asserts nothing: it prints. --quick skips the slow parts (1 MB / 5 MB, pathological inputs, corpus);
// --only=keystrokes,cli,… runs just those parts (see main).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { analyzeCv } from '../server/src/engine/analyze';
import { TestClient } from '../test/server/lsp-client';
import { generateCv, PATHOLOGICAL } from './bench/inputs';

const repoRoot = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
// `--only startup,cli,keystrokes,engine,large,pathological,memory,bundles`: just those parts (while working on one).
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const wanted = (part: string) => !only || only.has(part);
const TIMEOUT_MS = 60_000;
const SERVER = path.join(repoRoot, 'dist/server.js');
const CLI = path.join(repoRoot, 'dist/cli.js');
const corpusFolder = path.resolve(repoRoot, process.env.CVLINT_CORPUS ?? '../shared/cv-corpus');

// ---------------------------------------------------------------------------------------------
// Statistics and output

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
const median = (values: number[]) => quantile(values, 0.5);

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
const kb = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} kB`);

interface Row {
  figure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  goal?: string;
  /** true / false when there is a goal; undefined otherwise. */
  met?: boolean;
}

const rows: (Row | string)[] = [];

function section(title: string): void {
  rows.push(title);
  console.error(`… ${title}`);
}

function row(r: Row): void {
  rows.push(r);
}

/** A ratio against a baseline, with a "≤ goal" verdict. */
function ratioRow(figure: string, value: number, baseline: number, baselineName: string, goal: number | null, extra = ''): void {
  const ratio = value / baseline;
  row({
    figure,
    value: `${ms(value)}${extra}`,
    baseline: `${baselineName} ${ms(baseline)}`,
    ratio: `${ratio.toFixed(2)}×`,
    goal: goal === null ? undefined : `≤ ${goal}×`,
    met: goal === null ? undefined : ratio <= goal,
  });
}

function printRows(): void {
  const header = ['figure', 'median', 'baseline (same run)', 'ratio', 'goal', 'met'];
  const cells = (r: Row) => [r.figure, r.value, r.baseline ?? '', r.ratio ?? '', r.goal ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO'];
  const tableRows = rows.filter((r): r is Row => typeof r !== 'string').map(cells);
  const widths = header.map((title, column) => Math.max(title.length, ...tableRows.map((cellsOfRow) => cellsOfRow[column].length)));
  const format = (values: string[]) => values.map((value, column) => value.padEnd(widths[column])).join('  ').trimEnd();
  console.log(`cvlint bench — Node ${process.version}, ${process.platform}/${process.arch}${quick ? ', --quick' : ''}`);
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(typeof r === 'string' ? `\n${r}` : format(cells(r)));
  const goals = rows.filter((r): r is Row => typeof r !== 'string' && r.met !== undefined);
  console.log(`\ngoals met: ${goals.filter((r) => r.met).length} of ${goals.length}`);
}

// ---------------------------------------------------------------------------------------------
// Processes

interface RunResult {
  ms: number;
  code: number | null;
  stdout: string;
  timedOut: boolean;
}

/** Runs a process to its end (or kills it past `timeoutMs`); wall time from spawn to exit. */
function run(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd ?? repoRoot, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, code, stdout, timedOut });
    });
  });
}

/** Medians of several commands run in turn (interleaved, so drift hits them alike). */
async function interleaved(commands: { command: string; args: string[]; cwd?: string }[], runs: number, warmup = 1): Promise<number[][]> {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [index, c] of commands.entries()) {
      const result = await run(c.command, c.args, { cwd: c.cwd });
      if (i >= warmup) times[index].push(result.ms);
    }
  }
  return times;
}

interface ChildMeasure {
  ms: number[];
  bytes: number;
  findings?: number;
}

/** `parse` or `analyze` of a bench input in a child process, killed past the timeout. */
async function measureInChild(task: 'parse' | 'analyze', input: string, runs: number): Promise<ChildMeasure | null> {
  const result = await run(process.execPath, ['--import', 'tsx', path.join(__dirname, 'bench/measure-child.ts'), task, input, String(runs)], {
    timeoutMs: TIMEOUT_MS * (runs > 1 ? runs + 1 : 1),
  });
  if (result.timedOut || result.code !== 0) return null;
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as ChildMeasure;
}

// ---------------------------------------------------------------------------------------------
// The figures

const bareParser = unified().use(remarkParse);

function medianTime(task: () => unknown, runs: number, warmup: number): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sink = task();
    times.push(performance.now() - started);
  }
  // Keep the results reachable so the work cannot be optimised away.
  if (sink === Symbol.for('never')) console.log(sink);
  return median(times);
}

/** The engine in this process on generated CVs, against a bare parse and markdownlint (default rules). */
function engineInProcess(): void {
  section('Engine in process (generated Italian CVs; analysis = parse + model + rules)');
  const sizes = quick ? [{ bytes: 5_000, runs: 20, warmup: 5 }] : [
    { bytes: 5_000, runs: 30, warmup: 5 },
    { bytes: 50_000, runs: 15, warmup: 3 },
    { bytes: 500_000, runs: 5, warmup: 1 },
  ];
  for (const size of sizes) {
    const text = generateCv(size.bytes);
    if (!analyzeCv(text, { fileName: 'cv.md' }).checked) throw new Error(`the generated ${kb(size.bytes)} CV is not recognised as a CV`);
    const parseMs = medianTime(() => bareParser.parse(text), size.runs, size.warmup);
    const analysisMs = medianTime(() => analyzeCv(text, { fileName: 'cv.md' }), size.runs, size.warmup);
    const markdownlintMs = medianTime(() => markdownlint({ strings: { 'cv.md': text } }), size.runs, size.warmup);
    ratioRow(`analysis, ${kb(Buffer.byteLength(text))}`, analysisMs, parseMs, 'parse', null);
    ratioRow(`analysis, ${kb(Buffer.byteLength(text))}`, analysisMs, markdownlintMs, 'markdownlint', null);
  }
}

/** didChange of one character → publishDiagnostics, over stdio, with throttleMs 0. */
async function keystrokes(): Promise<void> {
  section('Keystroke → textDocument/publishDiagnostics (stdio, throttleMs 0)');
  const cases = [
    { bytes: 11_000, keys: quick ? 15 : 40, goal: 0.5 },
    { bytes: 100_000, keys: quick ? 8 : 20, goal: 0.1 },
  ];
  for (const c of cases) {
    const text = generateCv(c.bytes);
    const parseMs = medianTime(() => bareParser.parse(text), 15, 3);
    const client = new TestClient({ settings: { throttleMs: 0 } });
    try {
      await client.start();
      const uri = 'file:///cvlint-bench/cv.md';
      await client.open(uri, text);
      await client.diagnosticsFor(uri, 1);
      // Type into a duty line in the middle, then delete it again: the text stays the same size.
      const lines = text.split('\n');
      const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('- '));
      const at = { line, character: lines[line].length };
      const times: number[] = [];
      for (let key = 0; key < c.keys + 3; key++) {
        const since = client.mark();
        const started = performance.now();
        const typing = key % 2 === 0;
        const version = await client.edit(uri, typing ? { start: at, end: at } : { start: at, end: { line, character: at.character + 1 } }, typing ? 'x' : '');
        await client.diagnosticsFor(uri, version, since);
        if (key >= 3) times.push(performance.now() - started);
      }
      const figure = `${kb(Buffer.byteLength(text))} CV, median`;
      ratioRow(figure, median(times), parseMs, 'bare parse', c.goal, `, p95 ${ms(quantile(times, 0.95))}`);
    } finally {
      await client.stop();
    }
  }
}

/** Analysis of large CVs, each in a child process with a timeout; scaling 1 MB / 100 KB. */
async function largeDocuments(): Promise<void> {
  section(`Large CVs (child process each, killed after ${TIMEOUT_MS / 1000} s)`);
  const sizes = quick ? [{ bytes: 100_000, runs: 3 }] : [
    { bytes: 100_000, runs: 5 },
    { bytes: 1_000_000, runs: 3 },
    { bytes: 5_000_000, runs: 1 },
  ];
  const analysis = new Map<number, number>();
  for (const size of sizes) {
    const [parse, analyzed] = [await measureInChild('parse', `cv:${size.bytes}`, size.runs), await measureInChild('analyze', `cv:${size.bytes}`, size.runs)];
    const figure = `analysis, ${kb(size.bytes)}`;
    if (!analyzed) {
      row({ figure, value: `did not finish in ${TIMEOUT_MS / 1000} s`, baseline: parse ? `parse ${ms(median(parse.ms))}` : '' });
      continue;
    }
    analysis.set(size.bytes, median(analyzed.ms));
    if (parse) ratioRow(figure, median(analyzed.ms), median(parse.ms), 'bare parse', null);
    else row({ figure, value: ms(median(analyzed.ms)), baseline: `parse did not finish in ${TIMEOUT_MS / 1000} s` });
  }
  const small = analysis.get(100_000);
  const large = analysis.get(1_000_000);
  if (small !== undefined && large !== undefined) {
    row({ figure: 'scaling 1 MB / 100 kB (10 = linear)', value: (large / small).toFixed(1), goal: '≤ 12', met: large / small <= 12 });
  } else if (!quick) {
    row({ figure: 'scaling 1 MB / 100 kB (10 = linear)', value: 'n/a (a size did not finish)', goal: '≤ 12', met: false });
  }
}

async function pathologicalInputs(): Promise<void> {
  section(`Pathological inputs (child process each, killed after ${TIMEOUT_MS / 1000} s)`);
  for (const [name, input] of Object.entries(PATHOLOGICAL)) {
    const parse = await measureInChild('parse', name, 1);
    const analyzed = await measureInChild('analyze', name, 1);
    const baseline = parse ? `parse ${ms(parse.ms[0])}` : `parse did not finish in ${TIMEOUT_MS / 1000} s`;
    if (!analyzed) row({ figure: input.label, value: `did not finish in ${TIMEOUT_MS / 1000} s`, baseline });
    else if (parse) ratioRow(input.label, analyzed.ms[0], parse.ms[0], 'parse', null);
    else row({ figure: input.label, value: ms(analyzed.ms[0]), baseline });
  }
}

/** Spawn → initialize result, against spawn → exit of `node -e 0`. */
async function serverStartup(): Promise<void> {
  section('Server start');
  const runs = quick ? 7 : 15;
  const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const startOnce = () =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
      let output = '';
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"id":1')) {
          resolve(performance.now() - started);
          child.kill();
        }
      });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(initialize)}\r\n\r\n${initialize}`);
    });
  const init: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const initMs = await startOnce();
    const bareMs = (await run(process.execPath, ['-e', '0'])).ms;
    if (i > 0) {
      init.push(initMs);
      bare.push(bareMs);
    }
  }
  const value = median(init);
  row({
    figure: 'spawn → initialize result',
    value: ms(value),
    baseline: `node -e 0 ${ms(median(bare))}`,
    ratio: `${(value / median(bare)).toFixed(2)}×`,
    goal: '≤ 120 ms',
    met: value <= 120,
  });
}

async function cliFigures(): Promise<void> {
  section('CLI');
  const example = path.join(repoRoot, 'examples/cv-gaps-it.md');
  const [cli, bare] = await interleaved(
    [
      { command: process.execPath, args: [CLI, example] },
      { command: process.execPath, args: ['-e', '0'] },
    ],
    quick ? 5 : 11,
  );
  ratioRow('one small CV (examples/cv-gaps-it.md)', median(cli), median(bare), 'node -e 0', 2);

  const corpusFiles = existsSync(corpusFolder) ? readdirSync(corpusFolder).filter((name) => name.endsWith('.md')).sort() : [];
  if (quick) return;
  if (corpusFiles.length === 0) {
    row({ figure: 'corpus', value: `no corpus at ${corpusFolder} (set CVLINT_CORPUS)` });
    return;
  }
  const markdownlintCli2 = path.join(repoRoot, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const [ours, theirs] = await interleaved(
    [
      { command: process.execPath, args: [CLI, ...corpusFiles], cwd: corpusFolder },
      { command: process.execPath, args: [markdownlintCli2, ...corpusFiles], cwd: corpusFolder },
    ],
    5,
  );
  const bytes = corpusFiles.reduce((sum, name) => sum + statSync(path.join(corpusFolder, name)).size, 0);
  ratioRow(`corpus: ${corpusFiles.length} CVs, ${kb(bytes)}`, median(ours), median(theirs), 'markdownlint-cli2', 1);
}

/** Peak resident memory of the server once it has checked 20 open CVs. */
async function serverMemory(): Promise<void> {
  section('Server memory');
  const peakOf = (pid: number): number | null => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) * 1024 : null;
    } catch {
      return null;
    }
  };
  const sources = [
    ...readdirSync(path.join(repoRoot, 'examples')).map((name) => path.join(repoRoot, 'examples', name)),
    ...(existsSync(corpusFolder) ? readdirSync(corpusFolder).map((name) => path.join(corpusFolder, name)) : []),
  ].filter((file) => file.endsWith('.md'));
  const client = new TestClient({ settings: { throttleMs: 0 } });
  try {
    await client.start();
    const pid = client.pid ?? -1;
    const idle = peakOf(pid);
    for (let i = 0; i < 20; i++) {
      const uri = `file:///cvlint-bench/cv-${i}.md`;
      await client.open(uri, readFileSync(sources[i % sources.length], 'utf8'));
      // A status follows every check, also of a file that turns out not to be a CV (no diagnostics).
      await client.statusFor(uri, 1);
    }
    const peak = peakOf(pid);
    if (peak === null || idle === null) row({ figure: 'peak RSS, 20 open CVs', value: 'n/a (no /proc on this system)' });
    else row({ figure: 'peak RSS, 20 open CVs', value: kb(peak), baseline: `after initialize ${kb(idle)}` });
  } finally {
    await client.stop();
  }
}

function bundleSizes(): void {
  section('Bundles (dist/NAME.js loads dist/NAME.bundle.js with its V8 code cache)');
  const dist = path.join(repoRoot, 'dist');
  for (const file of readdirSync(dist).filter((name) => !name.endsWith('.map')).sort()) {
    row({ figure: `dist/${file}`, value: kb(statSync(path.join(dist, file)).size) });
  }
  const vsix = path.join(repoRoot, 'cvlint.vsix');
  row({ figure: 'cvlint.vsix', value: existsSync(vsix) ? kb(statSync(vsix).size) : 'not built (npm run package)' });
}

async function main(): Promise<void> {
  if (!existsSync(SERVER) || !existsSync(CLI)) throw new Error('dist/ is missing: npm run bench builds it first');
  const build = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  console.error(`cvlint bench at ${build || 'unknown commit'}${quick ? ' (quick)' : ''}`);
  if (wanted('startup')) await serverStartup();
  if (wanted('cli')) await cliFigures();
  if (wanted('keystrokes')) await keystrokes();
  if (wanted('engine')) engineInProcess();
  if (wanted('large')) await largeDocuments();
  if (!quick && wanted('pathological')) await pathologicalInputs();
  if (wanted('memory')) await serverMemory();
  if (wanted('bundles')) bundleSizes();
  printRows();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
