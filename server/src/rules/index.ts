// The rule registry and the runner: severities, messages in the right language, inline directives.
import type { CvDocument, Finding, InlineDirective, Language, Severity } from '../engine/types';
import type { ContactPlacement, Profile } from '../profiles/types';
import type { Certainty, Rule, RuleContext } from './types';
import { LineIndex } from '../engine/parse';
import { rule as missingSection } from './missing-section';
import { rule as emptySection } from './empty-section';
import { rule as duplicateSection } from './duplicate-section';
import { rule as contactPosition } from './contact-position';
import { rule as missingContactDetail } from './missing-contact-detail';
import { rule as invalidContact } from './invalid-contact';
import { rule as placeholder } from './placeholder';
import { rule as missingKeywords } from './missing-keywords';
import { rule as privacyConsent } from './privacy-consent';
import { rule as languageLevel } from './language-level';
import { rule as dateFormat } from './date-format';
import { rule as dateOrder } from './date-order';
import { rule as personalData } from './personal-data';
import { rule as cvLength } from './cv-length';
import { rule as atsLayout } from './ats-layout';
import { rule as jobRequirementMissing } from './job-requirement-missing';
import type { JobMatch } from '../job/types';

export const allRules: Rule[] = [missingSection, emptySection, duplicateSection, contactPosition, missingContactDetail, invalidContact, placeholder, missingKeywords, privacyConsent, languageLevel, dateFormat, dateOrder, personalData, cvLength, atsLayout, jobRequirementMissing];

export function getRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}

export function renderMessage(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}

export interface RunOptions {
  messageLanguage: Language;
  contactPlacement: ContactPlacement;
  rules?: Record<string, Severity | 'off'>;
  keywordsExtra?: Record<string, string[]>;
  keywordsIgnore?: string[];
  job?: JobMatch | null;
}

/** Rule ids that inline comments turn off at a line. */
function disabledAt(directives: InlineDirective[], line: number, ruleId: string): boolean {
  let disabled = false;
  let nextLineOff = false;
  for (const d of directives) {
    if (d.line > line) break;
    if (d.rules.length > 0 && !d.rules.includes(ruleId)) continue;
    if (d.kind === 'disable-next-line') nextLineOff ||= d.line === line - 1;
    else disabled = d.kind === 'disable';
  }
  return disabled || nextLineOff;
}

const SEVERITY_ORDER: Severity[] = ['hint', 'info', 'warning', 'error'];
const CERTAINTY_CAP: Record<Certainty, Severity> = { sure: 'error', likely: 'warning', unsure: 'info' };

/** The configured severity, lowered to what the rule's certainty allows. */
function cappedSeverity(severity: Severity, certainty: Certainty = 'sure'): Severity {
  const cap = CERTAINTY_CAP[certainty];
  return SEVERITY_ORDER.indexOf(severity) > SEVERITY_ORDER.indexOf(cap) ? cap : severity;
}

/** The document's line ending: that of its first line break. */
function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? (match[0] as '\n' | '\r\n' | '\r') : '\n';
}

/**
 * Rules write "\n"; a fix writes the document's own line ending instead (a Windows CV must not get
 * mixed endings). Where a document mixes them, a break written right after a lone CR, or a CR written
 * right before an LF, would fuse with it into one CRLF and lose a line: that CR gets its own LF.
 */
function fitLineEndings(doc: CvDocument, findings: Finding[]): void {
  const eol = lineEnding(doc.text);
  const index = doc.text.includes('\r') ? new LineIndex(doc.text) : null;
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) {
        let newText = eol === '\n' ? edit.newText : edit.newText.replace(/\r?\n/g, eol);
        if (index && newText) {
          const before = doc.text[index.offsetAt(edit.range.start) - 1];
          const after = doc.text[index.offsetAt(edit.range.end)];
          if (before === '\r' && newText.startsWith('\n')) newText = `\r${newText}`;
          if (after === '\n' && newText.endsWith('\r')) newText = `${newText}\n`;
        }
        edit.newText = newText;
      }
    }
  }
}

export function runRules(doc: CvDocument, profile: Profile, options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of allRules) {
    const configured = options.rules?.[rule.id] ?? profile.severities?.[rule.id];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? rule.defaultSeverity;
    const catalog = rule.messages[options.messageLanguage] ?? rule.messages.en;
    const t = (key: string, args?: Record<string, string | number>) => renderMessage(catalog[key] ?? rule.messages.en[key] ?? key, args);
    const ctx: RuleContext = {
      doc,
      profile,
      contactPlacement: options.contactPlacement,
      messageLanguage: options.messageLanguage,
      keywordsExtra: options.keywordsExtra ?? {},
      keywordsIgnore: options.keywordsIgnore ?? [],
      job: options.job ?? null,
      ruleEnabled: (id) => (options.rules?.[id] ?? profile.severities?.[id]) !== 'off',
      configured: configured !== undefined,
      t,
      report(report) {
        findings.push({
          ruleId: rule.id,
          severity: cappedSeverity(severity, report.certainty),
          message: t(report.messageKey, report.args),
          messageKey: report.messageKey,
          messageArgs: report.args ?? {},
          range: report.range,
          fixes: report.fixes ?? [],
        });
      },
    };
    try {
      rule.check(ctx);
    } catch {
      // A rule bug must not cost the user every other finding; the property tests hunt these.
    }
  }
  const visible = findings.filter((f) => !disabledAt(doc.directives, f.range.start.line, f.ruleId));
  fitLineEndings(doc, visible);
  return visible.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
}
