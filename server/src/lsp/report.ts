// The CV report a document's check gives (cvlint/report): the same data `cvlint --format html` renders.
import { buildCvReport } from '../report/build-report';
import type { CvReport } from '../shared/report';
import type { DocumentCheck } from './checker';

export function cvReport(check: DocumentCheck): CvReport | null {
  if (!check.result) return null;
  const title = decodeURIComponent(check.uri.split('/').pop() ?? check.uri);
  return buildCvReport(check.result, { title, language: check.uiLanguage, postingUri: check.posting?.uri ?? null });
}
