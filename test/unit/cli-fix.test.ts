// `cvlint --fix` and `--fix-dry-run`: the safe fixes written to the files (or shown as a diff), what changed
// printed, the exit code that of a normal check of the fixed files. Spawned as `node dist/cli.js`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeCv } from '../../server/src/engine/analyze';
import { fixText, unifiedDiff } from '../../server/src/cli/fix';
import { documentLines } from '../support/apply-edits';

const repoRoot = path.resolve(__dirname, '../..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');

function runCli(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonReport {
  findings: Array<{ ruleId: string; message: string; fixes: unknown[] }>;
}

function findingsOf(stdout: string): JsonReport['findings'] {
  return (JSON.parse(stdout) as JsonReport[])[0].findings;
}

/** Every non-blank line of `before` is still in `after`, in order (extended in place at most). */
function keepsEveryLine(before: string, after: string): void {
  const wanted = documentLines(before).filter((l) => l.trim());
  let at = 0;
  for (const line of documentLines(after)) {
    if (at >= wanted.length) break;
    let k = 0;
    for (let i = 0; i < line.length && k < wanted[at].length; i++) if (line[i] === wanted[at][k]) k++;
    if (k === wanted[at].length) at++;
  }
  assert.equal(at, wanted.length, `line lost: ${wanted[at]}`);
}

describe('cvlint --fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cvlint-fix-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const example of ['cv-gaps-it.md', 'cv-gaps-en.md', 'cv-back-office-it.md']) {
    it(`fixes examples/${example} in place: the fixed findings are gone on a re-check, no line is lost`, () => {
      copyFileSync(path.join(repoRoot, 'examples', example), path.join(dir, example));
      const original = readFileSync(path.join(dir, example), 'utf8');
      const before = runCli(['--format', 'json', example], dir);
      const fixable = findingsOf(before.stdout).filter((f) => f.fixes.length === 1 && f.ruleId !== 'missing-keywords' && f.ruleId !== 'contact-position');
      assert.ok(fixable.length > 0, 'the example has findings with one fix');

      const fixed = runCli(['--fix', '--format', 'json', example], dir);
      const written = readFileSync(path.join(dir, example), 'utf8');
      assert.notEqual(written, original);
      keepsEveryLine(original, written);
      assert.match(fixed.stderr, new RegExp(`^cvlint: fixed ${example}: \\d+ fix(es)?\\n`));

      // The report is that of the fixed file, and so is the exit code.
      const after = runCli(['--format', 'json', example], dir);
      assert.deepEqual(findingsOf(fixed.stdout), findingsOf(after.stdout));
      assert.equal(fixed.status, after.status);
      const left = new Set(findingsOf(after.stdout).map((f) => `${f.ruleId} ${f.message}`));
      for (const finding of fixable) assert.ok(!left.has(`${finding.ruleId} ${finding.message}`), `still there: ${finding.ruleId} ${finding.message}`);

      // A second --fix has nothing left to do.
      const again = runCli(['--fix', '--format', 'json', example], dir);
      assert.equal(readFileSync(path.join(dir, example), 'utf8'), written);
      assert.equal(again.stderr, '');
    });
  }

  it('keeps CRLF line endings', () => {
    const crlf = readFileSync(path.join(repoRoot, 'examples', 'cv-gaps-it.md'), 'utf8').replace(/\r?\n/g, '\r\n');
    writeFileSync(path.join(dir, 'cv.md'), crlf);
    runCli(['--fix', 'cv.md'], dir);
    const written = readFileSync(path.join(dir, 'cv.md'), 'utf8');
    assert.notEqual(written, crlf);
    assert.ok(!/(^|[^\r])\n/.test(written), 'no bare LF');
  });

  it('--fix-dry-run prints a unified diff and leaves the file alone', () => {
    copyFileSync(path.join(repoRoot, 'examples', 'cv-gaps-it.md'), path.join(dir, 'cv.md'));
    const original = readFileSync(path.join(dir, 'cv.md'), 'utf8');
    const run = runCli(['--fix-dry-run', '--quiet', 'cv.md'], dir);
    assert.equal(readFileSync(path.join(dir, 'cv.md'), 'utf8'), original);
    assert.ok(run.stdout.startsWith('--- a/cv.md\n+++ b/cv.md\n@@ '), run.stdout);
    assert.ok(run.stdout.includes('\n+Autorizzo il trattamento dei dati personali'), run.stdout);
    assert.ok(!/^-[^-]/m.test(run.stdout), 'a fix never removes a line');
  });

  it('leaves a file that is not a CV untouched', () => {
    const readme = '# Project\n\n## Installation\n\nnpm install\n\n## Usage\n\nRun it.\n';
    writeFileSync(path.join(dir, 'README.md'), readme);
    const run = runCli(['--fix', 'README.md'], dir);
    assert.equal(readFileSync(path.join(dir, 'README.md'), 'utf8'), readme);
    assert.equal(run.status, 0);
  });

  it('--explain cannot be combined with --fix', () => {
    const run = runCli(['--fix', '--explain', 'cv.md'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--explain cannot be combined with --fix/);
  });
});

describe('fixText and unifiedDiff', () => {
  const analyze = async (text: string) => analyzeCv(text, { fileName: 'cv.md' });

  it('applies only fixes that insert, round after round, until stable', async () => {
    const text = readFileSync(path.join(repoRoot, 'examples', 'cv-gaps-en.md'), 'utf8');
    const outcome = await fixText(text, analyze);
    assert.equal(outcome.unstable, false);
    assert.ok(outcome.applied.length > 0);
    assert.ok(outcome.applied.every((fix) => fix.ruleId !== 'missing-keywords' && fix.ruleId !== 'contact-position'));
    // Stable: nothing more to take.
    assert.deepEqual((await fixText(outcome.text, analyze)).applied, []);
  });

  it('writes a diff with hunks and context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = ['a', 'b', 'X', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'Y'].join('\n') + '\n';
    assert.equal(
      unifiedDiff('cv.md', before, after),
      '--- a/cv.md\n+++ b/cv.md\n@@ -1,5 +1,6 @@\n a\n b\n+X\n c\n d\n e\n@@ -8,3 +9,4 @@\n h\n i\n j\n+Y\n',
    );
    assert.equal(unifiedDiff('cv.md', before, before), '');
  });
});
