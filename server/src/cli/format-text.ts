// Human output: `path:line:col  severity  rule-id  message`, then one summary line.
import type { Finding, Severity } from '../engine/types';
import { explainDocument } from './explain';
import type { CliOptions, FileReport, OutputFormat, RunSummary } from './types';

export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
}

const SEVERITY_COLOURS: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };

export function textStyle(color: boolean): TextStyle {
  if (!color) return { bold: (t) => t, dim: (t) => t, severity: (_s, t) => t };
  return {
    bold: (t) => `\x1b[1m${t}\x1b[22m`,
    dim: (t) => `\x1b[2m${t}\x1b[22m`,
    severity: (s, t) => `\x1b[${SEVERITY_COLOURS[s]}m${t}\x1b[39m`,
  };
}

export function findingLine(displayPath: string, finding: Finding, style: TextStyle): string {
  const { line, character } = finding.range.start;
  const location = style.bold(`${displayPath}:${line + 1}:${character + 1}`);
  // Messages are one line; a stray line break would break `grep`-style consumers.
  const message = finding.message.replace(/\s*\r?\n\s*/g, ' ');
  return `${location}  ${style.severity(finding.severity, finding.severity)}  ${style.dim(finding.ruleId)}  ${message}`;
}

interface RenderedTextFile {
  lines: string[];
  checked: boolean;
  counts: Record<Severity, number>;
  score: number | null;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function textFormat(options: CliOptions): OutputFormat<RenderedTextFile> {
  const style = textStyle(options.color);
  return {
    renderFile(report: FileReport): RenderedTextFile {
      const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
      for (const finding of report.findings) counts[finding.severity]++;
      const lines: string[] = [];
      if (options.explain) lines.push(...explainDocument(report, style), '');
      if (!report.result.checked) {
        if (!options.quiet) lines.push(`${style.bold(report.displayPath)}: skipped, not a CV (use --force to check it)`);
      } else {
        for (const finding of report.findings) lines.push(findingLine(report.displayPath, finding, style));
        const job = report.result.job;
        // The match with the job posting, after the file's findings (README "Comparing with a job posting").
        if (job && !options.quiet) {
          lines.push(`${style.bold(report.displayPath)}: job posting ${job.posting.name}: match ${job.score}/100 (required ${job.required.found}/${job.required.total}, preferred ${job.preferred.found}/${job.preferred.total})`);
        }
      }
      return { lines, checked: report.result.checked, counts, score: report.result.score };
    },

    finish(files: RenderedTextFile[], summary: RunSummary): string {
      const out = files.flatMap((file) => file.lines);
      const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
      for (const file of files) for (const severity of Object.keys(totals) as Severity[]) totals[severity] += file.counts[severity];
      const checked = files.filter((file) => file.checked);
      const skipped = files.length - checked.length;

      if (options.quiet) return out.length ? `${out.join('\n')}\n` : '';

      let head = plural(checked.length, 'file checked', 'files checked');
      if (checked.length === 1 && checked[0].score !== null) head += ` (score ${checked[0].score}/100)`;
      const parts = [head];
      if (skipped > 0) parts.push(`${skipped} skipped (not a CV)`);
      if (summary.failures.length > 0) parts.push(`${summary.failures.length} could not be read`);
      const countsText = [
        style.severity('error', plural(totals.error, 'error', 'errors')),
        style.severity('warning', plural(totals.warning, 'warning', 'warnings')),
        style.severity('info', `${totals.info} info`),
      ];
      if (totals.hint > 0) countsText.push(style.severity('hint', plural(totals.hint, 'hint', 'hints')));
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(`${parts.join(', ')}: ${countsText.join(', ')}`);
      return `${out.join('\n')}\n`;
    },
  };
}
