// The engine's entry point: text → CV model → findings. No editor types here.
import type { AnalysisLimit, CvDocument, Finding, Language, Severity } from './types';
import type { ContactPlacement, Profile } from '../profiles/types';
import { buildCvDocument } from './model';
import { computeScore, type KeywordCoverage } from './score';
import { runRules } from '../rules/index';
import { getProfile, defaultProfileId, profileCatalog } from '../profiles/index';
import type { ProfileSource } from '../profiles/resolve';
import { keywordStatus } from './keyword-status';
import { parseInChunks, type DocumentParser } from './chunks';
import { compareWithPosting } from '../job/index';
import type { JobMatch, JobPostingSource } from '../job/types';

export interface AnalyzeOptions {
  /** File name or path; used for CV detection ("cv.md", "curriculum.md"...). */
  fileName?: string | null;
  /** Profile id or object; default `back-office`. A CV's front matter `profile: ID` wins over an id given here. */
  profile?: string | Profile;
  /** The person's own profile files (validated data, profiles/custom-file.ts): their ids can be named in `profile`
   *  and in front matter. Plain data, so that options cross to the analysis worker. */
  customProfiles?: ProfileSource[];
  /** Language of the CV: `auto` (default) detects it; front matter `lang` wins over detection. */
  language?: 'auto' | Language;
  /** Language of messages: `auto` (default) = the CV's language. */
  messageLanguage?: 'auto' | Language;
  /** Check the file even if it does not look like a CV. */
  force?: boolean;
  /** Overrides the profile's contact placement (a `<!-- cvlint-contact-position … -->` in the CV overrides this). */
  contactPlacement?: ContactPlacement;
  /** Rule id → severity or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  /** Extra keywords per keyword group id, and terms never to ask for. */
  keywordsExtra?: Record<string, string[]>;
  keywordsIgnore?: string[];
  /** A job posting to compare the CV with (README "Comparing with a job posting"). */
  jobPosting?: JobPostingSource | null;
}

/** How many of a keyword group's concepts the CV mentions, for the report. */
export interface GroupCoverage {
  id: string;
  label: Record<Language, string>;
  /** Concepts found, as labels in the CV's language. */
  present: string[];
  /** The most important absent ones (at most five), as labels in the CV's language. */
  absent: string[];
  wanted: number;
  total: number;
}

export interface AnalysisResult {
  document: CvDocument;
  profile: Profile;
  /** False when the file is not a CV and `force` was not set: then `findings` is empty. */
  checked: boolean;
  findings: Finding[];
  /** 0–100, see README "Score"; null when not checked. */
  score: number | null;
  /** Language the messages were rendered in. */
  messageLanguage: Language;
  /** Set when the file was too large or too complex to analyse: only its headings were read, and the one
   *  finding says so (engine/headings-only.ts). */
  limit?: AnalysisLimit;
  /** Keyword coverage per group (empty when keywords do not apply or the file was not checked). */
  keywordCoverage?: GroupCoverage[];
  /** The comparison with the job posting, when one was given and the file was checked. */
  job?: JobMatch | null;
}

export function resolveProfile(profile: AnalyzeOptions['profile'], customProfiles?: readonly ProfileSource[]): Profile {
  if (profile && typeof profile === 'object') return profile;
  return profileCatalog(customProfiles).get(profile ?? defaultProfileId) ?? getProfile(defaultProfileId)!;
}

/** The profile id a CV names in its front matter (`profile: bank-back-office`), if any. */
export function frontMatterProfileId(document: CvDocument): string | null {
  const value = document.frontMatter?.data.profile;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The profile the CV asks for in its front matter, when it names one that exists and is not `current`. */
function frontMatterProfile(document: CvDocument, current: Profile, options: AnalyzeOptions): Profile | null {
  const id = frontMatterProfileId(document);
  if (!id || id === current.id) return null;
  return profileCatalog(options.customProfiles).get(id) ?? null;
}

/** Analyse a Markdown CV. Never throws: a failure inside the engine yields an empty, unchecked result. */
export function analyzeCv(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeCvWith(parseInChunks, text, options);
}

/** `analyzeCv` with the way the document is parsed into pieces given (engine/incremental.ts caches pieces). */
export function analyzeCvWith(parseDocument: DocumentParser, text: string, options: AnalyzeOptions = {}): AnalysisResult {
  let profile = resolveProfile(options.profile, options.customProfiles);
  const safeText = typeof text === 'string' ? text : String(text ?? '');
  const modelOptions = { fileName: options.fileName ?? null, language: options.language ?? 'auto' } as const;
  let document = buildCvDocument(safeText, { ...modelOptions, profile }, parseDocument);
  // The CV chose its own profile: read it again with that profile's headings (the parse is cached by the
  // incremental analyzer, so the second pass costs the model only).
  const chosen = frontMatterProfile(document, profile, options);
  if (chosen) {
    profile = chosen;
    document = buildCvDocument(safeText, { ...modelOptions, profile }, parseDocument);
  }
  const messageLanguage: Language = options.messageLanguage && options.messageLanguage !== 'auto' ? options.messageLanguage : document.language;
  const checked = document.isCv || options.force === true;
  if (!checked) return { document, profile, checked, findings: [], score: null, messageLanguage };

  // A placement written in the CV itself wins: the person chose it for this file.
  const contactPlacement = document.contactPositionDirective?.placement ?? options.contactPlacement ?? profile.contact.placement;
  const job = options.jobPosting ? compareWithPosting(document, options.jobPosting) : null;
  const findings = runRules(document, profile, {
    job,
    messageLanguage,
    contactPlacement,
    rules: options.rules,
    keywordsExtra: options.keywordsExtra,
    keywordsIgnore: options.keywordsIgnore,
  });
  // No keyword part for a CV written in a language the keyword lists do not cover.
  const keywordsApply = document.textLanguage === document.language;
  const statuses = !keywordsApply ? [] : keywordStatus(document, profile, { keywordsExtra: options.keywordsExtra, keywordsIgnore: options.keywordsIgnore });
  const coverage: KeywordCoverage = { groups: statuses.map((g) => ({ present: g.present.length, wanted: g.minPresent })) };
  const keywordCoverage: GroupCoverage[] = statuses.map((g) => ({
    id: g.id,
    label: g.label,
    present: g.present.map((c) => c.label[document.language]),
    absent: g.suggestions.slice(0, 5).map((c) => c.label[document.language]),
    wanted: g.minPresent,
    total: g.present.length + g.absent.length,
  }));
  const score = computeScore(document, profile, contactPlacement, coverage);
  return { document, profile, checked, findings, score, messageLanguage, keywordCoverage, job };
}
