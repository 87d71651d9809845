// Postal addresses without a label: Italian and English streets, postcodes, "City (PR)", "City, Country".
import { splitSegments, trimValue } from './labels';

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
const US_CITY_ZIP = /(?<![\p{L}])[\p{Lu}][\p{L}.\- ]{1,60},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?(?![\p{N}])/u;

/** Values that say "not given" rather than give an address. */
export const NOT_GIVEN = /^(?:su richiesta|disponibile su richiesta|on request|available on request|upon request|n\/?a|-+|–|—|\.+|…)$/iu;

export function unlabelledAddress(view: string, taken: Array<[number, number]>): { start: number; end: number; text: string } | null {
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

// Each pattern with what any text it matches must hold, tested first with a plain regex: compiling the Unicode
// patterns costs milliseconds (a command line that checks one CV pays it whole), and most lines hold none of these.
const STREET_SUFFIX = /(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Square|Sq|Place|Pl|Close|Crescent|Court|Ct|Terrace|Gardens|Parkway|Highway|Row|Mews|Grove)/;
const ADDRESS_PATTERNS: ReadonlyArray<readonly [pattern: RegExp, needs: { test(text: string): boolean }]> = [
  [IT_STREET, /(?:Via|V\.le|Viale|Piazza|P\.zza|P\.za|Piazzale|Corso|C\.so|Largo|Vicolo|Vico|Strada|Str\.|Contrada|C\.da|Località|Loc\.|Borgo|Lungomare|Lungotevere|Salita|Traversa|Frazione|Fraz\.)\s/],
  [EN_STREET, { test: (text) => /\d/.test(text) && STREET_SUFFIX.test(text) }],
  [CAP_CITY, /\d{5}\s/],
  [UK_POSTCODE, /[A-Z]\d[A-Z\d]?\s+\d[A-Z]{2}/],
  [US_CITY_ZIP, /,\s*[A-Z]{2}\s+\d{5}/],
];
const CITY_PROVINCE_NEEDS = /\([A-Z]{2}\)/;

function firstAddressMatch(text: string): { index: number; length: number } | null {
  const candidates: Array<{ index: number; length: number }> = [];
  for (const [re, needs] of ADDRESS_PATTERNS) {
    if (!needs.test(text)) continue;
    const m = re.exec(text);
    if (m) candidates.push({ index: m.index, length: m[0].length });
  }
  const province = CITY_PROVINCE_NEEDS.test(text) ? CITY_PROVINCE.exec(text) : null;
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
  // The country first: a set lookup, where the place pattern is costly to compile.
  if (!COUNTRIES.has(chunks[chunks.length - 1].toLowerCase())) return null;
  const placeChunk = /^[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{L}'’.\-]+){0,3}$/u;
  if (!chunks.every((c) => placeChunk.test(c))) return null;
  return { index: lead, length: body.length };
}
