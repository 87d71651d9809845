import { readFileSync } from 'node:fs';
import { analyzeCv } from './server/src/engine/analyze';
for (const f of process.argv.slice(2)) {
  const r = analyzeCv(readFileSync(f, 'utf8'), { fileName: f.split('/').pop() });
  const ks = r.findings.filter(x => x.ruleId === 'missing-keywords');
  console.log('==', f, r.document.language, r.checked, r.score);
  for (const x of ks) {
    console.log('  ', x.range.start.line, x.severity, x.message);
    for (const fx of x.fixes) console.log('     fix:', fx.title, JSON.stringify(fx.edits.map(e => [e.range.start.line, e.range.start.character, e.newText])));
  }
}
