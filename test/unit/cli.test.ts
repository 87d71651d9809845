// The `cvlint` command line: spawned as `node dist/cli.js` (what users run) and, for what needs
// control over the terminal or the engine, called in-process through `main()`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import packageJson from '../../package.json';
import { allRules } from '../../server/src/rules/index';
import { defaultEngine, main } from '../../server/src/cli/main';
import type { CliIO } from '../../server/src/cli/main';
import { decodeCvBytes } from '../../server/src/cli/inputs';

const repoRoot = path.resolve(__dirname, '../..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');
const fixtureDir = 'test/fixtures/cli';
const completeCv = `${fixtureDir}/cv-completo-it.md`;
const gappyCv = `${fixtureDir}/cv-lacunoso-en.md`;
const readme = `${fixtureDir}/README.md`;

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!('NO_COLOR' in extra)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env: childEnv(options.env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function runInProcess(
  args: string[],
  options: { isTTY?: boolean; env?: Record<string, string>; stdin?: string; engine?: typeof defaultEngine } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.isTTY ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    cwd: repoRoot,
    env: options.env ?? {},
  };
  const status = await main(args, io, options.engine);
  return { status, stdout, stderr };
}

function parseJson(run: CliRun): JsonFile[] {
  return JSON.parse(run.stdout) as JsonFile[];
}

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}
interface JsonFile {
  file: string;
  isCv: boolean;
  language: string;
  profile: string;
  score: number | null;
  limit: { reason: string; limit: number; sizeKb: number } | null;
  sections: { kind: string; title: string; line: number; level: number; pseudo: boolean }[];
  contact: { name: string | null; emails: string[]; phones: string[]; address: string | null; position: string };
  findings: JsonFinding[];
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
  fixes?: {
    description: { text: string };
    artifactChanges: { replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[];
  }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri?: string;
        rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string }; helpUri?: string }[];
      };
    };
    invocations: { executionSuccessful: boolean }[];
    results: SarifResult[];
  }[];
}

const keys = (value: object) => Object.keys(value).sort();
const FINDING_LINE = /^(.+):(\d+):(\d+) {2}(error|warning|info|hint) {2}([a-z0-9-]+) {2}(\S.*)$/;

/** The newest modification time under a folder. */
function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

describe('cvlint CLI', () => {
  let scratch: string;

  before(function () {
    this.timeout(120_000);
    // `npm test` builds first; when this file runs alone, rebuild a missing or stale bundle.
    let bundleTime = 0;
    try {
      bundleTime = statSync(cliPath).mtimeMs;
    } catch {
      // no bundle yet
    }
    if (bundleTime < newestMtime(path.join(repoRoot, 'server', 'src'))) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(build.status, 0, `build failed: ${build.stderr}`);
    }
    scratch = mkdtempSync(path.join(tmpdir(), 'cvlint-cli-test-'));
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  describe('help and version', () => {
    it('--help prints usage on stdout and exits 0', () => {
      const run = runCli(['--help']);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage: cvlint/);
      for (const option of ['--format', '--profile', '--lang', '--force', '--explain', '--quiet', '--no-color', '--stdin-filename']) {
        assert.ok(run.stdout.includes(option), `help mentions ${option}`);
      }
    });

    it('--version prints the package version', () => {
      const run = runCli(['--version']);
      assert.equal(run.status, 0);
      assert.equal(run.stdout.trim(), packageJson.version);
    });
  });

  describe('text format', () => {
    it('prints path:line:col  severity  rule-id  message lines and a summary; exit 1 with errors', () => {
      const run = runCli([gappyCv]);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
      const lines = run.stdout.trimEnd().split('\n');
      const summary = lines.pop()!;
      assert.match(summary, /^1 file checked \(score \d+\/100\): [1-9]\d* errors?, \d+ warnings?, \d+ info/);
      const findingLines = lines.filter((line) => line !== '');
      assert.ok(findingLines.length > 0);
      for (const line of findingLines) {
        const match = FINDING_LINE.exec(line);
        assert.ok(match, `finding line: ${line}`);
        assert.equal(match[1], gappyCv);
        assert.ok(Number(match[2]) >= 1 && Number(match[3]) >= 1, 'line and column are 1-based');
      }
      assert.ok(findingLines.some((line) => FINDING_LINE.exec(line)![4] === 'error'));
    });

    it('uses the same positions as the JSON report, plus one', () => {
      const text = runCli([gappyCv]).stdout.split('\n').filter((line) => FINDING_LINE.test(line));
      const json = parseJson(runCli(['--format', 'json', gappyCv]))[0];
      assert.equal(text.length, json.findings.length);
      json.findings.forEach((finding, i) => {
        const match = FINDING_LINE.exec(text[i])!;
        assert.equal(Number(match[2]), finding.range.start.line + 1);
        assert.equal(Number(match[3]), finding.range.start.character + 1);
        assert.equal(match[5], finding.ruleId);
        assert.equal(match[6], finding.message);
      });
    });

    it('exits 0 on a complete CV with no error-severity findings', () => {
      const run = runCli([completeCv]);
      assert.equal(run.status, 0, run.stdout);
      assert.match(run.stdout.trimEnd().split('\n').pop()!, /^1 file checked \(score \d+\/100\): 0 errors, /);
      assert.ok(!/ {2}error {2}/.test(run.stdout));
    });

    it('reports a README as skipped, with no findings, and exits 0', () => {
      const run = runCli([readme]);
      assert.equal(run.status, 0);
      assert.equal(
        run.stdout,
        `${readme}: skipped, not a CV (use --force to check it)\n\n0 files checked, 1 skipped (not a CV): 0 errors, 0 warnings, 0 info\n`,
      );
    });

    it('--force checks a README anyway', () => {
      const run = runCli(['--force', readme]);
      assert.ok(run.status === 0 || run.status === 1);
      assert.ok(!run.stdout.includes('skipped'));
      assert.ok(run.stdout.split('\n').some((line) => FINDING_LINE.test(line)), 'a README is not a back-office CV');
      assert.match(run.stdout, /^1 file checked/m);
    });

    it('--quiet prints only error lines', () => {
      const run = runCli(['--quiet', gappyCv]);
      assert.equal(run.status, 1);
      const lines = run.stdout.trimEnd().split('\n');
      assert.ok(lines.length > 0);
      for (const line of lines) assert.equal(FINDING_LINE.exec(line)?.[4], 'error', line);
      const quietCount = lines.length;
      const loudErrors = runCli([gappyCv]).stdout.split('\n').filter((line) => FINDING_LINE.exec(line)?.[4] === 'error');
      assert.equal(quietCount, loudErrors.length);
    });

    it('--contact-position decides where contact details belong', () => {
      const rulesOf = (run: CliRun) => run.stdout.split('\n').map((line) => FINDING_LINE.exec(line)?.[5]).filter(Boolean);
      // This example has its contact details at the top.
      const contactAtTop = 'examples/cv-gaps-en.md';
      const atEnd = rulesOf(runCli(['--contact-position', 'end', contactAtTop]));
      const atStart = rulesOf(runCli(['--contact-position', 'start', contactAtTop]));
      const anywhere = rulesOf(runCli(['--contact-position', 'any', contactAtTop]));
      assert.ok(atEnd.includes('contact-position'));
      assert.ok(!atStart.includes('contact-position'));
      assert.ok(!anywhere.includes('contact-position'));
      const bad = runCli(['--contact-position', 'middle', contactAtTop]);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /unknown contact position "middle"/);
    });

    it('prints no colour codes when stdout is a pipe', () => {
      const run = runCli([gappyCv, readme]);
      assert.ok(!run.stdout.includes('\x1b['));
    });
  });

  describe('colour (in-process)', () => {
    it('colours a terminal', async () => {
      const run = await runInProcess([gappyCv], { isTTY: true });
      assert.ok(run.stdout.includes('\x1b[31merror\x1b[39m'));
    });

    it('no colour with NO_COLOR or --no-color, even on a terminal', async () => {
      const withEnv = await runInProcess([gappyCv], { isTTY: true, env: { NO_COLOR: '1' } });
      const withFlag = await runInProcess(['--no-color', gappyCv], { isTTY: true });
      const piped = await runInProcess([gappyCv], { isTTY: false });
      assert.ok(!withEnv.stdout.includes('\x1b['));
      assert.ok(!withFlag.stdout.includes('\x1b['));
      assert.equal(withEnv.stdout, piped.stdout);
      assert.equal(withFlag.stdout, piped.stdout);
    });
  });

  describe('json format', () => {
    it('has exactly the documented keys, 1-based section lines and zero-based ranges', () => {
      const run = runCli(['--format', 'json', gappyCv, completeCv]);
      assert.equal(run.status, 1, run.stderr);
      const files = parseJson(run);
      assert.deepEqual(
        files.map((file) => file.file),
        [gappyCv, completeCv],
      );
      for (const file of files) {
        assert.deepEqual(keys(file), ['contact', 'file', 'findings', 'isCv', 'language', 'limit', 'profile', 'score', 'sections', 'textLanguage']);
        assert.equal(file.isCv, true);
        assert.equal(file.limit, null);
        assert.equal(file.profile, 'back-office');
        assert.ok(typeof file.score === 'number' && file.score >= 0 && file.score <= 100);
        assert.deepEqual(keys(file.contact), ['address', 'emails', 'name', 'phones', 'position']);
        for (const email of file.contact.emails) assert.equal(typeof email, 'string');
        for (const phone of file.contact.phones) assert.equal(typeof phone, 'string');
        for (const section of file.sections) assert.deepEqual(keys(section), ['kind', 'level', 'line', 'pseudo', 'title']);
        for (const finding of file.findings) {
          assert.deepEqual(keys(finding), ['fixes', 'message', 'range', 'ruleId', 'severity']);
          assert.ok(['error', 'warning', 'info', 'hint'].includes(finding.severity));
          assert.deepEqual(keys(finding.range), ['end', 'start']);
          assert.deepEqual(keys(finding.range.start), ['character', 'line']);
          for (const fix of finding.fixes) {
            assert.deepEqual(keys(fix), ['edits', 'title']);
            for (const edit of fix.edits) assert.deepEqual(keys(edit), ['newText', 'range']);
          }
        }
      }
      const [gappy, complete] = files;
      assert.equal(gappy.language, 'en');
      assert.equal(complete.language, 'it');
      // "# John Sample" is line 1 and "## Work experience" line 3 of the fixture.
      const experience = gappy.sections.find((section) => section.kind === 'experience');
      assert.deepEqual(experience, { kind: 'experience', title: 'Work experience', line: 3, level: 2, pseudo: false });
      assert.equal(complete.contact.name, 'Giulia Ferraresi');
      assert.deepEqual(complete.contact.emails, ['giulia.ferraresi@example.com']);
      assert.equal(complete.contact.position, 'end');
      assert.ok(gappy.findings.some((finding) => finding.ruleId === 'missing-section' && finding.range.start.line >= 0));
    });

    it('reports a non-CV with isCv false, score null and no findings', () => {
      const [file] = parseJson(runCli(['--format', 'json', readme]));
      assert.equal(file.isCv, false);
      assert.equal(file.score, null);
      assert.deepEqual(file.findings, []);
      assert.ok(file.sections.length > 0, 'the outline is still reported');
    });

    it('--lang and --messages override the detected languages', () => {
      const [english] = parseJson(runCli(['--format', 'json', '--lang', 'en', completeCv]));
      assert.equal(english.language, 'en');
      const [inItalian] = parseJson(runCli(['--format', 'json', '--messages', 'it', gappyCv]));
      const [inEnglish] = parseJson(runCli(['--format', 'json', '--messages', 'en', gappyCv]));
      assert.equal(inItalian.findings.length, inEnglish.findings.length);
      assert.notDeepEqual(
        inItalian.findings.map((finding) => finding.message),
        inEnglish.findings.map((finding) => finding.message),
      );
    });

    it('--quiet keeps only error findings', () => {
      const [file] = parseJson(runCli(['--format', 'json', '--quiet', gappyCv]));
      assert.ok(file.findings.length > 0);
      assert.ok(file.findings.every((finding) => finding.severity === 'error'));
    });
  });

  describe('sarif format', () => {
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

    function sarifValidator() {
      // The official SARIF 2.1.0 schema (final "rtm.5" revision, as shipped by @microsoft/jest-sarif) is draft-04;
      // Ajv 8 reads it as draft-07 once the draft-04 `id` is renamed `$id` (the only keyword it uses that changed).
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
      delete schema.$schema;
      schema.$id = schema.id;
      delete schema.id;
      // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the `u` flag rejects.
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
      ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value));
      // RFC 3986: no spaces, no < > " { } | \ ^ ` in a URI reference.
      ajv.addFormat('uri-reference', (value: string) => !/[\s<>"{}|\\^`]/.test(value));
      ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
      return ajv.compile(schema);
    }

    it('reports a file checked by its headings only as one note, still valid SARIF', () => {
      const run = runCli(['--format', 'sarif', '--max-file-size', '1', completeCv]);
      assert.equal(run.status, 0, run.stderr);
      const log = JSON.parse(run.stdout) as SarifLog;
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const results = log.runs[0].results;
      assert.deepEqual(results.map((r) => [r.ruleId, r.level]), [['analysis-limit', 'note']]);
      assert.match(results[0].message.text, /sono stati controllati solo i titoli \(pesa \d+ KB, il limite è 1 KB\)\.$/);
    });

    it('is valid SARIF 2.1.0 and matches the JSON findings', () => {
      const run = runCli(['--format', 'sarif', gappyCv, completeCv, readme]);
      assert.equal(run.status, 1, run.stderr);
      const log = JSON.parse(run.stdout) as SarifLog;
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'cvlint');
      assert.equal(driver.version, packageJson.version);
      assert.deepEqual(
        driver.rules.map((rule) => rule.id),
        allRules.map((rule) => rule.id),
      );
      const homepage = (packageJson as { homepage?: string }).homepage;
      assert.equal(driver.informationUri, homepage);
      for (const rule of driver.rules) {
        if (homepage) assert.equal(rule.helpUri, `${homepage.replace(/#.*$/, '')}#rules`);
        assert.ok(rule.shortDescription.text.length > 0);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }

      const jsonFiles = parseJson(runCli(['--format', 'json', gappyCv, completeCv, readme]));
      const expected = jsonFiles.flatMap((file) => file.findings.map((finding) => ({ file: file.file, finding })));
      const results = log.runs[0].results;
      assert.equal(results.length, expected.length);
      results.forEach((result, i) => {
        const { file, finding } = expected[i];
        assert.equal(result.ruleId, finding.ruleId);
        assert.equal(driver.rules[result.ruleIndex!].id, finding.ruleId);
        assert.equal(result.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[finding.severity]);
        assert.equal(result.message.text, finding.message);
        const location = result.locations[0].physicalLocation;
        assert.equal(location.artifactLocation.uri, file);
        assert.deepEqual(location.region, {
          startLine: finding.range.start.line + 1,
          startColumn: finding.range.start.character + 1,
          endLine: finding.range.end.line + 1,
          endColumn: finding.range.end.character + 1,
        });
        assert.equal(result.fixes?.length ?? 0, finding.fixes.length);
        finding.fixes.forEach((fix, f) => {
          const sarifFix = result.fixes![f];
          assert.equal(sarifFix.description.text, fix.title);
          const replacements = sarifFix.artifactChanges[0].replacements;
          assert.deepEqual(
            replacements.map((replacement) => replacement.insertedContent.text),
            fix.edits.map((edit) => edit.newText),
          );
          assert.equal(replacements[0].deletedRegion.startLine, fix.edits[0].range.start.line + 1);
        });
      });
      assert.ok(results.some((result) => (result.fixes?.length ?? 0) > 0), 'fixes are carried over');
      assert.equal(log.runs[0].invocations[0].executionSuccessful, true);
    });

    it('stays valid with an unreadable file and a file name that needs escaping', () => {
      const spaced = path.join(scratch, 'my cv <draft>.md');
      writeFileSync(spaced, readFileSync(path.join(repoRoot, gappyCv)));
      const run = runCli(['--format', 'sarif', spaced, 'no-such-file.md']);
      assert.equal(run.status, 2);
      const log = JSON.parse(run.stdout) as SarifLog;
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
      assert.ok(log.runs[0].results.length > 0);
      assert.match(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, /my%20cv%20%3Cdraft%3E\.md$/);
    });
  });

  describe('inputs', () => {
    it('reads standard input with -, named <stdin>', () => {
      const input = readFileSync(path.join(repoRoot, gappyCv), 'utf8');
      const run = runCli(['-'], { input });
      assert.equal(run.status, 1, run.stderr);
      assert.ok(run.stdout.split('\n').some((line) => line.startsWith('<stdin>:')));
      const [json] = parseJson(runCli(['--format', 'json', '-'], { input }));
      assert.equal(json.file, '<stdin>');
    });

    it('treats standard input as a named file only with --stdin-filename', () => {
      // One recognised section: a CV only when the file name says so.
      const input = '## Esperienza professionale\n\nImpiegata amministrativa dal 2019.\n';
      const [anonymous] = parseJson(runCli(['--format', 'json', '-'], { input }));
      assert.equal(anonymous.isCv, false);
      const [named] = parseJson(runCli(['--format', 'json', '--stdin-filename', 'cv.md', '-'], { input }));
      assert.equal(named.isCv, true);
      assert.equal(named.file, 'cv.md');
    });

    it('a missing file: exit 2, one line naming it on stderr, other files still checked', () => {
      const run = runCli(['missing-cv.md', completeCv]);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'cvlint: missing-cv.md: file not found\n');
      assert.match(run.stdout, /^1 file checked/m);
    });

    it('a binary file: exit 2 with a one-line message', () => {
      const binary = path.join(scratch, 'photo.md');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      const run = runCli([binary]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^cvlint: .*photo\.md: binary file[^\n]*\n$/);
      assert.ok(!run.stderr.includes('    at '), 'no stack trace');
    });

    it('invalid UTF-8: exit 2 with a one-line message', () => {
      const latin1 = path.join(scratch, 'cv-latin1.md');
      writeFileSync(latin1, Buffer.from('# Curriculum\n\n## Esperienza\n\nPerch\xe9 s\xec\n', 'latin1'));
      const run = runCli([latin1]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^cvlint: .*cv-latin1\.md: not valid UTF-8[^\n]*\n$/);
    });

    it('a UTF-8 BOM is fine and does not shift anything', () => {
      const withBom = path.join(scratch, 'cv-bom.md');
      writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path.join(repoRoot, gappyCv))]));
      const [bom] = parseJson(runCli(['--format', 'json', withBom]));
      const [plain] = parseJson(runCli(['--format', 'json', gappyCv]));
      assert.deepEqual({ ...bom, file: '' }, { ...plain, file: '' });
      assert.equal(bom.sections[0].title, 'John Sample');
    });

    it('expands globs', () => {
      const run = runCli(['--format', 'json', `${fixtureDir}/cv-*.md`]);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(
        parseJson(run).map((file) => file.file),
        [completeCv, gappyCv],
      );
    });

    it('a glob that matches nothing is an error naming it', () => {
      const run = runCli([`${fixtureDir}/*.nothing`]);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `cvlint: ${fixtureDir}/*.nothing: no files match this pattern\n`);
    });

    it('a directory means its Markdown files', () => {
      const run = runCli(['--format', 'json', fixtureDir]);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(parseJson(run).map((file) => file.file).sort(), [readme, completeCv, gappyCv].sort());
    });

    it('a directory without Markdown files is an error', () => {
      const empty = path.join(scratch, 'empty-folder');
      mkdirSync(empty, { recursive: true });
      writeFileSync(path.join(empty, 'notes.txt'), 'not markdown\n');
      const run = runCli([empty]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^cvlint: .*empty-folder: directory has no \.md or \.markdown files\n$/);
    });

    it('lists each file once even when named twice', () => {
      const files = parseJson(runCli(['--format', 'json', completeCv, `${fixtureDir}/cv-completo-*.md`, `./${completeCv}`]));
      assert.deepEqual(
        files.map((file) => file.file),
        [completeCv],
      );
    });
  });

  describe('files too large or too complex to check', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'cvlint-budget-'));
      // Unclosed links take remark-parse far longer than the budget below; "cv" in the name keeps the first
      // look from ruling the file out.
      writeFileSync(path.join(folder, 'cv-slow.md'), `# Curriculum Vitae\n\n## Experience\n\n${'[a]('.repeat(20_000)}\n`);
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('past --time-budget: one info line in plain words instead of hanging, exit 0', () => {
      const run = runCli(['--time-budget', '500', 'cv-slow.md'], { cwd: folder });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(
        run.stdout,
        'cv-slow.md:1:1  info  analysis-limit  This file is too large or too complex to check fully: only its headings were checked (checking it took longer than the 500 ms allowed).\n' +
          '\n1 file checked: 0 errors, 0 warnings, 1 info\n',
      );
    });

    it('over --max-file-size: only the headings, and JSON says why in `limit`', () => {
      const run = runCli(['--format', 'json', '--max-file-size', '1', '--messages', 'en', completeCv]);
      assert.equal(run.status, 0, run.stderr);
      const [file] = parseJson(run);
      assert.equal(file.limit?.reason, 'size');
      assert.equal(file.limit?.limit, 1);
      assert.ok(file.limit!.sizeKb > 1);
      assert.equal(file.score, null);
      assert.deepEqual(file.findings.map((f) => [f.ruleId, f.severity]), [['analysis-limit', 'info']]);
      assert.match(file.findings[0].message, /^This file is too large to check fully: only its headings were checked \(it is \d+ KB, the limit is 1 KB\)\.$/);
      assert.ok(file.sections.some((section) => section.kind === 'experience'), 'the outline of its headings');
    });

    it('a file that cannot be a CV is skipped at the first look, however small the limits', () => {
      const run = runCli(['--time-budget', '100', '--max-file-size', '1', readme]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /skipped, not a CV/);
      assert.doesNotMatch(run.stdout, /analysis-limit/);
    });
  });

  describe('usage errors', () => {
    const cases: [string, string[], RegExp][] = [
      ['no input', [], /no input files/],
      ['unknown option', ['--bogus', completeCv], /Unknown option '--bogus'/],
      ['unknown format', ['--format', 'xml', completeCv], /unknown format "xml"/],
      ['unknown language', ['--lang', 'fr', completeCv], /unknown CV language "fr"/],
      ['unknown profile', ['--profile', 'astronaut', completeCv], /unknown profile "astronaut" \(available: generic, back-office, bank-back-office, .*; or give the path of a profile file\)/],
      ['--explain with json', ['--explain', '--format', 'json', completeCv], /--explain/],
      ['stdin twice', ['-', '-'], /only once/],
      ['a time budget that is not a number', ['--time-budget', 'fast', completeCv], /--time-budget takes a number of milliseconds from 100 to 600000/],
      ['a size limit of zero', ['--max-file-size', '0', completeCv], /--max-file-size takes a number of KB from 1 to 1048576/],
    ];
    for (const [name, args, message] of cases) {
      it(`${name}: exit 2, a short message on stderr, nothing on stdout`, () => {
        const run = runCli(args);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        const lines = run.stderr.trimEnd().split('\n');
        assert.match(lines[0], /^cvlint: /);
        assert.match(lines[0], message);
        assert.deepEqual(lines.slice(1), ['Run "cvlint --help" for usage.']);
      });
    }
  });

  describe('--explain', () => {
    it('shows the outline with kinds and why, the language, whether it is a CV and the contact details', () => {
      const run = runCli(['--explain', '--messages', 'en', completeCv]);
      assert.equal(run.status, 0, run.stderr);
      const out = run.stdout;
      assert.match(out, /^test\/fixtures\/cli\/cv-completo-it\.md$/m);
      assert.match(out, /Language: Italian \(detected from the text\)/);
      assert.match(out, /Is it a CV\? yes: /);
      assert.match(out, /Profile: back-office/);
      assert.match(out, /line +\d+ +Esperienza professionale .*→ experience.*synonym "[^"]+"/);
      assert.match(out, /line +\d+ +Giulia Ferraresi .*the person's name/);
      assert.match(out, /Contact details: at the end; contact section "Contatti"/);
      assert.match(out, /email: giulia\.ferraresi@example\.com/);
      // Sub-headings are indented one step more than their parent.
      const experienceLine = out.split('\n').find((line) => line.includes('Esperienza professionale'))!;
      const jobLine = out.split('\n').find((line) => line.includes('Ditta Immaginaria'))!;
      const indentOf = (line: string) => /line +\d+ ( *)/.exec(line)![1].length;
      assert.equal(indentOf(jobLine), indentOf(experienceLine) + 2);
    });

    it('marks headings it did not recognise and says why a README is not checked', () => {
      const run = runCli(['--explain', '--messages', 'en', readme]);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /Is it a CV\? no: /);
      assert.match(run.stdout, /Installation .*NOT RECOGNISED/);
      assert.match(run.stdout, /Not checked: it does not look like a CV/);
    });

    it('speaks Italian when the messages are Italian', () => {
      const run = runCli(['--explain', completeCv]);
      assert.match(run.stdout, /Lingua: italiano \(riconosciuta dal testo\)/);
      assert.match(run.stdout, /→ experience \(.*\): sinonimo "/);
    });
  });

  describe('internal errors (in-process)', () => {
    it('an engine crash on one file: one line naming it, exit 2, the other files still checked', async () => {
      const crashingEngine = {
        ...defaultEngine,
        analyze: (text: string, options: Parameters<typeof defaultEngine.analyze>[1]) => {
          if (options.fileName?.includes('lacunoso')) throw new TypeError('Cannot read properties of undefined\n    at fake (x.ts:1:1)');
          return defaultEngine.analyze(text, options);
        },
      };
      const run = await runInProcess(['--format', 'json', gappyCv, completeCv], { engine: crashingEngine });
      assert.equal(run.status, 2);
      assert.equal(
        run.stderr,
        `cvlint: ${gappyCv}: internal error: Cannot read properties of undefined (please report this bug)\n`,
      );
      assert.deepEqual(
        parseJson(run).map((file) => file.file),
        [completeCv],
      );
    });

    it('main() reads stdin through the injected io', async () => {
      const run = await runInProcess(['--format', 'json', '-'], { stdin: readFileSync(path.join(repoRoot, gappyCv), 'utf8') });
      assert.equal(run.status, 1);
      assert.equal(parseJson(run)[0].file, '<stdin>');
    });
  });

  describe('decoding file bytes', () => {
    const bytes = (...values: number[]) => Uint8Array.from(values);

    it('accepts UTF-8 and drops a BOM', () => {
      assert.deepEqual(decodeCvBytes(bytes(0xef, 0xbb, 0xbf, 0x23, 0x20, 0xc3, 0xa8)), { ok: true, text: '# è' });
    });

    it('refuses UTF-16, NUL bytes and invalid UTF-8 with a reason', () => {
      assert.deepEqual(decodeCvBytes(bytes(0xff, 0xfe, 0x23, 0x00)), { ok: false, message: 'UTF-16 text; save it as UTF-8' });
      assert.equal(decodeCvBytes(bytes(0x23, 0x00, 0x41)).ok, false);
      assert.deepEqual(decodeCvBytes(bytes(0x23, 0x20, 0xe8)), { ok: false, message: 'not valid UTF-8 text; save it as UTF-8' });
    });
  });
});

describe('cvlint CLI time budget', () => {
  it('defaults to 5000 ms (a CI job wants the whole check of a long CV), not the editor’s 2000 ms', async () => {
    const { parseCliArgs } = await import('../../server/src/cli/args');
    const parsed = parseCliArgs(['cv.md'], {}, false);
    assert.equal(parsed.kind, 'run');
    assert.equal(parsed.kind === 'run' ? parsed.options.limits.timeBudgetMs : 0, 5000);
    const explicit = parseCliArgs(['--time-budget', '800', 'cv.md'], {}, false);
    assert.equal(explicit.kind === 'run' ? explicit.options.limits.timeBudgetMs : 0, 800);
  });
});
