import { readFileSync, readdirSync } from 'node:fs';
import { buildCvDocument } from './server/src/engine/model';
import { getProfile } from './server/src/profiles/index';
import { keywordStatus } from './server/src/rules/missing-keywords';
const profile = getProfile('back-office')!;
const dir = process.argv[2];
for (const f of readdirSync(dir).filter(f => f.endsWith('.md'))) {
  const doc = buildCvDocument(readFileSync(dir + '/' + f, 'utf8'), { fileName: f, profile, language: 'auto' });
  console.log('==', f, doc.language, doc.isCv);
  for (const g of keywordStatus(doc, profile)) for (const p of g.present) for (const m of p.matches) {
    const line = doc.lines[m.range.start.line];
    const s = Math.max(0, m.range.start.character - 25);
    console.log(`  ${p.id.padEnd(22)} ${m.term.padEnd(22)} …${line.slice(s, m.range.start.character)}[${m.range.start.line === m.range.end.line ? line.slice(m.range.start.character, m.range.end.character) : line.slice(m.range.start.character) + '⏎'}]${line.slice(m.range.end.character, m.range.end.character + 20)}`);
  }
}
