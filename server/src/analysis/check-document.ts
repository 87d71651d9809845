// One document through the engine, the same way in the worker thread and (when no worker can be
// started) on the caller's thread: the gate first, then the size limit, then the full analysis.
import { resolveProfile, type AnalysisResult, type AnalyzeOptions } from '../engine/analyze';
import { IncrementalAnalyzer } from '../engine/incremental';
import { gateCv, outlineScan, splitLines, type CvGate } from '../engine/gate';
import { fileSizeKb, gateRejectedResult, headingsOnlyResult, scanOutline, type ScanOutline } from '../engine/headings-only';

export interface CheckRequest {
  text: string;
  /** `profile` as an id: options cross to the worker thread as plain data. */
  options: AnalyzeOptions & { profile?: string };
  /** Above this many KB only the headings are read. */
  maxFileSizeKb: number;
}

/**
 * The one call into the engine's full analysis. An analyzer with the same signature (an incremental one
 * that keeps each document's previous parse, say) replaces `analyzeCv` here and nowhere else.
 */
export function analyzeDocument(text: string, options: AnalyzeOptions): AnalysisResult {
  return incremental.analyze(text, options);
}

// One analyzer for the thread: edits re-parse only the pieces of a document they touch (engine/incremental.ts).
// Its cache is bounded by characters, shared by every open document, and lost with the worker, which is fine.
const incremental = new IncrementalAnalyzer({ maxCachedChars: 4_000_000 });

/** What the line scan tells about a document: the result itself when it settles the matter (not a CV), else the
 *  gate's answer and the outline of the headings (made when first asked: a check that is not stopped never needs
 *  it), which a caller that has to stop the analysis still has. */
export type DocumentScan = { kind: 'settled'; result: AnalysisResult } | { kind: 'scanned'; gate: CvGate; outline: () => ScanOutline };

export function scanDocument(request: CheckRequest): DocumentScan {
  const { text, options } = request;
  const lines = splitLines(text);
  // A file the user asked to check is never ruled out; the scan then only gives the outline.
  const gate = options.force ? outlineScan(lines) : gateCv(text, { fileName: options.fileName, profile: resolveProfile(options.profile, options.customProfiles) }, lines);
  if (gate.verdict === 'not-a-cv') return { kind: 'settled', result: gateRejectedResult(text, gate, options) };
  let outline: ScanOutline | undefined;
  return { kind: 'scanned', gate, outline: () => (outline ??= scanOutline(text, gate, options)) };
}

/** After the scan: the size limit, then the full analysis. */
export function analyzeScanned(request: CheckRequest, scan: { gate: CvGate; outline: () => ScanOutline }): AnalysisResult {
  const { text, options } = request;
  const sizeKb = fileSizeKb(text);
  if (sizeKb > request.maxFileSizeKb) return headingsOnlyResult(text, scan.gate, scan.outline(), options, { reason: 'size', limit: request.maxFileSizeKb, sizeKb });
  return analyzeDocument(text, options);
}

/** `onScan` receives the gate's answer and the outline of the headings before the full analysis starts,
 *  so that a caller that has to stop the analysis still has them. */
export function checkDocument(request: CheckRequest, onScan?: (gate: CvGate, outline: () => ScanOutline) => void): AnalysisResult {
  const scan = scanDocument(request);
  if (scan.kind === 'settled') return scan.result;
  onScan?.(scan.gate, scan.outline);
  return analyzeScanned(request, scan);
}
