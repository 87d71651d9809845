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
}

export interface Profile {
  id: string;
  label: Localized;
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
}
