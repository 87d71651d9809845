// Results built from the gate's line scan instead of a full analysis: for a file the gate rules out
// ("not a CV", at the cost of one pass), and for a file too large or too complex to analyse, which gets
// its outline and one information finding in plain words instead of findings the engine cannot stand by.
import type { AnalysisLimit, CvDocument, Finding, Language, Section, TextLanguage, TextSpan } from './types';
import type { MessageCatalog } from '../rules/types';
import { resolveProfile, type AnalysisResult, type AnalyzeOptions } from './analyze';
import { emptyContact } from './contact';
import type { CvGate } from './gate';
import { detectLanguage } from './language';
import { sectionsFromScannedHeadings } from './model';
import { LineIndex } from './parse';

/** The id the finding about an incomplete check carries (not a rule: it cannot be turned off). */
export const ANALYSIS_LIMIT_ID = 'analysis-limit';

const messages: MessageCatalog = {
  en: {
    size: 'This file is too large to check fully: only its headings were checked (it is {sizeKb} KB, the limit is {limit} KB).',
    time: 'This file is too large or too complex to check fully: only its headings were checked (checking it took longer than the {limit} ms allowed).',
    memory: 'This file is too large or too complex to check fully: only its headings were checked (checking it needed more than the {limit} MB of memory allowed).',
    crash: 'This file could not be checked fully: only its headings were checked (the check stopped unexpectedly).',
  },
  it: {
    size: 'Questo file è troppo grande per un controllo completo: sono stati controllati solo i titoli (pesa {sizeKb} KB, il limite è {limit} KB).',
    time: 'Questo file è troppo grande o troppo complesso per un controllo completo: sono stati controllati solo i titoli (il controllo ha superato i {limit} ms concessi).',
    memory: 'Questo file è troppo grande o troppo complesso per un controllo completo: sono stati controllati solo i titoli (il controllo richiedeva più dei {limit} MB di memoria concessi).',
    crash: 'Questo file non è stato controllato completamente: sono stati controllati solo i titoli (il controllo si è interrotto inaspettatamente).',
  },
};

/** The message about an incomplete check, in `language`. */
export function analysisLimitMessage(limit: AnalysisLimit, language: Language): string {
  const args: Record<string, number> = { limit: limit.limit, sizeKb: limit.sizeKb };
  return messages[language][limit.reason].replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** The file is larger than `KB` kilobytes of UTF-8. */
export function fileSizeKb(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
}

/** What the scanned headings say: the sections they make and the language they are written in. */
export interface ScanOutline {
  sections: Section[];
  language: Language;
  textLanguage: TextLanguage;
  languageSource: CvDocument['languageSource'];
}

/** The outline from the gate's headings. Costs a classification per heading: the worker computes it
 *  with the scan, so that the thread answering the editor only puts the result together. */
export function scanOutline(text: string, gate: CvGate, options: AnalyzeOptions): ScanOutline {
  const sections = sectionsFromScannedHeadings(gate.headings, new LineIndex(text), resolveProfile(options.profile, options.customProfiles));
  // The headings are all the text read: they decide the language.
  const titles: TextSpan[] = sections.map((section) => ({ text: section.title, line: section.headingRange.start.line, character: 0, sectionIndex: -1 }));
  return { sections, ...detectLanguage(titles, gate.frontMatter?.data ?? {}, options.language ?? 'auto') };
}

/** An outline with no headings, for a file whose scan never finished. */
export function emptyOutline(options: AnalyzeOptions): ScanOutline {
  return { sections: [], ...detectLanguage([], {}, options.language ?? 'auto') };
}

/** A file the gate ruled out: its outline from the scan, not checked (as analyzeCv answers for a non-CV). */
export function gateRejectedResult(text: string, gate: CvGate, options: AnalyzeOptions = {}): AnalysisResult {
  const { document, profile, messageLanguage } = documentFromScan(text, gate, scanOutline(text, gate, options), options, false);
  return { document, profile, checked: false, findings: [], score: null, messageLanguage };
}

/** A file too large or too complex to analyse: its outline, and one information finding that says so. */
export function headingsOnlyResult(text: string, gate: CvGate, outline: ScanOutline, options: AnalyzeOptions, limit: AnalysisLimit): AnalysisResult {
  const { document, profile, messageLanguage } = documentFromScan(text, gate, outline, options, gate.verdict === 'cv');
  const firstLine = document.lines[0] ?? '';
  const finding: Finding = {
    ruleId: ANALYSIS_LIMIT_ID,
    severity: 'info',
    message: analysisLimitMessage(limit, messageLanguage),
    messageKey: limit.reason,
    messageArgs: { limit: limit.limit, sizeKb: limit.sizeKb },
    // The first line, but not all of a 2 MB one-line file.
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(firstLine.length, 200) } },
    fixes: [],
  };
  return { document, profile, checked: true, findings: [finding], score: null, messageLanguage, limit };
}

function documentFromScan(
  text: string,
  gate: CvGate,
  outline: ScanOutline,
  options: AnalyzeOptions,
  isCv: boolean,
): { document: CvDocument; profile: AnalysisResult['profile']; messageLanguage: Language } {
  const profile = resolveProfile(options.profile, options.customProfiles);
  const { sections, language, textLanguage, languageSource } = outline;
  const document: CvDocument = {
    text,
    lines: new LineIndex(text).lines,
    fileName: options.fileName ?? null,
    frontMatter: gate.frontMatter,
    language,
    textLanguage,
    languageSource,
    sections,
    contact: emptyContact(sections),
    spans: [],
    directives: [],
    contactPositionDirective: null,
    evidence: [],
    opaqueBlocks: [],
    templated: false,
    isCv,
    isCvReason: gate.reason,
  };
  const messageLanguage: Language = options.messageLanguage && options.messageLanguage !== 'auto' ? options.messageLanguage : language;
  return { document, profile, messageLanguage };
}
