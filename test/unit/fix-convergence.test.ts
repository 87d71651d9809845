// Fixes converge: on the example CVs, the fixture CVs, the shared corpus of real CVs and seeded variants, apply the offered fixes one at a
// time in several orders (always the first, always the last, and seeded random picks of a finding and of
// one of its fixes), re-analysing after each, until no fix is offered. Every order must end with the same
// findings; no finding a fix cleared may come back; no line the person wrote may be lost (a line may be
// extended in place, as when a keyword joins "Excel, Word"); and no two `---` may end up back to back.
// The CLI has no --fix, so this is the engine's fixes only: the CLI reports the same fixes (JSON, SARIF).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeCv, type AnalyzeOptions } from '../../server/src/engine/analyze';
import type { Finding, Fix } from '../../server/src/engine/types';
import { applyEdits, documentLines } from '../support/apply-edits';
import { deletedLines } from '../support/fix-checks';
import { generatedCvs, seededRandom } from '../support/generated-cvs';

const repoRoot = path.resolve(__dirname, '../..');
/** A fix walk that has not stopped after this many fixes does not converge. */
const MAX_STEPS = 60;
const RANDOM_ORDERS = 2;
/** Characters above which a CV is walked in fewer orders, to keep the suite quick. */
const LONG_CV = 40_000;

interface Sample {
  name: string;
  fileName: string;
  text: string;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) return markdownFiles(full);
      return name.endsWith('.md') ? [full] : [];
    });
}

/** The project's reference corpus of real CVs (on every developer machine and in CI, see recognition-accuracy). */
const sharedCorpus = path.resolve(repoRoot, process.env.CVLINT_CORPUS ?? path.join('..', 'shared', 'cv-corpus'));

function samples(): Sample[] {
  const folders = [path.join(repoRoot, 'examples'), path.join(repoRoot, 'test/fixtures/cvs'), ...(existsSync(sharedCorpus) ? [sharedCorpus] : [])];
  const files = folders.flatMap((folder) => markdownFiles(folder));
  const fromFiles = files.map((file) => ({ name: path.relative(repoRoot, file), fileName: path.basename(file), text: readFileSync(file, 'utf8') }));
  const generated = generatedCvs(20260311, 10).map((cv) => ({ name: cv.name, fileName: 'cv.md', text: cv.text }));
  return [...fromFiles, ...generated].filter((sample) => analyzeCv(sample.text, { fileName: sample.fileName }).checked);
}

/**
 * What a finding says, for comparing end states: rule and message. Line numbers in messages ("lines 14,
 * 15, 30", "riga 4") are masked: choosing "add all keywords" rather than one keyword writes more lines, so
 * the same placeholder sits lower. For the same reason the CV's measured length (cv-length: pages, words,
 * printed lines) is masked: the finding itself must still be there, or not, in every order.
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'message'>): string {
  const message = finding.ruleId === 'cv-length' ? finding.message.replace(/\d+(?:[.,]\d+)?/g, '#') : finding.message;
  return `${finding.ruleId}: ${message.replace(/\b(lines?|righ[ea]) \d+(?:, \d+)*/g, '$1 #')}`;
}

/** Pairs of `---` lines with only blank lines between them (front matter fences and setext underlines are not rules). */
export function adjacentRules(text: string): number {
  const lines = documentLines(text);
  let start = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (close > 0) start = close + 1;
  }
  let count = 0;
  let previousWasRule = false;
  for (let i = start; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const rule = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(lines[i]) && (i === 0 || lines[i - 1].trim() === '');
    if (rule && previousWasRule) count++;
    previousWasRule = rule;
  }
  return count;
}

type Chooser = (offered: { finding: Finding; fixes: Fix[] }[]) => Fix;

interface Walk {
  /** The findings at the end, as keys, sorted. */
  end: string[];
  applied: { ruleId: string; title: string }[];
  text: string;
}

/** Applies one fix at a time, chosen by `choose`, until none is offered; checks the invariants on the way. */
export function walkFixes(original: string, options: AnalyzeOptions, choose: Chooser, fixable: (fix: Fix) => boolean = () => true): Walk {
  const rulesBefore = adjacentRules(original);
  let text = original;
  let findings = analyzeCv(text, options).findings;
  const applied: Walk['applied'] = [];
  /** Key → most findings with that key allowed from now on (lowered when a fix clears one). */
  const ceiling = new Map<string, number>();
  const count = (list: Finding[], key: string) => list.filter((f) => findingKey(f) === key).length;
  for (let step = 0; ; step++) {
    const offered = findings.map((finding) => ({ finding, fixes: finding.fixes.filter(fixable) })).filter((o) => o.fixes.length > 0);
    if (offered.length === 0) break;
    const trail = () => applied.map((a) => a.title).join(' > ');
    assert.ok(step < MAX_STEPS, `still offering fixes after ${MAX_STEPS}: ${trail()}`);
    const fix = choose(offered);
    const finding = offered.find((o) => o.fixes.includes(fix))!.finding;
    const key = findingKey(finding);
    const before = count(findings, key);
    text = applyEdits(text, fix.edits);
    applied.push({ ruleId: finding.ruleId, title: fix.title });
    findings = analyzeCv(text, options).findings;

    const lost = deletedLines(original, text);
    assert.deepEqual(lost, [], `lines lost after ${trail()}`);
    assert.ok(adjacentRules(text) <= rulesBefore, `two --- back to back after ${trail()}:\n${text}`);
    const after = count(findings, key);
    assert.ok(after < before, `"${fix.title}" did not clear its finding (${key}):\n${text}`);
    ceiling.set(key, after);
    for (const [fixedKey, most] of ceiling) {
      assert.ok(count(findings, fixedKey) <= most, `a fixed finding came back after ${trail()}: ${fixedKey}`);
    }
  }
  return { end: findings.map(findingKey).sort(), applied, text };
}

export function choosers(seed: number): { name: string; choose: Chooser }[] {
  const list: { name: string; choose: Chooser }[] = [
    { name: 'always the first fix', choose: (offered) => offered[0].fixes[0] },
    { name: 'always the last fix', choose: (offered) => offered[offered.length - 1].fixes[offered[offered.length - 1].fixes.length - 1] },
  ];
  for (let i = 0; i < RANDOM_ORDERS; i++) {
    const random = seededRandom(seed * 31 + i);
    list.push({
      name: `random order #${i}`,
      choose: (offered) => {
        const { fixes } = offered[Math.floor(random() * offered.length)];
        return fixes[Math.floor(random() * fixes.length)];
      },
    });
  }
  return list;
}

/** A fix that changes the CV, not how cvlint checks it. */
function changesTheCv(fix: Fix): boolean {
  return !fix.setting;
}

function keepAtTop(sample: Sample): Fix | undefined {
  const findings = analyzeCv(sample.text, { fileName: sample.fileName }).findings;
  return findings.filter((f) => f.ruleId === 'contact-position').flatMap((f) => f.fixes).find((fix) => fix.setting);
}

describe('fixes converge, whatever the order', function () {
  this.timeout(120000);
  const appliedRules = new Set<string>();
  const all = samples();

  it('has CVs to walk: examples, fixtures and generated variants in both languages', () => {
    assert.ok(all.filter((s) => s.name.startsWith('examples/')).length >= 5);
    assert.ok(all.filter((s) => s.name.startsWith('test/fixtures/')).length >= 20);
    assert.ok(all.filter((s) => s.name.startsWith('generated #') && s.name.includes('(it')).length >= 8);
    assert.ok(all.filter((s) => s.name.startsWith('generated #') && s.name.includes('(en')).length >= 8);
  });

  all.forEach((sample, index) => {
    it(`${sample.name}: every order ends with the same findings`, () => {
      const options: AnalyzeOptions = { fileName: sample.fileName };
      // A long CV (one real one is 147 KB, two seconds an analysis) walks in the two fixed orders only.
      const orders = choosers(index + 1).slice(0, sample.text.length > LONG_CV ? 2 : undefined);
      // "Keep contacts at the top for this CV" is a choice about how to check the CV, not a fix of it: the
      // walks below take it first, then fix the rest.
      const walks = orders.map(({ name, choose }) => ({ name, walk: walkFixes(sample.text, options, choose, changesTheCv) }));
      for (const { walk } of walks) for (const { ruleId } of walk.applied) appliedRules.add(ruleId);
      const [first, ...others] = walks;
      for (const other of others) {
        assert.deepEqual(
          other.walk.end,
          first.walk.end,
          `"${other.name}" and "${first.name}" end differently.\n${other.name}: ${other.walk.applied.map((a) => a.title).join(' > ')}\n` +
            `${first.name}: ${first.walk.applied.map((a) => a.title).join(' > ')}`,
        );
      }
    });
  });

  // On a CV whose contacts come first (Europass), take "Keep contacts at the top for this CV", then fix the rest
  // in every order: the same end, contacts still first, and contact-position never back.
  const topContacts = all.filter((sample) => keepAtTop(sample) !== undefined);
  it('has CVs whose contacts come first, in both languages', () => {
    assert.ok(topContacts.some((s) => /\(it|-it\b|_it_/.test(s.name)), topContacts.map((s) => s.name).join(', '));
    assert.ok(topContacts.some((s) => /\(en|-en\b|_en_/.test(s.name)), topContacts.map((s) => s.name).join(', '));
  });
  topContacts.forEach((sample, index) => {
    it(`${sample.name}, contacts kept at the top: every order ends with the same findings`, () => {
      const options: AnalyzeOptions = { fileName: sample.fileName };
      const kept = applyEdits(sample.text, keepAtTop(sample)!.edits);
      const contactFirst = (text: string) => {
        const doc = analyzeCv(text, options).document;
        return doc.contact.position === 'top';
      };
      assert.ok(contactFirst(kept));
      // Three orders (the first, the last, one random): the walks above already cover the rest of the CV.
      const orders = choosers(index + 101).slice(0, sample.text.length > LONG_CV ? 2 : 3);
      const walks = orders.map(({ name, choose }) => ({ name, walk: walkFixes(kept, options, choose, changesTheCv) }));
      for (const { name, walk } of walks) {
        assert.ok(!walk.end.some((key) => key.startsWith('contact-position')), `${name}: ${walk.end.join('\n')}`);
        assert.ok(contactFirst(walk.text), `${name}: contacts no longer first:\n${walk.text}`);
        assert.deepEqual(walk.end, walks[0].walk.end, `"${name}" and "${walks[0].name}" end differently`);
      }
    });
  });

  it('the walks used the fixes of every rule that has them', () => {
    for (const ruleId of ['missing-section', 'empty-section', 'contact-position', 'missing-contact-detail', 'missing-keywords']) {
      assert.ok(appliedRules.has(ruleId), `no ${ruleId} fix was applied: ${[...appliedRules].join(', ')}`);
    }
  });
});
