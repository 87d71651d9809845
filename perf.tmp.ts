import { readFileSync } from 'node:fs';
import { buildCvDocument } from './server/src/engine/model';
import { getProfile } from './server/src/profiles/index';
import { keywordStatus } from './server/src/rules/missing-keywords';
const profile = getProfile('back-office')!;
let text = readFileSync('examples/cv-back-office-it.md', 'utf8') + readFileSync('examples/cv-back-office-en.md', 'utf8');
while (text.length < 500_000) text += text;
text = text.slice(0, 500_000);
const doc = buildCvDocument(text, { fileName: 'cv.md', profile, language: 'auto' });
for (let i = 0; i < 5; i++) { const t = performance.now(); const s = keywordStatus(doc, profile, { keywordsExtra: { 'office-software': ['Trello' + i] } }); console.log((performance.now() - t).toFixed(1), 'ms', s.map(g => g.present.length).join(',')); }
import { findConcepts } from './server/src/engine/keywords';
const spans = doc.spans;
const concepts = profile.keywordGroups.flatMap(g => g.concepts);
for (let i = 0; i < 3; i++) { const t = performance.now(); findConcepts(spans, concepts, { language: 'it' }); console.log('find no lines', (performance.now() - t).toFixed(1)); }
for (let i = 0; i < 3; i++) { const t = performance.now(); findConcepts(spans, concepts, { language: 'it', lines: doc.lines }); console.log('find lines', (performance.now() - t).toFixed(1)); }
for (let i = 0; i < 3; i++) { const t = performance.now(); findConcepts(spans, [{id:'x', terms:{it:['Trello'], en:[]}}], { language: 'it', lines: doc.lines }); console.log('find 1 concept', (performance.now() - t).toFixed(1)); }
console.log(spans.length, text.length);
