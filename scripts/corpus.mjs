// Runs the built CLI (dist/cli.js) over every Markdown file in a folder and prints, per file,
// whether it is a CV, its language, the section kinds recognised and the number of findings.
// Each file runs in its own process, so a crash, a hang or a runaway recursion is caught and named.
//
//   npm run corpus -- <folder> [--details] [--labels a.json,b.json]
//
// --labels reads answer keys kept outside the folder (test/real-cvs/labels-*.json for CVs that cannot be
// committed); entries are matched by file name. Labels with `expectedMissing` also judge missing-section.
//
// Exit 1 if any file crashed (or could not be read), or if a file that the folder's labels.json marks as not a CV got findings
// (without --force). When labels.json is there, also prints how many headings got the labelled kind.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cliPath = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const PER_FILE_TIMEOUT_MS = 60_000;

const args = process.argv.slice(2);
const details = args.includes('--details');
const labelsIndex = args.indexOf('--labels');
const extraLabelFiles = labelsIndex >= 0 ? (args[labelsIndex + 1] ?? '').split(',').filter(Boolean) : [];
const folderArgs = args.filter((arg, i) => arg !== '--details' && (labelsIndex < 0 || (i !== labelsIndex && i !== labelsIndex + 1)));
if (folderArgs.length !== 1) {
  console.error('usage: npm run corpus -- <folder> [--details]');
  process.exit(2);
}
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), folderArgs[0]);
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`corpus: ${folderArgs[0]}: not a folder`);
  process.exit(2);
}
if (!existsSync(cliPath)) {
  console.error('corpus: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}

const files = readdirSync(folder)
  .filter((name) => /\.(md|markdown)$/i.test(name))
  .sort();
if (files.length === 0) {
  console.error(`corpus: ${folderArgs[0]}: no .md or .markdown files`);
  process.exit(2);
}

/** labels.json: [{ file, isCv, sections: [{ line (1-based), title, kind }] }], optional. */
function readLabels() {
  const labelPaths = [path.join(folder, 'labels.json'), ...extraLabelFiles.map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file))];
  const all = new Map();
  for (const labelsPath of labelPaths) {
    if (!existsSync(labelsPath)) continue;
    try {
      const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
      for (const label of labels) all.set(label.file, label);
    } catch (error) {
      console.error(`corpus: ${labelsPath}: cannot read it (${error.message}); going on without it`);
    }
  }
  return all;
}

// Section titles the missing-section messages use, both languages (profile back-office).
const MISSING_TITLES = [
  ['Esperienza professionale', 'experience'], ['Work experience', 'experience'],
  ['Istruzione e formazione', 'education'], ['Education and training', 'education'],
  ['Competenze tecniche', 'technical-skills'], ['Technical skills', 'technical-skills'],
  ['Competenze linguistiche', 'language-skills'], ['Language skills', 'language-skills'],
  ['Competenze personali', 'personal-skills'], ['Personal skills', 'personal-skills'],
  ['Contatti', 'contact'], ['Contact information', 'contact'],
];
function missingKindOf(message) {
  return MISSING_TITLES.find(([title]) => message.includes(`«${title}»`) || message.includes(`"${title}"`))?.[1] ?? null;
}

// Where each labelled real CV came from (test/real-cvs/SOURCES*.tsv): the engine sees the file under its
// original name, as the editor would ("README.md" is never a CV, "CV_ITA.md" says it is one).
const sourcesFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'real-cvs');
const originalNames = new Map();
for (const name of existsSync(sourcesFolder) ? readdirSync(sourcesFolder) : []) {
  if (!/^SOURCES.*\.tsv$/.test(name)) continue;
  const [header, ...rows] = readFileSync(path.join(sourcesFolder, name), 'utf8').split('\n');
  const columns = header.split('\t');
  const fileColumn = columns.indexOf('file');
  const pathColumn = columns.indexOf('path');
  const repoColumn = columns.indexOf('repo');
  if (fileColumn < 0 || pathColumn < 0) continue;
  for (const row of rows) {
    const cells = row.split('\t');
    // The clone's folder is named after the repository, as on a person's disk.
    if (cells[fileColumn] && cells[pathColumn]) originalNames.set(cells[fileColumn], [cells[repoColumn]?.split('/').pop(), cells[pathColumn]].filter(Boolean).join('/'));
  }
}

/** Runs the CLI on one file; returns the parsed report or why it crashed. */
function checkFile(file, extraArgs) {
  const original = originalNames.get(file);
  const input = original ? ['--stdin-filename', original, '-'] : [file];
  // Accuracy, not speed, is measured here: a busy machine must not turn a big CV into a headings-only result.
  const run = spawnSync(process.execPath, [cliPath, '--format', 'json', '--time-budget', String(PER_FILE_TIMEOUT_MS - 5_000), ...extraArgs, ...input], {
    cwd: folder,
    input: original ? readFileSync(path.join(folder, file)) : undefined,
    encoding: 'utf8',
    timeout: PER_FILE_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  const firstStderrLine = (run.stderr ?? '').trim().split('\n')[0];
  if (run.error?.code === 'ETIMEDOUT') return { crash: `no answer after ${PER_FILE_TIMEOUT_MS / 1000} s` };
  if (run.error) return { crash: run.error.message };
  if (run.signal) return { crash: `killed by ${run.signal}${firstStderrLine ? `: ${firstStderrLine}` : ''}` };
  // Exit 0 and 1 are normal (1 = error-severity findings); 2 is an internal error or a file the CLI could not read.
  if (run.status !== 0 && run.status !== 1) {
    const label = /internal error/.test(firstStderrLine) ? 'CRASH' : 'UNREADABLE';
    return { crash: `exit ${run.status}: ${firstStderrLine || 'no message'}`, label };
  }
  try {
    const [report] = JSON.parse(run.stdout);
    if (!report) return { crash: 'empty report' };
    return { report };
  } catch (error) {
    return { crash: `output is not JSON (${error.message})` };
  }
}

const labels = readLabels();
const nameWidth = Math.max(...files.map((file) => file.length));
let crashes = 0;
let nonCvWithFindings = 0;
let cvAgreement = 0;
let labelledFiles = 0;
let headingsRight = 0;
let headingsLabelled = 0;
let headingsSpurious = 0;
let pseudoOtherUnread = 0;
const missingJudged = { right: 0, wrong: 0, errorsRight: 0, errorsWrong: 0, truthReported: 0, truth: 0 };

for (const file of files) {
  const normal = checkFile(file, []);
  if (normal.crash) {
    crashes++;
    console.log(`${normal.label ?? 'CRASH'} ${file}: ${normal.crash}`);
    continue;
  }
  const report = normal.report;
  const kinds = [...new Set(report.sections.map((section) => section.kind).filter((kind) => kind !== 'other'))];
  let line =
    `${file.padEnd(nameWidth)}  isCv=${report.isCv ? 'yes' : 'no '}  lang=${report.textLanguage ?? report.language}` +
    `  findings=${String(report.findings.length).padStart(3)}  kinds=${kinds.join(',') || '-'}`;

  // Files that are not CVs get no findings; run them once more with --force so every rule still meets them.
  if (!report.isCv) {
    const forced = checkFile(file, ['--force']);
    if (forced.crash) {
      crashes++;
      console.log(line);
      console.log(`${forced.label ?? 'CRASH'} ${file} (--force): ${forced.crash}`);
      continue;
    }
    line += `  (with --force: ${forced.report.findings.length} findings)`;
  }

  const label = labels.get(file);
  const notes = [];
  if (label) {
    labelledFiles++;
    if (label.isCv === report.isCv) cvAgreement++;
    else notes.push(`labelled isCv=${label.isCv ? 'yes' : 'no'}`);
    if (label.isCv === false && report.findings.length > 0) {
      nonCvWithFindings++;
      notes.push(`FAIL: not a CV but got ${report.findings.length} findings`);
    }
    if (Array.isArray(label.expectedMissing) && label.isCv !== false && report.isCv) {
      const expected = new Set(label.expectedMissing);
      const reported = new Set();
      for (const finding of report.findings.filter((f) => f.ruleId === 'missing-section')) {
        const kind = missingKindOf(finding.message);
        reported.add(kind);
        // "No X section: the CV mentions this only inside other sections" is right when no section is of that kind.
        const advice = finding.severity === 'info' && /only inside other sections|solo dentro altre sezioni/.test(finding.message);
        const right = advice ? !(label.sections ?? []).some((section) => section.kind === kind) : expected.has(kind);
        missingJudged[right ? 'right' : 'wrong']++;
        if (finding.severity === 'error') missingJudged[right ? 'errorsRight' : 'errorsWrong']++;
        if (!right) notes.push(`WRONG missing-section (${finding.severity}): ${kind} — ${finding.message}`);
      }
      missingJudged.truth += expected.size;
      for (const kind of expected) {
        if (reported.has(kind)) missingJudged.truthReported++;
        else notes.push(`not reported: ${kind} is missing`);
      }
    }
    const ours = new Map(report.sections.map((section) => [section.line, section]));
    const labelledLines = new Set();
    for (const expected of label.sections ?? []) {
      labelledLines.add(expected.line);
      headingsLabelled++;
      const got = ours.get(expected.line);
      if (got?.kind === expected.kind) headingsRight++;
      else if (!got && expected.kind === 'other' && expected.pseudo) pseudoOtherUnread++;
      if (got?.kind !== expected.kind && details) notes.push(`line ${expected.line} "${expected.title}": labelled ${expected.kind}, got ${got ? got.kind : 'no section'}`);
    }
    // A section kind on a line the labels do not call a section, unless it is a sub-heading that simply
    // carries its parent's kind (a job title under "Experience").
    report.sections.forEach((section, index) => {
      const parent = report.sections.slice(0, index).findLast((candidate) => candidate.level < section.level);
      if (section.kind !== 'other' && !labelledLines.has(section.line) && section.kind !== parent?.kind) {
        headingsSpurious++;
        if (details) notes.push(`line ${section.line} "${section.title}": not a labelled section, got ${section.kind}`);
      }
    });
  }
  console.log(line);
  for (const note of notes) console.log(`    ${note}`);
}

console.log('');
console.log(`${files.length} files, ${crashes} crashed or unreadable`);
if (labelledFiles > 0) {
  const percent = (right, total) => (total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`);
  console.log(`labels.json: isCv agrees on ${cvAgreement}/${labelledFiles} files`);
  console.log(
    `labels.json: ${headingsRight}/${headingsLabelled} labelled headings got the right kind (${percent(headingsRight, headingsLabelled)}),` +
      ` ${headingsSpurious} unlabelled lines got a section kind` +
      ` (${percent(headingsRight, headingsLabelled + headingsSpurious)} counting those as wrong)` +
      (details ? '' : '; --details lists them'),
  );
  if (pseudoOtherUnread > 0) {
    console.log(`labels.json: of the headings counted wrong, ${pseudoOtherUnread} are lines without heading markup labelled "other" that got no section (nothing is checked on them either way)`);
  }
  if (nonCvWithFindings > 0) console.log(`labels.json: ${nonCvWithFindings} files that are not CVs got findings`);
  if (missingJudged.truth + missingJudged.right + missingJudged.wrong > 0) {
    console.log(
      `labels: missing-section right ${missingJudged.right}/${missingJudged.right + missingJudged.wrong} (${percent(missingJudged.right, missingJudged.right + missingJudged.wrong)}),` +
        ` as errors ${missingJudged.errorsRight}/${missingJudged.errorsRight + missingJudged.errorsWrong};` +
        ` truly missing sections reported ${missingJudged.truthReported}/${missingJudged.truth}`,
    );
  }
}
process.exitCode = crashes > 0 || nonCvWithFindings > 0 ? 1 : 0;
