// The document status sent with cvlint/didChangeDocumentStatus and cvlint/documentStatus:
// score, missing sections (with the same insertion the fix makes) and the state of each section.
import type { Finding, Range, Severity } from '../engine/types';
import { sectionSnippet } from '../profiles/templates';
import type { DocumentStatus, MissingSection, SectionState, SectionStatus } from '../shared/protocol';
import type { DocumentCheck } from './checker';
import { sectionKindLabel } from './messages';
import { mainSectionLevel, missingRequiredKinds } from '../engine/model';
import { frontMatterProfileId } from '../engine/analyze';

export function documentStatus(check: DocumentCheck): DocumentStatus {
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const base: DocumentStatus = {
    uri: check.uri,
    version: check.version,
    state: check.state,
    language: check.result?.document.language ?? check.uiLanguage,
    messageLanguage: check.uiLanguage,
    profile: { id: check.settings.profile, label: check.settings.profile, source: 'settings' },
    score: null,
    findingCounts,
    missingSections: [],
    sections: [],
  };
  const result = check.result;
  if (!result) return base;
  const source = frontMatterProfileId(result.document) === result.profile.id ? 'front-matter' : 'settings';
  base.profile = { id: result.profile.id, label: result.profile.label[check.uiLanguage], source };
  if (check.state !== 'checked') return base;

  const { document, profile, findings } = result;
  for (const finding of findings) findingCounts[finding.severity]++;
  base.score = result.score;
  base.job = result.job ? { name: result.job.posting.name, score: result.job.score, required: result.job.required, preferred: result.job.preferred } : null;

  const cvLanguage = document.language;
  const level = mainSectionLevel(document);
  const missingFixes = new Map<string, Finding>();
  for (const finding of findings) {
    if (finding.ruleId === 'missing-section' && typeof finding.messageArgs.kind === 'string') missingFixes.set(finding.messageArgs.kind, finding);
  }
  // Only the headings of a file too large to check were read: nothing is known to be missing.
  base.missingSections = (result.limit ? [] : missingRequiredKinds(document, profile)).flatMap((kind): MissingSection[] => {
    const spec = profile.sections.find((candidate) => candidate.kind === kind);
    if (!spec) return [];
    return [
      {
        kind,
        title: spec.title[cvLanguage],
        description: spec.description[check.uiLanguage],
        insertEdits: missingFixes.get(kind)?.fixes[0]?.edits ?? [],
        snippet: sectionSnippet(spec, cvLanguage, level),
      },
    ];
  });

  const required = new Set(profile.requiredSections);
  base.sections = document.sections.map((section, index): SectionStatus => {
    // Missing sections are about the whole CV, although they point at its first line.
    const inside = findings.filter(
      (finding) => finding.ruleId !== 'missing-section' && withinSection(finding.range, section.range, index, document.sections),
    );
    const atHeading = (ruleId: string): boolean =>
      inside.some((finding) => finding.ruleId === ruleId && finding.range.start.line === section.headingRange.start.line);
    const recognised = section.recognised && section.kind !== 'other';
    let state: SectionState;
    if (!section.recognised) state = 'unrecognised';
    else if (atHeading('empty-section')) state = 'empty';
    else if (atHeading('duplicate-section')) state = 'duplicate';
    else if (inside.length > 0) state = 'findings';
    else state = 'ok';
    return {
      kind: section.kind,
      title: section.title,
      kindLabel: sectionKindLabel(recognised ? section.kind : 'other', check.uiLanguage),
      level: section.level,
      line: section.headingRange.start.line,
      range: section.range,
      headingRange: section.headingRange,
      required: recognised && required.has(section.kind),
      state,
      findingCount: inside.length,
    };
  });
  return base;
}

/** A finding belongs to the innermost section whose lines hold its start. */
function withinSection(range: Range, sectionRange: Range, index: number, sections: readonly { range: Range }[]): boolean {
  const line = range.start.line;
  if (line < sectionRange.start.line || line > sectionRange.end.line) return false;
  for (let next = index + 1; next < sections.length; next++) {
    const inner = sections[next].range;
    if (inner.start.line > sectionRange.end.line) break;
    if (line >= inner.start.line && line <= inner.end.line) return false;
  }
  return true;
}
