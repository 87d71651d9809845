// Personal data that Italian and EU practice leaves optional or advises against in a CV: date of birth and
// age, marital status, children, the codice fiscale, a photo. None of it helps judge a person's skills, and
// it invites discrimination (the Europass CV asks for none of it; the codice fiscale is for hiring only).
// A profile for a role that wants some of it turns the rule off (`severities: { 'personal-data': 'off' }`).
import type { Rule } from './types';
import type { Range } from '../engine/types';
import { foldCase } from '../engine/text';
import { memoByText } from '../engine/memo';

type PersonalDatum = 'birthDate' | 'age' | 'maritalStatus' | 'children' | 'taxCode' | 'photo';

const YEAR_OR_DATE = /\b(?:19[3-9]\d|20[0-2]\d)\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/** Folded-text patterns, each sure enough on its own; the label ones want a value after them. */
const PATTERNS: Array<{ datum: PersonalDatum; pattern: RegExp; needsDate?: boolean; shortLine?: boolean }> = [
  { datum: 'birthDate', pattern: /\b(?:data (?:e luogo )?di nascita|luogo e data di nascita|date of birth|birth ?date|d\.o\.b\.?|dob)\b/u, needsDate: true },
  // "Nato a Roma il…", "Born on…": a short line, so that "il progetto è nato il 3 marzo 2015" is not one.
  { datum: 'birthDate', pattern: /^[^\p{L}]*(?:nat[oa] (?:a [\p{L}' ()]{2,30} )?il|born(?: on|\s*:))\b/u, needsDate: true, shortLine: true },
  { datum: 'age', pattern: /\b(?:eta|age)\s*:\s*\d{2}\b/ },
  // Labels count with a value after them ("Stato civile: coniugata", a table cell), not named in a sentence
  // ("no photos, age, marital status").
  { datum: 'maritalStatus', pattern: /\b(?:(?:stato civile|marital status)[*_\s]*[:|]|coniugat[oa]\b|celibe\b|nubile\b)/ },
  { datum: 'children', pattern: /\b(?:(?:\d|un[oa]?|due|tre|quattro) figli[oe]?\b|(?:figli|children|number of children)[*_\s]*[:|]|(?:\d|one|two|three|four) (?:children|kids)\b)/ },
  { datum: 'taxCode', pattern: /\b(?:codice fiscale|c\.\s?f\.)[*_\s]*[:|]/ },
];
/** A codice fiscale itself: six letters, two digits, a month letter, two digits, a town code, a check letter. */
const TAX_CODE = /\b[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b/;

/** An image in the CV: Markdown `![alt](src)` or HTML `<img …>`. */
const IMAGE = /!\[([^\]]*)\]\(([^)\s]*)[^)]*\)|<img\b[^>]*>/gi;
/** What an image says about itself when it is a photo of the person. */
const PHOTO_HINT = /photo|foto|avatar|profil[eo]?|headshot|ritratto|portrait|picture|selfie|\bme\b/i;
/** Badges, icons and logos are images too, but not photos. */
const NOT_PHOTO = /badge|shields\.io|icon|logo|emoji|flag|github-readme-stats|credly|stats|skill|\.svg\b/i;

export const rule: Rule = {
  id: 'personal-data',
  description: {
    it:
      'Dati personali che la prassi italiana ed europea lascia facoltativi o sconsiglia nel CV: data di nascita ed età, stato civile, ' +
      'figli, codice fiscale, una foto. Spenta nei profili che li chiedono.',
    en:
      'Personal data that Italian and EU practice leaves optional or advises against in a CV: date of birth and age, marital status, ' +
      'children, the codice fiscale (tax code), a photo. Off for profiles that ask for them.',
  },
  defaultSeverity: 'info',
  fixable: false,
  reads: ['severities'],
  messages: {
    it: {
      birthDate: 'Data di nascita: nel CV è facoltativa (il CV Europass non la chiede) e conviene ometterla, perché non dice nulla delle tue competenze ed espone a discriminazioni per età.',
      age: 'Età: nel CV è facoltativa e conviene ometterla, perché non dice nulla delle tue competenze ed espone a discriminazioni per età.',
      maritalStatus: 'Stato civile: non serve a valutare un candidato e la prassi italiana ed europea sconsiglia di indicarlo, perché espone a discriminazioni.',
      children: 'Figli: non servono a valutare un candidato e la prassi italiana ed europea sconsiglia di indicarli, perché espongono a discriminazioni.',
      taxCode: 'Codice fiscale: non va nel CV; serve solo al momento dell’assunzione ed è un dato da proteggere (rivela data e luogo di nascita).',
      photo: 'Foto: è facoltativa; in Italia è comune, ma la prassi europea la sconsiglia perché espone a discriminazioni. Se la tieni, scegline una professionale.',
    },
    en: {
      birthDate: 'Date of birth: optional in a CV (the Europass CV does not ask for it) and best left out, since it says nothing of your skills and invites age discrimination.',
      age: 'Age: optional in a CV and best left out, since it says nothing of your skills and invites age discrimination.',
      maritalStatus: 'Marital status: it does not help judge a candidate, and Italian and EU practice advise against stating it, since it invites discrimination.',
      children: 'Children: they do not help judge a candidate, and Italian and EU practice advise against stating them, since they invite discrimination.',
      taxCode: 'Codice fiscale (tax code): it does not belong in a CV; it is needed only when you are hired, and it reveals your date and place of birth.',
      photo: 'Photo: optional; common in Italy, but EU practice advises against it since it invites discrimination. If you keep it, choose a professional one.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const codeBlocks = doc.opaqueBlocks.filter((b) => b.kind === 'code');
    const reported = new Set<PersonalDatum>();
    const report = (datum: PersonalDatum, range: Range) => {
      if (reported.has(datum)) return;
      reported.add(datum);
      ctx.report({ messageKey: datum, range, certainty: 'unsure' });
    };
    doc.lines.forEach((raw, line) => {
      if (codeBlocks.some((b) => b.startLine <= line && line <= b.endLine)) return;
      for (const hit of lineHits(raw)) {
        report(hit.datum, hit.wholeLine ? { start: { line, character: 0 }, end: { line, character: raw.length } } : { start: { line, character: hit.start }, end: { line, character: hit.end } });
      }
    });
  },
};

interface LineHit {
  datum: PersonalDatum;
  start: number;
  end: number;
  /** Folding changed the line's length: the hit is the whole line. */
  wholeLine: boolean;
}

/** What one line says, in order (a pure function of the line: memoised for the keystroke path). */
const lineHits = memoByText((raw: string): LineHit[] => {
  const hits: LineHit[] = [];
  // Only the words a reader sees: link targets and tags are not data written in the CV.
  const text = raw.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)).replace(/<[^>]*>/g, (m) => ' '.repeat(m.length));
  const folded = foldCase(text);
  const sameLength = folded.length === text.length;
  const at = (datum: PersonalDatum, start: number, end: number): LineHit => ({ datum, start, end, wholeLine: !sameLength });
  for (const { datum, pattern, needsDate, shortLine } of PATTERNS) {
    const match = pattern.exec(folded);
    if (!match || (shortLine && folded.trim().length > 100)) continue;
    if (needsDate && !YEAR_OR_DATE.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 60))) continue;
    hits.push(at(datum, match.index, match.index + match[0].length));
  }
  const taxCode = TAX_CODE.exec(text);
  if (taxCode) hits.push(at('taxCode', taxCode.index, taxCode.index + taxCode[0].length));
  for (const image of raw.matchAll(IMAGE)) {
    const whole = image[0];
    if (NOT_PHOTO.test(whole) || !PHOTO_HINT.test(whole.replace(/^<img\b/i, ''))) continue;
    const start = image.index ?? 0;
    hits.push({ datum: 'photo', start, end: start + whole.length, wholeLine: false });
  }
  return hits;
});
