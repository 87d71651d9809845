// Template placeholders: text a CV template asks the person to replace ("[Your Email]", "Via XXXXX",
// "Nome Cognome", "{{ email }}", "+39 000 0000000"). A placeholder is never the person's data: the
// contact extractor turns such values down, and the `placeholder` rule points at every one of them.
import type { FrontMatter, Range } from './types';

export type PlaceholderKind =
  /** "[INDIRIZZO COMPLETO]", "{nome}", "{{ email }}", "<your name>". */
  | 'bracketed'
  /** Runs of X standing for digits or letters: "XXX", "333 XXX XXXX", "Via XXXXX". */
  | 'filler'
  | 'lorem-ipsum'
  /** "Nome Cognome", "First Last", "Your Name". */
  | 'template-name'
  /** "nome.cognome@example.com", "email@email.com", "you@yourdomain.com". */
  | 'template-email'
  /** "+39 000 0000000", "123-456-7890", "(555) 123-4567". */
  | 'template-phone';

export interface Placeholder {
  value: string;
  range: Range;
  kind: PlaceholderKind;
}

interface PlaceholderMatch {
  start: number;
  end: number;
  kind: PlaceholderKind;
}

// ---------------------------------------------------------------------------------------------
// Words a template puts between brackets

/** Words that open an instruction to the reader: "[Your Email]", "[Inserisci il ruolo]". */
const PROMPT_WORDS = new Set(
  'your tuo tua tuoi tue il la i le insert inserisci inserire enter add aggiungi scrivi write type replace sostituisci placeholder todo tbd'.split(' '),
);

/** Field names a template leaves to fill: "[Nome]", "[INDIRIZZO COMPLETO]", "<phone number>". */
const FIELD_WORDS = new Set(
  (
    'name first last full surname nome cognome nominativo email e-mail mail phone telephone mobile telefono cellulare cell ' +
    'number numero address street indirizzo city town citta cap zip postcode country paese nazione province provincia ' +
    'date data birth nascita company azienda societa employer datore job title titolo role ruolo position posizione ' +
    'university universita school scuola istituto degree laurea diploma year anno month mese linkedin github website sito ' +
    'url link location luogo description descrizione completo completa complete here qui profile profilo username photo foto ' +
    'start end inizio fine field advisor citation talk tool language lingua certification certificazione skill award category portfolio project progetto ' +
    // The words of cvlint's own section templates ("[Titolo di studio]", "[livello QCER]", "[Software or tool]").
    'studio study course corso level livello qcer cefr software programma strumento quality qualita personale personal duty attivita'
  ).split(' '),
);

/** Small words allowed between field words ("[Nome e Cognome]", "[City, Country]"). */
const CONNECTORS = new Set('e and & di del della of the o or / - ,'.split(' '));

/** Real HTML elements: `<address>` or `<b>` is markup, `<your name>` is not. */
const HTML_TAGS = new Set(
  (
    'a abbr address article aside b bdi bdo big blockquote body br button caption center cite code col colgroup data dd del ' +
    'details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img ' +
    'input ins kbd label legend li link main mark meta nav object ol p picture pre q s samp section small source span ' +
    'strike strong style sub summary sup svg table tbody td th thead time title tr tt u ul var video wbr'
  ).split(' '),
);

const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The text between brackets is a field to fill: it starts with a prompt word, or is made of field names. */
function isTemplateField(inner: string): boolean {
  const words = fold(inner)
    .replace(/[,/]/g, ' $& ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/(?<=\p{L})\d$/u, ''));
  if (words.length === 0 || words.length > 6) return false;
  if (!/\p{L}{2}/u.test(inner)) return false;
  if (PROMPT_WORDS.has(words[0]) && words.length > 1) return true;
  let fields = 0;
  for (const word of words) {
    if (FIELD_WORDS.has(word)) fields++;
    else if (!CONNECTORS.has(word)) return false;
  }
  return fields > 0;
}

// ---------------------------------------------------------------------------------------------
// Whole values: emails and phone numbers that only a template would write

const TEMPLATE_EMAIL_LOCAL =
  /^(?:nome[._-]?cognome|cognome[._-]?nome|name[._-]?surname|first[._-]?(?:name[._-]?)?last(?:[._-]?name)?|your[._-]?(?:name|email|e-?mail|mail|address|username)?|you|tuo[._-]?nome|tua[._-]?(?:email|e-?mail|mail)|la[._-]?tua[._-]?(?:email|e-?mail|mail)|il[._-]?tuo[._-]?nome|nome|name|email|e-?mail|indirizzo|username|user)$/;
const TEMPLATE_EMAIL_DOMAIN = /^(?:(?:your|tuo|my|mio)?(?:domain|dominio)|email|e-mail|company)\.[a-z]{2,}$/;

/** "nome.cognome@example.com", "email@email.com", "mario@dominio.it". A real name at example.com is not
 *  one: tests and sample CVs use RFC 2606 domains for invented people on purpose. */
export function isTemplateEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = fold(value.slice(0, at));
  const domain = fold(value.slice(at + 1));
  return TEMPLATE_EMAIL_LOCAL.test(local) || TEMPLATE_EMAIL_DOMAIN.test(domain);
}

/** "+39 000 0000000", "+49 111 111111", "123-456-7890", "0123456789", and the US fictional "555" numbers. */
export function isTemplatePhone(value: string): boolean {
  const text = value.trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return false;
  const national: string[] = [digits];
  // "+39 000 0000000": the country code is real, the rest is filler.
  const prefix = /^(?:\+|00)\s*\(?(\d{1,3})\)?[\s.\-]/.exec(text);
  if (prefix) national.push(digits.slice((text.startsWith('00') ? 2 : 0) + prefix[1].length));
  for (const d of national) {
    if (d.length < 6) continue;
    if (/^(\d)\1+$/.test(d)) return true;
    if (d.length >= 7 && [...d].every((c, i) => i === 0 || Number(c) === (Number(d[i - 1]) + 1) % 10)) return true;
  }
  return isUsFictional(text, digits);
}

/** 555 numbers are reserved for fiction in North America; only US-shaped numbers are judged, because
 *  "349 555 0147" is a plausible Italian mobile. */
function isUsFictional(text: string, digits: string): boolean {
  const usShaped =
    /^(?:\+1|001)[\s.\-]?/.test(text) ||
    /^\(\d{3}\)\s?\d{3}[\s.\-]\d{4}$/.test(text) ||
    (/^[1-9]\d{2}[.\-]\d{3}[.\-]\d{4}$/.test(text) && !/^[03]/.test(text)) ||
    /^555[.\-]\d{4}$/.test(text);
  if (!usShaped) return false;
  const countryCode = /^\+1|^001/.exec(text)?.[0];
  const ten = countryCode ? digits.slice(countryCode.length - (countryCode === '+1' ? 1 : 0)) : digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (ten.length === 7) return ten.startsWith('555');
  return ten.length === 10 && (ten.startsWith('555') || ten.slice(3, 6) === '555');
}

// ---------------------------------------------------------------------------------------------
// Finding placeholders in a piece of text
// "[label]: url" is a link definition, not a field; "[Lingua]: [livello QCER]" is two fields.

const BRACKETED = /\[([^[\]\n]{2,60})\](?![([])(?!:(?!\s*\[))|\{\{\s*([\p{L}_][\p{L}\p{N}_\- ]{0,40}?)\s*\}\}|(?<![{$\\])(?<!\\[A-Za-z]+)\{([^{}\n]{2,60})\}(?!\})|<([^<>\n]{2,60})>/gu;
const X_RUN = /(?<![\p{L}])[Xx]{3,}(?![\p{L}])/gu;
/** "XXX ciclo", "XXX edizione": a Roman numeral, not a filler. */
const ROMAN_NUMERAL_USE = /^\s+(?:ciclo|edizione|congresso|convegno|secolo|legislatura|cycle|edition|congress|conference|century)\b/i;
/** "email-placeholder", "linkedin.com/placeholder": the word itself, joined to a value. */
const PLACEHOLDER_WORD = /[\p{L}\p{N}._\-/]*(?:[._\-/]placeholder|placeholder[._\-/])[\p{L}\p{N}._\-/]*/giu;
const LOREM = /lorem\s+ipsum(?:\s+dolor(?:\s+sit(?:\s+amet)?)?)?/giu;
const TEMPLATE_NAME =
  /(?<![\p{L}])(?:Nome Cognome|NOME COGNOME|Name Surname|NAME SURNAME|First Last|FIRST LAST|First Name Last Name|Firstname Lastname|FirstName LastName|FIRSTNAME LASTNAME|Your Name|YOUR NAME|Your Full Name|Il Tuo Nome|Il tuo nome|Tuo Nome|TUO NOME)(?![\p{L}])(?!\s*(?:\*\*|__)?\s*:)/gu;
const EMAIL = /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}/gu;
const PHONE = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d\s().\-/]{4,}\d(?![\p{N}])/gu;
const STREET_BEFORE = /(?:Via|Viale|Piazza|Corso|Largo|Vicolo|Street|Road|Avenue|St\.|Rd\.)\s+$/;

// "\emoji{school}", "\textbf{Anna}": a LaTeX command's argument (the lookbehind on `{`), not a field.
/** Placeholders in `text`, by offset; a match inside an earlier, longer one is dropped. */
export function placeholdersIn(text: string, definedLabels: ReadonlySet<string> = new Set()): PlaceholderMatch[] {
  const matches: PlaceholderMatch[] = [];
  if (text.includes('[') || text.includes('{') || text.includes('<')) {
    for (const m of text.matchAll(BRACKETED)) {
      const start = m.index ?? 0;
      const [, square, double, single, angle] = m;
      let isField = false;
      // "[<a href=…>Link</a>]": an HTML link in brackets is the person's link, not a field.
      if (square !== undefined) isField = !/<\/?[a-z][^<>]*>/i.test(square) && !definedLabels.has(fold(square.trim())) && isTemplateField(square);
      else if (double !== undefined) isField = true;
      else if (single !== undefined) isField = isTemplateField(single);
      else if (angle !== undefined) {
        const first = fold(angle).split(/\s+/)[0] ?? '';
        isField = /^[\p{L}][\p{L}\s'’.-]*$/u.test(angle) && !HTML_TAGS.has(first) && isTemplateField(angle);
      }
      if (isField) matches.push({ start, end: start + m[0].length, kind: 'bracketed' });
    }
  }
  if (/[Xx]{3}/.test(text)) {
    for (const m of text.matchAll(X_RUN)) {
      const runStart = m.index ?? 0;
      if (m[0] === 'XXX' && ROMAN_NUMERAL_USE.test(text.slice(runStart + 3))) continue;
      matches.push({ ...fillerExtent(text, runStart, runStart + m[0].length), kind: 'filler' });
    }
  }
  if (/placeholder/i.test(text)) {
    for (const m of text.matchAll(PLACEHOLDER_WORD)) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'filler' });
  }
  for (const m of text.matchAll(LOREM)) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'lorem-ipsum' });
  for (const m of text.matchAll(TEMPLATE_NAME)) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'template-name' });
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      const value = m[0].replace(/[.\-]+$/, '');
      if (isTemplateEmail(value)) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + value.length, kind: 'template-email' });
    }
  }
  if (/\d{2}/.test(text)) {
    for (const m of text.matchAll(PHONE)) {
      const value = m[0].replace(/[\s().\-/]+$/, '');
      if (isTemplatePhone(value)) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + value.length, kind: 'template-phone' });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceholderMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** The value an X run stands in: the whole number ("333 XXX XXXX"), email ("xxx@xxx.it") or street ("Via XXXXX"). */
function fillerExtent(text: string, start: number, end: number): { start: number; end: number } {
  const part = /[\dXx+().\-/ ]/;
  while (start > 0 && part.test(text[start - 1]) && text.slice(start - 2, start) !== '  ') start--;
  while (end < text.length && part.test(text[end]) && text.slice(end, end + 2) !== '  ') end++;
  if (text[end] === '@' || text[start - 1] === '@') {
    const emailChar = /[\p{L}\p{N}._%+\-@]/u;
    while (start > 0 && emailChar.test(text[start - 1])) start--;
    while (end < text.length && emailChar.test(text[end])) end++;
  }
  while (start < end && /[\s.\-/(]/.test(text[start])) start++;
  while (end > start && /[\s.\-/(]/.test(text[end - 1])) end--;
  const street = STREET_BEFORE.exec(text.slice(0, start));
  if (street) start = street.index;
  return { start, end };
}

const placeholderValues = new Map<string, boolean>();

/** True when the value is, or holds, a template placeholder. */
export function isPlaceholderValue(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  let holds = placeholderValues.get(text);
  if (holds === undefined) {
    holds = placeholdersIn(text).length > 0;
    if (placeholderValues.size >= LINE_MATCHES_LIMIT) placeholderValues.clear();
    placeholderValues.set(text, holds);
  }
  return holds;
}

/** Names every template uses. A real person may be called Mario Rossi: only a placeholder elsewhere in the
 *  CV makes one of these a placeholder too. */
export function isSampleName(name: string): boolean {
  return /^(?:John Doe|Jane Doe|John Smith|Joe Smith|Mario Rossi|Maria Rossi|Max Mustermann|Erika Mustermann)$/i.test(name.trim().replace(/\s+/g, ' '));
}

// ---------------------------------------------------------------------------------------------
// Finding placeholders in a document

export interface PlaceholderScanInput {
  lines: string[];
  frontMatter: FrontMatter | null;
  /** Lines to leave out (code blocks the model found). Fenced code and HTML comments are always left out. */
  skipLine?: (line: number) => boolean;
}

/** Every placeholder in the CV's prose and front matter values; never in code, HTML comments, URLs or front matter keys. */
export function findPlaceholders(input: PlaceholderScanInput): Placeholder[] {
  const lines = Array.isArray(input.lines) ? input.lines : [];
  const fm = input.frontMatter?.range ?? null;
  const definedLabels = new Set<string>();
  for (const line of lines) {
    const definition = /^\s{0,3}\[([^\]]+)\]:/.exec(line);
    if (definition) definedLabels.add(fold(definition[1].trim()));
  }
  const found: Placeholder[] = [];
  let fence: string | null = null;
  let inComment = false;
  for (let line = 0; line < lines.length; line++) {
    let text = lines[line] ?? '';
    if (fm && line >= fm.start.line && line <= fm.end.line) {
      if (line === fm.start.line || line === fm.end.line) continue;
      text = frontMatterValue(text);
    } else {
      const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
      if (fence) {
        if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && /^\s*(`+|~+)\s*$/.test(text)) fence = null;
        continue;
      }
      if (fenceMark) {
        fence = fenceMark;
        continue;
      }
      if (input.skipLine?.(line)) continue;
      const blanked = blankComments(text, inComment);
      inComment = blanked.open;
      for (const match of proseLinePlaceholders(blanked.text, definedLabels)) {
        found.push({
          value: lines[line].slice(match.start, match.end),
          range: { start: { line, character: match.start }, end: { line, character: match.end } },
          kind: match.kind,
        });
      }
      continue;
    }
    if (!text.trim()) continue;
    for (const match of placeholdersIn(text, definedLabels)) {
      found.push({
        value: lines[line].slice(match.start, match.end),
        range: { start: { line, character: match.start }, end: { line, character: match.end } },
        kind: match.kind,
      });
    }
  }
  return found;
}

const blank = (m: string): string => ' '.repeat(m.length);

// Placeholders of a prose line depend on its text alone (and on the document's reference definitions,
// rare: then nothing is kept), so an edited document's unchanged lines are not read again.
const lineMatchesCache = new Map<string, readonly PlaceholderMatch[]>();
const LINE_MATCHES_LIMIT = 50_000;

function proseLinePlaceholders(text: string, definedLabels: ReadonlySet<string>): readonly PlaceholderMatch[] {
  const read = () => {
    const prose = blankNonProse(text);
    // "[<a href=…>Link</a>]": the tags are blanked in `prose`, but brackets around an HTML link hold the person's link.
    return prose.trim() ? placeholdersIn(prose, definedLabels).filter((m) => text[m.start] !== '[' || !/<\/?[a-z][^<>]*>/i.test(text.slice(m.start, m.end))) : [];
  };
  if (definedLabels.size > 0) return read();
  let matches = lineMatchesCache.get(text);
  if (matches === undefined) {
    matches = read();
    if (lineMatchesCache.size >= LINE_MATCHES_LIMIT) lineMatchesCache.clear();
    lineMatchesCache.set(text, matches);
  }
  return matches;
}

/** HTML comments blanked, also when they span lines. */
function blankComments(text: string, open: boolean): { text: string; open: boolean } {
  let out = '';
  let rest = text;
  let inside = open;
  while (rest) {
    if (inside) {
      const close = rest.indexOf('-->');
      if (close < 0) return { text: out + blank(rest), open: true };
      out += blank(rest.slice(0, close + 3));
      rest = rest.slice(close + 3);
      inside = false;
    } else {
      const start = rest.indexOf('<!--');
      if (start < 0) return { text: out + rest, open: false };
      out += rest.slice(0, start);
      rest = rest.slice(start);
      inside = true;
    }
  }
  return { text: out, open: inside };
}

/** Inline code, URLs, link targets (but a bare email target) and real HTML tags blanked, offsets kept. */
function blankNonProse(text: string): string {
  return text
    .replace(/`[^`]*`/g, blank)
    .replace(/\[([^\]]*)\]\(([^()\s]*(?:\([^()]*\)[^()\s]*)?)((?:\s+"[^"]*")?)\)/g, (_m, label: string, target: string, title: string) => {
      // "[Email](jane@x.it)": the target is the only place the email is written; "](" stays so the
      // link text is never read as a bracketed placeholder.
      const email = label.includes('@') ? null : /^(?:mailto:)?([^\s:/?#]+@[^\s:/?#]+)$/i.exec(target);
      const targetView = email ? blank(target.slice(0, target.length - email[1].length)) + email[1] : blank(target);
      return `[${label}](${targetView}${blank(title)})`;
    })
    .replace(/^\s{0,3}\[[^\]]+\]:.*$/, blank)
    .replace(/(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>)\]|]+/gi, blank)
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g, (m, tag: string) => (HTML_TAGS.has(tag.toLowerCase()) ? blank(m) : m))
    .replace(/<(?:mailto:)?[^\s<>@]+@[^\s<>]+>/g, (m) => ' ' + m.slice(1, -1).replace(/^mailto:/, (p) => blank(p)) + ' ');
}

/** A front matter line with its key blanked: `email: nome.cognome@example.com` → only the value is read. */
function frontMatterValue(text: string): string {
  const key = /^\s*(?:-\s+)?(?:["']?[\p{L}\p{N}_.\- ]+["']?\s*[:=](?=\s|$))?/u.exec(text)?.[0] ?? '';
  return blank(key) + text.slice(key.length);
}
