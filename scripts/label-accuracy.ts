// Compares section kinds, CV detection and contact position with a hand-made answer key (labels.json),
// e.g. `node --import tsx scripts/label-accuracy.ts ../shared/cv-corpus`. Prints every disagreement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCv } from '../server/src/engine/analyze';

interface LabelledFile {
  file: string;
  isCv: boolean;
  sections: { line: number; title: string; kind: string }[];
  contact: { email: boolean; phone: boolean; address: boolean; position: string };
}

const folder = process.argv[2] ?? '../shared/cv-corpus';
const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as LabelledFile[];
let headings = 0;
let right = 0;
let cvRight = 0;
let positionRight = 0;
for (const label of labels) {
  const text = readFileSync(join(folder, label.file), 'utf8');
  const result = analyzeCv(text, { fileName: label.file, force: true });
  const doc = result.document;
  const detected = analyzeCv(text, { fileName: label.file }).document.isCv;
  if (detected === label.isCv) cvRight++;
  else console.log(`${label.file}: isCv ${detected}, label ${label.isCv} (${doc.isCvReason.en})`);
  if (doc.contact.position === label.contact.position) positionRight++;
  else console.log(`${label.file}: contact position ${doc.contact.position}, label ${label.contact.position}`);
  for (const s of label.sections) {
    headings++;
    const found = doc.sections.find((x) => x.headingRange.start.line + 1 === s.line);
    if (found && found.kind === s.kind) right++;
    else console.log(`${label.file}:${s.line} "${s.title}": ${found ? `${found.kind} (${found.reason.by}${found.reason.matched ? ` "${found.reason.matched}"` : ''})` : 'not a section'}, label ${s.kind}`);
  }
}
console.log(`\nsection kinds: ${right}/${headings} (${((100 * right) / headings).toFixed(1)}%)`);
console.log(`CV detection: ${cvRight}/${labels.length}; contact position: ${positionRight}/${labels.length}`);
