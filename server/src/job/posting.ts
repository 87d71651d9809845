// Reads a job posting (plain text or Markdown) into the requirements it states, offline and deterministically.
//
// 1. Lines are cleaned (URLs, link targets, Markdown markers blanked out, offsets kept) and cut into sentences.
// 2. Each sentence gets an importance from the posting's own words: a cue in the sentence ("gradita", "nice to
//    have", "indispensabile", "must"), else the colon-ended line that introduces its list ("Gradita conoscenza di:"),
//    else the heading it sits under ("Requisiti", "Nice to have", "Responsabilità"). Duties count as preferred; the
//    company, the offer and the legal notes are skipped. A sentence under no heading counts only when it says it
//    asks for something ("cerchiamo", "esperienza", "you have"); otherwise nothing is taken from it.
// 3. From those sentences: the profiles' keyword concepts (Italian/English terms with their inflections, so an
//    Italian posting matches an English CV), tools, languages with their level, degrees, years of experience,
//    certifications and licences, and the posting's own multi-word terms (job/terms.ts).
import type { Language, Range, SectionKind, TextSpan } from '../engine/types';
import { blankOutNonProse, findConcepts, type ConceptMatch } from '../engine/keywords';
import { detectLanguage } from '../engine/language';
import { foldCase } from '../engine/text';
import { profileIds, getProfile } from '../profiles/index';
import type { KeywordConcept } from '../profiles/types';
import { CAPITALISED_TECHNOLOGY_NAMES, TECHNOLOGY_NAMES } from '../profiles/technologies';
import { CEFR_LEVEL, FREE_WORD_LEVELS, NATIVE_LEVEL } from '../profiles/language-levels';
import { LANGUAGE_NAMES } from '../profiles/language-names';
import {
  CERTIFICATION_CONCEPTS,
  DUTY_CUE,
  HEADING_CONTEXTS,
  IGNORED_SENTENCE,
  LEGAL_SENTENCE,
  NUMBER_WORDS,
  PREFERRED_CUE,
  REQUIRED_CUE,
  REQUIREMENT_WORDS,
  YEAR_ADJECTIVES,
  type PostingContext,
} from './posting-cues';
import { findPostingTerms } from './terms';
import type { Importance, ImportanceReason, JobPosting, JobPostingSource, PostingRequirement, RequirementKind } from './types';

/** One sentence of the posting that asks for something, with the importance it asks with. */
export interface PostingSentence {
  line: number;
  /** Offsets in the cleaned line. */
  start: number;
  end: number;
  /** The cleaned text of the sentence (same offsets as the line). */
  text: string;
  importance: Importance;
  reason: ImportanceReason;
}

interface ConceptInfo {
  section: SectionKind;
  factual: boolean;
  kind: RequirementKind;
}

// ---------------------------------------------------------------------------------------------
// Concepts every posting is read for

/** A secondary-school diploma, which profiles do not list (a back-office CV names its own). */
const DIPLOMA_CONCEPT: KeywordConcept = {
  id: 'secondary-diploma',
  terms: { it: ['diploma', 'diploma di scuola superiore', 'diploma di maturità', 'maturità', 'diploma superiore'], en: ['high school diploma', 'secondary school diploma', 'diploma', 'A levels'] },
};

/** Concepts whose terms are levels, not requirements of their own: levels are read with their language. */
const SKIPPED_CONCEPTS = new Set(['cefr-level']);

let postingConcepts: { concepts: KeywordConcept[]; info: Map<string, ConceptInfo> } | null = null;

/** Every profile's concepts (deduplicated by id) and the certification concepts, with where each belongs. */
export function postingConceptList(): { concepts: KeywordConcept[]; info: Map<string, ConceptInfo> } {
  if (postingConcepts) return postingConcepts;
  const concepts: KeywordConcept[] = [];
  const info = new Map<string, ConceptInfo>();
  for (const id of profileIds) {
    for (const group of getProfile(id)?.keywordGroups ?? []) {
      for (const concept of group.concepts) {
        if (info.has(concept.id) || SKIPPED_CONCEPTS.has(concept.id)) continue;
        const kind: RequirementKind = group.id === 'languages' ? (concept.id === 'language-certificate' ? 'certification' : 'language') : group.id === 'education' ? 'degree' : 'concept';
        info.set(concept.id, { section: group.section, factual: group.factual === true, kind });
        concepts.push(concept);
      }
    }
  }
  for (const concept of [...CERTIFICATION_CONCEPTS, DIPLOMA_CONCEPT]) {
    if (info.has(concept.id)) continue;
    const isDiploma = concept === DIPLOMA_CONCEPT;
    info.set(concept.id, { section: 'education', factual: true, kind: isDiploma ? 'degree' : 'certification' });
    concepts.push(concept);
  }
  postingConcepts = { concepts, info };
  return postingConcepts;
}

// ---------------------------------------------------------------------------------------------
// Cleaning lines

const MARKDOWN_LINK_TARGET = /\]\([^)]*\)/g;
const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;
const LIST_MARK = /^(\s*)(?:[-*+•·▪►–]|\d{1,3}[.)])\s+/u;

/** A line with URLs, link targets, emphasis and heading/list markers replaced by spaces (offsets kept). */
export function cleanLine(line: string): string {
  let text = blankOutNonProse(line.replace(/\t/g, ' '));
  text = text.replace(MARKDOWN_LINK_TARGET, (m) => `]${' '.repeat(m.length - 1)}`);
  text = text.replace(HEADING_MARK, (m) => ' '.repeat(m.length));
  text = text.replace(LIST_MARK, (m) => ' '.repeat(m.length));
  // Emphasis, code ticks, link brackets and table pipes are not words; a "\*" escape neither.
  text = text.replace(/[*_`[\]|\\<>]/g, ' ');
  return text;
}

// ---------------------------------------------------------------------------------------------
// Headings and importance

const HEADING_MAX_WORDS = 8;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Whether a raw line is a heading: `#`, a line in bold only, a short ALL-CAPS line, or a short line ending with ':'. */
function headingText(raw: string, clean: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const words = wordCount(clean);
  if (HEADING_MARK.test(raw)) return clean.trim();
  if (LIST_MARK.test(raw)) return null;
  if (/^(\*\*|__)[^*_]+\1:?$/.test(trimmed) && words <= HEADING_MAX_WORDS) return clean.trim().replace(/:$/, '');
  if (words <= HEADING_MAX_WORDS && /\p{L}{3}/u.test(trimmed) && trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed)) return clean.trim().replace(/:$/, '');
  if (words <= 6 && /:\s*$/.test(clean)) return clean.trim().replace(/:$/, '');
  // A plain-text heading: a short line without a full stop that names a part ("Requirements", "Nice to have").
  if (words <= 5 && !/[.,;!?]\s*$/.test(clean) && headingContext(foldCase(clean)) !== null) return clean.trim();
  return null;
}

function headingContext(folded: string): { context: PostingContext; cue: string } | null {
  for (const { context, pattern } of HEADING_CONTEXTS) {
    const m = pattern.exec(folded);
    if (m) return { context, cue: m[0] };
  }
  return null;
}

/** "Requisiti: laurea, inglese": a short label before a colon that names a part of the posting. */
const INLINE_LABEL = /^(\s*)([^:]{2,40}):\s+(?=\S)/;

interface Context {
  context: PostingContext;
  cue: string;
  by: ImportanceReason['by'];
}

function asImportance(context: Context): { importance: Importance; reason: ImportanceReason } | null {
  if (context.context === 'ignored') return null;
  return { importance: context.context === 'required' ? 'required' : 'preferred', reason: { by: context.by, cue: context.cue } };
}

/** The sentence's own words about importance, or null when it has none. */
function sentenceImportance(folded: string, original: string, start: number): { importance: Importance; reason: ImportanceReason } | null {
  const cue = (m: RegExpExecArray) => original.slice(start + m.index, start + m.index + m[0].length).trim() || m[0];
  const preferred = PREFERRED_CUE.exec(folded);
  if (preferred) return { importance: 'preferred', reason: { by: 'sentence', cue: cue(preferred) } };
  const required = REQUIRED_CUE.exec(folded);
  if (required) return { importance: 'required', reason: { by: 'sentence', cue: cue(required) } };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Abbreviations whose dot ends no sentence. */
const ABBREVIATION = /(?:^|\s)(?:es|ecc|etc|e\.g|i\.e|p\.es|ad es|dott|sig|ing|rag|avv|s\.p\.a|s\.r\.l|spa|srl|vs|n|nr|min|max|approx|incl|ca)\.$/i;

/** Sentence boundaries of a cleaned line: ., ;, ! and ? followed by a space (not after an abbreviation). */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const boundary = /[.;!?](?=\s|$)/g;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + 1;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, end - 8), end))) continue;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out.map(({ start: s, end: e }) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    return { start: s, end: e };
  });
}

/** The sentences of a posting that ask for something, with their importance. */
export function postingSentences(lines: readonly string[], cleaned: readonly string[]): PostingSentence[] {
  const sentences: PostingSentence[] = [];
  let heading: Context | null = null;
  let intro: Context | null = null;
  let sawHeading = false;
  let previousBlank = false;
  let inFence = false;
  for (let line = 0; line < lines.length; line++) {
    const raw = lines[line];
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const clean = cleaned[line];
    if (!clean.trim()) {
      previousBlank = true;
      continue;
    }
    const isListItem = LIST_MARK.test(raw);
    // An introduced list ends at the first paragraph after a blank line.
    if (intro && previousBlank && !isListItem) intro = null;
    previousBlank = false;

    const headingWords = headingText(raw, clean);
    if (headingWords !== null) {
      const folded = foldCase(headingWords);
      const known = headingContext(folded);
      // The first heading of a posting is usually the job title: no part of its own.
      heading = known ? { ...known, by: 'heading', cue: headingWords.slice(0, 60) } : sawHeading ? null : heading;
      // A sentence-like heading ("Gradita la conoscenza di:") says its importance itself.
      const own = sentenceImportance(folded, headingWords, 0);
      if (own && own.importance === 'preferred') heading = { context: 'preferred', cue: own.reason.cue, by: 'heading' };
      sawHeading = true;
      intro = null;
      continue;
    }

    let from = 0;
    let lineContext: Context | null = null;
    const label = INLINE_LABEL.exec(clean);
    if (label && wordCount(label[2]) <= 4) {
      const known = headingContext(foldCase(label[2]));
      if (known) {
        lineContext = { ...known, by: 'heading', cue: label[2].trim() };
        // "Requisiti: …" on one line also opens that part for the lines that follow.
        heading = lineContext;
        intro = null;
        from = label[0].length;
      }
    }

    for (const { start, end } of sentencesOf(clean)) {
      if (end <= from) continue;
      const s = Math.max(start, from);
      const text = clean.slice(s, end);
      const folded = foldCase(text);
      if (LEGAL_SENTENCE.test(folded)) continue;
      const own = sentenceImportance(folded, clean, s);
      const context: Context | null = lineContext ?? intro ?? heading;
      let decided: { importance: Importance; reason: ImportanceReason } | null = null;
      if (context?.context === 'ignored' && !own) decided = null;
      else if (own) decided = own;
      else if (context) decided = asImportance(context);
      else if (IGNORED_SENTENCE.test(folded)) decided = null;
      else if (DUTY_CUE.test(folded)) decided = { importance: 'preferred', reason: { by: 'sentence', cue: DUTY_CUE.exec(folded)![0] } };
      else if (REQUIREMENT_WORDS.test(folded)) decided = { importance: 'required', reason: { by: 'sentence', cue: REQUIREMENT_WORDS.exec(folded)![0] } };
      // Company and offer sentences say nothing about the candidate, under any heading but a requirements one.
      if (decided && context?.context !== 'required' && context?.context !== 'preferred' && !own && IGNORED_SENTENCE.test(folded)) decided = null;
      if (decided) sentences.push({ line, start: s, end, text, ...decided });
      // A sentence ending with ':' introduces the list that follows ("Costituirà titolo preferenziale:").
      if (end === clean.trimEnd().length && /:\s*$/.test(clean)) {
        intro = decided ? { context: decided.importance, cue: decided.reason.cue, by: 'intro' } : context?.context === 'ignored' ? null : intro;
      }
    }
  }
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// Extraction

function rangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The sentence as shown in a message: single spaces, at most 160 characters. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157).trimEnd()}…` : flat;
}

function sentenceAt(sentences: readonly PostingSentence[], line: number, character: number): PostingSentence | undefined {
  return sentences.find((s) => s.line === line && s.start <= character && character < s.end);
}

function overlaps(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character < b.end.character && b.start.character < a.end.character;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const boundary = (names: readonly string[]) =>
  `(?<![\\p{L}\\p{N}])(?:${[...names].sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name).replace(/\\ |\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}+#])`;

let toolRegExps: { any: RegExp; capitalised: RegExp } | null = null;

/** Tool names as whole words, in one pass each: the lower-case list in any case, the capitalised list only as written. */
function toolRegExpsOnce(): { any: RegExp; capitalised: RegExp } {
  toolRegExps ??= { any: new RegExp(boundary(TECHNOLOGY_NAMES), 'giu'), capitalised: new RegExp(boundary(CAPITALISED_TECHNOLOGY_NAMES), 'gu') };
  return toolRegExps;
}

/** The pattern that finds a tool requirement in a CV: as written for a capitalised name, in any case otherwise. */
export function toolPattern(term: string): RegExp {
  return new RegExp(boundary([term]), CAPITALISED_TOOLS.has(term) ? 'gu' : 'giu');
}

const LANGUAGE_NAME = new RegExp(`\\b(?:${[...LANGUAGE_NAMES].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

const CAPITALISED_TOOLS = new Set(CAPITALISED_TECHNOLOGY_NAMES);

/** The level written near a language ("inglese B2", "fluent English", "madrelingua"), as written. */
function levelNear(sentence: string): string | null {
  const folded = foldCase(sentence);
  const cefr = new RegExp(CEFR_LEVEL.source, 'i').exec(sentence);
  if (cefr) return cefr[0].toUpperCase().replace(/\s+/g, '');
  const native = NATIVE_LEVEL.exec(folded);
  if (native) return native[0];
  for (const level of FREE_WORD_LEVELS) {
    for (const word of level.words) {
      if (new RegExp(`\\b${escapeRegExp(word)}\\b`).test(folded)) return word;
    }
  }
  return null;
}

const LANGUAGE_CONTEXT = /\b(?:lingua|lingue|language|languages|parlat[aoie]|scritt[aoie]|spoken|written|conoscenza|knowledge|fluent|fluency|fluente|madrelingua|native|level|livello|speak|speaking|bilingue|bilingual)\b/;

const ITALIAN_NAMES = new Set(['italiano', 'italiana', 'italian']);

/** Years of experience: "almeno 3 anni di esperienza", "esperienza biennale", "3+ years of experience". */
const YEARS_IT = /\b(?:(\d{1,2}|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci)\s*(?:\+|-\s*\d{1,2}|o piu)?\s*ann[oi])\b|\besperienz[ae]\s+(annuale|biennale|triennale|quadriennale|quinquennale|decennale|pluriennale)\b/;
const YEARS_EN = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+|-\s*\d{1,2}|or more)?\s*(?:years?|yrs)\b/;

function yearsIn(folded: string): { years: number; index: number; length: number } | null {
  if (!/\b(?:esperienz\w*|experience|maturat\w*|nel ruolo|in (?:a |un )?(?:similar|analog)\w*)/.test(folded)) return null;
  const it = YEARS_IT.exec(folded);
  if (it) {
    const years = it[1] ? (NUMBER_WORDS[it[1]] ?? Number(it[1])) : YEAR_ADJECTIVES[it[2]];
    if (years > 0 && years <= 30) return { years, index: it.index, length: it[0].length };
  }
  const en = YEARS_EN.exec(folded);
  if (en) {
    const years = NUMBER_WORDS[en[1]] ?? Number(en[1]);
    if (years > 0 && years <= 30) return { years, index: en.index, length: en[0].length };
  }
  return null;
}

/** "laurea in Economia e Commercio", "degree in Finance": the field named after a degree. */
const DEGREE_FIELD = /^\s+(?:triennale\s+|magistrale\s+|specialistica\s+)?(?:in|di)\s+((?:\p{L}[\p{L}'’]*)(?:\s+(?:e|and|o|or|oppure|&)?\s*\p{L}[\p{L}'’]*){0,4})/iu;
const FIELD_STOP = /\s+(?:e\/o|and\/or|con|with|preferibilmente|preferably|ad|a|o\s+equivalente|or\s+equivalent|o\s+affini|or\s+related|related|equivalente|affini|equipollente|analoghe|similar)\b.*$/iu;

/** Reads a posting's requirements. Never throws. */
export function readPosting(source: JobPostingSource, options: { language?: Language } = {}): JobPosting {
  try {
    return readPostingUnsafe(source, options);
  } catch {
    return { name: source.name, language: options.language ?? 'en', requirements: [] };
  }
}

function stripFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== '---') return lines;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return lines;
  return lines.map((l, i) => (i <= end ? '' : l));
}

function readPostingUnsafe(source: JobPostingSource, options: { language?: Language }): JobPosting {
  const lines = stripFrontMatter(String(source.text ?? '').split(/\r\n|\r|\n/));
  const cleaned = lines.map(cleanLine);
  const allSpans: TextSpan[] = cleaned.map((text, line) => ({ text, line, character: 0, sectionIndex: 0 }));
  const language: Language = options.language ?? detectLanguage(allSpans, {}, 'auto').language;
  const sentences = postingSentences(lines, cleaned);
  const spans: TextSpan[] = sentences.map((s) => ({ text: s.text, line: s.line, character: s.start, sectionIndex: 0 }));
  const { concepts, info } = postingConceptList();

  const found: PostingRequirement[] = [];
  const taken: Range[] = [];
  const add = (sentence: PostingSentence, range: Range, requirement: Omit<PostingRequirement, 'line' | 'range' | 'sentence' | 'importance' | 'reason'>) => {
    found.push({ ...requirement, importance: sentence.importance, reason: sentence.reason, line: sentence.line, range, sentence: quote(sentence.text) });
    taken.push(range);
  };
  const written = (range: Range) => cleaned[range.start.line].slice(range.start.character, range.end.character).replace(/\s+/g, ' ').trim();

  // Concepts: where two overlap ("fatturazione elettronica" / "fatturazione"), the longer one.
  const matches = findConcepts(spans, concepts, { language, lines: cleaned })
    .filter((m) => m.range.start.line === m.range.end.line)
    .sort((a, b) => length(b) - length(a));
  const kept: ConceptMatch[] = [];
  for (const m of matches) if (!kept.some((k) => overlaps(k.range, m.range))) kept.push(m);
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const m of kept) {
    const sentence = sentenceAt(sentences, m.range.start.line, m.range.start.character);
    const meta = info.get(m.conceptId);
    if (!sentence || !meta) continue;
    if (insideProperName(m, cleaned[m.range.start.line], sentence.start)) continue;
    let term = written(m.range);
    let range = m.range;
    if (meta.kind === 'language') {
      const level = levelNear(levelWindow(cleaned[m.range.start.line], m.range.start.character, m.range.end.character, sentence));
      if (level) term = `${term} (${level})`;
    } else if (m.conceptId === 'degree' || m.conceptId === 'secondary-diploma') {
      const rest = cleaned[m.range.start.line].slice(m.range.end.character, sentence.end);
      const field = DEGREE_FIELD.exec(rest);
      if (field) {
        const words = field[1].replace(FIELD_STOP, '').trim();
        if (words && !/^(?:materie|discipline|ambito|subjects?|field|a|an)$/i.test(words)) {
          const fieldEnd = m.range.end.character + field[0].indexOf(field[1]) + words.length;
          range = rangeOf(m.range.start.line, m.range.start.character, fieldEnd);
          term = written(range);
        }
      }
    }
    add(sentence, range, { term, concept: m.conceptId, kind: meta.kind, section: meta.section, factual: meta.factual, ...(isBrandOfFamily(m) ? { name: m.term } : {}) });
  }

  for (const sentence of sentences) {
    const folded = foldCase(sentence.text);
    // Tools the concepts do not cover.
    const { any, capitalised } = toolRegExpsOnce();
    for (const [pattern, isCapitalised] of [[any, false], [capitalised, true]] as const) {
      pattern.lastIndex = 0;
      for (const m of sentence.text.matchAll(pattern)) {
        const start = sentence.start + (m.index ?? 0);
        const range = rangeOf(sentence.line, start, start + m[0].length);
        if (taken.some((t) => overlaps(t, range))) continue;
        // A capitalised common word at the start of a sentence is just a capital ("Spring", "Rest").
        if (isCapitalised && (m.index ?? 0) === 0) continue;
        // A generic name ("gestionale", "database") is the concept it stands for.
        const concept = TOOL_CONCEPTS[foldCase(m[0]).replace(/\s+/g, ' ')] ?? null;
        const conceptInfo = concept ? info.get(concept) : undefined;
        add(sentence, range, { term: m[0], concept, kind: 'tool', section: conceptInfo?.section ?? 'technical-skills', factual: false });
      }
    }
    // Languages the concepts do not cover (and Italian), when the sentence is about languages.
    const foldedLine = foldCase(cleaned[sentence.line]);
    const namesInLine = [...foldedLine.matchAll(LANGUAGE_NAME)].length;
    if (namesInLine > 0 && (LANGUAGE_CONTEXT.test(foldedLine) || namesInLine >= 2)) {
      for (const m of folded.matchAll(LANGUAGE_NAME)) {
        const name = m[0];
        const start = sentence.start + (m.index ?? 0);
        const range = rangeOf(sentence.line, start, start + name.length);
        if (taken.some((t) => overlaps(t, range))) continue;
        const level = levelNear(levelWindow(cleaned[sentence.line], range.start.character, range.end.character, sentence));
        const label = written(range);
        add(sentence, range, { term: level ? `${label} (${level})` : label, concept: ITALIAN_NAMES.has(name) ? 'italian' : null, kind: 'language', section: 'language-skills', factual: true });
      }
    }
    const years = yearsIn(folded);
    if (years) {
      const start = sentence.start + years.index;
      const range = rangeOf(sentence.line, start, start + years.length);
      if (!taken.some((t) => overlaps(t, range))) {
        const term = language === 'it' ? `${years.years} ${years.years === 1 ? 'anno' : 'anni'} di esperienza` : `${years.years}+ ${years.years === 1 ? 'year' : 'years'} of experience`;
        add(sentence, range, { term, concept: null, kind: 'experience-years', section: 'experience', factual: true, years: years.years });
      }
    }
  }

  // The posting's own terms, outside everything found so far.
  for (const term of findPostingTerms(sentences, cleaned, language, taken)) {
    const sentence = sentenceAt(sentences, term.range.start.line, term.range.start.character);
    if (sentence) add(sentence, term.range, { term: term.text, concept: null, kind: 'term', section: 'skills', factual: false });
  }

  return { name: source.name, language, requirements: deduplicate(found) };
}

/** Generic tool names that stand for a profile concept. */
const TOOL_CONCEPTS: Record<string, string> = {
  erp: 'erp', gestionale: 'erp', gestionali: 'erp', 'software gestionale': 'erp', crm: 'crm', database: 'databases', databases: 'databases',
  'data base': 'databases', spreadsheet: 'excel', spreadsheets: 'excel', 'fogli di calcolo': 'excel', 'foglio di calcolo': 'excel',
  videoscrittura: 'word', 'word processing': 'word', 'sistemi operativi': 'operating-systems', 'operating systems': 'operating-systems',
  ecdl: 'computer-certificate', icdl: 'computer-certificate', excel: 'excel', powerpoint: 'powerpoint', outlook: 'email-client',
  office: 'microsoft-office', sharepoint: 'collaboration-tools', onedrive: 'collaboration-tools', salesforce: 'crm', hubspot: 'crm',
};

/** A product name in a concept that names several products (SAP and TeamSystem are both ERPs, yet a posting asking for
 *  SAP is not answered by TeamSystem): such a requirement is matched by its name. */
function isBrandOfFamily(m: ConceptMatch): boolean {
  return PRODUCT_FAMILIES.has(m.conceptId) && /^\p{Lu}/u.test(m.term) && !GENERIC_NAMES.has(m.term);
}

/** Concepts made of several products or certificates, none of which stands for another. */
const PRODUCT_FAMILIES = new Set(['erp', 'crm', 'databases', 'collaboration-tools', 'google-workspace', 'operating-systems', 'language-certificate', 'accountancy-qualification', 'project-certification', 'document-management-system']);
/** Names in those concepts that are the family itself ("ERP", "CRM", "SQL"). */
const GENERIC_NAMES = new Set(['ERP', 'CRM', 'DMS']);

function length(m: ConceptMatch): number {
  return m.range.end.character - m.range.start.character;
}

/** One requirement per concept (or per term): the first required mention if there is one, else the first. */
function deduplicate(requirements: PostingRequirement[]): PostingRequirement[] {
  const byKey = new Map<string, PostingRequirement>();
  const order: string[] = [];
  const sorted = [...requirements].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const requirement of sorted) {
    const key =
      requirement.kind === 'experience-years'
        ? 'experience-years'
        : requirement.name
          ? `name:${requirement.name}`
          : (requirement.concept ?? `${requirement.kind}:${foldCase(requirement.term).replace(/\s*\(.*\)$/, '')}`);
    const previous = byKey.get(key);
    if (!previous) {
      byKey.set(key, requirement);
      order.push(key);
    } else if (previous.importance === 'preferred' && requirement.importance === 'required') {
      byKey.set(key, requirement);
    } else if (requirement.kind === 'experience-years' && (requirement.years ?? 0) > (previous.years ?? 0) && requirement.importance === previous.importance) {
      byKey.set(key, requirement);
    }
  }
  const kept = order.map((key) => byKey.get(key)!);
  // "il gestionale SAP": the product named says it all; the generic word beside it is no requirement of its own.
  return kept
    .filter((r) => r.name || !r.concept || !kept.some((o) => o !== r && o.name && o.concept === r.concept && o.line === r.line))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The words around a language's name where its level is written ("inglese B2", "fluent English", "English: C1"). */
function levelWindow(line: string, start: number, end: number, sentence: PostingSentence): string {
  return line.slice(Math.max(sentence.start, start - 25), Math.min(sentence.end, end + 30));
}

/** A term with a capital inside a run of capitalised words, mid-sentence ("Ragioneria Generale dello Stato", "Ufficio
 *  Acquisti di Roma"), names an institution, not a skill. Terms written with a capital in the profile are names. */
function insideProperName(m: ConceptMatch, line: string, sentenceStart: number): boolean {
  if (/\p{Lu}/u.test(m.term)) return false;
  const written = line.slice(m.range.start.character, m.range.end.character);
  if (!/^\p{Lu}/u.test(written) || m.range.start.character <= sentenceStart) return false;
  const after = line.slice(m.range.end.character, m.range.end.character + 40);
  const before = line.slice(Math.max(0, m.range.start.character - 40), m.range.start.character);
  return /^\s+(?:(?:di|del|della|dello|dei|degli|delle|of|the|and|e)\s+)?\p{Lu}/u.test(after) || /\p{Lu}[\p{L}]*\s+(?:(?:di|del|della|of|the)\s+)?$/u.test(before);
}
