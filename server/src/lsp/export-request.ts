// `cvlint/exportCv`: exports an open CV with the text the editor shows, from the document's latest check (its
// name, sections and error findings); the writers (dist/export.js) load on the first export.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type * as ExportModule from '../export/index';
import type { ExportCvParams, ExportCvResult } from '../shared/protocol';
import type { DocumentCheck } from './checker';

const FORMATS = new Set(['pdf', 'docx', 'txt']);

let loadedExport: typeof ExportModule | undefined;
function exportModule(): typeof ExportModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point
  loadedExport ??= require('../export/index') as typeof ExportModule;
  return loadedExport;
}

export type CheckForRequest = (uri: string) => Promise<{ document: TextDocument; check: DocumentCheck | null } | null>;

export function exportRequestHandler(checkForRequest: CheckForRequest): (params: ExportCvParams) => Promise<ExportCvResult | null> {
  return async (params) => {
    if (!params || typeof params.uri !== 'string' || !FORMATS.has(params.format)) return null;
    const current = await checkForRequest(params.uri);
    if (!current) return null;
    const text = current.document.getText();
    const result = current.check?.result ?? null;
    // The check's reading of the CV serves only if it read this very text (a slow check may answer for an older one).
    const cv = result && result.document.text === text ? result.document : undefined;
    const baseName = decodeURIComponent(params.uri.replace(/[?#].*$/, '').split('/').pop() || 'cv.md');
    const { exportCv, exportFileName, errorCount } = exportModule();
    const exported = await exportCv(text, { format: params.format, paper: params.paper === 'Letter' ? 'Letter' : 'A4', cv, fileName: baseName });
    return {
      data: Buffer.from(exported.bytes).toString('base64'),
      errorCount: result && current.check?.state === 'checked' ? errorCount(result) : 0,
      name: exported.document.name,
      fileName: exportFileName(baseName, params.format),
    };
  };
}
