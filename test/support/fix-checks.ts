// What a fix must keep: its finding's identity (to see it cleared) and every line the person wrote.
// Shared by the fix tests (test/unit/fixes.test.ts) and the fuzzer (test/fuzz/run.ts).
import type { Finding } from '../../server/src/engine/types';
import { documentLines } from './apply-edits';

/**
 * What makes two findings "the same": rule, message key and arguments. Ranges move when text
 * is inserted above, and rendered messages may change language, so neither is part of it.
 */
export function findingIdentity(finding: Pick<Finding, 'ruleId' | 'messageKey' | 'messageArgs'>): string {
  const sortedArgs = Object.keys(finding.messageArgs ?? {})
    .sort()
    .map((key) => [key, finding.messageArgs[key]]);
  return JSON.stringify([finding.ruleId, finding.messageKey, sortedArgs]);
}

export function countWithIdentity(findings: Finding[], identity: string): number {
  return findings.filter((f) => findingIdentity(f) === identity).length;
}

/** True if every character of `needle` appears in `haystack` in order (only insertions separate them). */
export function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) {
    if (haystack[j] === needle[i]) i++;
  }
  return i === needle.length;
}

/**
 * Non-blank lines of `original` that have no counterpart in `result`. Lines may move; each
 * result line is used once. A line matches exactly, or — for a fix that inserts into an
 * existing line (appending keywords to a list line) — when all its characters survive in order.
 */
export function deletedLines(original: string, result: string): string[] {
  const originalLines = documentLines(original).filter((line) => line.trim() !== '');
  const available = new Map<string, number>();
  for (const line of documentLines(result)) available.set(line, (available.get(line) ?? 0) + 1);

  const unmatched: string[] = [];
  for (const line of originalLines) {
    const count = available.get(line) ?? 0;
    if (count > 0) available.set(line, count - 1);
    else unmatched.push(line);
  }

  const missing: string[] = [];
  for (const line of unmatched) {
    const host = [...available.entries()].find(([candidate, count]) => count > 0 && isSubsequence(line, candidate));
    if (host) available.set(host[0], host[1] - 1);
    else missing.push(line);
  }
  return missing;
}

export function describeFinding(finding: Finding): string {
  const args = Object.entries(finding.messageArgs ?? {})
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ');
  return `${finding.ruleId} (${finding.messageKey}${args ? `: ${args}` : ''}) @${finding.range.start.line + 1}`;
}
