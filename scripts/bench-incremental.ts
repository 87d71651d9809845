// `npm run bench:incremental`: does analysis scale linearly (chunked parsing), and what does a keystroke
// cost once the IncrementalAnalyzer has seen the document? Both against one bare remark-parse of the
// same text. Prints figures; asserts nothing. Kept apart from scripts/bench.ts so either can change alone.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyzeCv } from '../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../server/src/engine/incremental';

const EMPLOYERS = ['Logistica Padana S.r.l., Verona', 'Studio Rinaldi Commercialisti, Vicenza', 'Assicurazioni Vesuvio S.p.A., Napoli', 'Banca Popolare del Piemonte, Torino'];
const ROLES = ['Addetta back office', 'Impiegata amministrativa', 'Operatrice data entry', 'Assistente contabile'];
const DUTIES = [
  'Emissione e registrazione delle fatture attive e passive sul gestionale aziendale.',
  'Riconciliazione bancaria settimanale e controllo degli incassi dei clienti.',
  'Data entry degli ordini e aggiornamento delle anagrafiche clienti e fornitori.',
  'Preparazione di report mensili in Excel (tabelle pivot, CERCA.VERT) per la direzione.',
  'Gestione della corrispondenza, delle email e delle richieste dei clienti via telefono.',
];

const HEAD = '# Giulia Bianchi\n\nImpiegata amministrativa con esperienza nel back office.\n\n## Esperienza professionale\n\n';
const TAIL = [
  '## Istruzione e formazione\n\n### Laurea triennale in Economia aziendale — Università di Padova\n*2015 – 2018*\n',
  '## Competenze tecniche\n\n- Excel avanzato, Word, Outlook\n- TeamSystem, SAP Business One\n',
  '## Competenze linguistiche\n\n- Italiano: madrelingua\n- Inglese: B2\n',
  '## Competenze personali\n\n- Precisione, organizzazione, lavoro di squadra\n',
  '## Contatti\n\n- **Email:** giulia.bianchi@example.com\n- **Telefono:** +39 333 123 4567\n- **Indirizzo:** Via Mazzini 12, 37121 Verona\n',
].join('\n');

/** A CV of about `chars` characters, grown by job entries that differ in role, employer, dates and duties. */
function generateCv(chars: number): string {
  const entries: string[] = [];
  let size = HEAD.length + TAIL.length;
  for (let n = 0; size < chars; n++) {
    const duties = [0, 1, 2].map((k) => `- ${DUTIES[(n + k) % DUTIES.length]}`).join('\n');
    const entry = `### ${ROLES[n % ROLES.length]} — ${EMPLOYERS[n % EMPLOYERS.length]}\n*Gennaio ${2022 - (n % 30)} – Dicembre ${2024 - (n % 30)}*\n\n${duties}\n\n`;
    entries.push(entry);
    size += entry.length;
  }
  return HEAD + entries.join('') + TAIL;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function time(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

const bareParser = unified().use(remarkParse);

/** Whole analysis at growing sizes: the time per character should stay flat. */
function benchScaling(): void {
  console.log('analysis (analyzeCv, chunked parse) — median of runs');
  let base: number | null = null;
  for (const { label, chars, runs } of [
    { label: '100 KB', chars: 100_000, runs: 5 },
    { label: '1 MB', chars: 1_000_000, runs: 3 },
    { label: '5 MB', chars: 5_000_000, runs: 1 },
  ]) {
    const text = generateCv(chars);
    if (!analyzeCv(text, { fileName: 'cv.md' }).checked) throw new Error(`the ${label} CV is not recognised as a CV`);
    const ms = median(Array.from({ length: runs }, () => time(() => analyzeCv(text, { fileName: 'cv.md' }))));
    base ??= ms;
    console.log(`  ${label.padEnd(7)} ${ms.toFixed(0).padStart(7)} ms   ×${(ms / base).toFixed(1)} the 100 KB time (×${(chars / 100_000).toFixed(0)} the size)`);
  }
}

/** A one-character edit in the middle of a document the analyzer has seen, against one bare parse. */
function benchKeystroke(): void {
  console.log('keystroke: IncrementalAnalyzer.analyze after a one-character edit vs one bare remark-parse');
  for (const { label, chars, runs } of [
    { label: '11 KB', chars: 11_000, runs: 60 },
    { label: '100 KB', chars: 100_000, runs: 30 },
  ]) {
    const text = generateCv(chars);
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text, { fileName: 'cv.md' });
    const middle = text.indexOf('\n', text.length >> 1);
    const edits: number[] = [];
    const parses: number[] = [];
    for (let i = 0; i < runs; i++) {
      const edited = text.slice(0, middle) + String.fromCharCode(97 + (i % 26)) + text.slice(middle);
      edits.push(time(() => analyzer.analyze(edited, { fileName: 'cv.md' })));
      parses.push(time(() => bareParser.parse(edited)));
    }
    const edit = median(edits);
    const parse = median(parses);
    console.log(`  ${label.padEnd(7)} edit ${edit.toFixed(2).padStart(7)} ms   bare parse ${parse.toFixed(2).padStart(7)} ms   ratio ${(edit / parse).toFixed(3)}`);
  }
}

console.log(`cvlint incremental bench, Node ${process.version}`);
benchKeystroke();
benchScaling();
