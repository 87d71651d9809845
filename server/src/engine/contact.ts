// Contact details of a CV: name, emails, phone numbers, postal address, and where they sit.
// Works on the prose the model already extracted (spans), so code and HTML tags never count,
// plus a few raw-line scans for things spans cannot carry (mailto:/tel: link targets).
import { isThematicBreak } from './edits';
import type {
  ContactInfo,
  ContactItem,
  ContactPosition,
  FrontMatter,
  Range,
  Section,
  TextSpan,
} from './types';

export interface ContactInput {
  lines: string[];
  frontMatter: FrontMatter | null;
  sections: Section[];
  spans: TextSpan[];
}

/** Contact details of the document. Pure; never throws (returns "nothing found" instead). */
export function extractContact(input: ContactInput): ContactInfo {
  try {
    return extractContactUnsafe(input);
  } catch {
    return emptyContact(input?.sections ?? []);
  }
}

function emptyContact(sections: Section[]): ContactInfo {
  return {
    name: null,
    nameRange: null,
    emails: [],
    phones: [],
    address: null,
    sectionIndex: findContactSectionIndex(sections),
    position: 'none',
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** `fax` and other `number` labels own their digits, so they are never read as the person's phone. */
type LabelKind = 'email' | 'phone' | 'address' | 'weak-address' | 'name' | 'number' | 'other';

/** Labels that introduce a value, longest first so "indirizzo email" wins over "indirizzo". */
const LABEL_WORDS: Array<[string, LabelKind]> = (
  [
    ['indirizzo e-mail', 'email'],
    ['indirizzo email', 'email'],
    ['indirizzo mail', 'email'],
    ['posta elettronica certificata', 'email'],
    ['posta elettronica', 'email'],
    ['e-mail', 'email'],
    ['email', 'email'],
    ['e mail', 'email'],
    ['mail', 'email'],
    ['pec', 'email'],
    ['numero di telefono', 'phone'],
    ['recapito telefonico', 'phone'],
    ['telefono cellulare', 'phone'],
    ['telefono', 'phone'],
    ['cellulare', 'phone'],
    ['cellphone', 'phone'],
    ['cell phone', 'phone'],
    ['mobile phone', 'phone'],
    ['telephone', 'phone'],
    ['phone number', 'phone'],
    ['phone', 'phone'],
    ['mobile', 'phone'],
    ['cell', 'phone'],
    ['cel', 'phone'],
    ['tel/fax', 'phone'],
    ['tel', 'phone'],
    ['mob', 'phone'],
    ['whatsapp', 'phone'],
    ['indirizzo di residenza', 'address'],
    ['luogo di residenza', 'address'],
    ['home address', 'address'],
    ['postal address', 'address'],
    ['indirizzo', 'address'],
    ['address', 'address'],
    ['residenza', 'address'],
    ['residente a', 'address'],
    ['residente in', 'address'],
    ['domicilio', 'address'],
    ['domiciliato a', 'address'],
    ['domiciliata a', 'address'],
    ['location', 'weak-address'],
    ['località', 'weak-address'],
    ['localita', 'weak-address'],
    ['città', 'weak-address'],
    ['citta', 'weak-address'],
    ['city', 'weak-address'],
    ['based in', 'weak-address'],
    ['nome e cognome', 'name'],
    ['cognome e nome', 'name'],
    ['nome completo', 'name'],
    ['full name', 'name'],
    ['nominativo', 'name'],
    ['nome', 'name'],
    ['name', 'name'],
    ['linkedin', 'other'],
    ['github', 'other'],
    ['gitlab', 'other'],
    ['website', 'other'],
    ['sito web', 'other'],
    ['sito', 'other'],
    ['web', 'other'],
    ['blog', 'other'],
    ['portfolio', 'other'],
    ['skype', 'other'],
    ['fax', 'number'],
    ['partita iva', 'number'],
    ['p.iva', 'number'],
    ['codice fiscale', 'number'],
    ['iban', 'number'],
    ['matricola', 'number'],
    ['twitter', 'other'],
    ['nazionalità', 'other'],
    ['nationality', 'other'],
    ['cittadinanza', 'other'],
    ['data di nascita', 'other'],
    ['date of birth', 'other'],
    ['luogo di nascita', 'other'],
    ['patente', 'other'],
    ['stato civile', 'other'],
  ] as Array<[string, LabelKind]>
).sort((a, b) => b[0].length - a[0].length);

const LABEL_KIND_BY_WORDS = new Map<string, LabelKind>(LABEL_WORDS);

/** One-letter labels ("E: … | T: …") only count when a colon follows. */
const LETTER_LABELS: Record<string, LabelKind> = { e: 'email', t: 'phone', m: 'phone', p: 'phone', w: 'other', l: 'other' };

const ICON_LABELS: Array<[RegExp, LabelKind]> = [
  [/[\u2709\u{1F4E7}\u{1F4E8}\u{1F4E9}]/u, 'email'],
  [/[\u260E\u260F\u{1F4DE}\u{1F4F1}\u{1F4F2}]/u, 'phone'],
  [/[\u{1F4CD}\u{1F3E0}\u{1F3E1}\u2302]/u, 'weak-address'],
];
const ICON_LABEL_PATTERN = /[\u2709\u{1F4E7}\u{1F4E8}\u{1F4E9}\u260E\u260F\u{1F4DE}\u{1F4F1}\u{1F4F2}\u{1F4CD}\u{1F3E0}\u{1F3E1}\u2302]\uFE0F?/gu;

interface LabelEntry {
  kind: LabelKind;
  /** Sticky, case-insensitive: tried only where a word that can start a label begins. */
  pattern: RegExp;
  single: boolean;
}

/** Labels indexed by their first word, so a line costs one pass over its words (a long CV has many). */
const LABELS_BY_FIRST_WORD: Map<string, LabelEntry[]> = (() => {
  const map = new Map<string, LabelEntry[]>();
  const add = (words: string, kind: LabelKind, single: boolean) => {
    const first = words.split(/[^\p{L}]+/u)[0];
    const pattern = new RegExp(`${escapeRegExp(words).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iuy');
    const list = map.get(first) ?? [];
    list.push({ kind, pattern, single });
    map.set(first, list);
  };
  for (const [words, kind] of LABEL_WORDS) add(words, kind, false);
  for (const [letter, kind] of Object.entries(LETTER_LABELS)) add(letter, kind, true);
  return map;
})();

/** "Nome:" style generic labels end the value before them ("Email: x Telefono: y"). */
const GENERIC_LABEL_PATTERN = /(?<=\s)\p{Lu}\p{Ll}{1,20}\s*:(?=\s)/gu;

/** Words that rule a heading out as a person's name (folded, lower case). */
const NOT_NAME_WORDS = new Set(
  (
    'curriculum vitae cv resume profile profilo portfolio skill skills competenze competenza experience experiences ' +
    'esperienza esperienze education istruzione formazione contact contacts contatti contatto info informazioni ' +
    'information about me home page welcome benvenuto benvenuti summary sommario project projects progetti work lavoro ' +
    'personal personali personale professional professionale professionali statement other altre altri office back ' +
    'front software technologies technology tools strumenti languages lingue language certifications certificazioni ' +
    'badges research service awards honors hobbies hobby interests interessi publications pubblicazioni overview ' +
    'core employment history qualifications open source outreach teaching management programming data details ' +
    'dettagli references referenze obiettivo objective career carriera soft hard digital digitali manager developer ' +
    'engineer specialist assistant clerk impiegato impiegata consultant analyst administrator amministrativo ' +
    'amministrativa esempio svolto indicazioni dati recapiti sezione section extra new notes note readme changelog ' +
    'install installation usage license table contents indice capacita conoscenze attivita chi sono my the and il la ' +
    'per dei delle degli online administrative administration amministrazione support supporto services servizi ' +
    'solutions soluzioni virtual business sales marketing customer account accounting finance financial operations ' +
    'design designer frontend backend full stack team leader lead senior junior intern student studente studentessa ' +
    'contabile segretaria segretario addetto addetta responsabile tecnico tecnica receptionist coordinator coordinatore ' +
    'coordinatrice operatore operatrice academic teacher docente university universita school scuola company azienda ' +
    'group gruppo srl spa ltd inc llc welcome ciao hello it ict ceo cto hr web system systems'
  ).split(/\s+/),
);

const NAME_PARTICLES = new Set(['da', 'de', 'di', 'del', 'della', 'dei', 'dos', 'das', 'do', 'van', 'von', 'der', 'den', 'le', 'la', 'bin', 'al', 'y', 'e']);

const ITALIAN_PROVINCES = new Set(
  (
    'AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE ' +
    'GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC ' +
    'RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV'
  ).split(' '),
);

const COUNTRIES = new Set(
  (
    'italy|italia|united kingdom|uk|u.k.|england|scotland|wales|inghilterra|scozia|usa|u.s.a.|us|united states|' +
    'germany|germania|deutschland|france|francia|spain|spagna|españa|switzerland|svizzera|ireland|irlanda|' +
    'netherlands|olanda|paesi bassi|belgium|belgio|austria|portugal|portogallo|canada|australia|brazil|brasil|brasile|' +
    'romania|poland|polonia|sweden|svezia|norway|norvegia|denmark|danimarca|greece|grecia|india|malta|luxembourg|' +
    'lussemburgo|san marino|albania|croatia|croazia|slovenia|czech republic|repubblica ceca|hungary|ungheria|finland|finlandia'
  ).split('|'),
);

const IT_STREET =
  /(?<![\p{L}\p{N}])(?:Via|V\.le|Viale|Piazza|P\.zza|P\.za|Piazzale|Corso|C\.so|Largo|Vicolo|Vico|Strada|Str\.|Contrada|C\.da|Località|Loc\.|Borgo|Lungomare|Lungotevere|Salita|Traversa|Frazione|Fraz\.)\s+(?:(?:dei|del|della|delle|degli|dello|dell['’]|de['’]|di|da|al|alla|alle|san|sant['’]|santa|santo)\s*)?[\p{Lu}\d][\p{L}\p{N}'’.\- ]{0,50}?,?\s*(?:n\.\s*|n°\s*)?\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?(?:\/[A-Za-z0-9]+)?(?![\p{N}])/u;
const EN_STREET =
  /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?\s+(?:[\p{Lu}][\p{L}'’.\-]*\s+){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Square|Sq\.?|Place|Pl\.?|Close|Crescent|Court|Ct\.?|Terrace|Gardens|Parkway|Highway|Row|Mews|Grove)(?![\p{L}])/u;
const CAP_CITY =
  /(?<![\p{L}\p{N}.,€$£])(?:I-)?\d{5}\s+[\p{Lu}][\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){0,3}?(?:\s*\(([A-Z]{2})\))?(?=\s*(?:$|[,;·•|\-–]|\())/u;
const CITY_PROVINCE = /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){0,2}\s*\(([A-Z]{2})\)/u;
/** A UK postcode, with the town before it ("Leeds LS3 1HR"). */
const UK_POSTCODE = /(?<![\p{L}\p{N}])(?:[\p{Lu}][\p{L}'’\-]*,?\s+){0,3}[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}(?![\p{L}\p{N}])/u;
const US_CITY_ZIP = /(?<![\p{L}])[\p{Lu}][\p{L}.\- ]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?(?![\p{N}])/u;

/** Values that say "not given" rather than give an address. */
const NOT_GIVEN = /^(?:su richiesta|disponibile su richiesta|on request|available on request|upon request|n\/?a|-+|–|—|\.+|…)$/iu;

/** Number labels that are not phones (VAT, tax code, ISBN...), looked for just before a number. */
const NOT_PHONE_LABEL =
  /(?<![\p{L}\p{N}])(?:p\.?\s?iva|partita\s+iva|vat(?:\s+(?:no|number))?|c\.?\s?f\.?|codice\s+fiscale|isbn(?:-1[03])?|issn|iban|bic|swift|rea|cciaa|doi|pmid|arxiv|matricola|cap|zip|postcode|n\.|nr\.?|no\.|id|codice|code|versione?|v)\s*[:#.]?\s*$/iu;

// ---------------------------------------------------------------------------------------------
// Main

interface FoundItem {
  kind: 'email' | 'phone';
  item: ContactItem;
  /** Dedupe key (lower-case email, phone digits). */
  key: string;
  fromFrontMatter: boolean;
}

interface AddressCandidate {
  item: ContactItem;
  /** Lower is better: front matter, strong label, contact section, weak label / pattern. */
  rank: number;
  fromFrontMatter: boolean;
}

interface NameCandidate {
  name: string;
  range: Range;
}

function extractContactUnsafe(input: ContactInput): ContactInfo {
  const lines = Array.isArray(input.lines) ? input.lines : [];
  const sections = Array.isArray(input.sections) ? input.sections : [];
  const spans = Array.isArray(input.spans) ? input.spans : [];
  const frontMatter = input.frontMatter ?? null;

  const skipped = nonProseLines(lines, frontMatter);
  const views = buildLineViews(lines, spans, skipped);
  const inZone = contactZone(lines, sections);

  const found: FoundItem[] = [];
  const addresses: AddressCandidate[] = [];
  const labelledNames: NameCandidate[] = [];

  if (frontMatter) readFrontMatter(frontMatter, lines, found, addresses);

  const contactSectionLines = contactSectionLineTest(sections, lines.length);
  // A heading that is itself a label ("## Address", "### Telefono") labels the first line under it.
  const headingLabels = headingLabelLines(sections, views);
  // An icon (<i class="fa fa-envelope">) labels its own line, or the next one in a definition list.
  let pendingIcon: { kind: LabelKind; until: number } | null = null;
  for (let line = 0; line < views.length; line++) {
    const view = views[line];
    const headingLabel = headingLabels.get(line);
    if (headingLabel && view !== null) {
      scanLine(line, view, lines[line] ?? '', true, contactSectionLines(line), found, addresses, labelledNames, headingLabel);
      continue;
    }
    const iconKind = skipped.has(line) ? null : iconClassLabel(lines[line] ?? '');
    const hasText = view !== null && view.trim() !== '';
    if (iconKind && !hasText) {
      pendingIcon = { kind: iconKind, until: line + 2 };
      continue;
    }
    if (view === null) continue;
    const forced = iconKind ?? (pendingIcon && line <= pendingIcon.until ? pendingIcon.kind : null);
    if (hasText) pendingIcon = null;
    scanLine(line, view, lines[line] ?? '', inZone(line), contactSectionLines(line), found, addresses, labelledNames, forced);
  }
  scanLinkTargets(lines, skipped, found);

  const emails: ContactItem[] = [];
  const phones: ContactItem[] = [];
  const seen = new Set<string>();
  const ordered = [...found].sort((a, b) => (a.fromFrontMatter === b.fromFrontMatter ? compareRanges(a.item.range, b.item.range) : a.fromFrontMatter ? -1 : 1));
  for (const f of ordered) {
    const key = `${f.kind}:${f.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (f.kind === 'email' ? emails : phones).push(f.item);
  }

  addresses.sort((a, b) => a.rank - b.rank || compareRanges(a.item.range, b.item.range));
  const address = addresses[0]?.item ?? null;
  const addressFromFrontMatter = addresses[0]?.fromFrontMatter ?? false;

  const name = findName(frontMatter, lines, sections, labelledNames);

  const frontMatterItems = new Set(found.filter((f) => f.fromFrontMatter).map((f) => f.item));
  const itemLines: Array<number | 'front-matter'> = [];
  for (const item of [...emails, ...phones]) itemLines.push(frontMatterItems.has(item) ? 'front-matter' : item.range.start.line);
  if (address) itemLines.push(addressFromFrontMatter ? 'front-matter' : address.range.start.line);
  const sectionIndex = findContactSectionIndex(sections, itemLines.filter((l): l is number => l !== 'front-matter'));
  const position = contactPosition(sections, sectionIndex, itemLines);

  return {
    name: name?.name ?? null,
    nameRange: name?.range ?? null,
    emails,
    phones,
    address,
    sectionIndex,
    position,
  };
}

function findContactSectionIndex(sections: Section[], itemLines: number[] = []): number {
  const holds = (s: Section) => itemLines.some((l) => l >= s.range.start.line && l <= s.range.end.line);
  // A section guessed to be the contact section from its content ("its lines look like contact lines")
  // only counts if contact details were really found in it.
  const candidates = sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s && s.kind === 'contact' && (s.reason?.by !== 'context' || holds(s)));
  if (candidates.length <= 1) return candidates[0]?.i ?? -1;
  // Several: the first that holds contact details, else the first.
  return (candidates.find(({ s }) => holds(s)) ?? candidates[0]).i;
}

// ---------------------------------------------------------------------------------------------
// Line views: each prose line as a string with the same offsets as the raw line,
// markup blanked out, so a match's offset is its column in the document.

function nonProseLines(lines: string[], frontMatter: FrontMatter | null): Set<number> {
  const skipped = new Set<number>();
  if (frontMatter?.range) {
    for (let l = frontMatter.range.start.line; l <= frontMatter.range.end.line && l < lines.length; l++) skipped.add(l);
  }
  let fence: { char: string; length: number } | null = null;
  let rawBlock: RegExp | null = null;
  for (let l = 0; l < lines.length; l++) {
    if (skipped.has(l)) continue;
    const text = lines[l] ?? '';
    if (fence) {
      skipped.add(l);
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
      continue;
    }
    if (rawBlock) {
      skipped.add(l);
      if (rawBlock.test(text)) rawBlock = null;
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (open) {
      fence = { char: open[1][0], length: open[1].length };
      skipped.add(l);
      continue;
    }
    const rawOpen = /^\s*<(style|script|pre)\b/i.exec(text);
    if (rawOpen && !new RegExp(`</${rawOpen[1]}>`, 'i').test(text)) {
      rawBlock = new RegExp(`</${rawOpen[1]}>`, 'i');
      skipped.add(l);
    } else if (/^\s*<!--/.test(text) && !/-->/.test(text)) {
      rawBlock = /-->/;
      skipped.add(l);
    }
  }
  return skipped;
}

function buildLineViews(lines: string[], spans: TextSpan[], skipped: Set<number>): Array<string | null> {
  const views: Array<string | null> = new Array(lines.length).fill(null);
  const byLine = new Map<number, TextSpan[]>();
  for (const span of spans) {
    if (!span || typeof span.text !== 'string' || !Number.isInteger(span.line)) continue;
    if (span.line < 0 || span.line >= lines.length) continue;
    const list = byLine.get(span.line);
    if (list) list.push(span);
    else byLine.set(span.line, [span]);
  }
  for (const [line, list] of byLine) {
    const raw = lines[line] ?? '';
    list.sort((a, b) => a.character - b.character);
    // Gaps between spans are markup: blank them, but keep table pipes (they separate a label cell from its value).
    let view = '';
    for (const span of list) {
      const start = Math.max(0, span.character | 0);
      if (start > view.length) view += raw.slice(view.length, start).replace(/[^|]/g, ' ').padEnd(start - view.length, ' ');
      const overlap = view.length - start;
      view += (overlap > 0 ? span.text.slice(overlap) : span.text).replace(/[\r\n]/g, ' ');
    }
    if (view.length < raw.length) view += raw.slice(view.length).replace(/[^|]/g, ' ');
    views[line] = blankUrls(view);
  }
  const noSpans = byLine.size === 0;
  for (let line = 0; line < lines.length; line++) {
    if (views[line] !== null || skipped.has(line)) continue;
    const raw = lines[line] ?? '';
    // Headings and table rows the model may not have turned into spans.
    if (noSpans || /^\s{0,3}#{1,6}\s/.test(raw) || /^\s*\|/.test(raw)) views[line] = cleanRawLine(raw);
  }
  return views;
}

const blank = (m: string): string => ' '.repeat(m.length);

const DOMAIN_PATH = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|it|org|net|io|eu|dev|me|info|co\.uk|uk|de|fr|es|ch)\//iu;

function blankUrls(text: string): string {
  if (!text.includes('/') && !/www\./i.test(text)) return text;
  return text
    .replace(/(?<![\p{L}\p{N}@])(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>|]+/giu, blank)
    .replace(/[^\s<>|()[\]]+\/[^\s<>|]*/g, (token) => (!token.includes('@') && DOMAIN_PATH.test(token) ? blank(token) : token));
}

/** Markdown line → text with the same offsets: markup blanked, link text and emails kept. */
function cleanRawLine(raw: string): string {
  let s = raw;
  s = s.replace(/<!--.*?-->/g, blank);
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, blank);
  s = s.replace(/\[([^\]]*)\]\(([^)]*)\)/g, (m, text: string) => ' ' + text + ' '.repeat(m.length - text.length - 1));
  s = s.replace(/\[([^\]]*)\]\[[^\]]*\]/g, (m, text: string) => ' ' + text + ' '.repeat(m.length - text.length - 1));
  s = s.replace(/<(mailto:)?([^\s<>@]+@[^\s<>]+)>/gi, (_m, prefix: string | undefined, address: string) => ' ' + ' '.repeat(prefix?.length ?? 0) + address + ' ');
  s = s.replace(/<[^>]*>/g, blank);
  s = s.replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, blank);
  s = s.replace(/^\s{0,3}#{1,6}(?=\s)/, blank);
  s = s.replace(/\s#+\s*$/, blank);
  s = s.replace(/(?<=^|[\s(\[>|:])(\*\*|__)(?=[^\s*_])/g, '  ');
  s = s.replace(/(?<=[^\s*_\d])(\*\*|__)(?=$|[\s).,;:!?|<\]])/g, '  ');
  s = s.replace(/`/g, ' ');
  s = s.replace(/\\(?=[^\p{L}\p{N}\s]|$)/gu, ' ');
  return blankUrls(s);
}

// ---------------------------------------------------------------------------------------------
// Zones where an unlabelled address or a "Name:" line is believed: the contact section,
// the top of the CV (before the first CV section) and its last lines.

function contactSectionLineTest(sections: Section[], lineCount: number): (line: number) => boolean {
  const inside = new Uint8Array(Math.max(0, lineCount));
  for (const s of sections) {
    if (!s || s.kind !== 'contact' || !s.range) continue;
    for (let l = Math.max(0, s.range.start.line); l <= s.range.end.line && l < lineCount; l++) inside[l] = 1;
  }
  return (line) => inside[line] === 1;
}

function contactZone(lines: string[], sections: Section[]): (line: number) => boolean {
  const inContactSection = contactSectionLineTest(sections, lines.length);
  const cvSections = sections.filter((s) => s && s.kind !== 'other' && s.kind !== 'contact');
  let topEnd: number;
  if (cvSections.length > 0) topEnd = Math.min(...cvSections.map((s) => s.headingRange.start.line));
  else if (sections.length > 1) topEnd = sections[1].headingRange.start.line;
  else topEnd = Math.min(lines.length, 15);

  // The end: a few lines after a closing horizontal rule.
  let endStart = lines.length;
  const headingLines = new Set(sections.map((s) => s.headingRange.start.line));
  let contentAfter = 0;
  for (let l = lines.length - 1; l > 0; l--) {
    const text = lines[l] ?? '';
    if (headingLines.has(l)) break;
    if (isThematicBreak(text) && (lines[l - 1] ?? '').trim() === '') {
      if (contentAfter <= 8) endStart = Math.min(endStart, l + 1);
      break;
    }
    if (text.trim() !== '') contentAfter++;
    if (contentAfter > 8) break;
  }
  return (line) => line < topEnd || line >= endStart || inContactSection(line);
}


// ---------------------------------------------------------------------------------------------
// One line: labelled values first, then unlabelled emails, phones and addresses.

interface LabelHit {
  kind: LabelKind;
  start: number;
  /** End of the label and its separator: the value starts here. */
  end: number;
  /** Separated from its value only by white space (no colon). */
  bare: boolean;
}

interface ValueSlice {
  kind: LabelKind;
  start: number;
  end: number;
}

function scanLine(
  line: number,
  view: string,
  raw: string,
  inZone: boolean,
  inContactSection: boolean,
  found: FoundItem[],
  addresses: AddressCandidate[],
  names: NameCandidate[],
  iconLabel: LabelKind | null = null,
): void {
  const values = labelledValues(view);
  if (iconLabel && values.length === 0) {
    // Definition-list value ": Trento" after an icon term: the whole line is the value.
    const start = /^[\s:>*+-]*/.exec(view)?.[0].length ?? 0;
    values.push({ kind: iconLabel, start, end: view.length });
  }
  const taken: Array<[number, number]> = [];

  for (const value of values) {
    if (value.kind === 'email') {
      taken.push([value.start, value.end]);
      readLabelledEmail(line, view, value, raw, found);
    } else if (value.kind === 'phone') {
      taken.push([value.start, value.end]);
      readLabelledPhone(line, view, value, raw, found);
    } else if (value.kind === 'address' || (value.kind === 'weak-address' && inZone)) {
      const trimmed = trimValue(view, value.start, value.end);
      if (!trimmed) continue;
      const addressText = view.slice(trimmed.start, trimmed.end);
      if (!/\p{L}/u.test(addressText) || NOT_GIVEN.test(addressText) || /@/.test(addressText)) continue;
      taken.push([value.start, value.end]);
      addresses.push({
        // "Via …, CAP Città": a template line still waiting to be filled in.
        item: spanItem(line, trimmed.start, trimmed.end, addressText, !/…|\.\.\./.test(addressText)),
        rank: value.kind === 'address' ? 1 : 2,
        fromFrontMatter: false,
      });
    } else if (value.kind === 'name' && inZone) {
      const trimmed = trimValue(view, value.start, value.end);
      if (!trimmed) continue;
      const candidate = view.slice(trimmed.start, trimmed.end);
      const name = candidate.replace(/\s+/g, ' ');
      if (looksLikePersonName(name)) names.push({ name, range: spanItem(line, trimmed.start, trimmed.end, name, true).range });
    } else if (value.kind === 'number') {
      taken.push([value.start, value.end]);
    }
  }

  const isTaken = (start: number): boolean => taken.some(([a, b]) => start >= a && start < b);

  // Unlabelled emails: only well-formed (or masked) ones.
  for (const m of view.includes('@') ? view.matchAll(EMAIL_TOKEN) : []) {
    const start = m.index ?? 0;
    if (isTaken(start)) continue;
    const value = trimEmailToken(m[0]);
    if (!isWellFormedEmail(value)) continue;
    if (view[start + m[0].length] === ':' && /\S/.test(view[start + m[0].length + 1] ?? '')) continue; // git@host:repo
    found.push(emailItem(raw, line, start, value, true));
  }

  // Unlabelled phones: only number shapes that are clearly phones.
  for (const run of /\d/.test(view) ? phoneRuns(view) : []) {
    if (isTaken(run.start)) continue;
    if (NOT_PHONE_LABEL.test(view.slice(Math.max(0, run.start - 24), run.start))) continue;
    for (const piece of splitRun(run)) {
      if (classifyPhone(piece.text, false) === 'valid') found.push(phoneItem(raw, line, piece.start, piece.text, true));
    }
  }

  // Unlabelled addresses: street, postcode, "City (PR)" or "City, Country", near the contact details.
  if (inZone || inContactSection) {
    const address = unlabelledAddress(view, taken);
    if (address) {
      addresses.push({
        item: spanItem(line, address.start, address.end, address.text, true),
        rank: inContactSection ? 2 : 3,
        fromFrontMatter: false,
      });
    }
  }
}

const ICON_CLASSES: Array<[RegExp, LabelKind]> = [
  [/\bfa-(?:envelope|at)\b|\bbi-envelope|\bicon-mail/i, 'email'],
  [/\bfa-(?:phone|mobile)|\bbi-telephone|\bicon-phone/i, 'phone'],
  [/\bfa-(?:map-marker|location|map-pin|home|house)|\bbi-geo|\bicon-location/i, 'weak-address'],
];

function headingLabelLines(sections: Section[], views: Array<string | null>): Map<number, LabelKind> {
  const labelled = new Map<number, LabelKind>();
  for (const section of sections) {
    if (!section || typeof section.title !== 'string') continue;
    if (section.title.length > 40) continue;
    const title = section.title.replace(/[\p{Extended_Pictographic}\p{So}\u200d\ufe0f:]/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    const kind = LABEL_KIND_BY_WORDS.get(title);
    if (!kind || kind === 'other') continue;
    const from = Math.max(section.headingRange.end.line, section.headingRange.start.line) + 1;
    const to = Math.min(section.bodyEndLine ?? from, views.length - 1);
    for (let l = from; l <= to; l++) {
      const view = views[l];
      if (view === null || view.trim() === '' || /^[\s=\-]+$/.test(view)) continue;
      labelled.set(l, kind === 'weak-address' ? 'address' : kind);
      break;
    }
  }
  return labelled;
}

function iconClassLabel(raw: string): LabelKind | null {
  if (!/<i\b|<span\b/i.test(raw)) return null;
  return ICON_CLASSES.find(([re]) => re.test(raw))?.[1] ?? null;
}

const MAY_HOLD_LABEL = /[:：=|•·;\t–—\u2709\u260E\u260F\u2302\uD83C\uD83D]/;

function labelledValues(view: string): ValueSlice[] {
  const slices: ValueSlice[] = [];
  // Most prose lines cannot hold a label: no separator, and the first word opens no label.
  if (!MAY_HOLD_LABEL.test(view)) {
    const first = /\p{L}+/u.exec(view)?.[0].toLowerCase();
    if (!first || !LABELS_BY_FIRST_WORD.has(first)) return slices;
  }
  const segments = splitSegments(view);
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const segText = view.slice(seg.start, seg.end);
    const hits = findLabels(segText).map((h) => ({ ...h, start: h.start + seg.start, end: h.end + seg.start }));
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      let valueStart = hit.end;
      let valueEnd = i + 1 < hits.length ? hits[i + 1].start : seg.end;
      let valueText = view.slice(valueStart, valueEnd);
      const labelAlone = i === 0 && view.slice(seg.start, hit.start).trim() === '' && valueText.trim() === '';
      if (labelAlone && s + 1 < segments.length) {
        // Table row "| Telefono | +39 … |": the value is the next cell.
        const next = segments[s + 1];
        if (findLabels(view.slice(next.start, next.end)).length === 0) {
          valueStart = next.start;
          valueEnd = next.end;
          valueText = view.slice(valueStart, valueEnd);
        }
      } else if (hit.bare) {
        // Without a colon, "Mobile developer" is not a phone label: the value must look like one.
        const first = valueText.trimStart();
        if (hit.kind === 'phone' && !/^[+(\d]/.test(first)) continue;
        if (hit.kind === 'email' && !/@/.test(first.split(/\s/)[0] ?? '')) continue;
        if (hit.kind !== 'phone' && hit.kind !== 'email' && hit.kind !== 'number' && hit.kind !== 'other') continue;
      }
      if (hit.kind === 'other') continue;
      slices.push({ kind: hit.kind, start: valueStart, end: valueEnd });
    }
  }
  return slices;
}

/** Pieces of a line that each hold one detail: split at "|", "•", "·", ";", tabs and spaced dashes ("Ancona — tel."). */
function splitSegments(view: string): Array<{ start: number; end: number }> {
  const segments: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of view.matchAll(SEGMENT_SEPARATOR)) {
    const at = m.index ?? 0;
    segments.push({ start, end: at });
    start = at + 1;
  }
  segments.push({ start, end: view.length });
  return segments;
}

const SEGMENT_SEPARATOR = /[|•·;\t\u22C5\u2219]|(?<=\s)[–—](?=\s)/g;

function findLabels(segment: string): LabelHit[] {
  const hits: LabelHit[] = [];
  const lead = /^[\s\-*+>#\d.)\u2022\u25AA\u25B8\u2013\u2014:]*/.exec(segment)?.[0].length ?? 0;
  // Without a colon, a label can only open the segment ("Tel. 333…", a table cell "Telefono").
  const words = /[:：=]/.test(segment) ? segment.matchAll(/\p{L}+/gu) : [/\p{L}+/u.exec(segment)].filter((m) => m !== null);
  for (const token of words) {
    const entries = LABELS_BY_FIRST_WORD.get(token[0].toLowerCase());
    if (!entries) continue;
    const start = token.index ?? 0;
    const before = segment.charCodeAt(start - 1);
    if (before >= 48 && before <= 57) continue;
    let entry: LabelEntry | undefined;
    let labelLength = 0;
    for (const candidate of entries) {
      candidate.pattern.lastIndex = start;
      if (candidate.pattern.test(segment)) {
        entry = candidate;
        labelLength = candidate.pattern.lastIndex - start;
        break;
      }
    }
    if (!entry) continue;
    const after = segment.slice(start + labelLength);
    const sep = /^\s*(?:\([^)]{0,20}\))?\s*([:：=]|\.(?=\s|$)|[-–—](?=\s))?\s*/.exec(after);
    const sepText = sep?.[0] ?? '';
    const hasColon = /[:：=]/.test(sep?.[1] ?? '');
    const atSegmentStart = segment.slice(0, start).trim() === '' || start <= lead;
    const kind = entry.kind;
    if (entry.single && !hasColon) continue;
    if (!hasColon && !atSegmentStart) continue;
    // "Company name: Acme" is not the CV owner's name.
    if (kind === 'name' && !atSegmentStart) continue;
    // "Tel." / "Tel -" count as a separator; bare white space needs the value check.
    const bare = !hasColon && !(sep?.[1] ?? '');
    hits.push({ kind, start, end: start + labelLength + sepText.length, bare });
  }
  for (const m of segment.matchAll(ICON_LABEL_PATTERN)) {
    const start = m.index ?? 0;
    const kind = ICON_LABELS.find(([re]) => re.test(m[0]))?.[1];
    if (!kind) continue;
    const sep = /^\s*:?\s*/.exec(segment.slice(start + m[0].length))?.[0] ?? '';
    hits.push({ kind, start, end: start + m[0].length + sep.length, bare: false });
  }
  for (const m of segment.includes(':') ? segment.matchAll(GENERIC_LABEL_PATTERN) : []) {
    const start = m.index ?? 0;
    if (hits.some((h) => start >= h.start && start < h.end)) continue;
    hits.push({ kind: 'other', start, end: start + m[0].length, bare: false });
  }
  hits.sort((a, b) => a.start - b.start);
  // Drop labels that sit inside the previous label's separator (e.g. "E-mail" then "mail").
  return hits.filter((h, i) => i === 0 || h.start >= hits[i - 1].end);
}

function trimValue(view: string, start: number, end: number): { start: number; end: number } | null {
  let a = start;
  let b = end;
  while (a < b && /[\s,;:|\-–—*_>]/.test(view[a])) a++;
  while (b > a && /[\s,;:|\-–—*_(]/.test(view[b - 1])) b--;
  while (b > a && view[b - 1] === '.' && !/\.\.$|…$/.test(view.slice(a, b)) && !/\b[A-Z]\.$/.test(view.slice(a, b))) b--;
  return b > a ? { start: a, end: b } : null;
}

// ---------------------------------------------------------------------------------------------
// Emails

const EMAIL_TOKEN = /(?<![\p{L}\p{N}._%+\-*@])[\p{L}\p{N}._%+\-*]+@+[\p{L}\p{N}.\-*…]*/gu;
const WELL_FORMED_EMAIL =
  /^[\p{L}\p{N}_%+\-*]+(?:\.[\p{L}\p{N}_%+\-*]+)*@[\p{L}\p{N}*](?:[\p{L}\p{N}\-*]*[\p{L}\p{N}*])?(?:\.[\p{L}\p{N}*](?:[\p{L}\p{N}\-*]*[\p{L}\p{N}*])?)*\.[\p{L}*]{2,}$/u;

function isWellFormedEmail(value: string): boolean {
  return WELL_FORMED_EMAIL.test(value) && !/\*{1,}$/.test(value.split('.').pop() ?? '');
}

function trimEmailToken(token: string): string {
  return token.replace(/[.\-]+$/, '');
}

function emailItem(raw: string, line: number, start: number, value: string, valid: boolean): FoundItem {
  return { kind: 'email', item: makeItem(raw, line, start, value, valid), key: value.toLowerCase(), fromFrontMatter: false };
}

function readLabelledEmail(line: number, view: string, value: ValueSlice, raw: string, found: FoundItem[]): void {
  const text = view.slice(value.start, value.end);
  let any = false;
  for (const m of text.matchAll(EMAIL_TOKEN)) {
    const token = trimEmailToken(m[0]);
    any = true;
    found.push(emailItem(raw, line, value.start + (m.index ?? 0), token, isWellFormedEmail(token)));
  }
  if (any) return;
  const trimmed = trimValue(view, value.start, value.end);
  if (!trimmed) return;
  const valueText = view.slice(trimmed.start, trimmed.end);
  // "mario [at] example.it": written so robots cannot read it, but present for a human.
  if (/^[\p{L}\p{N}._%+\-]+\s*[[(]\s*(?:at|chiocciola)\s*[\])]\s*[\p{L}\p{N}.\-]+(?:\s*[[(]\s*(?:dot|punto)\s*[\])]\s*\p{L}+)?$/iu.test(valueText)) {
    found.push(emailItem(raw, line, trimmed.start, valueText, true));
    return;
  }
  // One dotted token with no "@" ("mario.rossi.gmail.com") is an email written wrong.
  if (/^[\p{L}\p{N}._%+\-]+\.[\p{L}\p{N}._%+\-]+$/u.test(valueText) || /^[\p{L}\p{N}._%+\-]*(?:…|\.\.\.)$/u.test(valueText)) {
    found.push(emailItem(raw, line, trimmed.start, valueText, false));
  }
}

// ---------------------------------------------------------------------------------------------
// Phones

interface TextPiece {
  start: number;
  text: string;
}

const PHONE_RUN =
  /(?:\(\+?\d{1,4}\)[\s\u00a0.\-]*|\+(?=\d)|\+\s(?=\d))?[\d*]+(?:(?:[\s\u00a0]{1,2}|[\s\u00a0]?[.\-\u2010\u2011][\s\u00a0]?|\/|[\s\u00a0]?\(\d{1,4}\)[\s\u00a0]?)[\d*]+)*/g;

/** Digit runs that may be phone numbers, with their boundaries checked. */
function phoneRuns(text: string): TextPiece[] {
  const runs: TextPiece[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const start = m.index ?? 0;
    const value = m[0];
    const before = text[start - 1] ?? '';
    const after = text[start + value.length] ?? '';
    if (/[\p{L}\p{N}@._/\\\-*#&=%$€£,]/u.test(before) && !(before === '.' && /\s/.test(text[start - 2] ?? ''))) continue;
    if (/[\p{L}\p{N}@%€£$]/u.test(after)) continue;
    if (/^\*/.test(value)) continue;
    if (!/\d/.test(value)) continue;
    runs.push({ start, text: value });
  }
  return runs;
}

/** A run may hold two numbers ("333 1234567 - 02 1234567"); try the obvious split points. */
function splitRun(run: TextPiece): TextPiece[] {
  if (classifyPhone(run.text, false) !== null) return [run];
  const pieces: TextPiece[] = [];
  let offset = 0;
  for (const part of run.text.split(/(\s[-–]\s|\s{2,}|\/)/)) {
    if (/^(\s[-–]\s|\s{2,}|\/)$/.test(part)) {
      offset += part.length;
      continue;
    }
    if (part) pieces.push({ start: run.start + offset, text: part });
    offset += part.length;
  }
  return pieces.length > 1 ? pieces : [run];
}

/** Every group a day, month or year, with a year among them: "03/2019", "2016 - 2019", "01.03.2019". */
function looksLikeDate(value: string): boolean {
  const groups = value.match(/\d+/g) ?? [];
  if (groups.length === 0) return false;
  const isYear = (g: string) => /^(?:19|20)\d{2}$/.test(g);
  if (!groups.some(isYear)) return /^\d{1,2}[./-]\d{1,2}[./-]\d{2}$/.test(value.trim());
  return groups.every((g) => g.length <= 2 || isYear(g));
}

/**
 * 'valid' = a phone number; 'invalid' = meant as one but too short or too long (labelled lines only);
 * null = not a phone number.
 */
function classifyPhone(value: string, labelled: boolean): 'valid' | 'invalid' | null {
  const text = value.trim();
  if (!text || looksLikeDate(text)) return labelled && /\d/.test(text) ? 'invalid' : null;
  const digits = (text.match(/\d/g) ?? []).length;
  const stars = (text.match(/\*/g) ?? []).length;
  const total = digits + stars;
  const masked = stars >= 3 && digits >= 1;
  const international = /^(?:\+|\(\+?\d)/.test(text) || /^00[1-9]/.test(text);
  const separated = /[\s.\-/()]/.test(text.replace(/^\(\+?\d{1,4}\)|^\+/, ''));

  if (labelled) {
    if (international) return total >= 8 && total <= 15 ? 'valid' : 'invalid';
    if (masked) return total >= 6 && total <= 15 ? 'valid' : 'invalid';
    return total >= 6 && total <= 11 ? 'valid' : 'invalid';
  }
  if (masked) return /^(?:\+|\(|0|3)/.test(text) && total >= 8 && total <= 15 ? 'valid' : null;
  if (stars > 0) return null;
  if (international) return digits >= 8 && digits <= 15 ? 'valid' : null;
  if (/^\(\d{3}\)\s?\d{3}[-.\s]\d{4}$/.test(text) || /^\d{3}[-.]\d{3}[-.]\d{4}$/.test(text)) return 'valid';
  if (text.startsWith('3')) return (separated ? digits >= 9 : digits === 10) && digits <= 10 ? 'valid' : null;
  if (text.startsWith('0')) return (separated ? digits >= 8 && digits <= 11 : digits >= 9 && digits <= 10) ? 'valid' : null;
  return null;
}

function phoneItem(raw: string, line: number, start: number, value: string, valid: boolean): FoundItem {
  return { kind: 'phone', item: makeItem(raw, line, start, value, valid), key: phoneKey(value), fromFrontMatter: false };
}

function phoneKey(value: string): string {
  let key = value.replace(/[^\d*]/g, '');
  if (value.trim().startsWith('00')) key = key.slice(2);
  if (key.startsWith('39') && key.length >= 11) key = key.slice(2);
  return key;
}

/** A labelled phone: every number in the value; if none is a phone, the value itself is malformed. */
function readLabelledPhone(line: number, view: string, value: ValueSlice, raw: string, found: FoundItem[]): void {
  const text = view.slice(value.start, value.end);
  let valid = 0;
  const runs = phoneRunsLoose(text);
  for (const run of runs) {
    for (const piece of splitRunLabelled(run)) {
      if (classifyPhone(piece.text, true) === 'valid') {
        valid++;
        found.push(phoneItem(raw, line, value.start + piece.start, piece.text, true));
      }
    }
  }
  if (valid > 0) return;
  const trimmed = trimValue(view, value.start, value.end);
  if (!trimmed) return;
  // The malformed value: from its first phone-like character to the last one before any words.
  const valueText = view.slice(trimmed.start, trimmed.end);
  const phoneLike = (/^[+(]?[\d*+()\s.\-/…x_]*/i.exec(valueText)?.[0] ?? '').replace(/(?:[\s(\-/]|(?<!\.\.)\.(?!\.))+$/, '');
  const hasDigits = /\d/.test(phoneLike);
  const isPlaceholder = /…|\.\.\.|x{3,}|_{3,}/i.test(phoneLike) && (/^[+(\d]/.test(phoneLike) || /^(?:…|\.{3,})$/.test(phoneLike));
  if ((hasDigits && (phoneLike.match(/\d/g) ?? []).length >= 2) || isPlaceholder) {
    found.push(phoneItem(raw, line, trimmed.start, phoneLike, false));
  }
}

/** Like phoneRuns, but a run may start with "*" (a fully masked number after a label). */
function phoneRunsLoose(text: string): TextPiece[] {
  const runs: TextPiece[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const start = m.index ?? 0;
    const before = text[start - 1] ?? '';
    const after = text[start + m[0].length] ?? '';
    if (/[\p{L}\p{N}@_\\]/u.test(before) || /[\p{L}\p{N}@%€£$]/u.test(after)) continue;
    runs.push({ start, text: m[0] });
  }
  return runs;
}

function splitRunLabelled(run: TextPiece): TextPiece[] {
  if (classifyPhone(run.text, true) === 'valid') return [run];
  const pieces = splitRun({ start: run.start, text: run.text });
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Addresses

function unlabelledAddress(view: string, taken: Array<[number, number]>): { start: number; end: number; text: string } | null {
  for (const seg of splitSegments(view)) {
    if (taken.some(([a, b]) => seg.start < b && a < seg.end)) continue;
    const segText = view.slice(seg.start, seg.end);
    if (!/\p{L}/u.test(segText)) continue;
    const match = firstAddressMatch(segText);
    if (!match) continue;
    const trimmed = trimValue(view, seg.start + match.index, seg.end);
    if (!trimmed) continue;
    let end = trimmed.end;
    // A long segment is a sentence: keep only the address part of it.
    if (end - trimmed.start > 90) end = seg.start + match.index + match.length;
    const text = view.slice(trimmed.start, end);
    if (text.trim()) return { start: trimmed.start, end, text };
  }
  return null;
}

function firstAddressMatch(text: string): { index: number; length: number } | null {
  const candidates: Array<{ index: number; length: number }> = [];
  for (const re of [IT_STREET, EN_STREET, CAP_CITY, UK_POSTCODE, US_CITY_ZIP]) {
    const m = re.exec(text);
    if (m) candidates.push({ index: m.index, length: m[0].length });
  }
  const province = CITY_PROVINCE.exec(text);
  if (province && ITALIAN_PROVINCES.has(province[1])) candidates.push({ index: province.index, length: province[0].length });
  const place = placeWithCountry(text);
  if (place) candidates.push(place);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0];
}

/** "Worthing, West Sussex, United Kingdom" or "Milano, Italia": places ending in a country. */
function placeWithCountry(text: string): { index: number; length: number } | null {
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  const body = text.trim().replace(/[.\s]+$/, '');
  if (!body || body.length > 80) return null;
  const chunks = body.split(/\s*,\s*/);
  if (chunks.length < 2 || chunks.length > 4) return null;
  const placeChunk = /^[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{L}'’.\-]+){0,3}$/u;
  if (!chunks.every((c) => placeChunk.test(c))) return null;
  if (!COUNTRIES.has(chunks[chunks.length - 1].toLowerCase())) return null;
  return { index: lead, length: body.length };
}

// ---------------------------------------------------------------------------------------------
// Link targets the spans do not carry: [scrivimi](mailto:…), [chiamami](tel:…)

function scanLinkTargets(lines: string[], skipped: Set<number>, found: FoundItem[]): void {
  for (let line = 0; line < lines.length; line++) {
    if (skipped.has(line)) continue;
    const raw = lines[line] ?? '';
    if (!/mailto:|tel:/i.test(raw)) continue;
    for (const m of raw.matchAll(/mailto:([^\s)>"'?<\]]+)/gi)) {
      let address = m[1];
      try {
        address = decodeURIComponent(address);
      } catch {
        // keep it as written
      }
      address = trimEmailToken(address);
      if (!isWellFormedEmail(address)) continue;
      const start = (m.index ?? 0) + 'mailto:'.length;
      found.push({ kind: 'email', item: itemAt(line, start, m[1].length, address, true), key: address.toLowerCase(), fromFrontMatter: false });
    }
    for (const m of raw.matchAll(/tel:([+\d][\d\s().\-]*\d)/gi)) {
      const number = m[1];
      const valid = classifyPhone(number, true) === 'valid';
      if (!valid) continue;
      const start = (m.index ?? 0) + 'tel:'.length;
      found.push({ kind: 'phone', item: itemAt(line, start, number.length, number, true), key: phoneKey(number), fromFrontMatter: false });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Front matter

const FM_NAME_KEYS = ['name', 'nome', 'full_name', 'fullname', 'nome_completo', 'nominativo'];
const FM_EMAIL_KEYS = ['email', 'e-mail', 'e_mail', 'mail', 'pec'];
const FM_PHONE_KEYS = ['phone', 'telephone', 'tel', 'telefono', 'cellulare', 'cell', 'mobile', 'cellphone'];
const FM_ADDRESS_KEYS = ['address', 'indirizzo', 'location', 'residenza', 'domicilio', 'city', 'città', 'citta'];
const FM_CONTAINER_KEYS = ['contact', 'contacts', 'contatti', 'recapiti', 'personal', 'personal_info', 'info', 'dati_personali', 'basics'];

function readFrontMatter(frontMatter: FrontMatter, lines: string[], found: FoundItem[], addresses: AddressCandidate[]): void {
  const data = frontMatter.data;
  if (!data || typeof data !== 'object') return;
  const containers: Array<Record<string, unknown>> = [data];
  for (const key of FM_CONTAINER_KEYS) {
    const nested = getKey(data, key);
    if (nested && typeof nested === 'object' && !Array.isArray(nested)) containers.push(nested as Record<string, unknown>);
  }
  const seenEmails = new Set<string>();
  for (const container of containers) {
    for (const key of FM_EMAIL_KEYS) {
      for (const value of stringValues(getKey(container, key))) {
        const valid = isWellFormedEmail(value);
        seenEmails.add(value.toLowerCase());
        found.push({ kind: 'email', item: frontMatterItem(frontMatter, lines, value, valid), key: value.toLowerCase(), fromFrontMatter: true });
      }
    }
    for (const key of FM_PHONE_KEYS) {
      for (const value of stringValues(getKey(container, key), lines, frontMatter, key)) {
        const valid = classifyPhone(value, true) === 'valid';
        found.push({ kind: 'phone', item: frontMatterItem(frontMatter, lines, value, valid), key: phoneKey(value), fromFrontMatter: true });
      }
    }
    for (const key of FM_ADDRESS_KEYS) {
      const value = stringValues(getKey(container, key))[0];
      if (value && /\p{L}/u.test(value) && !NOT_GIVEN.test(value)) {
        addresses.push({ item: frontMatterItem(frontMatter, lines, value, true), rank: 0, fromFrontMatter: true });
      }
    }
  }
  // Emails anywhere else in the front matter (an "abstract" listing contact methods, say).
  for (const text of allStrings(data, 0)) {
    for (const m of text.matchAll(EMAIL_TOKEN)) {
      const value = trimEmailToken(m[0]);
      if (!isWellFormedEmail(value) || seenEmails.has(value.toLowerCase())) continue;
      seenEmails.add(value.toLowerCase());
      found.push({ kind: 'email', item: frontMatterItem(frontMatter, lines, value, true), key: value.toLowerCase(), fromFrontMatter: true });
    }
  }
}

function getKey(object: Record<string, unknown>, key: string): unknown {
  for (const k of Object.keys(object)) if (k.toLowerCase() === key) return object[k];
  return undefined;
}

/**
 * String values of a field (arrays flattened). Numbers are taken from the raw line when possible,
 * because YAML reads `phone: 0212345678` as a number and drops the leading zero.
 */
function stringValues(value: unknown, lines?: string[], frontMatter?: FrontMatter, key?: string): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (lines && frontMatter && key) {
      const raw = rawFrontMatterValue(lines, frontMatter, key);
      if (raw) return [raw];
    }
    return [String(value)];
  }
  if (Array.isArray(value)) return value.flatMap((v) => stringValues(v, lines, frontMatter, key));
  return [];
}

function rawFrontMatterValue(lines: string[], frontMatter: FrontMatter, key: string): string | null {
  const pattern = new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*[:=]\\s*["']?([^"'#]+?)["']?\\s*(?:#.*)?$`, 'i');
  for (let l = frontMatter.range.start.line; l <= frontMatter.range.end.line && l < lines.length; l++) {
    const m = pattern.exec(lines[l] ?? '');
    if (m) return m[1].trim();
  }
  return null;
}

function allStrings(value: unknown, depth: number): string[] {
  if (depth > 6) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.slice(0, 500).flatMap((v) => allStrings(v, depth + 1));
  if (value && typeof value === 'object') return Object.values(value as Record<string, unknown>).slice(0, 500).flatMap((v) => allStrings(v, depth + 1));
  return [];
}

/** The value's own range inside the front matter when it can be found there, else the front matter's. */
function frontMatterItem(frontMatter: FrontMatter, lines: string[], value: string, valid: boolean): ContactItem {
  const { start, end } = frontMatter.range;
  for (let l = start.line; l <= end.line && l < lines.length; l++) {
    const at = (lines[l] ?? '').indexOf(value);
    if (at >= 0) return itemAt(l, at, value.length, value, valid);
  }
  return { value, range: cloneRange(frontMatter.range), valid };
}

// ---------------------------------------------------------------------------------------------
// Name

function findName(frontMatter: FrontMatter | null, lines: string[], sections: Section[], labelled: NameCandidate[]): NameCandidate | null {
  if (frontMatter?.data && typeof frontMatter.data === 'object') {
    const data = frontMatter.data;
    const containers: Array<Record<string, unknown>> = [data];
    for (const key of FM_CONTAINER_KEYS) {
      const nested = getKey(data, key);
      if (nested && typeof nested === 'object' && !Array.isArray(nested)) containers.push(nested as Record<string, unknown>);
    }
    for (const container of containers) {
      for (const key of FM_NAME_KEYS) {
        const value = stringValues(getKey(container, key))[0];
        if (value && value.length <= 80 && !/@|https?:/.test(value)) return { name: value, range: frontMatterItem(frontMatter, lines, value, true).range };
      }
    }
    for (const key of ['title', 'author']) {
      let value: unknown = getKey(data, key);
      if (value && typeof value === 'object' && !Array.isArray(value)) value = getKey(value as Record<string, unknown>, 'name');
      const text = stringValues(value)[0];
      const name = text ? personNameIn(text) : null;
      if (name) return { name, range: frontMatterItem(frontMatter, lines, text ?? name, true).range };
    }
  }
  // The first heading that is a person's name, before the CV's own sections begin.
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    if (!section) continue;
    if (section.kind !== 'other' && section.kind !== 'contact') break;
    if (section.kind === 'contact') continue;
    if (section.level !== 1 && i !== 0 && !section.pseudo && section.level > 2) continue;
    const name = personNameIn(section.title ?? '');
    if (name) return { name, range: cloneRange(section.headingRange) };
  }
  return labelled[0] ?? null;
}

/** The person's name in a title: "Mario Rossi", "Curriculum Vitae di Mario Rossi", "Mario Rossi – CV". */
function personNameIn(title: string): string | null {
  let text = title.replace(/[*_`#\p{Extended_Pictographic}\p{So}\u200d\ufe0f]/gu, ' ').replace(/\s+/g, ' ').trim();
  const cvWord = '(?:curriculum\\s+vitae|curriculum|c\\.?v\\.?|resume|résumé)';
  const after = new RegExp(`${cvWord}\\b.*?\\b(?:di|of|de|von)\\s+(.+)$`, 'iu').exec(text);
  if (after) text = after[1];
  text = text
    .replace(new RegExp(`^${cvWord}\\s*[-–—:|]\\s*`, 'iu'), '')
    .replace(new RegExp(`\\s*(?:[-–—:|]\\s*|['’]s\\s+)${cvWord}\\s*$`, 'iu'), '')
    .trim();
  return looksLikePersonName(text) ? text : null;
}

/** 2–4 capitalised words (plus particles such as "da", "van"), no digits, no section words. */
const HONORIFIC = /^(?:dott(?:\.ssa|ssa|\.)?|dr\.?|ing\.|avv\.|prof(?:\.ssa|\.)?|sig(?:\.ra|\.)|rag\.|arch\.|geom\.|mr\.?|mrs\.?|ms\.?)\s+/i;

export function looksLikePersonName(text: string): boolean {
  const value = text.trim().replace(HONORIFIC, '').replace(/[,.;:]+$/, '');
  if (!value || value.length > 60 || /[\d@/\\:()[\]{}|<>=+]/.test(value)) return false;
  const words = value.split(/\s+/);
  let nameWords = 0;
  for (const word of words) {
    const folded = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (NAME_PARTICLES.has(word) && nameWords > 0) continue;
    if (NOT_NAME_WORDS.has(folded.replace(/['’]s$/, ''))) return false;
    // Long abstract nouns ("Administration", "Organizzazione") are not names.
    if (folded.length >= 7 && /(?:tion|zione|sione|ness|ship|ity)$/.test(folded)) return false;
    if (/^\p{Lu}\.$/u.test(word)) {
      nameWords++;
      continue;
    }
    if (!/^\p{Lu}[\p{L}'’\-]+$/u.test(word)) return false;
    nameWords++;
  }
  return nameWords >= 2 && nameWords <= 4;
}

// ---------------------------------------------------------------------------------------------
// Position

function contactPosition(sections: Section[], sectionIndex: number, itemLines: Array<number | 'front-matter'>): ContactPosition {
  if (itemLines.length === 0) return 'none';
  const cvSectionLines = sections
    .filter((s) => s && s.kind !== 'other' && s.kind !== 'contact')
    .map((s) => s.headingRange.start.line);
  if (sectionIndex >= 0) {
    const line = sections[sectionIndex].headingRange.start.line;
    if (cvSectionLines.length === 0) return 'top';
    if (cvSectionLines.every((l) => l > line)) return 'top';
    if (cvSectionLines.every((l) => l < line)) return 'end';
    return 'middle';
  }
  if (cvSectionLines.length === 0) return 'top';
  const first = Math.min(...cvSectionLines);
  const lastStart = Math.max(...cvSectionLines);
  const zones = itemLines.map((l): ContactPosition => (l === 'front-matter' || l < first ? 'top' : l >= lastStart ? 'end' : 'middle'));
  const counts: Record<string, number> = {};
  for (const z of zones) counts[z] = (counts[z] ?? 0) + 1;
  const best = Math.max(...Object.values(counts));
  const leaders = (['top', 'end', 'middle'] as ContactPosition[]).filter((z) => counts[z] === best);
  return leaders.length === 1 ? leaders[0] : zones.find((z) => leaders.includes(z)) ?? 'middle';
}

// ---------------------------------------------------------------------------------------------
// Ranges

/** A range for `value` found at `start` in the view; re-anchored on the raw line when the text is there. */
function makeItem(raw: string, line: number, start: number, value: string, valid: boolean): ContactItem {
  return { value, range: rangeOf(raw, line, start, value), valid };
}

function rangeOf(raw: string, line: number, start: number, value: string): Range {
  let at = start;
  if (raw.slice(start, start + value.length) !== value) {
    const near = raw.indexOf(value, Math.max(0, start - 20));
    const anywhere = near >= 0 ? near : raw.indexOf(value);
    if (anywhere >= 0) at = anywhere;
  }
  const begin = Math.min(at, raw.length);
  const end = Math.min(begin + value.length, raw.length);
  return { start: { line, character: begin }, end: { line, character: end } };
}

/** An item whose text may hold blanked-out markup (link brackets): the value reads with single spaces. */
function spanItem(line: number, start: number, end: number, text: string, valid: boolean): ContactItem {
  return { value: text.replace(/\s+/g, ' ').trim(), range: { start: { line, character: start }, end: { line, character: end } }, valid };
}

function itemAt(line: number, character: number, length: number, value: string, valid: boolean): ContactItem {
  return { value, range: { start: { line, character }, end: { line, character: character + length } }, valid };
}

function cloneRange(range: Range): Range {
  return { start: { ...range.start }, end: { ...range.end } };
}

function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
