// Dates written in more than one format ("03/2019", "marzo 2019", "2019-03"): a recruiter reads a CV's dates
// down the page, and one format makes them easy to compare. Years alone ("2016–2019") are no format of
// their own; full dates (a birth date, a one-day course) are left out.
import type { Rule } from './types';
import type { DateFormat, DateMention } from '../engine/dates';
import { timelineDates } from '../engine/dates';
import { findConsentClauses } from '../engine/privacy';
import type { Language, Range } from '../engine/types';

const FORMAT_LABEL: Record<Language, Record<DateFormat, string>> = {
  it: { 'MM/YYYY': 'MM/AAAA', 'MM.YYYY': 'MM.AAAA', 'MM-YYYY': 'MM-AAAA', 'YYYY-MM': 'AAAA-MM', 'YYYY/MM': 'AAAA/MM', 'month YYYY': 'mese in lettere e anno', YYYY: 'AAAA' },
  en: { 'MM/YYYY': 'MM/YYYY', 'MM.YYYY': 'MM.YYYY', 'MM-YYYY': 'MM-YYYY', 'YYYY-MM': 'YYYY-MM', 'YYYY/MM': 'YYYY/MM', 'month YYYY': 'month name and year', YYYY: 'YYYY' },
};

interface Seen extends DateMention {
  line: number;
}

export const rule: Rule = {
  id: 'date-format',
  description: {
    it: 'Le date (mese e anno) sono scritte in più formati nello stesso CV, ad esempio «03/2019», «marzo 2019» e «2019-03».',
    en: 'Dates (month and year) are written in more than one format in the same CV, e.g. "03/2019", "March 2019" and "2019-03".',
  },
  defaultSeverity: 'info',
  fixable: false,
  reads: [],
  messages: {
    it: {
      mixed: 'Le date del CV sono scritte in {count} formati: {formats}. Il più usato è {dominant}: scrivi tutte le date così.',
      times: '{n} volte',
      once: '1 volta',
    },
    en: {
      mixed: 'The CV writes dates in {count} formats: {formats}. The most used is {dominant}: write every date that way.',
      times: '{n} times',
      once: 'once',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // Month names are read in Italian and English only.
    if (doc.textLanguage !== 'it' && doc.textLanguage !== 'en') return;
    const clauseLines = new Set(findConsentClauses(doc).flatMap((c) => Array.from({ length: c.endLine - c.startLine + 1 }, (_, i) => c.startLine + i)));
    // A full date ("12/05/1990", "01/03/1999") is another precision, not a month written another way.
    const fullDate = /\d{1,2}[/.-]$/;
    const seen: Seen[] = [];
    for (const span of doc.spans) {
      if (clauseLines.has(span.line)) continue;
      for (const date of timelineDates(span.text)) {
        if (date.format === 'YYYY') continue;
        if (date.format.startsWith('MM') && fullDate.test(span.text.slice(0, date.start))) continue;
        seen.push({ ...date, line: span.line, start: span.character + date.start, end: span.character + date.end });
      }
    }
    const byFormat = new Map<DateFormat, Seen[]>();
    for (const date of seen) byFormat.set(date.format, [...(byFormat.get(date.format) ?? []), date]);
    if (byFormat.size < 2) return;
    // Most used first; a tie goes to the format the CV uses first.
    const formats = [...byFormat.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].line - b[1][0].line || a[1][0].start - b[1][0].start);
    const labels = FORMAT_LABEL[ctx.messageLanguage];
    const list = formats
      .map(([format, dates]) => `«${dates[0].text}» (${labels[format]}, ${dates.length === 1 ? ctx.t('once') : ctx.t('times', { n: dates.length })})`)
      .join(', ');
    const dominant = formats[0][0];
    const firstOther = seen.find((d) => d.format !== dominant)!;
    const range: Range = { start: { line: firstOther.line, character: firstOther.start }, end: { line: firstOther.line, character: firstOther.end } };
    const formatsArg = ctx.messageLanguage === 'en' ? list.replace(/«([^»]*)»/g, '"$1"') : list;
    ctx.report({ messageKey: 'mixed', args: { count: formats.length, formats: formatsArg, dominant: labels[dominant] }, range });
  },
};
