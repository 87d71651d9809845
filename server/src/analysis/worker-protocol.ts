// Messages between the analysis worker thread and its host. Everything here crosses threads by
// structured clone: plain data only.
import type { AnalysisResult } from '../engine/analyze';
import type { CvGate } from '../engine/gate';
import type { ScanOutline } from '../engine/headings-only';
import type { CheckRequest } from './check-document';

export interface WorkerRequest extends CheckRequest {
  id: number;
}

/** A result as it crosses back: the host puts back the text it sent and its own profile object. */
export type TransferredResult = Omit<AnalysisResult, 'profile' | 'document'> & {
  profileId: string;
  document: Omit<AnalysisResult['document'], 'text'>;
};

export type WorkerReply =
  /** The worker has loaded and warmed up: time budgets start counting from here, not from its start. */
  | { id: 0; kind: 'ready' }
  /** The gate's answer and the outline of the headings, sent before the full analysis starts. */
  | { id: number; kind: 'scan'; gate: CvGate; outline: ScanOutline }
  | { id: number; kind: 'result'; result: TransferredResult }
  /** The engine threw (it promises not to): the host says so and treats the document as unchecked. */
  | { id: number; kind: 'error'; message: string };

export function toTransferred(result: AnalysisResult): TransferredResult {
  const { profile, document, ...rest } = result;
  const { text: _text, ...documentWithoutText } = document;
  return { ...rest, profileId: profile.id, document: documentWithoutText };
}
