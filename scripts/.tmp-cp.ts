import { readFileSync } from 'node:fs';
import { analyzeCv } from '../server/src/engine/analyze';
import { applyEdits } from '../test/support/apply-edits';
const base = readFileSync('examples/cv-back-office-it.md', 'utf8');
const text = base.replace('## Contatti\n\n', '## Contatti\n\n| Contatti | |\n|---|---|\n');
const r = analyzeCv(text, { fileName: 'cv.md', contactPlacement: 'end' });
console.log(r.document.sections.map((s) => `${s.headingRange.start.line}:${s.kind}:${s.source}:[${s.title}] ${s.range.start.line}-${s.range.end.line}`).join('\n'));
for (const f of r.findings) {
  console.log(f.ruleId, f.message, JSON.stringify(f.fixes.map((x) => x.edits)));
  for (const fix of f.fixes) {
    const fixed = applyEdits(text, fix.edits);
    console.log('--- fixed tail:\n' + fixed.split('\n').slice(58).join('\n'));
    console.log(analyzeCv(fixed, { fileName: 'cv.md' }).findings.map((x) => x.message));
  }
}
