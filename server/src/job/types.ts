// What a job posting asks for, and how a CV answers it: plain data shared by the engine, the rule, the CLI and the
// report. No editor types here.
import type { Language, Range, SectionKind } from '../engine/types';

export type Importance = 'required' | 'preferred';

/** What kind of thing a requirement is (decides where it belongs in a CV and how it is matched). */
export type RequirementKind = 'concept' | 'tool' | 'language' | 'degree' | 'experience-years' | 'certification' | 'term';

/** Why a requirement got its importance: the heading it sits under or the words of its own sentence. */
export interface ImportanceReason {
  by: 'sentence' | 'heading' | 'intro';
  /** The cue as written in the posting ("gradita", "Requirements", "nice to have"). */
  cue: string;
}

export interface PostingRequirement {
  /** As the posting writes it (a concept's term, a tool's name, "Inglese B2", "3+ years of experience"). */
  term: string;
  /** Concept id when the requirement is a known concept (matched across languages), else null. */
  concept: string | null;
  kind: RequirementKind;
  importance: Importance;
  reason: ImportanceReason;
  /** Where the posting says it: zero-based line, and the sentence quoted (markup removed, shortened). */
  line: number;
  range: Range;
  sentence: string;
  /** The CV section kind it belongs in (where a fix adds it). */
  section: SectionKind;
  /** States a fact about the person (a degree, a language, years, a licence): no fix writes it as a skill. */
  factual: boolean;
  /** A product name the CV must write as such (SAP, not any ERP): the profile term that matched. */
  name?: string;
  /** Minimum years, for `experience-years`. */
  years?: number;
}

export interface JobPosting {
  /** File name or label ("clipboard", "selection"), as given. */
  name: string;
  language: Language;
  requirements: PostingRequirement[];
}

export interface RequirementMatch extends PostingRequirement {
  found: boolean;
  /** Where the CV covers it (zero-based ranges). */
  cvRanges: Range[];
  /** The CV mentions it only on a line still waiting for confirmation (`<!-- conferma: … -->`). */
  unconfirmed: boolean;
}

export interface JobMatch {
  posting: { name: string; language: Language };
  /** 0–100: required requirements count twice as much as preferred ones (README "Comparing with a job posting"). */
  score: number;
  required: { found: number; total: number };
  preferred: { found: number; total: number };
  requirements: RequirementMatch[];
}

/** The posting as an analysis option: its text and a name to show. Plain data (crosses to the analysis worker). */
export interface JobPostingSource {
  text: string;
  name: string;
}
