// `npm run bench`: how much a full cvlint analysis costs compared with a bare Markdown parse and
// with markdownlint (default rules) on the same generated CVs. Prints ratios; asserts nothing.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { analyzeCv } from '../server/src/engine/analyze';

/** Target sizes and how many timed runs each gets (after warm-up). */
const SIZES = [
  { label: '5 KB', bytes: 5_000, runs: 30, warmup: 5 },
  { label: '50 KB', bytes: 50_000, runs: 15, warmup: 3 },
  { label: '500 KB', bytes: 500_000, runs: 5, warmup: 1 },
];

const EMPLOYERS = [
  ['Logistica Padana S.r.l.', 'Verona'],
  ['Studio Rinaldi Commercialisti', 'Vicenza'],
  ['Assicurazioni Vesuvio S.p.A.', 'Napoli'],
  ['Meccanica Adriatica S.r.l.', 'Ancona'],
  ['Energia Verde Servizi', 'Firenze'],
  ['Banca Popolare del Piemonte', 'Torino'],
];
const ROLES = ['Addetta back office', 'Impiegata amministrativa', 'Operatrice data entry', 'Assistente contabile'];
const DUTIES = [
  'Emissione e registrazione delle fatture attive e passive sul gestionale aziendale.',
  'Riconciliazione bancaria settimanale e controllo degli incassi dei clienti.',
  'Data entry degli ordini e aggiornamento delle anagrafiche clienti e fornitori.',
  'Gestione documentale: protocollazione e archiviazione digitale di contratti e DDT.',
  'Preparazione di report mensili in Excel (tabelle pivot, CERCA.VERT) per la direzione.',
  'Gestione della corrispondenza, delle email e delle richieste dei clienti via telefono.',
  'Supporto alla contabilità generale: prima nota e scadenzario dei pagamenti.',
];

/** One job entry; `n` varies employer, role, dates and duties so the text is not one repeated block. */
function experienceEntry(n: number): string {
  const [employer, city] = EMPLOYERS[n % EMPLOYERS.length];
  const role = ROLES[n % ROLES.length];
  const endYear = 2024 - (n % 30);
  const duties = [0, 1, 2, 3].map((k) => `- ${DUTIES[(n + k) % DUTIES.length]}`).join('\n');
  return `### ${role} — ${employer}, ${city}\n*Gennaio ${endYear - 2} – Dicembre ${endYear}*\n\n${duties}\n`;
}

const HEAD = `# Giulia Bianchi

Impiegata amministrativa con esperienza nel back office: fatturazione, data entry, archiviazione e
riconciliazione bancaria, con precisione e attenzione ai dettagli.

## Esperienza professionale

`;

const TAIL = `
## Istruzione e formazione

### Laurea triennale in Economia aziendale — Università degli Studi di Padova
*2015 – 2018*

## Competenze tecniche

- Pacchetto Office: Excel avanzato, Word, Outlook, PowerPoint
- Gestionali: TeamSystem, Zucchetti, SAP Business One

## Competenze linguistiche

- Italiano: madrelingua
- Inglese: B2

## Competenze personali

- Precisione, organizzazione, gestione del tempo, lavoro di squadra

## Contatti

- **Nome:** Giulia Bianchi
- **Indirizzo:** Via Giuseppe Mazzini 12, 37121 Verona (VR)
- **Telefono:** +39 333 123 4567
- **Email:** giulia.bianchi@example.com

Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).
`;

/** A realistic Italian CV of about `bytes` UTF-8 bytes: deterministic, grown by adding job entries. */
function generateCv(bytes: number): string {
  const entries: string[] = [];
  let size = Buffer.byteLength(HEAD + TAIL);
  for (let n = 0; size < bytes; n++) {
    const entry = `${experienceEntry(n)}\n`;
    entries.push(entry);
    size += Buffer.byteLength(entry);
  }
  return HEAD + entries.join('') + TAIL;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time in ms of `task` over `runs` runs, after `warmup` untimed runs. */
function medianTime(task: () => unknown, runs: number, warmup: number): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = task();
    times.push(performance.now() - start);
  }
  // Keep the results reachable so the work cannot be optimised away.
  if (sink === Symbol.for('never')) console.log(sink);
  return median(times);
}

const parser = unified().use(remarkParse);

const rows: string[][] = [];
for (const size of SIZES) {
  const text = generateCv(size.bytes);
  // Sanity: the generated text must be a CV the engine checks, or the timing means little.
  const probe = analyzeCv(text, { fileName: 'cv.md' });
  if (!probe.checked) throw new Error(`generated ${size.label} CV is not recognised as a CV`);

  const parseMs = medianTime(() => parser.parse(text), size.runs, size.warmup);
  const analysisMs = medianTime(() => analyzeCv(text, { fileName: 'cv.md' }), size.runs, size.warmup);
  const markdownlintMs = medianTime(() => markdownlint({ strings: { 'cv.md': text } }), size.runs, size.warmup);

  rows.push([
    `${size.label} (${(Buffer.byteLength(text) / 1000).toFixed(1)} kB)`,
    parseMs.toFixed(2),
    analysisMs.toFixed(2),
    markdownlintMs.toFixed(2),
    `${(analysisMs / parseMs).toFixed(2)}×`,
    `${(analysisMs / markdownlintMs).toFixed(2)}×`,
    String(probe.findings.length),
  ]);
}

const header = ['size', 'parse ms', 'analysis ms', 'markdownlint ms', 'analysis/parse', 'analysis/markdownlint', 'findings'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const formatRow = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');

console.log(`cvlint bench — median of ${SIZES.map((s) => s.runs).join('/')} runs after warm-up, Node ${process.version}`);
console.log(formatRow(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(formatRow(row));
