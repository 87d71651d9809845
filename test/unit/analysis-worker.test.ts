// The analysis worker and its host (server/src/analysis/), with the bundled worker in dist/ (built by
// `npm test` before mocha): same results as the engine on the caller's thread, a time budget and a memory
// limit that end in the headings-only result, a newer version replacing an older one, a restart after a
// crash, and the caller's thread when no worker can start. No timings are asserted, only outcomes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnalysisHost, type AnalysisOutcome, type AnalysisRequest } from '../../server/src/analysis/worker-host';
import { analyzeCv, type AnalysisResult } from '../../server/src/engine/analyze';
import { ANALYSIS_LIMIT_ID } from '../../server/src/engine/headings-only';

const repoRoot = path.resolve(__dirname, '../..');
const workerPath = path.join(repoRoot, 'dist', 'analysis-worker.js');
const cvText = readFileSync(path.join(repoRoot, 'examples', 'cv-gaps-en.md'), 'utf8');
const generous = { timeBudgetMs: 120_000, maxFileSizeKb: 1024 };
/** Takes remark-parse far longer than any budget below (super-linear on unclosed links). */
const pathological = `# Curriculum Vitae\n\n## Experience\n\n${'[a]('.repeat(20_000)}\n`;

function request(key: string, text: string, limits = generous, fileName = 'cv.md'): AnalysisRequest {
  return { key, text, options: { fileName }, limits };
}

function done(outcome: AnalysisOutcome): AnalysisResult {
  assert.equal(outcome.kind, 'done');
  return (outcome as { result: AnalysisResult }).result;
}

const brief = (result: AnalysisResult) => result.findings.map((f) => [f.ruleId, f.messageKey, f.range.start.line]);

describe('analysis worker', function () {
  this.timeout(180_000);
  let host: AnalysisHost;
  const log: string[] = [];
  beforeEach(() => {
    host = new AnalysisHost({ workerPath, log: (message) => log.push(message) });
  });
  afterEach(async () => {
    await host.dispose();
  });

  it('gives the same findings as the engine on this thread, with the text and the profile object', async () => {
    assert.equal(host.usesWorker, true);
    const result = done(await host.analyze(request('a', cvText)));
    const here = analyzeCv(cvText, { fileName: 'cv.md' });
    assert.deepEqual(brief(result), brief(here));
    assert.equal(result.document.text, cvText);
    assert.equal(result.profile.id, 'back-office');
    assert.ok(Array.isArray(result.profile.sections));
  });

  it('stops an analysis past its time budget: the headings and one info finding, then checks the next document', async () => {
    const slow = host.analyze(request('slow', pathological, { timeBudgetMs: 1000, maxFileSizeKb: 1024 }));
    const next = host.analyze(request('next', cvText));
    const result = done(await slow);
    assert.equal(result.limit?.reason, 'time');
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.severity]), [[ANALYSIS_LIMIT_ID, 'info']]);
    assert.match(result.findings[0].message, /too large or too complex to check fully: only its headings were checked/);
    assert.deepEqual(
      result.document.sections.map((s) => s.title),
      ['Curriculum Vitae', 'Experience'],
    );
    // The worker was replaced: the next document is checked in full.
    assert.deepEqual(brief(done(await next)), brief(analyzeCv(cvText, { fileName: 'cv.md' })));
  });

  it('a document checked quickly before gets its outline made here when a later check of it is stopped', async () => {
    assert.ok(done(await host.analyze(request('doc', cvText))).findings.length > 0);
    const result = done(await host.analyze(request('doc', pathological, { timeBudgetMs: 1000, maxFileSizeKb: 1024 })));
    assert.equal(result.limit?.reason, 'time');
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.severity]), [[ANALYSIS_LIMIT_ID, 'info']]);
    assert.deepEqual(
      result.document.sections.map((s) => s.title),
      ['Curriculum Vitae', 'Experience'],
    );
  });

  it('reads only the headings of a file over the size limit, without a full analysis', async () => {
    const big = `# Curriculum Vitae\n\n## Experience\n\n${'Worked hard on many things. '.repeat(80_000)}\n`;
    const result = done(await host.analyze(request('big', big, { timeBudgetMs: 120_000, maxFileSizeKb: 1024 })));
    assert.equal(result.limit?.reason, 'size');
    assert.equal(result.limit?.limit, 1024);
    assert.ok(result.limit!.sizeKb > 1024);
    assert.equal(result.findings.length, 1);
  });

  it('rules out a file that cannot be a CV at the first look, however large', async () => {
    const log = `# Server log\n\n${'GET /index.html 200 OK in some milliseconds\n'.repeat(60_000)}`;
    const result = done(await host.analyze(request('log', log, generous, 'server.md')));
    assert.equal(result.checked, false);
    assert.equal(result.limit, undefined);
    assert.deepEqual(result.findings, []);
  });

  it('a newer version of a document replaces the older one, queued or running', async () => {
    const running = host.analyze(request('doc', pathological));
    const queuedOther = host.analyze(request('other', cvText));
    const newer = host.analyze(request('doc', cvText));
    assert.deepEqual(await running, { kind: 'superseded' });
    assert.equal(done(await queuedOther).findings.length > 0, true);
    assert.deepEqual(brief(done(await newer)), brief(analyzeCv(cvText, { fileName: 'cv.md' })));
    const queued = host.analyze(request('q', cvText));
    const again = host.analyze(request('q', `${cvText}\n`));
    host.cancel('none');
    assert.equal((await queued).kind, 'superseded');
    assert.equal((await again).kind, 'done');
  });

  it('a worker that runs out of memory is replaced; the document gets the headings-only result', async () => {
    const small = new AnalysisHost({ workerPath, memoryLimitMb: 24, log: (message) => log.push(message) });
    try {
      const huge = `# Curriculum Vitae\n\n## Experience\n\n${'- Worked on *many* [things](x) with `code` and **bold** text.\n'.repeat(40_000)}`;
      const result = done(await small.analyze(request('huge', huge, { timeBudgetMs: 120_000, maxFileSizeKb: 100_000 })));
      assert.ok(result.limit && ['memory', 'crash'].includes(result.limit.reason), JSON.stringify(result.limit));
      assert.equal(result.findings[0].ruleId, ANALYSIS_LIMIT_ID);
      assert.equal(small.usesWorker, true);
      assert.ok(done(await small.analyze(request('after', cvText))).findings.length > 0);
    } finally {
      await small.dispose();
    }
  });

  it('analyses on this thread when no worker can start: missing file, or one that fails as it loads', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cvlint-worker-'));
    try {
      const missing = new AnalysisHost({ workerPath: path.join(folder, 'nothing.js') });
      assert.equal(missing.usesWorker, false);
      assert.deepEqual(brief(done(await missing.analyze(request('m', cvText)))), brief(analyzeCv(cvText, { fileName: 'cv.md' })));
      await missing.dispose();

      const broken = path.join(folder, 'broken.js');
      writeFileSync(broken, "throw new Error('cannot load');\n");
      const failing = new AnalysisHost({ workerPath: broken, log: (message) => log.push(message) });
      assert.equal(failing.usesWorker, true);
      assert.deepEqual(brief(done(await failing.analyze(request('f', cvText)))), brief(analyzeCv(cvText, { fileName: 'cv.md' })));
      assert.equal(failing.usesWorker, false);
      assert.ok(log.some((line) => line.includes('cannot start')));
      await failing.dispose();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('checks small documents on this thread within the budget when asked; once one is stopped, the worker checks the rest', async () => {
    const here = new AnalysisHost({ workerPath, smallInThread: { maxKb: 256, maxBudgetMs: 5_000 }, log: (message) => log.push(message) });
    try {
      assert.deepEqual(brief(done(await here.analyze(request('a', cvText)))), brief(analyzeCv(cvText, { fileName: 'cv.md' })));
      const notCv = done(await here.analyze(request('log', '# Server log\n\nGET /index.html 200\n', generous, 'server.md')));
      assert.equal(notCv.checked, false);
      const slow = done(await here.analyze(request('slow', pathological, { timeBudgetMs: 500, maxFileSizeKb: 1024 })));
      assert.equal(slow.limit?.reason, 'time');
      assert.deepEqual(slow.findings.map((f) => [f.ruleId, f.severity]), [[ANALYSIS_LIMIT_ID, 'info']]);
      assert.deepEqual(slow.document.sections.map((s) => s.title), ['Curriculum Vitae', 'Experience']);
      assert.ok(log.some((line) => line.includes('stopped after 500 ms')));
      // The worker (started only now) gives the same findings.
      assert.deepEqual(brief(done(await here.analyze(request('b', cvText)))), brief(analyzeCv(cvText, { fileName: 'cv.md' })));
    } finally {
      await here.dispose();
    }
  });
});
