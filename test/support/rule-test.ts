// Helpers for the tests of one rule through the whole engine: its findings on a CV, compared exactly, and
// its fix applied with a check that nothing the person wrote was lost.
import assert from 'node:assert/strict';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding, Range } from '../../server/src/engine/types';
import { applyEdits, documentLines } from './apply-edits';

/** Lines joined with "\n" and a final line break, so fixtures read top to bottom. */
export function md(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The rule's findings on a text checked as a CV (it must be one). */
export function ruleFindings(text: string, ruleId: string, options: AnalyzeOptions = {}): Finding[] {
  const result = analyzeCv(text, { fileName: 'cv.md', ...options });
  assert.equal(result.checked, true, `not checked as a CV: ${result.document.isCvReason.en}`);
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** What a reader sees of a finding: severity, message and where. */
export interface Seen {
  severity: string;
  message: string;
  range: Range;
  fixes: number;
}

export function seen(findings: Finding[]): Seen[] {
  return findings.map((f) => ({ severity: f.severity, message: f.message, range: f.range, fixes: f.fixes.length }));
}

/** Applies a finding's only fix and checks that every non-blank line the person wrote is still there, in
 *  order (possibly extended in place). */
export function applyOnlyFix(text: string, finding: Finding): string {
  assert.equal(finding.fixes.length, 1, `${finding.ruleId} offers one fix`);
  const fixed = applyEdits(text, finding.fixes[0].edits);
  const originalLines = documentLines(text).filter((l) => l.trim());
  const fixedLines = documentLines(fixed);
  let at = 0;
  for (const l of fixedLines) if (at < originalLines.length && isSubsequence(originalLines[at], l)) at++;
  assert.equal(at, originalLines.length, 'the fix must not delete what the user wrote');
  assert.ok(fixed.length > text.length, 'the fix only inserts');
  return fixed;
}

/** True when `inner`'s characters appear in `outer` in order: `outer` is `inner` with text inserted. */
function isSubsequence(inner: string, outer: string): boolean {
  let at = 0;
  for (let i = 0; i < outer.length && at < inner.length; i++) if (outer[i] === inner[at]) at++;
  return at === inner.length;
}
