// `--explain`: the CV as cvlint understood it, written for a person (a career counsellor) rather than a machine.
import type { CvDocument, HeadingSource, KindEvidence, KindReason, Language, Section, TextLanguage } from '../engine/types';
import type { TextStyle } from './format-text';
import type { FileReport } from './types';

interface ExplainWords {
  language: string;
  line: string;
  languageNames: Record<TextLanguage, string>;
  unsupportedLanguage: string;
  entryOf: (title: string) => string;
  alsoCovers: string;
  evidence: string;
  noEvidence: string;
  strength: Record<KindEvidence['strength'], string>;
  signal: Record<KindEvidence['signal'], string>;
  languageSource: Record<CvDocument['languageSource'], string>;
  isCv: string;
  yes: string;
  no: string;
  profile: string;
  outline: string;
  noHeadings: string;
  source: Record<HeadingSource, string>;
  reason: Record<KindReason['by'], (matched: string | undefined) => string>;
  notRecognised: string;
  contact: string;
  name: string;
  emails: string;
  phones: string;
  address: string;
  missing: string;
  invalid: string;
  contactSection: string;
  noContactSection: string;
  position: Record<CvDocument['contact']['position'], string>;
  checked: (count: number) => string;
  notChecked: string;
}

const quoted = (text: string | undefined) => (text ? ` "${text}"` : '');

const WORDS: Record<Language, ExplainWords> = {
  en: {
    language: 'Language',
    line: 'line',
    languageNames: { it: 'Italian', en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese' },
    unsupportedLanguage: 'messages in English; no keyword advice, since the keyword lists are Italian and English',
    entryOf: (title) => `entry of "${title}"`,
    alsoCovers: 'also covers',
    evidence: 'Content that shows a kind (strong counts as the section being there)',
    noEvidence: '(none)',
    strength: { strong: 'strong', weak: 'weak' },
    signal: {
      label: 'labelled line',
      'language-level': 'language with its level',
      'mother-tongue': 'mother tongue',
      'language-list': 'list of languages',
      tools: 'tools and software',
      qualities: 'personal qualities',
      'dated-entry': 'dated entry',
      'work-mention': 'work told in prose',
      'role-title': 'a job title in a list',
      degree: 'degree or school',
    },
    languageSource: {
      option: 'set with --lang',
      'front-matter': 'from the front matter',
      detected: 'detected from the text',
      default: 'default, could not tell',
    },
    isCv: 'Is it a CV?',
    yes: 'yes',
    no: 'no',
    profile: 'Profile',
    outline: 'Outline (indented by level)',
    noHeadings: '(no headings or lines acting as headings)',
    source: {
      atx: 'heading',
      setext: 'underlined heading',
      bold: 'bold line',
      html: 'HTML heading',
      caps: 'ALL-CAPS line',
      line: 'line',
    },
    reason: {
      synonym: (m) => `synonym${quoted(m)}`,
      keyword: (m) => `keyword${quoted(m)}`,
      fuzzy: (m) => `close spelling of${quoted(m)}`,
      context: (m) => `from its context${quoted(m)}`,
      content: (m) => `from its content${m ? ` (title word "${m}")` : ''}`,
      name: () => `the person's name`,
      none: () => 'no synonym matched',
    },
    notRecognised: 'NOT RECOGNISED',
    contact: 'Contact details',
    name: 'name',
    emails: 'email',
    phones: 'phone',
    address: 'address',
    missing: 'missing',
    invalid: 'looks malformed',
    contactSection: 'contact section',
    noContactSection: 'no contact section',
    position: { top: 'at the top', middle: 'in the middle', end: 'at the end', none: 'not found' },
    checked: (count) => `Checked: ${count} finding${count === 1 ? '' : 's'}`,
    notChecked: 'Not checked: it does not look like a CV (use --force to check it)',
  },
  it: {
    language: 'Lingua',
    line: 'riga',
    languageNames: { it: 'italiano', en: 'inglese', es: 'spagnolo', fr: 'francese', de: 'tedesco', pt: 'portoghese' },
    unsupportedLanguage: 'messaggi in inglese; nessun consiglio sulle parole chiave, perché gli elenchi sono in italiano e inglese',
    entryOf: (title) => `voce di "${title}"`,
    alsoCovers: 'copre anche',
    evidence: 'Contenuti che mostrano un tipo di sezione (quelli forti valgono come sezione presente)',
    noEvidence: '(nessuno)',
    strength: { strong: 'forte', weak: 'debole' },
    signal: {
      label: 'riga con etichetta',
      'language-level': 'lingua con livello',
      'mother-tongue': 'lingua madre',
      'language-list': 'elenco di lingue',
      tools: 'programmi e strumenti',
      qualities: 'qualità personali',
      'dated-entry': 'voce con date',
      'work-mention': 'lavoro raccontato nel testo',
      'role-title': 'un ruolo lavorativo in un elenco',
      degree: 'titolo di studio o scuola',
    },
    languageSource: {
      option: 'impostata con --lang',
      'front-matter': 'dal front matter',
      detected: 'riconosciuta dal testo',
      default: 'predefinita, non riconosciuta',
    },
    isCv: 'È un CV?',
    yes: 'sì',
    no: 'no',
    profile: 'Profilo',
    outline: 'Struttura (rientro per livello)',
    noHeadings: '(nessun titolo né riga usata come titolo)',
    source: {
      atx: 'titolo',
      setext: 'titolo sottolineato',
      bold: 'riga in grassetto',
      html: 'titolo HTML',
      caps: 'riga in MAIUSCOLO',
      line: 'riga',
    },
    reason: {
      synonym: (m) => `sinonimo${quoted(m)}`,
      keyword: (m) => `parola chiave${quoted(m)}`,
      fuzzy: (m) => `grafia simile a${quoted(m)}`,
      context: (m) => `dal contesto${quoted(m)}`,
      content: (m) => `dal contenuto${m ? ` (parola del titolo "${m}")` : ''}`,
      name: () => 'il nome della persona',
      none: () => 'nessun sinonimo corrisponde',
    },
    notRecognised: 'NON RICONOSCIUTO',
    contact: 'Recapiti',
    name: 'nome',
    emails: 'email',
    phones: 'telefono',
    address: 'indirizzo',
    missing: 'manca',
    invalid: 'sembra errato',
    contactSection: 'sezione recapiti',
    noContactSection: 'nessuna sezione recapiti',
    position: { top: 'in alto', middle: 'a metà', end: 'in fondo', none: 'non trovati' },
    checked: (count) => `Controllato: ${count} segnalazion${count === 1 ? 'e' : 'i'}`,
    notChecked: 'Non controllato: non sembra un CV (usa --force per controllarlo)',
  },
};

function describeReason(section: Section, words: ExplainWords, language: Language): string {
  const text = words.reason[section.reason.by](section.reason.matched);
  // For a name our own words say it all.
  return section.reason.detail && section.reason.by !== 'name' ? `${text} (${section.reason.detail[language]})` : text;
}

function outlineLine(document: CvDocument, section: Section, report: FileReport, words: ExplainWords, style: TextStyle): string {
  const lineNumber = String(section.headingRange.start.line + 1).padStart(String(document.lines.length).length);
  const indent = '  '.repeat(Math.max(0, section.level - 1));
  const source = words.source[section.source] ?? section.source;
  const heading = `${indent}${section.title || '""'}  ${style.dim(`[${source}${section.source === 'atx' ? ` h${section.level}` : ''}]`)}`;
  let verdict: string;
  const lang = report.result.messageLanguage;
  if (section.role === 'entry') {
    const parent = document.sections[section.parent];
    // An entry with no section above it (a CV made of job titles) says what it was taken for.
    verdict = style.dim(`→ ${parent ? words.entryOf(parent.title) : `${section.kind}: ${section.reason.detail?.[lang] ?? ''}`}`);
  } else if (section.recognised) {
    const spec = report.result.profile.sections.find((candidate) => candidate.kind === section.kind);
    const label = spec ? ` (${spec.title[report.result.messageLanguage]})` : '';
    verdict = `→ ${style.bold(section.kind)}${label}: ${describeReason(section, words, lang)}`;
    const covers = section.covers.filter((kind) => kind !== section.kind);
    if (covers.length > 0) verdict += `; ${words.alsoCovers} ${covers.map((kind) => style.bold(kind)).join(', ')}`;
  } else if (section.reason.by === 'name') {
    verdict = `→ ${describeReason(section, words, report.result.messageLanguage)}`;
  } else {
    verdict = `→ ${style.severity('warning', words.notRecognised)}: ${describeReason(section, words, report.result.messageLanguage)}`;
  }
  return `    ${style.dim(`${words.line} ${lineNumber}`)}  ${heading}  ${verdict}`;
}

function contactLines(document: CvDocument, words: ExplainWords): string[] {
  const contact = document.contact;
  const items = (values: { value: string; valid: boolean }[]) =>
    values.length === 0 ? words.missing : values.map((item) => (item.valid ? item.value : `${item.value} (${words.invalid})`)).join(', ');
  const section = contact.sectionIndex >= 0 ? document.sections[contact.sectionIndex] : undefined;
  const where = section
    ? `${words.contactSection} "${section.title}" (${words.line} ${section.headingRange.start.line + 1})`
    : words.noContactSection;
  return [
    `  ${words.contact}: ${words.position[contact.position]}; ${where}`,
    `    ${words.name}: ${contact.name ?? words.missing}`,
    `    ${words.emails}: ${items(contact.emails)}`,
    `    ${words.phones}: ${items(contact.phones)}`,
    `    ${words.address}: ${contact.address ? contact.address.value : words.missing}`,
  ];
}

function evidenceLines(document: CvDocument, words: ExplainWords, style: TextStyle): string[] {
  // Skill kinds only, one line per kind and strength: dates and degrees are what experience and
  // education are made of and would repeat the outline.
  const shown = document.evidence.filter((e) => e.kind === 'technical-skills' || e.kind === 'language-skills' || e.kind === 'personal-skills');
  const lines = [`  ${words.evidence}:`];
  if (shown.length === 0) lines.push(`    ${words.noEvidence}`);
  const groups = new Map<string, KindEvidence[]>();
  for (const e of shown) {
    const key = `${e.kind}|${e.strength}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const [key, list] of groups) {
    const [kind, strength] = key.split('|') as [string, KindEvidence['strength']];
    const examples = list.slice(0, 3).map((e) => `${words.line} ${e.line + 1} "${e.text}" (${words.signal[e.signal]})`).join('; ');
    const more = list.length > 3 ? ` +${list.length - 3}` : '';
    lines.push(`    ${style.bold(kind)} ${words.strength[strength]}: ${examples}${more}`);
  }
  return lines;
}

export function explainDocument(report: FileReport, style: TextStyle): string[] {
  const { document, profile, messageLanguage, checked } = report.result;
  const words = WORDS[messageLanguage] ?? WORDS.en;
  const lines = [
    style.bold(report.displayPath),
    `  ${words.language}: ${words.languageNames[document.textLanguage]} (${words.languageSource[document.languageSource]})` +
      (document.textLanguage !== document.language ? `; ${words.unsupportedLanguage}` : ''),
    `  ${words.isCv} ${document.isCv ? words.yes : words.no}: ${document.isCvReason[messageLanguage]}`,
    `  ${words.profile}: ${profile.id} (${profile.label[messageLanguage]})`,
    `  ${words.outline}:`,
  ];
  if (document.sections.length === 0) lines.push(`    ${words.noHeadings}`);
  for (const section of document.sections) lines.push(outlineLine(document, section, report, words, style));
  lines.push(...evidenceLines(document, words, style));
  lines.push(...contactLines(document, words));
  lines.push(`  ${checked ? words.checked(report.findings.length) : words.notChecked}`);
  return lines;
}
