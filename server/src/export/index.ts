// Export of a Markdown CV to PDF, Word (.docx) or plain text: Markdown → the document model (document.ts) → one
// writer per format. Pure: text in, bytes out; the CLI and the language server write the bytes.
import { analyzeCv, type AnalysisResult } from '../engine/analyze';
import type { CvDocument } from '../engine/types';
import { buildExportDocument, type ExportDocument } from './document';
import { writeDocx } from './docx';
import { writePdf, type PaperSize } from './pdf';
import { writeText } from './text';

export type ExportFormat = 'pdf' | 'docx' | 'txt';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'txt'];
export type { PaperSize } from './pdf';
export type { ExportDocument } from './document';

export interface ExportOptions {
  format: ExportFormat;
  /** Default A4. */
  paper?: PaperSize;
  /** The engine's reading of the CV, when the caller has it (the server's last check); else it is analysed here. */
  cv?: CvDocument;
  fileName?: string | null;
  creationDate?: Date;
}

export interface ExportResult {
  bytes: Uint8Array;
  document: ExportDocument;
}

export function exportModel(text: string, cv?: CvDocument, fileName?: string | null): ExportDocument {
  const reading = cv ?? analyzeCv(text, { fileName: fileName ?? null, force: true }).document;
  return buildExportDocument(text, reading);
}

export async function exportCv(text: string, options: ExportOptions): Promise<ExportResult> {
  const document = exportModel(text, options.cv, options.fileName);
  const paper = options.paper ?? 'A4';
  switch (options.format) {
    case 'pdf':
      return { document, bytes: await writePdf(document, { paper, creationDate: options.creationDate }) };
    case 'docx':
      return { document, bytes: await writeDocx(document, { paper }) };
    case 'txt':
      return { document, bytes: new TextEncoder().encode(writeText(document)) };
  }
}

/** The number of error findings in an analysis: the export warns first when there are any. */
export function errorCount(result: Pick<AnalysisResult, 'findings'>): number {
  return result.findings.filter((finding) => finding.severity === 'error').length;
}

/** A file name for the export, from the CV's: `cv.md` → `cv.pdf`. */
export function exportFileName(sourceName: string, format: ExportFormat): string {
  const base = sourceName.replace(/\.(?:md|markdown|mdown|mkd|txt)$/i, '');
  return `${base}.${format}`;
}
