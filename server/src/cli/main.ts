// `cvlint`: checks Markdown CVs from the command line. Bundled to dist/cli.js (see scripts/build.mjs).
import packageJson from '../../../package.json';
import { AnalysisHost, type AnalysisLimits } from '../analysis/worker-host';
import type { AnalyzeOptions, AnalysisResult } from '../engine/analyze';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { Language } from '../engine/types';
import { getProfile, profileCatalog, profileIds, type ProfileSummary } from '../profiles/index';
import { loadProfileFiles, looksLikeProfilePath } from '../profiles/custom-file';
import type { ProfileSource } from '../profiles/resolve';
import type { Profile } from '../profiles/types';
import { allRules } from '../rules/index';
import type { Rule } from '../rules/types';
import { parseCliArgs, USAGE } from './args';
import { jsonFormat } from './format-json';
import { sarifFormat } from './format-sarif';
import { textFormat } from './format-text';
import { fixSource } from './fix';
import { runExport } from './export';
import { decodeCvBytes, expandInputs, readFileBytes } from './inputs';
import { htmlFormat } from './format-html';
import { jobPathFromFrontMatter } from '../job/front-matter';
import type { JobPostingSource } from '../job/types';
import path from 'node:path';
import type { InputSource } from './inputs';
import type { CliIO, CliOptions, FileFailure, FileReport, OutputFormat } from './types';

export type { CliIO } from './types';

export const EXIT_OK = 0;
export const EXIT_ERROR_FINDINGS = 1;
export const EXIT_USAGE_OR_IO = 2;

/** The engine as the CLI sees it; tests can swap in a failing analyser. */
export interface CliEngine {
  /** Checks one file within `limits` (default: the editor's defaults). */
  analyze(text: string, options: AnalyzeOptions & { profile?: string }, limits?: AnalysisLimits): AnalysisResult | Promise<AnalysisResult>;
  rules: readonly Rule[];
  getProfile(id: string): Profile | undefined;
  profileIds: readonly string[];
}

// Files are checked one at a time within their time budget, like in the editor: a file that would take minutes
// gets its headings and one info finding instead of hanging the run. Started on first use.
let analysisHost: AnalysisHost | null = null;

/** Files up to this size are checked on this thread, within their budget: starting a worker and loading the engine
 *  again there takes longer than checking a CV. The worst Markdown of this size found (tables, link and emphasis
 *  bombs) grows the heap by about 250 MB in 2 s, far below the worker's memory limit. */
const IN_THREAD_MAX_KB = 256;
/** Past this budget a small file could still use much memory: it goes to the worker, which limits that. */
const IN_THREAD_MAX_BUDGET_MS = 5_000;

async function analyzeWithinLimits(text: string, options: AnalyzeOptions & { profile?: string }, limits: AnalysisLimits = DEFAULT_SETTINGS.analysis): Promise<AnalysisResult> {
  // A command line checks a few files and exits: no warm-up analysis before the first one.
  analysisHost ??= new AnalysisHost({ warmUp: false, smallInThread: { maxKb: IN_THREAD_MAX_KB, maxBudgetMs: IN_THREAD_MAX_BUDGET_MS } });
  const outcome = await analysisHost.analyze({ key: 'cli', text, options, limits });
  // Files are checked one after the other, so nothing supersedes a check.
  if (outcome.kind !== 'done') throw new Error('the check was cancelled');
  return outcome.result;
}

export const defaultEngine: CliEngine = { analyze: analyzeWithinLimits, rules: allRules, getProfile, profileIds };

const packageInfo = packageJson as { version: string; homepage?: string };

function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] || 'unknown error';
}

function chooseFormat(options: CliOptions, engine: CliEngine): OutputFormat<unknown> {
  switch (options.format) {
    case 'json':
      return jsonFormat() as OutputFormat<unknown>;
    case 'html':
      return htmlFormat() as OutputFormat<unknown>;
    case 'sarif': {
      const descriptionLanguage: Language = options.messageLanguage === 'auto' ? 'en' : options.messageLanguage;
      const tool = { version: packageInfo.version, informationUri: packageInfo.homepage };
      return sarifFormat(engine.rules, tool, descriptionLanguage) as OutputFormat<unknown>;
    }
    default:
      return textFormat(options) as OutputFormat<unknown>;
  }
}

async function readSource(source: InputSource, io: CliIO): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  if (source.kind === 'stdin') {
    try {
      bytes = await io.readStdin();
    } catch (error) {
      return { ok: false, message: `cannot read standard input (${errorMessage(error)})` };
    }
  } else {
    const read = readFileBytes(source.absolutePath);
    if (!read.ok) return read;
    bytes = read.bytes;
  }
  return decodeCvBytes(bytes);
}

/**
 * Runs cvlint with the given arguments (without `node` and the script) and returns the exit code.
 * Never throws and never prints a stack trace: user errors and internal errors become one line on stderr.
 */
export async function main(argv: string[], io: CliIO, engine: CliEngine = defaultEngine): Promise<number> {
  const reportFailure = (failure: FileFailure) => io.stderr.write(`cvlint: ${failure.displayPath}: ${failure.message}\n`);
  const usageError = (message: string) => {
    io.stderr.write(`cvlint: ${message}\nRun "cvlint --help" for usage.\n`);
    return EXIT_USAGE_OR_IO;
  };

  try {
    if (argv[0] === 'export') return await runExport(argv.slice(1), io, engine);
    const parsed = parseCliArgs(argv, io.env, io.stdout.isTTY === true);
    if (parsed.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`${packageInfo.version}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === 'usage-error') return usageError(parsed.message);
    if (parsed.kind === 'list-profiles') {
      const custom = parsed.profile !== undefined && looksLikeProfilePath(parsed.profile) ? loadProfileFiles([parsed.profile], io.cwd) : { sources: [], problems: [] };
      if (custom.problems.length > 0) return profileFileError(custom.problems);
      const language: Language = parsed.messageLanguage === 'it' ? 'it' : 'en';
      io.stdout.write(formatProfileList(profileCatalog(custom.sources).summaries(), parsed.format, language));
      return EXIT_OK;
    }
    const options = parsed.options;
    // `--profile PATH`: the person's own profile file, checked before any CV is read.
    let customProfiles: ProfileSource[] | undefined;
    let profileId = options.profile;
    if (profileId !== undefined && looksLikeProfilePath(profileId)) {
      const loaded = loadProfileFiles([profileId], io.cwd);
      if (loaded.problems.length > 0 || loaded.sources.length === 0) return profileFileError(loaded.problems);
      customProfiles = loaded.sources;
      profileId = loaded.sources[0].data.id;
    } else if (profileId !== undefined && !engine.getProfile(profileId)) {
      return usageError(`unknown profile "${profileId}" (available: ${engine.profileIds.join(', ')}; or give the path of a profile file)`);
    }

    // --job: one posting for every CV, read once; a posting that cannot be read is a usage error.
    let sharedPosting: JobPostingSource | null = null;
    if (options.job !== undefined) {
      const posting = readPostingFile(path.resolve(io.cwd, options.job), options.job);
      if (!posting.ok) return usageError(`cannot read the job posting ${options.job}: ${posting.message}`);
      sharedPosting = posting.source;
    }

    const format = chooseFormat(options, engine);
    const { sources, failures } = expandInputs(options.inputs, io.cwd, options.stdinFileName);
    failures.forEach(reportFailure);

    const rendered: unknown[] = [];
    let sawErrorFinding = false;
    for (const source of sources) {
      const read = await readSource(source, io);
      if (!read.ok) {
        const failure = { displayPath: source.displayPath, message: read.message };
        failures.push(failure);
        reportFailure(failure);
        continue;
      }
      try {
        let jobPosting = sharedPosting;
        const jobPath = jobPosting ? null : jobPathFromFrontMatter(read.text);
        if (jobPath) {
          const base = source.kind === 'file' ? path.dirname(source.absolutePath) : io.cwd;
          const posting = readPostingFile(path.resolve(base, jobPath), jobPath);
          if (posting.ok) jobPosting = posting.source;
          else io.stderr.write(`cvlint: ${source.displayPath}: cannot read the job posting ${jobPath} named in the front matter: ${posting.message}\n`);
        }
        const analyze = async (text: string) => engine.analyze(text, {
          jobPosting,
          // Standard input counts as a named file only when --stdin-filename names it.
          fileName: source.kind === 'stdin' ? (options.stdinFileName ?? null) : source.displayPath,
          profile: profileId,
          customProfiles,
          language: options.language,
          messageLanguage: options.messageLanguage,
          contactPlacement: options.contactPlacement,
          force: options.force,
        }, options.limits);
        const text = options.fix ? await fixSource(source, read.text, options.fix, analyze, { stdout: io.stdout, log: io.stderr }) : read.text;
        const result = await analyze(text);
        const findings = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
        const report: FileReport = { displayPath: source.displayPath, result, findings };
        rendered.push(format.renderFile(report));
        if (findings.some((finding) => finding.severity === 'error')) sawErrorFinding = true;
      } catch (error) {
        // A bug in cvlint, not the user's fault: say so in one line and go on with the other files.
        const failure = { displayPath: source.displayPath, message: `internal error: ${errorMessage(error)} (please report this bug)` };
        failures.push(failure);
        reportFailure(failure);
      }
    }

    io.stdout.write(format.finish(rendered, { failures, options }));
    if (failures.length > 0) return EXIT_USAGE_OR_IO;
    return sawErrorFinding ? EXIT_ERROR_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof ProfileFileError) {
      for (const problem of error.problems) io.stderr.write(`cvlint: ${problem}\n`);
      if (error.problems.length === 0) io.stderr.write('cvlint: the profile file holds no usable profile\n');
      return EXIT_USAGE_OR_IO;
    }
    io.stderr.write(`cvlint: internal error: ${errorMessage(error)} (please report this bug)\n`);
    return EXIT_USAGE_OR_IO;
  } finally {
    const host = analysisHost;
    analysisHost = null;
    await host?.dispose();
  }
}

/** A profile file that cannot be used: every problem on its own line (file and field), exit code 2. */
function profileFileError(problems: readonly string[]): never {
  throw new ProfileFileError(problems);
}

class ProfileFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super('profile file');
  }
}

/** `cvlint --list-profiles`: id, name, what it extends, description; or the same as JSON. */
export function formatProfileList(profiles: readonly ProfileSummary[], format: 'text' | 'json', language: Language): string {
  if (format === 'json') {
    return `${JSON.stringify(profiles.map((p) => ({ id: p.id, name: p.label[language], extends: p.extends, description: p.description[language], origin: p.origin })), null, 2)}\n`;
  }
  const width = Math.max(...profiles.map((p) => p.id.length));
  return profiles
    .map((p) => {
      const extendsText = p.extends ? (language === 'it' ? ` (estende ${p.extends})` : ` (extends ${p.extends})`) : '';
      const origin = p.origin === 'built-in' ? '' : `\n${' '.repeat(width + 2)}file: ${p.origin}`;
      return `${p.id.padEnd(width)}  ${p.label[language]}${extendsText}\n${' '.repeat(width + 2)}${p.description[language]}${origin}\n`;
    })
    .join('');
}

/** A posting file's text, decoded as CVs are. */
function readPostingFile(absolutePath: string, name: string): { ok: true; source: JobPostingSource } | { ok: false; message: string } {
  const read = readFileBytes(absolutePath);
  if (!read.ok) return read;
  const decoded = decodeCvBytes(read.bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, source: { text: decoded.text, name: name.split(path.sep).join('/') } };
}

function readProcessStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: readProcessStdin,
    cwd: process.cwd(),
    env: process.env,
  };
}

if (require.main === module) {
  // `cvlint ... | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`cvlint: cannot write output (${error.code ?? error.message})\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT_USAGE_OR_IO);
  });
  void main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
