// `cvlint export --to pdf|docx|txt CV.md [-o OUT]`: writes the CV as PDF, Word or plain text. Warns on stderr when
// the CV still has error findings, and exports all the same (the person decides what to send).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as ExportModule from '../export/index';
import { decodeCvBytes, displayPathFor, readFileBytes } from './inputs';
import type { CliEngine } from './main';
import type { CliIO } from './types';

export const EXPORT_USAGE = `Usage: cvlint export --to pdf|docx|txt <CV.md | -> [-o OUT]

Writes the CV as PDF (A4, fonts embedded), Word (.docx) or plain text (for job portals' forms).

Options:
  -t, --to pdf|docx|txt         the format
  -o, --output FILE             where to write it (default: the CV's name with the format's extension;
                                - writes to standard output)
      --paper a4|letter         page size of the PDF and the Word document (default: a4)
  -l, --lang auto|it|en         language of the CV (default: auto = detect)
  -p, --profile NAME            role profile for the check before the export (default: back-office)
      --stdin-filename NAME     file name for standard input
  -h, --help                    show this help

Exit codes: 0 written (also when the CV has error findings: they are listed on stderr first),
2 usage error, or the CV could not be read or the file written.
`;

const FORMATS = ['pdf', 'docx', 'txt'] as const;
const PAPERS = { a4: 'A4', letter: 'Letter' } as const;

let loadedExport: typeof ExportModule | undefined;
/** The writers (pdfkit, docx, the fonts) load only when something is exported: checking a CV never pays for them.
 *  In dist this is dist/export.js (scripts/build.mjs). */
function exportModule(): typeof ExportModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point
  loadedExport ??= require('../export/index') as typeof ExportModule;
  return loadedExport;
}

export async function runExport(argv: string[], io: CliIO, engine: CliEngine): Promise<number> {
  const usageError = (message: string) => {
    io.stderr.write(`cvlint export: ${message}\nRun "cvlint export --help" for usage.\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        to: { type: 'string', short: 't' },
        output: { type: 'string', short: 'o' },
        paper: { type: 'string' },
        lang: { type: 'string', short: 'l' },
        profile: { type: 'string', short: 'p' },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return usageError(message.split('. ')[0]);
  }
  const values = parsed.values;
  if (values.help) {
    io.stdout.write(EXPORT_USAGE);
    return 0;
  }
  const format = values.to;
  if (format === undefined) return usageError('say which format: --to pdf, --to docx or --to txt');
  if (!(FORMATS as readonly string[]).includes(format)) return usageError(`unknown format "${format}" (use pdf, docx or txt)`);
  const paperName = (values.paper ?? 'a4').toLowerCase();
  if (!(paperName in PAPERS)) return usageError(`unknown paper size "${values.paper}" (use a4 or letter)`);
  const language = values.lang ?? 'auto';
  if (language !== 'auto' && language !== 'it' && language !== 'en') return usageError(`unknown CV language "${language}" (use auto, it or en)`);
  if (values.profile !== undefined && !engine.getProfile(values.profile)) {
    return usageError(`unknown profile "${values.profile}" (available: ${engine.profileIds.join(', ')})`);
  }
  if (parsed.positionals.length !== 1) return usageError('give exactly one CV to export');

  const input = parsed.positionals[0];
  const fromStdin = input === '-';
  const absoluteInput = fromStdin ? null : path.resolve(io.cwd, input);
  const displayPath = absoluteInput ? displayPathFor(absoluteInput, io.cwd) : 'standard input';
  let bytes: Uint8Array;
  if (absoluteInput) {
    const read = readFileBytes(absoluteInput);
    if (!read.ok) return fail(io, displayPath, read.message);
    bytes = read.bytes;
  } else {
    bytes = await io.readStdin();
  }
  const decoded = decodeCvBytes(bytes);
  if (!decoded.ok) return fail(io, displayPath, decoded.message);
  const text = decoded.text;

  const fileName = absoluteInput ? displayPath : (values['stdin-filename'] ?? null);
  const result = await engine.analyze(text, { fileName, profile: values.profile, language, force: true });
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 5).map((finding) => `  ${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.message} [${finding.ruleId}]\n`).join('');
    io.stderr.write(
      `cvlint export: ${displayPath} still has ${errors.length} error finding${errors.length === 1 ? '' : 's'}; exporting anyway:\n${shown}${errors.length > 5 ? `  … and ${errors.length - 5} more (run cvlint ${input})\n` : ''}`,
    );
  }

  const { exportCv, exportFileName } = exportModule();
  let output: Uint8Array;
  try {
    output = (await exportCv(text, { format: format as (typeof FORMATS)[number], paper: PAPERS[paperName as keyof typeof PAPERS], cv: result.document, fileName })).bytes;
  } catch (error) {
    return fail(io, displayPath, `internal error while exporting: ${error instanceof Error ? error.message : String(error)} (please report this bug)`);
  }

  const target = values.output ?? (absoluteInput ? exportFileName(absoluteInput, format as (typeof FORMATS)[number]) : null);
  if (target === null) return usageError('standard input has no file name: give -o FILE (or -o - for standard output)');
  if (target === '-') {
    const stdout = io.stdout as { write(chunk: string | Uint8Array): unknown };
    stdout.write(format === 'txt' ? new TextDecoder().decode(output) : output);
    return 0;
  }
  const absoluteTarget = path.resolve(io.cwd, target);
  if (absoluteInput && absoluteTarget === absoluteInput) return usageError('the output would overwrite the CV itself: choose another -o');
  try {
    writeFileSync(absoluteTarget, output);
  } catch (error) {
    return fail(io, displayPathFor(absoluteTarget, io.cwd), `cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  io.stderr.write(`cvlint export: wrote ${displayPathFor(absoluteTarget, io.cwd)}\n`);
  return 0;
}

function fail(io: CliIO, displayPath: string, message: string): number {
  io.stderr.write(`cvlint export: ${displayPath}: ${message}\n`);
  return 2;
}
