// Dates as CVs write them ("03/2019", "marzo 2019", "Mar 2019", "2019-03", "2016–2019", "03/2019 – oggi"):
// their format, for date-format, and their value, for date-order. Month precision at most: a CV's dates
// are months and years.
import { foldCase } from './text';
import { memoByText } from './memo';

/** How a month and year are written. Years alone are no format of their own: "2016–2019" beside
 *  "03/2019 – oggi" is normal (degrees by year, jobs by month). */
export type DateFormat = 'MM/YYYY' | 'MM.YYYY' | 'MM-YYYY' | 'YYYY-MM' | 'YYYY/MM' | 'month YYYY' | 'YYYY';

export interface DateMention {
  format: DateFormat;
  year: number;
  /** 1–12, or null for a year alone. */
  month: number | null;
  /** Offsets in the text read. */
  start: number;
  end: number;
  text: string;
}

const MONTHS: Record<string, number> = {
  gennaio: 1, gen: 1, febbraio: 2, feb: 2, marzo: 3, mar: 3, aprile: 4, apr: 4, maggio: 5, mag: 5, giugno: 6, giu: 6, luglio: 7, lug: 7,
  agosto: 8, ago: 8, settembre: 9, set: 9, sett: 9, ottobre: 10, ott: 10, novembre: 11, nov: 11, dicembre: 12, dic: 12,
  january: 1, jan: 1, february: 2, march: 3, april: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9,
  sep: 9, sept: 9, october: 10, oct: 10, november: 11, december: 12, dec: 12,
};

const YEAR = '(19[5-9]\\d|20[0-4]\\d)';
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
// One alternation, tried left to right at each offset; the lookarounds keep "10/2019" out of "110/2019",
// "2019-03" out of "2019-03-15" and a year out of a longer number.
const DATE = new RegExp(
  [
    `(?<![\\d/.-])${YEAR}-(0[1-9]|1[0-2])(?![\\d-])`, // 2019-03
    `(?<![\\d/.-])${YEAR}/(0[1-9]|1[0-2])(?![\\d/])`, // 2019/03
    `(?<![\\d/.-])(0?[1-9]|1[0-2])([/.-])${YEAR}(?![\\d/.-]\\d|\\d)`, // 03/2019, 3.2019, 03-2019
    `(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(?:(?:del|of)\\s+)?['’]?${YEAR}(?!\\d)`, // marzo 2019, Mar. 2019
    `(?<![\\d/.,-])${YEAR}(?![\\d]|[/.-]\\d)`, // 2019
  ].join('|'),
  'gu',
);

/** Dates in a line of prose (no URLs or code: read the model's spans). Frozen (memoised per text). */
export const findDates: (text: string) => readonly DateMention[] = memoByText(findDatesUncached);

function findDatesUncached(text: string): DateMention[] {
  // Every date has a year: most lines of a CV have no two digits in a row and cost one test.
  if (!/\d\d/.test(text)) return [];
  const folded = foldCase(text);
  // foldCase keeps the length of Latin text; where it does not, offsets would be wrong: read nothing.
  if (folded.length !== text.length) return [];
  const found: DateMention[] = [];
  for (const m of folded.matchAll(DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const written = text.slice(start, end);
    // "2011-12", "2011/12": an academic year as often as December 2011; read as the two years.
    const academic = (year: string, month: string) => (+year + 1) % 100 === +month;
    if (m[1] && academic(m[1], m[2])) found.push({ format: 'YYYY', year: +m[1], month: null, start, end: start + 4, text: written.slice(0, 4) });
    else if (m[3] && academic(m[3], m[4])) found.push({ format: 'YYYY', year: +m[3], month: null, start, end: start + 4, text: written.slice(0, 4) });
    else if (m[1]) found.push({ format: 'YYYY-MM', year: +m[1], month: +m[2], start, end, text: written });
    else if (m[3]) found.push({ format: 'YYYY/MM', year: +m[3], month: +m[4], start, end, text: written });
    else if (m[5]) {
      const format: DateFormat = m[6] === '/' ? 'MM/YYYY' : m[6] === '.' ? 'MM.YYYY' : 'MM-YYYY';
      found.push({ format, year: +m[7], month: +m[5], start, end, text: written });
    } else if (m[8]) found.push({ format: 'month YYYY', year: +m[9], month: MONTHS[m[8]], start, end, text: written });
    else if (m[10]) found.push({ format: 'YYYY', year: +m[10], month: null, start, end, text: written });
  }
  return found;
}

/** Words that say a period is still going on. */
export const ONGOING =
  /\b(?:oggi|presente|attuale|in corso|ad oggi|a oggi|tuttora|present|current|currently|now|today|ongoing)\b/;
const RANGE_SEPARATOR = /^\s*(?:[-–—]+|\bto\b|\bal\b|\ba\b|\bfino a\b|\buntil\b|→|>)\s*$/;

/** A period on one line: its start and end (null end = still going on). */
export interface DatedPeriod {
  start: DateMention;
  end: DateMention | null;
  ongoing: boolean;
}

/** The first period of a line: "03/2019 – 06/2021", "2016–2019", "marzo 2019 – oggi", or one date alone. */
export const periodOf: (text: string) => DatedPeriod | null = memoByText(periodOfUncached);

function periodOfUncached(text: string): DatedPeriod | null {
  const dates = findDates(text);
  if (dates.length === 0) return null;
  const folded = foldCase(text);
  const [first, second] = dates;
  if (second && RANGE_SEPARATOR.test(folded.slice(first.end, second.start))) return { start: first, end: second, ongoing: false };
  const after = folded.slice(first.end);
  const ongoing = new RegExp(`^\\s*(?:[-–—]+|\\bto\\b|\\bal\\b|\\ba\\b|→)?\\s*${ONGOING.source}`).test(after);
  return { start: first, end: null, ongoing };
}

/** Months since year 0, for comparing; a year alone counts as its first month (start) or last (end). */
export function monthIndex(date: DateMention, side: 'start' | 'end'): number {
  return date.year * 12 + (date.month ?? (side === 'start' ? 1 : 12)) - 1;
}

/** Dates that place something on the CV's timeline: part of a period ("03/2019 – oggi", "2016–2019"), or
 *  first on their line ("Marzo 2019: …", "- 2018 Diploma"). A date in a sentence ("costituita nel giugno
 *  2015") tells a story, not the CV's own dates. */
export const timelineDates: (text: string) => readonly DateMention[] = memoByText(timelineDatesUncached);

function timelineDatesUncached(text: string): DateMention[] {
  const dates = findDates(text);
  const folded = foldCase(text);
  return dates.filter((date, i) => {
    const next = dates[i + 1];
    const previous = dates[i - 1];
    if (next && RANGE_SEPARATOR.test(folded.slice(date.end, next.start))) return true;
    if (previous && RANGE_SEPARATOR.test(folded.slice(previous.end, date.start))) return true;
    if (new RegExp(`^\\s*(?:[-–—]+|\\bto\\b|\\bal\\b|\\ba\\b|→)\\s*${ONGOING.source}`).test(folded.slice(date.end))) return true;
    // Only markup, symbols or "dal"/"since" before it.
    return /^[^\p{L}\p{N}]*(?:(?:dal|da|dall|since|from|nel|in)\s+)?$/u.test(folded.slice(0, date.start));
  });
}

/** A raw Markdown line as prose for date reading: link targets, URLs, HTML tags and Markdown markers
 *  blanked to spaces, so offsets still point into the raw line. */
export const datedLineText: (raw: string) => string = memoByText(datedLineTextUncached);

function datedLineTextUncached(raw: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return raw
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, blank)
    .replace(/<[^>]*>/g, blank)
    .replace(/[*_`|#>]/g, ' ');
}
