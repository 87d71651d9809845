// Messages between the analysis worker thread and its host. Everything here crosses threads by
// structured clone: plain data only.
//
// A keystroke in a long CV sends a whole new result, and copying its thousands of small objects between threads
// cost more than analysing the edit. So the bulky parts travel packed (v8.serialize, the structured clone's own
// format, so nothing changes on the way) and are unpacked on the host only when read; a part packed to the same
// bytes as in the document's previous result is that result's part (packs.ts keeps them). The lines are the
// text split again, on the host, when read.
import { deserialize, serialize } from 'node:v8';
import type { AnalysisResult } from '../engine/analyze';
import type { CvDocument } from '../engine/types';
import type { CvGate } from '../engine/gate';
import type { ScanOutline } from '../engine/headings-only';
import type { CheckRequest } from './check-document';

export interface WorkerRequest extends CheckRequest {
  id: number;
  /** Send the outline with the scan. Without it the host makes the outline from the gate's headings, on its own
   *  thread, if the check is stopped: the host asks for it only for documents whose check may be stopped. */
  withOutline: boolean;
}

/** The document's parts that travel packed. */
export const PACKED_FIELDS = ['sections', 'evidence', 'spans', 'directives', 'opaqueBlocks'] as const;
export type PackedField = (typeof PACKED_FIELDS)[number];
export type Packed = Record<PackedField, Uint8Array>;

/** A result as it crosses back: the host puts back the text it sent, its own profile object, the lines and the
 *  packed parts. */
export type TransferredResult = Omit<AnalysisResult, 'profile' | 'document'> & {
  profileId: string;
  document: Omit<CvDocument, 'text' | 'lines' | PackedField> & { packed: Packed };
};

export type WorkerReply =
  /** The worker has loaded and warmed up: time budgets start counting from here, not from its start. */
  | { id: 0; kind: 'ready' }
  /** The gate's answer and the outline of the headings if asked ({gate, outline}, packed: unpacked only if the
   *  analysis is stopped), sent before the full analysis starts. */
  | { id: number; kind: 'scan'; scan: Uint8Array }
  | { id: number; kind: 'result'; result: TransferredResult }
  /** The engine threw (it promises not to): the host says so and treats the document as unchecked. */
  | { id: number; kind: 'error'; message: string };

export function pack(value: unknown): Uint8Array {
  return serialize(value);
}

export function unpack<T>(bytes: Uint8Array): T {
  return deserialize(bytes) as T;
}

export function packScan(gate: CvGate, outline: ScanOutline | null): Uint8Array {
  return pack({ gate, outline });
}

export function unpackScan(bytes: Uint8Array): { gate: CvGate; outline: ScanOutline | null } {
  return unpack(bytes);
}

export function toTransferred(result: AnalysisResult): TransferredResult {
  const { profile, document, ...rest } = result;
  const { text: _text, lines: _lines, sections, evidence, spans, directives, opaqueBlocks, ...fields } = document;
  const packed: Packed = { sections: pack(sections), evidence: pack(evidence), spans: pack(spans), directives: pack(directives), opaqueBlocks: pack(opaqueBlocks) };
  return { ...rest, profileId: profile.id, document: { ...fields, packed } };
}

/** Where a packed part's value comes from: unpacked on first read, and shared by the results that packed it alike. */
export interface PackedPart {
  bytes: Uint8Array;
  read(): unknown;
}

export function packedPart(bytes: Uint8Array): PackedPart {
  let value: { is: unknown } | null = null;
  return {
    bytes,
    read() {
      value ??= { is: unpack(bytes) };
      return value.is;
    },
  };
}

/** The result a host hands on; `parts` gives each packed part's source (the previous result's when the bytes are the same). */
export function fromTransferred(
  transferred: TransferredResult,
  text: string,
  profile: AnalysisResult['profile'],
  parts: (field: PackedField, bytes: Uint8Array) => PackedPart = (_field, bytes) => packedPart(bytes),
): AnalysisResult {
  const { profileId: _profileId, document, ...rest } = transferred;
  const { packed, ...fields } = document;
  const full = { ...fields, text } as CvDocument;
  // The lines LineIndex (engine/parse.ts) makes: split at \r\n, \r and \n.
  lazyProperty(full, 'lines', () => text.split(/\r\n|\r|\n/));
  for (const field of PACKED_FIELDS) {
    const part = parts(field, packed[field]);
    lazyProperty(full, field, () => part.read() as CvDocument[typeof field]);
  }
  return { ...rest, profile, document: full };
}

/** An enumerable property computed on first read, then an ordinary one. */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(): T[K] {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: T[K]): void {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** Whether two packed parts hold the same bytes. */
export function samePacked(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
