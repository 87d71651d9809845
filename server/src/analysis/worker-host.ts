// Runs analyses in a worker thread, one at a time, so that the thread answering the editor (or the CLI's
// loop) never waits for a parse. The line scan and the full analysis each have a time budget, and the
// worker a memory limit: past them the worker is terminated (and started again for the next document)
// and the document gets its headings and one finding in plain words instead. A newer version of a document replaces the older
// one, queued or running. When no worker can be started, analyses run on the caller's thread, with the
// gate and the size limit but without a time budget. A caller may have small documents checked on its own
// thread, within the time budget (`smallInThread`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { resolveProfile, type AnalysisResult } from '../engine/analyze';
import type { CvGate } from '../engine/gate';
import { emptyOutline, fileSizeKb, headingsOnlyResult, scanOutline, type ScanOutline } from '../engine/headings-only';
import type { AnalysisLimitReason } from '../engine/types';
import { analyzeScanned, checkDocument, scanDocument, type CheckRequest } from './check-document';
import { runWithin } from './in-thread';
import { fromTransferred, packedPart, samePacked, unpackScan, type PackedField, type PackedPart, type TransferredResult, type WorkerReply, type WorkerRequest } from './worker-protocol';

export interface AnalysisLimits {
  /** Milliseconds an analysis may take in the worker, scan included. */
  timeBudgetMs: number;
  /** Above this many KB only the headings are read. */
  maxFileSizeKb: number;
}

export interface AnalysisRequest {
  /** Identifies the document: a newer request with the same key replaces this one. */
  key: string;
  text: string;
  options: CheckRequest['options'];
  limits: AnalysisLimits;
}

export type AnalysisOutcome =
  | { kind: 'done'; result: AnalysisResult }
  /** A newer request for the same document came first, or the document was closed. */
  | { kind: 'superseded' };

export interface AnalysisHostOptions {
  /** The bundled worker entry; default `analysis-worker.js` beside this bundle (dist/). */
  workerPath?: string;
  /** The worker's heap limit (`resourceLimits.maxOldGenerationSizeMb`). */
  memoryLimitMb?: number;
  log?(message: string): void;
  /** Warm the worker up with one analysis before the first document (default true): right for an editor that
   *  keeps the worker for hours, wasted on a command line that checks a file or two and exits. */
  warmUp?: boolean;
  /** Documents up to `maxKb` are checked on the caller's thread, within their time budget (analysis/in-thread.ts),
   *  when the budget is at most `maxBudgetMs`: memory, which only a worker limits, grows with the time spent, so
   *  a long budget or a large document gets the worker. Until one of them is stopped: the engine's state on this
   *  thread may then be half-made, and the worker checks the rest. Off by default (the editor keeps its thread free). */
  smallInThread?: { maxKb: number; maxBudgetMs: number };
}

/** Far more than any CV needs (a 200 KB CV takes about 150 MB); the time budget usually stops first. */
export const DEFAULT_MEMORY_LIMIT_MB = 1536;
/** A worker that dies before it could start this many times in a row means workers do not work here. */
const MAX_SPAWN_FAILURES = 2;

interface Job {
  id: number;
  request: AnalysisRequest;
  resolve(outcome: AnalysisOutcome): void;
  /** The gate's answer and the outline, once the worker has sent them (unpacked only if needed). */
  scan: (() => { gate: CvGate; outline: ScanOutline }) | null;
  timer?: ReturnType<typeof setTimeout>;
  /** When the worker was given it. */
  startedAt?: number;
  /** Superseded while running: its caller has its answer; the worker's reply is dropped. */
  abandoned?: boolean;
}

// A check superseded soon after it started is let finish (its answer dropped): ending the thread would cost more
// than the little work left, and a fresh worker has to warm up again. A longer one is stopped.
const LET_FINISH_MS = 300;
/** Documents whose last result's parts are kept for the next one (a few open documents are edited at a time). */
const PACKED_DOCUMENTS = 16;
/** Documents whose last check's duration is kept. */
const MAX_REMEMBERED_DOCUMENTS = 1000;
/** A check that took at most this share of its budget is not expected to be stopped next time. */
const FAST_SHARE_OF_BUDGET = 0.25;

export class AnalysisHost {
  private worker: Worker | null = null;
  private workerStarted = false;
  private spawnFailures = 0;
  private inThread: boolean;
  /** A check on the caller's thread (`smallInThread`) was stopped: none follows there. */
  private stoppedInThread = false;
  private queue: Job[] = [];
  private running: Job | null = null;
  private nextId = 1;
  private disposed = false;
  private readonly workerPath: string;
  /** Per document, the packed parts of its last result from the worker. */
  private readonly packedParts = new Map<string, Map<PackedField, PackedPart>>();
  /** Per document, how long its last check in the worker took (ms). */
  private readonly lastDurations = new Map<string, number>();
  readonly memoryLimitMb: number;

  constructor(private readonly options: AnalysisHostOptions = {}) {
    this.workerPath = options.workerPath ?? path.join(__dirname, 'analysis-worker.js');
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    // Running from sources (tests through tsx) there is no bundled worker beside this file.
    this.inThread = !existsSync(this.workerPath);
    if (this.inThread) this.log(`no analysis worker at ${this.workerPath}: analysing on the main thread, without a time budget`);
  }

  /** Whether analyses run in a worker thread (false: on the caller's thread, without a time budget). */
  get usesWorker(): boolean {
    return !this.inThread;
  }

  /** Starts the worker now (it loads and warms up) rather than with the first document. */
  start(): void {
    if (!this.disposed && !this.inThread) this.ensureWorker();
  }

  analyze(request: AnalysisRequest): Promise<AnalysisOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'superseded' });
    this.cancel(request.key);
    return new Promise<AnalysisOutcome>((resolve) => {
      this.queue.push({ id: this.nextId++, request, resolve, scan: null });
      this.pump();
    });
  }

  /** Drops the document's queued or running analysis (it was closed, or a newer version follows). */
  cancel(key: string): void {
    for (const job of this.queue.filter((queued) => queued.request.key === key)) {
      this.queue.splice(this.queue.indexOf(job), 1);
      job.resolve({ kind: 'superseded' });
    }
    const running = this.running;
    if (running && running.request.key === key && !running.abandoned && !this.inThread && performance.now() - (running.startedAt ?? 0) < LET_FINISH_MS) {
      running.abandoned = true;
      running.resolve({ kind: 'superseded' });
      return;
    }
    if (running && running.request.key === key) {
      this.finish(running, { kind: 'superseded' });
      // The only way to stop a parse: end the thread. A fresh one is started at once.
      this.restartWorker();
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'superseded' });
    if (this.running) this.finish(this.running, { kind: 'superseded' });
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    if (this.inThread || this.checksHere(job.request)) {
      this.running = job;
      // finish() starts the next one on a later turn of the event loop, so requests in between are answered.
      this.finish(job, { kind: 'done', result: this.inThread ? this.analyzeInThread(job.request) : this.analyzeHereWithinBudget(job) });
      return;
    }
    const worker = this.ensureWorker();
    worker.ref();
    this.running = job;
    job.startedAt = performance.now();
    const { key, text, options, limits } = job.request;
    // A document whose last check took a small part of its budget gets no outline with its scan (its packing
    // costs a keystroke in a long CV more than the analysis of the edit): if this check is stopped after all,
    // the outline is made here from the gate's headings.
    const lastMs = this.lastDurations.get(key);
    const withOutline = lastMs === undefined || lastMs > limits.timeBudgetMs * FAST_SHARE_OF_BUDGET;
    const message: WorkerRequest = { id: job.id, text, options, maxFileSizeKb: limits.maxFileSizeKb, withOutline };
    worker.postMessage(message);
    if (this.workerStarted) this.startBudget(job);
  }

  /** The budget counts from when the worker can work on the job (a fresh one first loads and warms up). */
  private startBudget(job: Job): void {
    if (job.timer !== undefined) return;
    job.timer = setTimeout(() => {
      if (this.running !== job) return;
      this.log(`analysis of ${job.request.key} stopped after ${job.request.limits.timeBudgetMs} ms`);
      this.finish(job, { kind: 'done', result: this.headingsOnly(job, 'time') });
      this.restartWorker();
    }, job.request.limits.timeBudgetMs);
  }

  private finish(job: Job, outcome: AnalysisOutcome): void {
    if (job.timer !== undefined) clearTimeout(job.timer);
    if (this.running === job) {
      this.running = null;
      this.worker?.unref();
    }
    job.resolve(outcome);
    if (!this.disposed) setImmediate(() => this.pump());
  }

  private analyzeInThread(request: AnalysisRequest): AnalysisResult {
    try {
      return checkDocument({ text: request.text, options: request.options, maxFileSizeKb: request.limits.maxFileSizeKb });
    } catch (error) {
      this.log(`analysis of ${request.key} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return headingsOnlyResult(request.text, emptyGate(), emptyOutline(request.options), request.options, { reason: 'crash', limit: 0, sizeKb: fileSizeKb(request.text) });
    }
  }

  private checksHere(request: AnalysisRequest): boolean {
    const small = this.options.smallInThread;
    return !!small && !this.stoppedInThread && request.limits.timeBudgetMs <= small.maxBudgetMs && fileSizeKb(request.text) <= small.maxKb;
  }

  /** As in the worker: the scan and the analysis each get the budget; past it, the headings-only result. */
  private analyzeHereWithinBudget(job: Job): AnalysisResult {
    const { text, options, limits } = job.request;
    const request: CheckRequest = { text, options, maxFileSizeKb: limits.maxFileSizeKb };
    try {
      const scan = runWithin(limits.timeBudgetMs, () => scanDocument(request));
      if (scan?.value.kind === 'settled') return scan.value.result;
      if (scan) {
        const { gate, outline } = scan.value;
        job.scan = () => ({ gate, outline: outline() });
        const analysed = runWithin(limits.timeBudgetMs, () => analyzeScanned(request, scan.value as Exclude<typeof scan.value, { kind: 'settled' }>));
        if (analysed) return analysed.value;
      }
    } catch (error) {
      this.log(`analysis of ${job.request.key} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return this.headingsOnly(job, 'crash');
    }
    this.stoppedInThread = true;
    this.log(`analysis of ${job.request.key} stopped after ${limits.timeBudgetMs} ms`);
    return this.headingsOnly(job, 'time');
  }

  /** The outline the gate sent (none if the worker stopped before sending it) and the finding for `reason`. */
  private headingsOnly(job: Job, reason: AnalysisLimitReason): AnalysisResult {
    const { text, options, limits } = job.request;
    const limit = reason === 'time' ? limits.timeBudgetMs : reason === 'memory' ? this.memoryLimitMb : reason === 'size' ? limits.maxFileSizeKb : 0;
    const { gate, outline } = job.scan?.() ?? { gate: emptyGate(), outline: emptyOutline(options) };
    return headingsOnlyResult(text, gate, outline, options, { reason, limit, sizeKb: fileSizeKb(text) });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb }, workerData: { warmUp: this.options.warmUp !== false } });
    this.worker = worker;
    this.workerStarted = false;
    let failure: AnalysisLimitReason = 'crash';
    // An idle worker never keeps a process alive; a running job references it (pump/finish).
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.onReply(worker, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
      this.log(`analysis worker failed: ${error.stack ?? error.message}`);
    });
    worker.on('exit', (code) => {
      if (worker !== this.worker) return; // terminated on purpose
      this.worker = null;
      const job = this.running;
      if (!this.workerStarted) {
        this.spawnFailures++;
        if (this.spawnFailures >= MAX_SPAWN_FAILURES) {
          this.inThread = true;
          this.log('the analysis worker cannot start: analysing on the main thread, without a time budget');
        }
        if (job) {
          // Not the document's fault: try it again (in a new worker, or on this thread).
          if (job.timer !== undefined) clearTimeout(job.timer);
          this.running = null;
          job.scan = null;
          this.queue.unshift(job);
          setImmediate(() => this.pump());
        }
        return;
      }
      this.log(`analysis worker exited with code ${code}`);
      if (job) this.finish(job, { kind: 'done', result: this.headingsOnly(job, failure) });
    });
    return worker;
  }

  private onReply(worker: Worker, reply: WorkerReply): void {
    if (worker !== this.worker) return;
    const job = this.running;
    if (reply.kind === 'ready') {
      this.workerStarted = true;
      this.spawnFailures = 0;
      if (job) this.startBudget(job);
      return;
    }
    if (!job || reply.id !== job.id) return;
    if (job.abandoned && reply.kind !== 'scan') {
      // Its caller was told "superseded" already: free the worker for the next check.
      this.finish(job, { kind: 'superseded' });
      return;
    }
    if (reply.kind === 'scan') {
      const bytes = reply.scan;
      const { text, options } = job.request;
      job.scan = () => {
        const { gate, outline } = unpackScan(bytes);
        return { gate, outline: outline ?? scanOutline(text, gate, options) };
      };
      // The line scan and the full analysis each get the budget: a slow scan (a huge file on a busy
      // machine) must not leave the analysis of a file of normal size no time at all.
      if (job.timer !== undefined) clearTimeout(job.timer);
      job.timer = undefined;
      this.startBudget(job);
    } else if (reply.kind === 'result') {
      this.rememberDuration(job.request.key, performance.now() - (job.startedAt ?? 0));
      this.finish(job, { kind: 'done', result: this.unpackResult(job.request, reply.result) });
    } else {
      this.log(`analysis of ${job.request.key} failed: ${reply.message}`);
      this.finish(job, { kind: 'done', result: this.headingsOnly(job, 'crash') });
    }
  }

  private rememberDuration(key: string, ms: number): void {
    this.lastDurations.delete(key);
    this.lastDurations.set(key, ms);
    for (const [oldest] of this.lastDurations) {
      if (this.lastDurations.size <= MAX_REMEMBERED_DOCUMENTS) break;
      this.lastDurations.delete(oldest);
    }
  }

  /** The result with its text and profile, its packed parts shared with the document's previous result where their
   *  bytes are the same (worker-protocol.ts). */
  private unpackResult(request: AnalysisRequest, transferred: TransferredResult): AnalysisResult {
    const previous = this.packedParts.get(request.key);
    const parts = new Map<PackedField, PackedPart>();
    const result = fromTransferred(transferred, request.text, resolveProfile(transferred.profileId, request.options.customProfiles), (field, bytes) => {
      const before = previous?.get(field);
      const part = before && samePacked(before.bytes, bytes) ? before : packedPart(bytes);
      parts.set(field, part);
      return part;
    });
    // The most recently used documents' parts, a bounded number of them.
    this.packedParts.delete(request.key);
    this.packedParts.set(request.key, parts);
    for (const [key] of this.packedParts) {
      if (this.packedParts.size <= PACKED_DOCUMENTS) break;
      this.packedParts.delete(key);
    }
    return result;
  }

  /** Ends the current worker (stopping whatever it does) and starts the next one now, so it is ready. */
  private restartWorker(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    if (!this.disposed && !this.inThread) this.ensureWorker();
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}

/** What the outline is when the worker stopped before its scan arrived: no headings. */
function emptyGate(): CvGate {
  return { verdict: 'possible', reason: { en: 'not analysed', it: 'non analizzato' }, headings: [], frontMatter: null };
}
