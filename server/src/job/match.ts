// Which of a posting's requirements a CV covers, and where: concepts through the keyword matcher (so "invoicing"
// in an English posting is found as "fatture" in an Italian CV), tools by name, terms by their words with their
// inflections, years of experience from the span of the work-experience dates.
import type { CvDocument, Range, TextSpan } from '../engine/types';
import { findConcepts } from '../engine/keywords';
import { findDates } from '../engine/dates';
import { foldCase } from '../engine/text';
import type { KeywordConcept } from '../profiles/types';
import { postingConceptList, toolPattern } from './posting';
import type { JobMatch, JobPosting, PostingRequirement, RequirementMatch } from './types';

/** A CV line with this marker holds text a fix added for the person to confirm: it does not count yet. */
export const CONFIRM_MARKER = /<!--\s*(?:conferma|confirm)\b/i;

/** Required requirements weigh this much more than preferred ones in the score. */
const REQUIRED_WEIGHT = 2;

/** The CV's prose that may cover a requirement: not the contact section, not the person's name. */
function cvSpans(doc: CvDocument): TextSpan[] {
  const name = doc.contact?.nameRange ?? null;
  return doc.spans.filter((span) => {
    const section = span.sectionIndex >= 0 ? doc.sections[span.sectionIndex] : undefined;
    if (section?.kind === 'contact') return false;
    if (name && span.line === name.start.line && span.character < name.end.character && span.character + span.text.length > name.start.character) return false;
    return true;
  });
}

function sortRanges(ranges: Range[]): Range[] {
  const seen = new Set<string>();
  return ranges
    .filter((r) => {
      const key = `${r.start.line}:${r.start.character}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Ranges of a regular expression in the spans. */
function regexRanges(spans: readonly TextSpan[], pattern: RegExp): Range[] {
  const ranges: Range[] = [];
  for (const span of spans) {
    pattern.lastIndex = 0;
    for (const m of span.text.matchAll(pattern)) {
      const start = span.character + (m.index ?? 0);
      ranges.push({ start: { line: span.line, character: start }, end: { line: span.line, character: start + m[0].length } });
    }
  }
  return ranges;
}

/** Years between the earliest and the latest date of the CV's work experience ("oggi" / "present" = `today`). */
export function experienceYears(doc: CvDocument, today: Date): { years: number; lines: number[] } | null {
  let first: { value: number; line: number } | null = null;
  let last: { value: number; line: number } | null = null;
  const inExperience = (index: number): boolean => {
    for (let i = index; i >= 0; i = doc.sections[i].parent) {
      if (doc.sections[i].kind === 'experience') return true;
    }
    return false;
  };
  const now = today.getFullYear() * 12 + today.getMonth();
  for (const span of doc.spans) {
    if (span.sectionIndex < 0 || !inExperience(span.sectionIndex)) continue;
    const values = findDates(span.text).map((d) => d.year * 12 + (d.month ?? 1) - 1);
    if (/\b(?:oggi|attuale|presente|in corso|ad oggi|a oggi|present|current|now|today|ongoing)\b/i.test(span.text) && values.length > 0) values.push(now);
    for (const value of values) {
      if (value > now) continue;
      if (!first || value < first.value) first = { value, line: span.line };
      if (!last || value > last.value) last = { value, line: span.line };
    }
  }
  if (!first || !last) return null;
  return { years: (last.value - first.value) / 12, lines: [...new Set([first.line, last.line])] };
}

/** A synthetic concept for a term no profile knows, matched by its words and their inflections. */
function termConcept(requirement: PostingRequirement, language: JobPosting['language']): KeywordConcept {
  const term = requirement.term.replace(/\s*\(.*\)$/, '');
  // "Accounting or Finance": either will do. Acronyms and names keep their capital (matched exactly); other words
  // are matched with their inflections.
  const alternatives = term.split(/\s+(?:o|or|oppure)\s+|\s*\/\s*/i).filter(Boolean);
  const written = alternatives.map((alternative) => alternative.split(/\s+/).map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase())).join(' '));
  return { id: `term:${foldCase(term)}`, terms: { it: language === 'it' ? written : [], en: language === 'en' ? written : [] } };
}

/** Matches a posting against a CV. `today` dates "present" in the experience; tests pass a fixed one. */
export function matchPosting(doc: CvDocument, posting: JobPosting, options: { today?: Date } = {}): JobMatch {
  const spans = cvSpans(doc);
  const { concepts } = postingConceptList();
  const conceptMatches = findConcepts(spans, concepts, { language: doc.language, lines: doc.lines });
  const byConcept = new Map<string, Range[]>();
  for (const m of conceptMatches) {
    const list = byConcept.get(m.conceptId);
    if (list) list.push(m.range);
    else byConcept.set(m.conceptId, [m.range]);
  }

  const termRequirements = posting.requirements.filter((r) => r.kind === 'term' || ((r.concept === 'degree' || r.concept === 'secondary-diploma') && /\s(?:in|di|of)\s/i.test(r.term)));
  const terms = termRequirements.map((r) => termConcept(r.kind === 'term' ? r : { ...r, term: r.term.replace(/^.*?\s(?:in|di|of)\s+/i, '') }, posting.language));
  const termMatches = terms.length > 0 ? findConcepts(spans, terms, { language: doc.language, lines: doc.lines }) : [];
  const termRanges = (concept: KeywordConcept) => termMatches.filter((m) => m.conceptId === concept.id).map((m) => m.range);

  const today = options.today ?? new Date();
  const requirements: RequirementMatch[] = posting.requirements.map((requirement): RequirementMatch => {
    let ranges: Range[] = [];
    if (requirement.kind === 'experience-years') {
      const span = experienceYears(doc, today);
      if (span && span.years + 1 / 24 >= (requirement.years ?? 0)) ranges = span.lines.map((line) => ({ start: { line, character: 0 }, end: { line, character: (doc.lines[line] ?? '').length } }));
    } else if (requirement.concept === 'italian' || (requirement.kind === 'language' && requirement.concept === 'english' && doc.language === 'en')) {
      // Whoever writes a CV in Italian (or English) shows that language.
      const own = requirement.concept === 'italian' ? 'it' : 'en';
      ranges = byConcept.get(requirement.concept) ?? [];
      if (ranges.length === 0 && requirement.concept === 'italian') {
        ranges = regexRanges(spans, /\b(?:italiano|italiana|italian)\b/giu);
      }
      if (ranges.length === 0 && doc.language === own) return { ...requirement, found: true, cvRanges: [], unconfirmed: false };
    } else if (requirement.kind === 'term') {
      ranges = termRanges(terms[termRequirements.indexOf(requirement)]);
    } else if (requirement.name) {
      ranges = conceptMatches.filter((m) => m.conceptId === requirement.concept && m.term === requirement.name).map((m) => m.range);
    } else if (requirement.concept) {
      ranges = byConcept.get(requirement.concept) ?? [];
      const fieldIndex = termRequirements.indexOf(requirement);
      // A degree in a named field: the CV must name the field too.
      if (ranges.length > 0 && fieldIndex >= 0) {
        const field = termRanges(terms[fieldIndex]);
        ranges = field.length > 0 ? [...ranges, ...field] : [];
      }
    } else if (requirement.kind === 'tool') {
      const pattern = toolPattern(requirement.term);
      ranges = regexRanges(spans, pattern);
    } else if (requirement.kind === 'language') {
      const name = foldCase(requirement.term.replace(/\s*\(.*\)$/, ''));
      ranges = regexRanges(spans, new RegExp(`\\b${escapeRegExp(name)}\\b`, 'giu'));
    }
    ranges = sortRanges(ranges);
    const confirmed = ranges.filter((r) => !CONFIRM_MARKER.test(doc.lines[r.start.line] ?? ''));
    return { ...requirement, found: confirmed.length > 0, cvRanges: confirmed, unconfirmed: confirmed.length === 0 && ranges.length > 0 };
  });

  const count = (importance: 'required' | 'preferred') => {
    const list = requirements.filter((r) => r.importance === importance);
    return { found: list.filter((r) => r.found).length, total: list.length };
  };
  const required = count('required');
  const preferred = count('preferred');
  const weight = REQUIRED_WEIGHT * required.total + preferred.total;
  const score = weight === 0 ? 100 : Math.round((100 * (REQUIRED_WEIGHT * required.found + preferred.found)) / weight);
  return { posting: { name: posting.name, language: posting.language }, score, required, preferred, requirements };
}
