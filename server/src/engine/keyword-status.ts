// Which of a profile's keyword concepts a CV uses, per group: shared by the missing-keywords rule,
// the score, and the editor's hover and completion (cached per document and options).
import type { CvDocument, SectionKind, TextSpan } from './types';
import type { KeywordConcept, KeywordGroup, Localized, Profile } from '../profiles/types';
import { findConcepts, foldTerm, type ConceptMatch } from './keywords';
import { acronymMeansSomethingElse, namesSubjectOfWork } from './subject-context';

export interface KeywordStatusOptions {
  /** Group id → extra terms; each term is an extra concept of that group. */
  keywordsExtra?: Record<string, string[]>;
  /** Concept ids or terms never suggested (they still count when present). */
  keywordsIgnore?: string[];
}

export interface ConceptStatus {
  id: string;
  concept: KeywordConcept;
  /** First term per language: what messages show and fixes insert. */
  label: Localized;
  /** Where the CV mentions it (contact details and the name do not count). */
  matches: ConceptMatch[];
  /** True when the user asked never to suggest it. */
  ignored: boolean;
  /** True for concepts added by the `keywordsExtra` setting. */
  extra: boolean;
}

export interface KeywordGroupStatus {
  id: string;
  group: KeywordGroup;
  label: Localized;
  section: SectionKind;
  /** How many concepts the group asks for (the profile's minPresent, at most the concepts it has). */
  minPresent: number;
  present: ConceptStatus[];
  absent: ConceptStatus[];
  /** Absent and not ignored, in the profile's order of importance. */
  suggestions: ConceptStatus[];
}

function labelOf(concept: KeywordConcept): Localized {
  const it = concept.terms.it?.[0] ?? concept.terms.en?.[0] ?? concept.id;
  const en = concept.terms.en?.[0] ?? concept.terms.it?.[0] ?? concept.id;
  return { it, en };
}

// One combined concept list per profile, so the CV is tokenised once for all groups.
const GROUP_SEPARATOR = '\u0000';
const combinedConcepts = new WeakMap<readonly KeywordGroup[], KeywordConcept[]>();

function profileConcepts(groups: readonly KeywordGroup[]): KeywordConcept[] {
  let combined = combinedConcepts.get(groups);
  if (!combined) {
    combined = groups.flatMap((group) => group.concepts.map((c) => ({ ...c, id: `${group.id}${GROUP_SEPARATOR}${c.id}` })));
    combinedConcepts.set(groups, combined);
  }
  return combined;
}

function extraConcepts(groups: readonly KeywordGroup[], extra: Record<string, string[]> | undefined): Map<string, KeywordConcept[]> {
  const byGroup = new Map<string, KeywordConcept[]>();
  if (!extra || typeof extra !== 'object') return byGroup;
  for (const group of groups) {
    const terms = extra[group.id];
    if (!Array.isArray(terms)) continue;
    const known = new Set(group.concepts.map((c) => foldTerm(c.id)));
    const concepts: KeywordConcept[] = [];
    for (const term of terms) {
      if (typeof term !== 'string' || !term.trim()) continue;
      const id = `extra:${foldTerm(term)}`;
      if (known.has(id)) continue;
      known.add(id);
      concepts.push({ id, terms: { it: [term.trim()], en: [term.trim()] } });
    }
    if (concepts.length) byGroup.set(group.id, concepts);
  }
  return byGroup;
}

/** Prose that may hold keywords: not the contact section and not the person's name. */
function keywordSpans(doc: CvDocument): TextSpan[] {
  const name = doc.contact?.nameRange ?? null;
  return doc.spans.filter((span) => {
    const section = span.sectionIndex >= 0 ? doc.sections[span.sectionIndex] : undefined;
    if (section?.kind === 'contact') return false;
    if (name && span.line === name.start.line && span.character < name.end.character && span.character + span.text.length > name.start.character) return false;
    return true;
  });
}

const CAPITALISED = /^\p{Lu}/u;
const NAME_CONNECTOR = /^(?:and|of|for|the|di|del|della|dei|degli|e|ed|per|de|da|do|la|le|y|et|und|&)$/i;

/** A common-word term found inside a proper name ("Organizzazione Internazionale del Lavoro", "Urban and Regional
 *  Planning", a heading "Progetti Autonomi") names an institution, a degree or a title, not the person's skill.
 *  Terms written with a capital in the profile (Excel, SAP) are names themselves and always count. */
function insideProperName(match: ConceptMatch, lines: string[]): boolean {
  if (match.range.start.line !== match.range.end.line) return false;
  const line = lines[match.range.start.line] ?? '';
  // The answer depends on the term, the line and the columns only; a long CV asks again on every keystroke. Not
  // for a long line: a key holding it for each of its matches would cost as much as the line times the matches.
  if (line.length > MAX_MEMO_LINE) return readInsideProperName(match, line);
  const key = `${match.range.start.character}:${match.range.end.character}:${match.term}\u0000${line}`;
  let inside = properNameCache.get(key);
  if (inside === undefined) {
    inside = readInsideProperName(match, line);
    if (properNameCache.size >= PROPER_NAME_CACHE_LIMIT) properNameCache.clear();
    properNameCache.set(key, inside);
  }
  return inside;
}

const properNameCache = new Map<string, boolean>();
const PROPER_NAME_CACHE_LIMIT = 50_000;
const MAX_MEMO_LINE = 1_000;

function readInsideProperName(match: ConceptMatch, line: string): boolean {
  if (/\p{Lu}/u.test(match.term)) return false;
  const written = line.slice(match.range.start.character, match.range.end.character);
  if (!CAPITALISED.test(written)) return false;
  // The capitalised words around the match, separated by spaces only and joined by connectors ("Urban and Regional
  // Planning"); punctuation ends a name ("Francese: B1").
  // A name is a few words: look at most 120 characters each side (a 2 MB line must not be read for every match).
  const after = line.slice(match.range.end.character, match.range.end.character + 120);
  const before = line.slice(Math.max(0, match.range.start.character - 120), match.range.start.character);
  const wordsAfter = /^(?:\s+[\p{L}'’&-]+)*/u.exec(after)?.[0].trim().split(/\s+/).filter(Boolean) ?? [];
  // The letters and spaces right before the match, back to the last punctuation: "Urban and Regional " → its words.
  const wordsBefore = (/[\p{L}'’&\s-]*$/u.exec(before)?.[0] ?? '').trim().split(/\s+/).filter(Boolean).reverse();
  const capitalisedNeighbours = (words: string[]): number => {
    let count = 0;
    for (const word of words) {
      if (CAPITALISED.test(word)) count++;
      else if (!NAME_CONNECTOR.test(word)) break;
    }
    return count;
  };
  // A sentence or list item starts with a capital: the word before must itself be a capitalised word, not the start.
  const startOfText = match.range.start.character < 200 && line.slice(0, match.range.start.character).replace(/^[\s>*+\-#|\d.)]+/, '').trim() === '';
  const neighbours = capitalisedNeighbours(wordsAfter) + (startOfText ? 0 : capitalisedNeighbours(wordsBefore));
  return neighbours > 0 && !/^[\p{Lu}\s\p{P}]+$/u.test(line.trim());
}

/**
 * For each keyword group of the profile: which concepts the CV mentions (anywhere but the
 * contact details) and which are absent. Used by the rule, the score, hover and completion.
 * Never throws: on unexpected input it returns no groups.
 */
export function keywordStatus(doc: CvDocument, profile: Profile, options: KeywordStatusOptions = {}): KeywordGroupStatus[] {
  // The rule and the score both ask for the same document: compute once.
  const cacheKey = JSON.stringify([options.keywordsExtra ?? {}, options.keywordsIgnore ?? []]);
  const cached = statusCache.get(doc);
  if (cached && cached.profile === profile && cached.key === cacheKey) return cached.result;
  const result = computeKeywordStatus(doc, profile, options);
  statusCache.set(doc, { profile, key: cacheKey, result });
  return result;
}

const statusCache = new WeakMap<CvDocument, { profile: Profile; key: string; result: KeywordGroupStatus[] }>();

function computeKeywordStatus(doc: CvDocument, profile: Profile, options: KeywordStatusOptions): KeywordGroupStatus[] {
  try {
    const groups = profile.keywordGroups ?? [];
    if (groups.length === 0) return [];
    const spans = keywordSpans(doc);
    const findOptions = { language: doc.language, lines: doc.lines };

    const matchesById = new Map<string, ConceptMatch[]>();
    const remember = (id: string, match: ConceptMatch) => {
      const list = matchesById.get(id);
      if (list) list.push(match);
      else matchesById.set(id, [match]);
    };
    // Extra concepts join the profile's in one pass (the combined list is then compiled afresh).
    const extras = extraConcepts(groups, options.keywordsExtra);
    const extraList = [...extras.entries()].flatMap(([groupId, concepts]) => concepts.map((c) => ({ ...c, id: `${groupId}${GROUP_SEPARATOR}${c.id}` })));
    const concepts = extraList.length ? [...profileConcepts(groups), ...extraList] : profileConcepts(groups);
    // A degree's name is a proper name ("B.S Business Administration"): in the education group it is the point.
    const educationGroups = new Set(groups.filter((g) => g.section === 'education').map((g) => g.id));
    const inEducationGroup = (conceptId: string) => educationGroups.has(conceptId.slice(0, conceptId.indexOf(GROUP_SEPARATOR)));
    for (const match of findConcepts(spans, concepts, findOptions)) {
      if (!inEducationGroup(match.conceptId) && insideProperName(match, doc.lines)) continue;
      if (acronymMeansSomethingElse(match, doc.lines) || namesSubjectOfWork(match, doc.lines)) continue;
      remember(match.conceptId, match);
    }

    const ignored = new Set((Array.isArray(options.keywordsIgnore) ? options.keywordsIgnore : []).filter((t) => typeof t === 'string').map(foldTerm));
    const isIgnored = (concept: KeywordConcept) =>
      ignored.has(foldTerm(concept.id)) || [...(concept.terms.it ?? []), ...(concept.terms.en ?? [])].some((term) => ignored.has(foldTerm(term)));

    return groups.map((group) => {
      const own = group.concepts.map((concept) => ({ concept, extra: false }));
      const added = (extras.get(group.id) ?? []).map((concept) => ({ concept, extra: true }));
      const statuses: ConceptStatus[] = [...own, ...added].map(({ concept, extra }) => {
        const matches = (matchesById.get(`${group.id}${GROUP_SEPARATOR}${concept.id}`) ?? []).map((m) => ({ ...m, conceptId: concept.id }));
        return { id: concept.id, concept, label: labelOf(concept), matches, ignored: isIgnored(concept), extra };
      });
      const present = statuses.filter((s) => s.matches.length > 0);
      const absent = statuses.filter((s) => s.matches.length === 0);
      return {
        id: group.id,
        group,
        label: group.label,
        section: group.section,
        minPresent: Math.min(group.minPresent, statuses.length),
        present,
        absent,
        suggestions: absent.filter((s) => !s.ignored),
      };
    });
  } catch {
    return [];
  }
}
