// The worker thread's entry (bundled to dist/analysis-worker.js): checks one document per message and
// answers with the gate's scan first, then the result. The host may terminate it at any moment.
import { parentPort, workerData } from 'node:worker_threads';
import { getProfile, defaultProfileId } from '../profiles/index';
import { wholeCvText } from '../profiles/templates';
import { checkDocument } from './check-document';
import { packScan, toTransferred, type WorkerReply, type WorkerRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker thread only');

// A first analysis fills the engine's lazy tables and warms the JIT, so that a worker started a moment
// ago does not spend the first document's time budget on its own start.
const profile = getProfile(defaultProfileId);
const warmUp = (workerData as { warmUp?: boolean } | null)?.warmUp !== false;
if (profile && warmUp) checkDocument({ text: wholeCvText(profile, 'en'), options: { fileName: 'cv.md' }, maxFileSizeKb: 1024 });
port.postMessage({ id: 0, kind: 'ready' } satisfies WorkerReply);

port.on('message', (request: WorkerRequest) => {
  const reply = (message: WorkerReply): void => port.postMessage(message);
  try {
    const result = checkDocument(request, (gate, outline) => reply({ id: request.id, kind: 'scan', scan: packScan(gate, request.withOutline ? outline() : null) }));
    reply({ id: request.id, kind: 'result', result: toTransferred(result) });
  } catch (error) {
    reply({ id: request.id, kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
