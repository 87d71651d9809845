// The one place where engine findings become LSP diagnostics (and where their data comes back).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ANALYSIS_LIMIT_ID } from '../engine/headings-only';
import type { Finding, Fix, Range, Severity } from '../engine/types';

export const DIAGNOSTIC_SOURCE = 'cvlint';
/** The project's home; rule documentation lives in its README under `#rule-<id>` anchors. */
export const REPOSITORY_URL = 'https://github.com/cvlint/cvlint';

export function ruleDocsUrl(ruleId: string): string {
  // Not a rule: the README explains the time budget and the size limit.
  if (ruleId === ANALYSIS_LIMIT_ID) return `${REPOSITORY_URL}#large-files-time-budget-and-size-limit`;
  return `${REPOSITORY_URL}#rule-${ruleId}`;
}

/** Travels in `Diagnostic.data` and comes back with code-action requests. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the fixes were computed for. */
  version: number;
  messageKey: string;
  messageArgs: Record<string, string | number>;
  fixes: Fix[];
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function findingToDiagnostic(finding: Finding, version: number): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    version,
    messageKey: finding.messageKey,
    messageArgs: finding.messageArgs,
    fixes: finding.fixes,
  };
  return {
    range: finding.range,
    severity: severities[finding.severity] ?? DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
}

export function findingsToDiagnostics(findings: readonly Finding[], version: number): Diagnostic[] {
  return findings.map((finding) => findingToDiagnostic(finding, version));
}

/** The data of a cvlint diagnostic sent back by a client, checked (clients may mangle or drop it). */
export function readDiagnosticData(diagnostic: Diagnostic): DiagnosticData | null {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return null;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || typeof data.version !== 'number') return null;
  const fixes = Array.isArray(data.fixes) ? data.fixes.filter(isFix) : [];
  return {
    ruleId: data.ruleId,
    version: data.version,
    messageKey: typeof data.messageKey === 'string' ? data.messageKey : '',
    messageArgs: data.messageArgs && typeof data.messageArgs === 'object' ? data.messageArgs : {},
    fixes,
  };
}

/** Identity of a finding across versions: same rule, message key and arguments. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'messageKey' | 'messageArgs'>): string {
  const args = Object.keys(finding.messageArgs)
    .sort()
    .map((key) => [key, finding.messageArgs[key]]);
  return JSON.stringify([finding.ruleId, finding.messageKey, args]);
}

function isFix(value: unknown): value is Fix {
  const fix = value as Fix;
  return (
    !!fix &&
    typeof fix.title === 'string' &&
    Array.isArray(fix.edits) &&
    fix.edits.every((edit) => edit && typeof edit.newText === 'string' && isRange(edit.range))
  );
}

function isRange(value: unknown): value is Range {
  const range = value as Range;
  return (
    !!range &&
    !!range.start &&
    !!range.end &&
    Number.isInteger(range.start.line) &&
    Number.isInteger(range.start.character) &&
    Number.isInteger(range.end.line) &&
    Number.isInteger(range.end.character)
  );
}
