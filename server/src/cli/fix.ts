// `cvlint --fix` and `--fix-dry-run`: apply every finding's one safe fix to a file, as "fix all" does in the
// editor, until nothing more is offered. Only fixes that insert text are taken (a move deletes text where
// the section was), and never fixes that write a claim the person did not make (a keyword to pick).
// Kept apart from main.ts, which only calls fixSource.
import { writeFileSync } from 'node:fs';
import type { AnalysisResult } from '../engine/analyze';
import { applyTextEdits, fixAllChoices, insertsOnly } from '../engine/fix-all';
import type { Finding } from '../engine/types';
import type { InputSource } from './inputs';
import type { OutputStream } from './types';

/** Rounds of "check, apply" at most: fixes that wait for another rule's fix need a second round, and a
 *  bug that kept offering fixes must not loop for ever. */
export const MAX_FIX_ROUNDS = 10;

/** Fixes that write something only the person can say (a skill, among several to choose from). */
const CLAIM_RULES = new Set(['missing-keywords']);

export type FixMode = 'write' | 'dry-run';

export interface AppliedFix {
  ruleId: string;
  title: string;
  /** 1-based line of the finding the fix answered, in the text of its round. */
  line: number;
}

export interface FixOutcome {
  text: string;
  applied: AppliedFix[];
  /** True when the last round still offered fixes (the cap was reached). */
  unstable: boolean;
}

/** The findings' fixes `--fix` takes in one round. */
function safeChoices(findings: readonly Finding[]) {
  const candidates = findings.filter((finding) => !CLAIM_RULES.has(finding.ruleId));
  return fixAllChoices(candidates).filter((choice) => insertsOnly(choice.fix));
}

/** Applies safe fixes round after round until the text is stable (or MAX_FIX_ROUNDS). */
export async function fixText(text: string, analyze: (text: string) => Promise<AnalysisResult>): Promise<FixOutcome> {
  const applied: AppliedFix[] = [];
  let current = text;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const result = await analyze(current);
    if (!result.checked || result.limit) return { text: current, applied, unstable: false };
    const choices = safeChoices(result.findings);
    if (choices.length === 0) return { text: current, applied, unstable: false };
    const next = applyTextEdits(
      current,
      choices.flatMap((choice) => choice.fix.edits),
    );
    if (next === current) return { text: current, applied, unstable: false };
    applied.push(...choices.map(({ finding, fix }) => ({ ruleId: finding.ruleId, title: fix.title, line: finding.range.start.line + 1 })));
    current = next;
  }
  return { text: current, applied, unstable: true };
}

/** Fixes one input: writes the file (`write`) or prints a unified diff (`dry-run`), says what changed on
 *  `log`, and returns the text to check and report. */
export async function fixSource(
  source: InputSource,
  text: string,
  mode: FixMode,
  analyze: (text: string) => Promise<AnalysisResult>,
  out: { stdout: OutputStream; log: OutputStream },
): Promise<string> {
  const outcome = await fixText(text, analyze);
  if (outcome.text === text) return text;
  if (mode === 'dry-run' || source.kind === 'stdin') {
    out.stdout.write(unifiedDiff(source.displayPath, text, outcome.text));
    return outcome.text;
  }
  writeFileSync(source.absolutePath, outcome.text, 'utf8');
  const lines = outcome.applied.map((fix) => `  ${fix.ruleId}: ${fix.title} (line ${fix.line})\n`).join('');
  const note = outcome.unstable ? ` (stopped after ${MAX_FIX_ROUNDS} rounds)` : '';
  out.log.write(`cvlint: fixed ${source.displayPath}: ${outcome.applied.length} ${outcome.applied.length === 1 ? 'fix' : 'fixes'}${note}\n${lines}`);
  return outcome.text;
}

// ---------------------------------------------------------------------------------------------
// A unified diff (fixes only insert, so a line diff by longest common subsequence is exact and small)

const CONTEXT = 3;

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function diffOps(a: string[], b: string[]): Op[] {
  // Common head and tail first: a fix changes a few places in a long CV.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: ' ', line: a[i], a: i, b: i });
  if (midA.length * midB.length > 4_000_000) {
    // Too large to align line by line: the middle as removed and added.
    midA.forEach((line, i) => ops.push({ kind: '-', line, a: head + i, b: head }));
    midB.forEach((line, i) => ops.push({ kind: '+', line, a: head + midA.length, b: head + i }));
  } else {
    const lcs: number[][] = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) ops.push({ kind: ' ', line: midA[i++], a: head + i - 1, b: head + j++ });
      else if (j < midB.length && (i >= midA.length || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push({ kind: '+', line: midB[j++], a: head + i, b: head + j - 1 });
      else ops.push({ kind: '-', line: midA[i++], a: head + i - 1, b: head + j });
    }
  }
  for (let k = 0; k < tail; k++) ops.push({ kind: ' ', line: a[a.length - tail + k], a: a.length - tail + k, b: b.length - tail + k });
  return ops;
}

export function unifiedDiff(path: string, before: string, after: string): string {
  const ops = diffOps(splitLines(before), splitLines(after));
  const changed = ops.map((op, i) => (op.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  let out = `--- a/${path}\n+++ b/${path}\n`;
  let k = 0;
  while (k < changed.length) {
    const first = Math.max(0, changed[k] - CONTEXT);
    let last = Math.min(ops.length - 1, changed[k] + CONTEXT);
    while (k + 1 < changed.length && changed[k + 1] - CONTEXT <= last + 1) last = Math.min(ops.length - 1, changed[++k] + CONTEXT);
    k++;
    const hunk = ops.slice(first, last + 1);
    const oldLines = hunk.filter((op) => op.kind !== '+').length;
    const newLines = hunk.filter((op) => op.kind !== '-').length;
    const oldStart = hunk[0].a + (oldLines > 0 ? 1 : 0);
    const newStart = hunk[0].b + (newLines > 0 ? 1 : 0);
    out += `@@ -${oldStart},${oldLines} +${newStart},${newLines} @@\n`;
    out += hunk.map((op) => `${op.kind}${op.line}\n`).join('');
  }
  return out;
}
