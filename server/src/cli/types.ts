// Shapes shared by the CLI's modules: what it reads, what one checked file produced, where it writes.
import type { AnalysisLimits } from '../analysis/worker-host';
import type { AnalysisResult } from '../engine/analyze';
import type { Finding, Language } from '../engine/types';
import type { ContactPlacement } from '../profiles/types';

export interface OutputStream {
  write(chunk: string): unknown;
  /** True when the stream is a terminal (colour is allowed only then). */
  isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** All of standard input, as bytes. */
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
}

export type OutputFormatName = 'text' | 'json' | 'sarif' | 'html';

export interface CliOptions {
  format: OutputFormatName;
  profile: string | undefined;
  language: 'auto' | Language;
  messageLanguage: 'auto' | Language;
  contactPlacement: ContactPlacement | undefined;
  force: boolean;
  /** Time budget and size limit of each file's check. */
  limits: AnalysisLimits;
  explain: boolean;
  /** `--fix` writes the safe fixes to the files; `--fix-dry-run` prints them as a diff (cli/fix.ts). */
  fix?: 'write' | 'dry-run';
  quiet: boolean;
  color: boolean;
  stdinFileName: string | undefined;
  inputs: string[];
  /** `--job`: a job posting every CV is compared with. */
  job?: string;
}

/** One file the engine looked at. */
export interface FileReport {
  /** As shown to people: relative to the working directory, `/`-separated; `<stdin>` for standard input. */
  displayPath: string;
  result: AnalysisResult;
  /** The findings to report (only errors with `--quiet`). */
  findings: Finding[];
}

/** A file that could not be read or checked; reported on stderr, exit code 2. */
export interface FileFailure {
  displayPath: string;
  message: string;
}

export interface RunSummary {
  failures: FileFailure[];
  options: CliOptions;
}

/** An output format renders each file on its own (so one bad file cannot spoil the others), then the whole run. */
export interface OutputFormat<Rendered> {
  renderFile(report: FileReport): Rendered;
  finish(files: Rendered[], summary: RunSummary): string;
}
