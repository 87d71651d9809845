// `--format json`: one object per file, in exactly the documented shape (README "CLI").
import type { AnalysisLimitReason, Range, SectionKind, Severity } from '../engine/types';
import type { FileReport, OutputFormat } from './types';
import type { JobMatch } from '../job/types';

export interface JsonFileReport {
  file: string;
  isCv: boolean;
  language: string;
  /** The language the CV is written in (es, fr, de, pt get English messages). */
  textLanguage: string;
  profile: string;
  score: number | null;
  /** Null when the file was checked in full; else why only its headings were (an `analysis-limit` finding says so too). */
  limit: { reason: AnalysisLimitReason; limit: number; sizeKb: number } | null;
  sections: { kind: SectionKind; title: string; line: number; level: number; pseudo: boolean }[];
  contact: { name: string | null; emails: string[]; phones: string[]; address: string | null; position: string };
  findings: {
    ruleId: string;
    severity: Severity;
    message: string;
    range: Range;
    fixes: { title: string; edits: { range: Range; newText: string }[]; setting?: true }[];
  }[];
  /** Only when the CV was compared with a job posting (`--job`, or `job:` in its front matter). */
  job?: JsonJobReport;
}

export interface JsonJobReport {
  /** The posting, as named on the command line or in the front matter. */
  file: string;
  /** The posting's language. */
  language: string;
  score: number;
  requirements: {
    term: string;
    concept: string | null;
    importance: 'required' | 'preferred';
    found: boolean;
    /** 1-based CV lines that cover it. */
    cvLines: number[];
    /** 1-based line of the posting that asks for it. */
    postingLine: number;
  }[];
}

export function toJsonJobReport(job: JobMatch): JsonJobReport {
  return {
    file: job.posting.name,
    language: job.posting.language,
    score: job.score,
    requirements: job.requirements.map((r) => ({
      term: r.term,
      concept: r.concept,
      importance: r.importance,
      found: r.found,
      cvLines: [...new Set(r.cvRanges.map((range) => range.start.line + 1))],
      postingLine: r.line + 1,
    })),
  };
}

// Copies field by field so engine-internal fields (messageKey, headingRange...) never leak into the format.
const copyRange = (range: Range): Range => ({
  start: { line: range.start.line, character: range.start.character },
  end: { line: range.end.line, character: range.end.character },
});

export function toJsonFileReport(report: FileReport): JsonFileReport {
  const { document, profile, score, limit, job } = report.result;
  const json: JsonFileReport = {
    file: report.displayPath,
    isCv: document.isCv,
    language: document.language,
    textLanguage: document.textLanguage,
    profile: profile.id,
    score,
    limit: limit ? { reason: limit.reason, limit: limit.limit, sizeKb: limit.sizeKb } : null,
    sections: document.sections.map((section) => ({
      kind: section.kind,
      title: section.title,
      line: section.headingRange.start.line + 1,
      level: section.level,
      pseudo: section.pseudo,
    })),
    contact: {
      name: document.contact.name,
      emails: document.contact.emails.map((email) => email.value),
      phones: document.contact.phones.map((phone) => phone.value),
      address: document.contact.address?.value ?? null,
      position: document.contact.position,
    },
    findings: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: copyRange(finding.range),
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ range: copyRange(edit.range), newText: edit.newText })),
        // A fix that sets how cvlint checks the file, not a correction of the CV: not for applying blindly.
        ...(fix.setting ? { setting: true } : {}),
      })),
    })),
  };
  if (job) json.job = toJsonJobReport(job);
  return json;
}

export function jsonFormat(): OutputFormat<JsonFileReport> {
  return {
    renderFile: toJsonFileReport,
    finish: (files) => `${JSON.stringify(files, null, 2)}\n`,
  };
}
