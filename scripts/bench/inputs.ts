// Inputs for `npm run bench`: realistic Italian CVs of a given size, and pathological Markdown.

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
export function generateCv(bytes: number): string {
  const entries: string[] = [];
  let size = Buffer.byteLength(HEAD + TAIL);
  for (let n = 0; size < bytes; n++) {
    const entry = `${experienceEntry(n)}\n`;
    entries.push(entry);
    size += Buffer.byteLength(entry);
  }
  return HEAD + entries.join('') + TAIL;
}

/** Inputs that make Markdown parsers or line scanners superlinear, each of about `bytes` bytes. */
export const PATHOLOGICAL: Record<string, { label: string; make: () => string }> = {
  'long-line': { label: '2 MB one-line paragraph', make: () => 'Fatturazione, data entry e archiviazione documentale; '.repeat(Math.ceil(2_000_000 / 54)) },
  emphasis: { label: '50,000 × "*a" in one paragraph', make: () => '*a'.repeat(50_000) },
  links: { label: '20,000 × "[a](" in one paragraph', make: () => '[a]('.repeat(20_000) },
};

/** A named input: `cv:<bytes>` or one of PATHOLOGICAL. */
export function benchInput(name: string): string {
  const cv = /^cv:(\d+)$/.exec(name);
  if (cv) return generateCv(Number(cv[1]));
  const pathological = PATHOLOGICAL[name];
  if (!pathological) throw new Error(`unknown bench input ${name}`);
  return pathological.make();
}
