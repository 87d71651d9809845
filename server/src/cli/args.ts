// Command-line parsing: argv → CliOptions, or a one-line usage error.
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS, MAX_FILE_SIZE_KB_MAX, MAX_FILE_SIZE_KB_MIN, TIME_BUDGET_MS_MAX, TIME_BUDGET_MS_MIN } from '../shared/settings';
import type { CliOptions, OutputFormatName } from './types';

/** The editor must answer while the person types; a CI job wants the whole check of a long CV (a 147 KB real
 *  CV takes 1–2.5 s cold on a busy machine). Still small enough to run in-thread (cli/main.ts). */
export const CLI_TIME_BUDGET_MS = 5_000;

export const USAGE = `Usage: cvlint [options] <files | globs | directories | ->
       cvlint export --to pdf|docx|txt <CV.md> [-o OUT]   (see cvlint export --help)

Checks Markdown CVs against a role profile: required sections, contact details, skill keywords.

Options:
  -f, --format text|json|sarif|html
                                output format (default: text); html writes the CV report as one page
      --job POSTING             compare each CV with a job posting (.md or .txt); without it, a CV's
                                front matter "job: path" (relative to the CV) names its posting
  -p, --profile ID|PATH         role profile: a built-in id (default: back-office; see --list-profiles)
                                or the path of your own profile file (JSON, schemas/profile.schema.json);
                                a CV's front matter "profile: ID" wins for that CV
      --list-profiles           list the profiles (id, name, extends, description) and exit; with
                                --format json as JSON, with -m it in Italian
  -l, --lang auto|it|en         language of the CV (default: auto = detect)
  -m, --messages auto|it|en     language of messages (default: auto = the CV's language)
      --contact-position end|start|any
                                where contact details belong (default: the profile's, end for back-office)
      --force                   check files even if they do not look like a CV
      --time-budget MS          milliseconds the check of one file may take (default: 2000); past it, and
                                for a file over --max-file-size, only the file's headings are checked and
                                one info finding says so
      --max-file-size KB        files larger than this are checked by their headings only (default: 1024)
      --explain                 print the outline as understood: sections, kinds and why
      --fix                     apply every safe fix (insertions only) to the files, print what changed,
                                then report what is left
      --fix-dry-run             print the fixes as a unified diff instead of writing them
  -q, --quiet                   report errors only
      --no-color                no colours (also off when NO_COLOR is set or output is not a terminal)
      --stdin-filename NAME     file name for standard input (helps decide whether it is a CV)
  -h, --help                    show this help
  -v, --version                 show the version

Arguments:
  a file, a glob ("cv/*.md"), a directory (its .md and .markdown files), or - for standard input

Exit codes:
  0  no error-severity findings
  1  some error-severity findings
  2  usage error, or a file could not be read (missing, binary, not UTF-8...)
`;

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'list-profiles'; format: 'text' | 'json'; messageLanguage: 'auto' | 'it' | 'en'; profile: string | undefined }
  | { kind: 'usage-error'; message: string };

const FORMATS: readonly OutputFormatName[] = ['text', 'json', 'sarif', 'html'];
const LANGUAGES = ['auto', 'it', 'en'] as const;
const PLACEMENTS = ['end', 'start', 'any'] as const;

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** Turns Node's parseArgs errors ("Unknown option '--x'. To specify a positional...") into one short line. */
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end === -1 ? message : message.slice(0, end);
}

export function parseCliArgs(argv: string[], env: Record<string, string | undefined>, stdoutIsTTY: boolean): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        job: { type: 'string' },
        profile: { type: 'string', short: 'p' },
        lang: { type: 'string', short: 'l' },
        messages: { type: 'string', short: 'm' },
        'contact-position': { type: 'string' },
        force: { type: 'boolean' },
        'time-budget': { type: 'string' },
        'max-file-size': { type: 'string' },
        explain: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'no-color': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'list-profiles': { type: 'boolean' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: firstSentence(error instanceof Error ? error.message : String(error)) };
  }
  const values = parsed.values;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const format = values.format ?? 'text';
  if (!isOneOf(format, FORMATS)) {
    return { kind: 'usage-error', message: `unknown format "${format}" (use text, json, sarif or html)` };
  }
  const language = values.lang ?? 'auto';
  if (!isOneOf(language, LANGUAGES)) {
    return { kind: 'usage-error', message: `unknown CV language "${language}" (use auto, it or en)` };
  }
  const messageLanguage = values.messages ?? 'auto';
  if (!isOneOf(messageLanguage, LANGUAGES)) {
    return { kind: 'usage-error', message: `unknown message language "${messageLanguage}" (use auto, it or en)` };
  }
  const contactPlacement = values['contact-position'];
  if (contactPlacement !== undefined && !isOneOf(contactPlacement, PLACEMENTS)) {
    return { kind: 'usage-error', message: `unknown contact position "${contactPlacement}" (use end, start or any)` };
  }
  const timeBudgetMs = readWholeNumber(values['time-budget'], CLI_TIME_BUDGET_MS, TIME_BUDGET_MS_MIN, TIME_BUDGET_MS_MAX);
  if (timeBudgetMs === null) {
    return { kind: 'usage-error', message: `--time-budget takes a number of milliseconds from ${TIME_BUDGET_MS_MIN} to ${TIME_BUDGET_MS_MAX}` };
  }
  const maxFileSizeKb = readWholeNumber(values['max-file-size'], DEFAULT_SETTINGS.analysis.maxFileSizeKb, MAX_FILE_SIZE_KB_MIN, MAX_FILE_SIZE_KB_MAX);
  if (maxFileSizeKb === null) {
    return { kind: 'usage-error', message: `--max-file-size takes a number of KB from ${MAX_FILE_SIZE_KB_MIN} to ${MAX_FILE_SIZE_KB_MAX}` };
  }
  if (values.explain && format !== 'text') {
    return { kind: 'usage-error', message: '--explain prints a text outline; it cannot be combined with --format json, sarif or html' };
  }
  if (values.explain && (values.fix || values['fix-dry-run'])) {
    return { kind: 'usage-error', message: '--explain cannot be combined with --fix or --fix-dry-run' };
  }
  if (values['list-profiles']) {
    if (format !== 'text' && format !== 'json') return { kind: 'usage-error', message: '--list-profiles prints text or JSON' };
    if (parsed.positionals.length > 0) return { kind: 'usage-error', message: '--list-profiles takes no input files' };
    return { kind: 'list-profiles', format, messageLanguage, profile: values.profile };
  }
  const stdinCount = parsed.positionals.filter((input) => input === '-').length;
  if (stdinCount > 1) return { kind: 'usage-error', message: 'standard input (-) can be read only once' };
  if (parsed.positionals.length === 0) {
    return { kind: 'usage-error', message: 'no input files (give files, globs, a directory, or - for standard input)' };
  }

  // NO_COLOR (https://no-color.org): any non-empty value turns colour off.
  const noColorEnv = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const color = !values['no-color'] && !noColorEnv && stdoutIsTTY;

  return {
    kind: 'run',
    options: {
      format,
      profile: values.profile,
      language,
      messageLanguage,
      contactPlacement,
      force: values.force ?? false,
      limits: { timeBudgetMs, maxFileSizeKb },
      explain: values.explain ?? false,
      fix: values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : undefined,
      quiet: values.quiet ?? false,
      color,
      stdinFileName: values['stdin-filename'],
      inputs: parsed.positionals,
      job: values.job,
    },
  };
}

/** A whole number within bounds; the default when absent; null when it is not one. */
function readWholeNumber(value: string | undefined, fallback: number, minimum: number, maximum: number): number | null {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) return null;
  const number = Number(value);
  return number >= minimum && number <= maximum ? number : null;
}
