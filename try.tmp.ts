import { readFileSync } from 'node:fs';
import { buildCvDocument } from './server/src/engine/model';
import { getProfile } from './server/src/profiles/index';
import { rule, keywordStatus } from './server/src/rules/missing-keywords';
const renderMessage = (t: string, a: Record<string, string|number> = {}) => t.replace(/\{(\w+)\}/g, (m, n) => (n in a ? String(a[n]) : m));
const profile = getProfile('back-office')!;
for (const f of process.argv.slice(2)) {
  const doc = buildCvDocument(readFileSync(f, 'utf8'), { fileName: f, profile, language: 'auto' });
  console.log('==', f, doc.language, doc.isCv);
  const lang = doc.language;
  rule.check({ doc, profile, contactPlacement: 'end', messageLanguage: lang, keywordsExtra: {}, keywordsIgnore: [],
    t: (k, a) => renderMessage(rule.messages[lang][k], a),
    report: (r) => { console.log(' ', r.range.start.line, renderMessage(rule.messages[lang][r.messageKey], r.args)); for (const fx of r.fixes ?? []) console.log('    fix:', fx.title, JSON.stringify(fx.edits.map(e => [e.range.start.line, e.range.start.character, e.newText]))); } });
  if (process.env.V) for (const g of keywordStatus(doc, profile)) console.log('  ', g.id, g.present.map(p => p.id + '=' + p.matches.map(m => doc.lines[m.range.start.line].slice(m.range.start.character, m.range.end.character)).join('|')).join(', '));
}
