// `--format html`: the CV report (the same page as the editor's "Show CV report") as one standalone HTML file.
// With several CVs, one page after the other in one document is not valid HTML: each file's report is its own page,
// separated by a form feed, and one CV (the usual case) is exactly one page.
import { buildCvReport } from '../report/build-report';
import { renderReportHtml } from '../shared/report';
import type { FileReport, OutputFormat } from './types';

export function htmlFormat(): OutputFormat<string> {
  return {
    renderFile: (report: FileReport) => renderReportHtml(buildCvReport(report.result, { title: report.displayPath }), { mode: 'standalone' }),
    finish: (files) => files.join('\f\n'),
  };
}
