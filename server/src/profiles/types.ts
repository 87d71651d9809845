// The shape of a role profile. Profiles are data: adding a role means adding a file, not code.
import type { Language, SectionKind, Severity } from '../engine/types';

export type Localized<T = string> = Record<Language, T>;

export type ContactPlacement = 'end' | 'start' | 'any';
export type ContactDetail = 'name' | 'email' | 'phone' | 'address';

export interface SectionSpec {
  kind: SectionKind;
  /** Heading used when the section is inserted (fixes, snippets, completion). */
  title: Localized;
  /** What the profile expects there (hover, README). */
  description: Localized;
  /** Body inserted under the heading. `${n:placeholder}` tab stops are allowed;
   *  fixes strip them to the placeholder text. */
  template: Localized;
}

export interface KeywordConcept {
  /** Stable id, e.g. `invoicing`. */
  id: string;
  /** Surface forms per language; the first one is the label shown and inserted. */
  terms: Localized<string[]>;
  /** Contexts where a term of the concept means something else ("organizzato dall'Istituto" is "organised by",
   *  "lavoratore autonomo" is self-employed): tested on the lower-cased text right before or after the match. */
  otherSense?: { before?: RegExp; after?: RegExp };
  /** Where the terms come from (ESCO, the founding brief, job postings…). */
  sources?: string[];
}

export interface KeywordGroup {
  id: string;
  label: Localized;
  /** The section where keywords of this group belong (the fix appends there). */
  section: SectionKind;
  /** At least this many concepts of the group should be present. */
  minPresent: number;
  /** Its keywords state facts about the person (a degree, a language spoken): suggest them, but a fix
   *  must not write them into the CV for the user. */
  factual?: boolean;
  concepts: KeywordConcept[];
  /** Where the group's terms come from, when not noted per concept. */
  sources?: string[];
}

/** Why the profile's sections and keywords matter for the role (hover, README), in Italian and English. */
export interface ProfileGuidance {
  /** Per section kind: one sentence on why the role needs it. */
  sections?: Partial<Record<SectionKind, Localized>>;
  /** Per keyword group id: one sentence on why the role looks for those words. */
  keywordGroups?: Record<string, Localized>;
  /** The role in short: the career paths and the pay range, and where they come from. */
  role?: {
    careers?: Localized;
    pay?: Localized;
    /** Where the role summary comes from, named as the project's reference material names it. */
    source?: string;
  };
}

export interface Profile {
  id: string;
  label: Localized;
  /** One or two sentences on the role (`cvlint --list-profiles`, the profile picker). */
  description: Localized;
  /** The profile this one was built on (`extends` in its data file), if any. */
  extends?: string;
  /** Where the profile's terms come from, when not noted per group or concept. */
  sources?: string[];
  /** Required sections, in the order the profile wants them. */
  requiredSections: SectionKind[];
  /** Every section kind the profile knows how to write (templates). */
  sections: SectionSpec[];
  /** Heading synonyms per kind; matched insensitive to case, accents and decoration.
   *  `other` lists languages beyond it/en (es, pt, fr, de) seen in real CVs, used only for recognition. */
  synonyms: Record<SectionKind, Localized<string[]> & { other?: string[] }>;
  contact: {
    required: ContactDetail[];
    placement: ContactPlacement;
  };
  keywordGroups: KeywordGroup[];
  /** The longest CV the role wants, in A4 pages (cv-length); none = not checked. */
  maxPages?: number;
  /** Severity overrides for this profile (rule id → severity, or 'off' for a rule the role does not want,
   *  such as personal-data for a role that asks for a date of birth). */
  severities?: Record<string, Severity | 'off'>;
  /** Why its sections and keywords matter for the role; none = no guidance (generic). */
  guidance?: ProfileGuidance;
}

// ---------------------------------------------------------------------------------------------
// Profile files: what a profile's JSON data file holds (schemas/profile.schema.json). A file with
// `extends` names only what it adds or changes; profiles/resolve.ts merges it over its parent.

export interface ConceptData {
  id: string;
  terms: Partial<Localized<string[]>>;
  /** Regular expressions (JavaScript syntax, no slashes), tested on the lower-cased text before/after a match. */
  otherSense?: { before?: string; after?: string };
  sources?: string[];
}

export interface KeywordGroupData {
  id: string;
  label?: Localized;
  section?: SectionKind;
  minPresent?: number;
  factual?: boolean;
  /** Concepts added (new id) or replaced (an id the parent group has). */
  concepts?: ConceptData[];
  /** Concept ids of the parent group this profile does not want. */
  removeConcepts?: string[];
  sources?: string[];
}

export interface SectionData {
  kind: SectionKind;
  title?: Localized;
  description?: Localized;
  template?: Localized;
}

export interface ProfileData {
  $schema?: string;
  id: string;
  extends?: string;
  label: Localized;
  description: Localized;
  sources?: string[];
  /** Replaces the parent's list. */
  requiredSections?: SectionKind[];
  /** Merged by kind, field by field. */
  sections?: SectionData[];
  /** Added to the parent's synonyms of each kind. */
  synonyms?: Partial<Record<SectionKind, { it?: string[]; en?: string[]; other?: string[] }>>;
  contact?: { required?: ContactDetail[]; placement?: ContactPlacement };
  /** Merged by id: a known id changes that group, a new id adds one. */
  keywordGroups?: KeywordGroupData[];
  /** Group ids of the parent this profile does not want. */
  removeKeywordGroups?: string[];
  maxPages?: number;
  severities?: Record<string, Severity | 'off'>;
  /** Merged key by key over the parent's: per section kind, per keyword group id, per role field. */
  guidance?: ProfileGuidance;
}
