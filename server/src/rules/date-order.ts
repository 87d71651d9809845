// Experience and education entries newest first (as Europass and most recruiters expect), an end date
// before its start, a date in the future. Only entries the model knows are read: a job or degree heading
// (role 'entry') under Experience/Education, or a dated item of those sections' own lists.
import type { Rule } from './types';
import type { CvDocument, Range, Section } from '../engine/types';
import type { DatedPeriod, DateMention } from '../engine/dates';
import { datedLineText, monthIndex, periodOf } from '../engine/dates';
import { headingEndLine } from '../engine/edits';
import { foldCase } from '../engine/text';

interface DatedEntry {
  line: number;
  period: DatedPeriod;
  /** The section whose entries are compared with each other. */
  group: number;
}

/** A date said to be planned: not a mistake in the future. */
const EXPECTED = /\b(?:previst[oa]|attes[oa]|in corso|fino al?|scadenza|expected|anticipated|planned|ongoing|until|due)\b/;

function nearestSection(doc: CvDocument, index: number): number {
  let p = doc.sections[index].parent;
  for (let guard = 0; p >= 0 && guard < doc.sections.length; guard++) {
    if (doc.sections[p].recognised && doc.sections[p].role === 'section') return p;
    p = doc.sections[p].parent;
  }
  return -1;
}

const isTimeline = (section: Section | undefined) => !!section && section.recognised && section.role === 'section' && (section.kind === 'experience' || section.kind === 'education');

/** A period found on a line that places an entry: a range, "… – oggi", or a date first on the line. */
function entryPeriod(raw: string): DatedPeriod | null {
  const text = datedLineText(raw);
  const period = periodOf(text);
  if (!period) return null;
  if (period.end || period.ongoing) return period;
  return /^[^\p{L}\p{N}]*$/u.test(foldCase(text.slice(0, period.start.start))) ? period : null;
}

export function datedEntries(doc: CvDocument): DatedEntry[] {
  const entries: DatedEntry[] = [];
  const inCode = (line: number) => doc.opaqueBlocks.some((b) => b.kind === 'code' && b.startLine <= line && line <= b.endLine);
  doc.sections.forEach((section, index) => {
    // A job or degree heading: its dates on the heading line or on the first lines under it.
    if (section.role === 'entry') {
      const group = nearestSection(doc, index);
      if (!isTimeline(doc.sections[group])) return;
      const first = section.headingRange.start.line;
      const last = Math.min(section.bodyEndLine, first + 4, doc.lines.length - 1);
      for (let line = first; line <= last; line++) {
        if (inCode(line) || (line > first && /^\s*(?:[-*+]|\d+[.)])\s/.test(doc.lines[line]))) continue;
        const period = entryPeriod(doc.lines[line]);
        if (period) {
          entries.push({ line, period, group });
          break;
        }
      }
      return;
    }
    // Dated items of the section's own list ("- 2019–2024: impiegata…"); sub-items are duties.
    if (!isTimeline(section)) return;
    for (let line = headingEndLine(doc, section) + 1; line <= Math.min(section.bodyEndLine, doc.lines.length - 1); line++) {
      const raw = doc.lines[line];
      if (inCode(line) || !/^\s{0,1}(?:[-*+]|\d+[.)])\s/.test(raw)) continue;
      const period = entryPeriod(raw);
      if (period) entries.push({ line, period, group: index });
    }
  });
  return entries.sort((a, b) => a.line - b.line);
}

function periodRange(entry: DatedEntry): Range {
  const end = entry.period.end ?? entry.period.start;
  return { start: { line: entry.line, character: entry.period.start.start }, end: { line: entry.line, character: end.end } };
}

function dateRange(line: number, date: DateMention): Range {
  return { start: { line, character: date.start }, end: { line, character: date.end } };
}

const FAR_FUTURE = Number.MAX_SAFE_INTEGER;
/** Where a period starts and ends, in months; still going on = the far future. */
function bounds(period: DatedPeriod): { start: number; end: number } {
  const start = monthIndex(period.start, 'start');
  if (period.ongoing) return { start, end: FAR_FUTURE };
  return { start, end: period.end ? monthIndex(period.end, 'end') : monthIndex(period.start, 'end') };
}

/** Entry `b` is newer than `a` beyond doubt: it starts later and ends later. */
function newer(b: DatedEntry, a: DatedEntry): boolean {
  const x = bounds(a.period);
  const y = bounds(b.period);
  return y.start > x.start && y.end > x.end;
}

export const rule: Rule = {
  id: 'date-order',
  description: {
    it:
      'Le voci di esperienza e istruzione non vanno dalla più recente alla più vecchia, una data di fine precede quella di inizio, ' +
      'o una data è nel futuro (al posto di «oggi», «presente», «in corso»).',
    en: 'Experience and education entries are not newest first, an end date is before its start, or a date is in the future (instead of "present").',
  },
  defaultSeverity: 'warning',
  fixable: false,
  reads: [],
  messages: {
    it: {
      oldestFirst:
        'Le voci di «{section}» vanno dalla più vecchia alla più recente: di solito, e nel CV Europass, si parte dalla più recente.',
      outOfPlace:
        'Questa voce ({period}) è più recente di quella che la precede (riga {line}: {previous}): in «{section}» le altre vanno dalla più recente alla più vecchia.',
      endBeforeStart: 'La data di fine ({end}) è precedente a quella di inizio ({start}).',
      future: '«{date}» è una data futura: se il periodo è ancora in corso scrivi «oggi» o «in corso»; se è previsto, dillo («prevista»).',
    },
    en: {
      oldestFirst: 'The entries under "{section}" run from oldest to newest: CVs, and the Europass CV, usually start with the newest.',
      outOfPlace:
        'This entry ({period}) is newer than the one before it (line {line}: {previous}): the other entries under "{section}" run from newest to oldest.',
      endBeforeStart: 'The end date ({end}) is before the start date ({start}).',
      future: '"{date}" is in the future: if the period is still going on write "present"; if it is expected, say so ("expected").',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // Month names are read in Italian and English only.
    if (doc.textLanguage !== 'it' && doc.textLanguage !== 'en') return;
    const entries = datedEntries(doc);
    const today = new Date();
    const now = today.getFullYear() * 12 + today.getMonth();

    for (const entry of entries) {
      const { start, end } = entry.period;
      if (end && monthIndex(end, 'end') < monthIndex(start, 'start')) {
        ctx.report({ messageKey: 'endBeforeStart', args: { start: start.text, end: end.text }, range: periodRange(entry), certainty: 'likely' });
        continue;
      }
      if (EXPECTED.test(foldCase(doc.lines[entry.line]))) continue;
      const future = [start, end].find((date): date is DateMention => !!date && monthIndex(date, 'start') > now);
      if (future) ctx.report({ messageKey: 'future', args: { date: future.text }, range: dateRange(entry.line, future), certainty: 'unsure' });
    }

    const groups = new Map<number, DatedEntry[]>();
    for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
    for (const [group, list] of groups) {
      if (list.length < 2) continue;
      const section = doc.sections[group].title;
      const pairs = list.slice(1).map((entry, i) => ({ previous: list[i], entry }));
      const ascending = pairs.filter((p) => newer(p.entry, p.previous));
      const descending = pairs.filter((p) => newer(p.previous, p.entry));
      // Oldest first throughout: one finding for the section.
      if (ascending.length === pairs.length) {
        ctx.report({ messageKey: 'oldestFirst', args: { section }, range: periodRange(list[0]), certainty: 'unsure' });
        continue;
      }
      // Newest first but for one entry: that entry. More disorder than that is some other order (by kind
      // of entry, by importance), not a slip: nothing is said.
      if (ascending.length === 1 && descending.length >= 1 && ascending.length + descending.length === pairs.length) {
        const { previous, entry } = ascending[0];
        const periodText = (e: DatedEntry) => doc.lines[e.line].slice(e.period.start.start, (e.period.end ?? e.period.start).end);
        ctx.report({
          messageKey: 'outOfPlace',
          args: { period: periodText(entry), line: previous.line + 1, previous: periodText(previous), section },
          range: periodRange(entry),
          certainty: 'unsure',
        });
      }
    }
  },
};
