// What a rule is: metadata next to a check that only reports plain data.
import type { CvDocument, Fix, Language, Range, Severity } from '../engine/types';
import type { ContactPlacement, Localized, Profile } from '../profiles/types';
import type { JobMatch } from '../job/types';

export type MessageCatalog = Localized<Record<string, string>>;

export interface RuleReport {
  messageKey: string;
  args?: Record<string, string | number>;
  range: Range;
  fixes?: Fix[];
  /** How sure the rule is. 'likely' reports at most a warning, 'unsure' at most info, whatever the
   *  configured severity: an error only when the engine is sure. Default 'sure'. */
  certainty?: Certainty;
}

export type Certainty = 'sure' | 'likely' | 'unsure';

export interface RuleContext {
  doc: CvDocument;
  profile: Profile;
  /** Where contact details belong (profile default, overridable by options). */
  contactPlacement: ContactPlacement;
  /** Language of messages and fix titles. */
  messageLanguage: Language;
  /** Renders one of this rule's messages in the message language. */
  t(key: string, args?: Record<string, string | number>): string;
  report(report: RuleReport): void;
  /** Whether another rule runs (not turned off): a fix may leave a change to that rule's own fix. */
  ruleEnabled(ruleId: string): boolean;
  /** Whether the settings or the profile name this rule's severity: a rule that is off for some CVs by
   *  default (privacy-consent on English CVs) runs on them when someone asked for it. */
  configured: boolean;
  /** Extra keywords (concept terms) added by the user, and terms to ignore. */
  keywordsExtra: Record<string, string[]>;
  keywordsIgnore: string[];
  /** The CV compared with a job posting, when one was given (job/match.ts). */
  job: JobMatch | null;
}

export interface Rule {
  id: string;
  description: Localized;
  defaultSeverity: Severity;
  /** Whether the rule offers a fix (README table). */
  fixable: boolean;
  /** Profile data the rule reads, for documentation. */
  reads: string[];
  messages: MessageCatalog;
  check(ctx: RuleContext): void;
}
