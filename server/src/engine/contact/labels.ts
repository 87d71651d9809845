// Labels that introduce a contact value ("Telefono:", "E:", an envelope icon, a table cell) and the
// value slices they open on a line view.
import type { Section } from '../types';
import { escapeRegExp } from './ranges';

/** `fax` and other `number` labels own their digits, so they are never read as the person's phone. */
export type LabelKind = 'email' | 'phone' | 'address' | 'weak-address' | 'name' | 'number' | 'other';

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
    // Spanish, Portuguese, French and German labels: the same details, written in the CV's own language.
    ['correo electrónico', 'email'],
    ['correo electronico', 'email'],
    ['correo', 'email'],
    ['courriel', 'email'],
    ['teléfono', 'phone'],
    ['telefone', 'phone'],
    ['téléphone', 'phone'],
    ['celular', 'phone'],
    ['móvil', 'phone'],
    ['movil', 'phone'],
    ['telefon', 'phone'],
    ['dirección', 'address'],
    ['direccion', 'address'],
    ['endereço', 'address'],
    ['endereco', 'address'],
    ['morada', 'address'],
    ['adresse', 'address'],
    ['anschrift', 'address'],
    ['wohnort', 'address'],
    ['nombre y apellidos', 'name'],
    ['nombre completo', 'name'],
    ['nom complet', 'name'],
    ['nombre', 'name'],
    ['apellidos', 'name'],
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
    ['where i live', 'weak-address'],
    ['lives in', 'weak-address'],
    ['sede', 'weak-address'],
    ['lugar de residencia', 'address'],
    ['residencia', 'address'],
    ['lieu de résidence', 'address'],
    ['ciudad', 'weak-address'],
    ['localidad', 'weak-address'],
    ['cidade', 'weak-address'],
    ['ville', 'weak-address'],
    ['localisation', 'weak-address'],
    ['localização', 'weak-address'],
    ['localizacao', 'weak-address'],
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
  readonly pattern: RegExp;
  single: boolean;
}

/** Labels indexed by their first word, so a line costs one pass over its words (a long CV has many). */
const LABELS_BY_FIRST_WORD: Map<string, LabelEntry[]> = (() => {
  const map = new Map<string, LabelEntry[]>();
  const add = (words: string, kind: LabelKind, single: boolean) => {
    const first = words.split(/[^\p{L}]+/u)[0];
    const source = `${escapeRegExp(words).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`;
    let pattern: RegExp | undefined;
    const list = map.get(first) ?? [];
    // Made when first tried: building all of them cost a command line about as much as checking a CV.
    list.push({
      kind,
      get pattern() {
        return (pattern ??= new RegExp(source, 'iuy'));
      },
      single,
    });
    map.set(first, list);
  };
  for (const [words, kind] of LABEL_WORDS) add(words, kind, false);
  for (const [letter, kind] of Object.entries(LETTER_LABELS)) add(letter, kind, true);
  return map;
})();

/** "Nome:" style generic labels end the value before them ("Email: x Telefono: y"). */
const GENERIC_LABEL_PATTERN = /(?<=\s)\p{Lu}\p{Ll}{1,20}\s*:(?=\s)/gu;

interface LabelHit {
  kind: LabelKind;
  start: number;
  /** End of the label and its separator: the value starts here. */
  end: number;
  /** Separated from its value only by white space (no colon). */
  bare: boolean;
}

export interface ValueSlice {
  kind: LabelKind;
  start: number;
  end: number;
}

const ICON_CLASSES: Array<[RegExp, LabelKind]> = [
  [/\bfa-(?:envelope|at)\b|\bbi-envelope|\bicon-mail/i, 'email'],
  [/\bfa-(?:phone|mobile)|\bbi-telephone|\bicon-phone/i, 'phone'],
  [/\bfa-(?:map-marker|location|map-pin|home|house)|\bbi-geo|\bicon-location/i, 'weak-address'],
];

export function headingLabelLines(sections: Section[], views: Array<string | null>): Map<number, LabelKind> {
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

// Every prose line is asked on every analysis, with a costly Unicode replace: memoised (bounded), as lines repeat
// from one analysis of a document to the next.
const standaloneCache = new Map<string, LabelKind | null>();

/** A line that is only a label ("Residenza", "Email:", an HTML table's <th>): it labels the next line. */
export function standaloneLabel(view: string): LabelKind | null {
  let kind = standaloneCache.get(view);
  if (kind === undefined) {
    kind = readStandaloneLabel(view);
    if (standaloneCache.size >= SLICES_CACHE_LIMIT) standaloneCache.clear();
    standaloneCache.set(view, kind);
  }
  return kind;
}

function readStandaloneLabel(view: string): LabelKind | null {
  const text = view.replace(/[\p{Extended_Pictographic}\p{So}\u200d\ufe0f:|]/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!text || text.length > 30) return null;
  const kind = LABEL_KIND_BY_WORDS.get(text);
  if (!kind || kind === 'other' || kind === 'number') return null;
  return kind === 'weak-address' ? 'address' : kind;
}

export function iconClassLabel(raw: string): LabelKind | null {
  if (!/<i\b|<span\b/i.test(raw)) return null;
  return ICON_CLASSES.find(([re]) => re.test(raw))?.[1] ?? null;
}

const MAY_HOLD_LABEL = /[:：=|•·;\t–—\u2709\u260E\u260F\u2302\uD83C\uD83D]/;

// Lines repeat from one analysis of a document to the next: the slices of a view are kept (bounded).
const slicesCache = new Map<string, readonly ValueSlice[]>();
const SLICES_CACHE_LIMIT = 50_000;

/** Labelled values of a line view; a fresh array (callers add to it) of slices they must not change. */
export function labelledValues(view: string): ValueSlice[] {
  let slices = slicesCache.get(view);
  if (slices === undefined) {
    slices = findLabelledValues(view);
    if (slicesCache.size >= SLICES_CACHE_LIMIT) slicesCache.clear();
    slicesCache.set(view, slices);
  }
  return [...slices];
}

function findLabelledValues(view: string): ValueSlice[] {
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
export function splitSegments(view: string): Array<{ start: number; end: number }> {
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

export function trimValue(view: string, start: number, end: number): { start: number; end: number } | null {
  let a = start;
  let b = end;
  while (a < b && /[\s,;:|\-–—*_>]/.test(view[a])) a++;
  while (b > a && /[\s,;:|\-–—*_(]/.test(view[b - 1])) b--;
  while (b > a && view[b - 1] === '.' && !/\.\.$|…$/.test(view.slice(a, b)) && !/\b[A-Z]\.$/.test(view.slice(a, b))) b--;
  return b > a ? { start: a, end: b } : null;
}
