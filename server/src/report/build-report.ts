// Builds the CV report's data (shared/report.ts) from an analysis: for the language server's cvlint/report and for
// `cvlint --format html`. The renderer gets plain data only.
import type { AnalysisResult } from '../engine/analyze';
import type { Language, Severity } from '../engine/types';
import type { CvReport } from '../shared/report';

export function buildCvReport(result: AnalysisResult, options: { title: string; language?: Language; postingUri?: string | null }): CvReport {
  const language = options.language ?? result.messageLanguage;
  const { document, profile } = result;
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of result.findings) findingCounts[finding.severity]++;
  const checked = result.checked && result.score !== null;
  const sections = profile.sections
    .filter((spec) => spec.kind !== 'other')
    .map((spec) => {
      const section = document.sections.find((s) => s.recognised && (s.kind === spec.kind || (s.kind !== 'contact' && (s.covers ?? []).includes(spec.kind))));
      const contactFound = spec.kind === 'contact' && (document.contact.emails.length > 0 || document.contact.phones.length > 0);
      return {
        title: spec.title[document.language],
        required: profile.requiredSections.includes(spec.kind),
        present: section !== undefined || contactFound,
        line: section ? section.headingRange.start.line : null,
      };
    });
  const job = result.job;
  return {
    title: options.title,
    language,
    score: checked ? result.score : null,
    profile: profile.label[language],
    findingCounts,
    sections,
    groups: (result.keywordCoverage ?? []).map((group) => ({
      id: group.id,
      label: group.label[language],
      present: group.present,
      absent: group.absent,
      wanted: group.wanted,
      total: group.total,
    })),
    job: job
      ? {
          name: job.posting.name,
          language: job.posting.language,
          score: job.score,
          required: job.required,
          preferred: job.preferred,
          postingUri: options.postingUri ?? null,
          requirements: job.requirements.map((r) => ({
            term: r.term,
            concept: r.concept,
            importance: r.importance,
            found: r.found,
            unconfirmed: r.unconfirmed,
            cvLine: r.cvRanges[0]?.start.line ?? null,
            postingLine: r.line,
            sentence: r.sentence,
          })),
        }
      : null,
  };
}
