// Finds keyword concepts (profile keyword groups) in the prose of a CV.
//
// Matching is whole-word and insensitive to case and accents. Each term word is reduced to a
// key in the term's language: the Snowball stemmer's stem when it only removed inflection or a
// known derivational suffix (fattura/fatturazione, organizzato/organizzazione, invoice/invoicing),
// otherwise a light inflection-only root — the Snowball stemmers over-stem (comune/comunicazione,
// community/communication, organ/organization share a stem) and those must not match.
// Words written with a capital in the data (Excel, Word, SAP, B2) are names: matched exactly,
// never stemmed. Text words are keyed in both languages, because Italian CVs write English terms.
import { stemmer as italianStemmer } from '@orama/stemmers/italian';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { KeywordConcept } from '../profiles/types';
import type { Language, Range, TextSpan } from './types';
import { foldCase, tokenizeWords } from './text';

export interface ConceptMatch {
  conceptId: string;
  /** The concept term that matched, as written in the profile. */
  term: string;
  /** Where the matched words are in the document. */
  range: Range;
  sectionIndex: number;
}

export interface FindConceptsOptions {
  /** Language of the CV. In Italian text "word" or "access" can only be the product, so the
   *  capital letter otherwise required for brand names that are common English words is not. */
  language?: Language;
  /** The document's lines. With them, a phrase may continue across a soft line break or
   *  across inline markup between two spans ("**data** entry"). */
  lines?: readonly string[];
}

const LANGUAGES: readonly Language[] = ['it', 'en'];

// ---------------------------------------------------------------------------------------------
// Word keys

/** Words the stemmer would join to a concept although they mean something else. */
const NEVER_STEMMED: Record<Language, ReadonlySet<string>> = {
  // fatturato = turnover, not invoicing; organico = staff / organic.
  it: new Set(['fatturato', 'fatturati', 'organico', 'organici', 'protocollo']),
  // filing ≠ files, accounting ≠ (key) account, planning ≠ (pension) plan, billing ≠ Bill,
  // reporting ≠ "reported to the director".
  en: new Set(['organ', 'organs', 'filing', 'accounting', 'planning', 'billing', 'reporting']),
};

/** Derivational endings the stem may drop beyond inflection (what is left of the light root). */
const DERIVATIONAL_TAIL: Record<Language, RegExp> = {
  // -azione/-zione, -mento, -ativo, infinitives, participles, -ità, -ista.
  it: /^i?(?:azion|zion|ament|iment|ment|ativ|ar|er|ir|at|ut|it|ist)$/,
  // Only -ment (management ~ manage): Porter's -ation and -er cuts join present/presentation
  // and customer/customs.
  en: /^(?:ment|ement)$/,
};

/** A stem shorter than this may not drop a derivational ending (pag-amento ≠ paga). */
const MIN_DERIVED_STEM = 5;

/** Inflection-only root: Italian final vowel, English plural / -ed / -ing / final e. */
function lightRoot(word: string, language: Language): string {
  if (word.length <= 3) return word;
  if (language === 'it') {
    if (/[cg]h[ei]$/.test(word)) return word.slice(0, -2);
    if (/[aeiou]$/.test(word)) return word.slice(0, -1);
    return word;
  }
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !w.endsWith('is')) w = w.slice(0, -1);
  if (/^.{3,}ed$/.test(w)) w = w.slice(0, -2);
  else if (/^.{3,}ing$/.test(w)) w = w.slice(0, -3);
  if (/^.{3,}e$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** British -ise spellings become -ize, so organised / organized share one key. */
function americanSpelling(word: string): string {
  return word.replace(/^(.{3,})is(e|es|ed|ing|ation|ations|ational|er|ers)$/, '$1iz$2');
}

function computeWordKey(word: string, language: Language): string {
  if (NEVER_STEMMED[language].has(word) || /\d/.test(word)) return word;
  const normalised = language === 'en' ? americanSpelling(word) : word;
  const light = lightRoot(normalised, language);
  const stem = language === 'it' ? italianStemmer(normalised) : englishStemmer(normalised);
  if (stem === light) return stem;
  if (light.startsWith(stem)) {
    const tail = light.slice(stem.length);
    if (tail.length <= 1) return stem;
    if (stem.length >= MIN_DERIVED_STEM && DERIVATIONAL_TAIL[language].test(tail)) return stem;
    return light;
  }
  // The stemmer rewrote the ending (inventory → inventori, planned → plan): keep it when it
  // stays as long as the light root give or take one letter.
  const shared = commonPrefixLength(stem, light);
  if (shared >= Math.min(stem.length, light.length) - 1 && Math.abs(stem.length - light.length) <= 1) return stem;
  return light;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// A pure memo of word → key; bounded so a huge document cannot grow it without limit.
const keyCache: Record<Language, Map<string, string>> = { it: new Map(), en: new Map() };
const KEY_CACHE_LIMIT = 50_000;

/** The matching key of a folded word in a language (exposed for tests and completion). */
export function wordKey(word: string, language: Language): string {
  const cache = keyCache[language];
  let key = cache.get(word);
  if (key === undefined) {
    key = computeWordKey(word, language);
    if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
    cache.set(word, key);
  }
  return key;
}

// ---------------------------------------------------------------------------------------------
// Compiled concepts

/** Brand names that are also ordinary words: English ones need a capital in English text,
 *  Italian ones (Mago, the ERP) always. */
const COMMON_WORD_BRANDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['word', 'access', 'teams', 'outlook', 'excel', 'office', 'windows', 'drive', 'sheets', 'docs', 'dynamics', 'trinity', 'first']),
  it: new Set(['mago']),
};

type WordMatcher =
  | { kind: 'exact'; word: string; needsCapital: 'always' | 'all' | 'in-english' | 'never' }
  | { kind: 'stem'; key: string };

interface TermPattern {
  conceptId: string;
  term: string;
  language: Language;
  words: WordMatcher[];
}

export interface CompiledConcepts {
  /** First-word index: `x:word` for exact words, `it:key` / `en:key` for stemmed ones. */
  byFirstWord: Map<string, TermPattern[]>;
  /** Memo: folded text word → the patterns that may start with it. */
  candidatesByWord: Map<string, TermPattern[]>;
  /** Concept id → the contexts where its terms mean something else. */
  otherSense: Map<string, NonNullable<KeywordConcept['otherSense']>>;
}

const NO_PATTERNS: TermPattern[] = [];

function candidatesFor(compiled: CompiledConcepts, word: string): TermPattern[] {
  let candidates = compiled.candidatesByWord.get(word);
  if (candidates === undefined) {
    candidates = [];
    for (const key of [`x:${word}`, `it:${wordKey(word, 'it')}`, `en:${wordKey(word, 'en')}`]) {
      const bucket = compiled.byFirstWord.get(key);
      if (bucket) candidates.push(...bucket);
    }
    if (candidates.length === 0) candidates = NO_PATTERNS;
    if (compiled.candidatesByWord.size >= KEY_CACHE_LIMIT) compiled.candidatesByWord.clear();
    compiled.candidatesByWord.set(word, candidates);
  }
  return candidates;
}

// A profile's terms are compiled in two lists (each group's concepts, and all groups' together): the words of a
// term depend on the term and its language only, so they are made once (they are never changed).
const termWordsCache = new Map<string, WordMatcher[] | null>();

function compileTerm(conceptId: string, term: string, language: Language): TermPattern | null {
  const key = `${language}\u0000${term}`;
  let words = termWordsCache.get(key);
  if (words === undefined) {
    words = termWords(term, language);
    if (termWordsCache.size >= KEY_CACHE_LIMIT) termWordsCache.clear();
    termWordsCache.set(key, words);
  }
  return words ? { conceptId, term, language, words } : null;
}

function termWords(term: string, language: Language): WordMatcher[] | null {
  const tokens = tokenizeWords(term);
  if (tokens.length === 0) return null;
  const single = tokens.length === 1;
  return tokens.map((token): WordMatcher => {
    const written = term.slice(token.start, token.end);
    const isName = /^\p{Lu}/u.test(written) || /^\p{N}+$/u.test(written);
    if (!isName) return { kind: 'stem', key: wordKey(token.word, language) };
    // A lone acronym (SAP, HR, B2) or a brand that is an everyday word needs a capital in the
    // text; inside a phrase the neighbouring words already say what it is.
    let needsCapital: 'always' | 'all' | 'in-english' | 'never' = 'never';
    // A longer acronym is written in capitals; in other case it is a word or a name ("SWIFT" ≠ the Swift language).
    if (single && written.length >= 5 && written === written.toUpperCase() && /^\p{L}+$/u.test(written)) needsCapital = 'all';
    else if (single && written.length <= 4 && written === written.toUpperCase() && /\p{L}/u.test(written)) needsCapital = 'always';
    else if (single && COMMON_WORD_BRANDS.en.has(token.word)) needsCapital = 'in-english';
    else if (single && COMMON_WORD_BRANDS.it.has(token.word)) needsCapital = 'always';
    return { kind: 'exact', word: token.word, needsCapital };
  });
}

function indexKey(matcher: WordMatcher, language: Language): string {
  return matcher.kind === 'exact' ? `x:${matcher.word}` : `${language}:${matcher.key}`;
}

/** Precomputes the patterns of a concept list, so matching is one pass over the text. */
export function compileConcepts(concepts: readonly KeywordConcept[]): CompiledConcepts {
  const byFirstWord = new Map<string, TermPattern[]>();
  const otherSense = new Map<string, NonNullable<KeywordConcept['otherSense']>>();
  const seen = new Set<string>();
  for (const concept of concepts) {
    if (concept.otherSense) otherSense.set(concept.id, concept.otherSense);
    for (const language of LANGUAGES) {
      for (const term of concept.terms[language] ?? []) {
        const pattern = compileTerm(concept.id, term, language);
        if (!pattern) continue;
        // The same term often appears in both languages; one pattern is enough.
        const signature = `${concept.id}\u0000${pattern.words.map((w) => indexKey(w, language)).join(' ')}`;
        if (seen.has(signature)) continue;
        seen.add(signature);
        const key = indexKey(pattern.words[0], language);
        const bucket = byFirstWord.get(key);
        if (bucket) bucket.push(pattern);
        else byFirstWord.set(key, [pattern]);
      }
    }
  }
  return { byFirstWord, candidatesByWord: new Map(), otherSense };
}

const compiledCache = new WeakMap<readonly KeywordConcept[], CompiledConcepts>();

function compiledFor(concepts: readonly KeywordConcept[]): CompiledConcepts {
  let compiled = compiledCache.get(concepts);
  if (!compiled) {
    compiled = compileConcepts(concepts);
    compiledCache.set(concepts, compiled);
  }
  return compiled;
}

// ---------------------------------------------------------------------------------------------
// Text → tokens

// URLs, bare web addresses, emails and @handles are not prose: blank them out, keeping offsets. Nor are code
// identifiers ("access_token") and template tags ("{% include archive-single.html %}", "{{ site.archive }}").
const NOT_PROSE = new RegExp(
  [
    String.raw`[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+`,
    String.raw`\{%[^%]{0,300}%\}`,
    String.raw`\{\{[^}]{0,300}\}\}`,
    String.raw`\b(?:https?|ftp):\/\/\S+`,
    String.raw`\bwww\.\S+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+`,
    String.raw`\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|it|org|net|io|eu|dev|me|info|biz|co|uk|de|fr|es|ch)\b(?:\/\S*)?`,
  ].join('|'),
  'giu',
);

// URLs have a slash, emails and handles an @, bare addresses a known ending, identifiers an inner underscore,
// template tags a brace: most spans have none.
const MAYBE_NOT_PROSE = /[@/{]|[\p{L}\p{N}]_[\p{L}\p{N}]|www\.|\.(?:com|it|org|net|io|eu|dev|me|info|biz|co|uk|de|fr|es|ch)\b/iu;

/** The text with URLs, bare web addresses, emails and @handles blanked out (same length, offsets kept). */
export function blankOutNonProse(text: string): string {
  if (!MAYBE_NOT_PROSE.test(text)) return text;
  return text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
}

// Folding is the costly part of tokenising a long CV; words repeat, so it is memoised.
const foldCache = new Map<string, string>();

function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = foldCase(word);
    if (foldCache.size >= KEY_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** The words of `text` as `tokenizeWords` (engine/text.ts) finds them, folded through the memo. */
function spanWords(text: string): { word: string; original: string; start: number; end: number }[] {
  const words: { word: string; original: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    words.push({ word: foldWord(m[0]), original: m[0], start, end: start + m[0].length });
  }
  return words;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** What may separate two words of a phrase: spaces, hyphens, apostrophes, slashes. */
const PHRASE_GAP = /^[\s\-\u2010-\u2013'\u2019`´/]*$/u;
/** Inline markup between two spans that a phrase may cross (`**data** entry`). */
const MARKUP_GAP = /^[\s\-\u2010-\u2013'\u2019`´*_~]*$/u;

interface TextToken {
  word: string;
  /** The word's keys (wordKey) in Italian and English. */
  keyIt: string;
  keyEn: string;
  /** The patterns of the concept list being matched that may start with this word. */
  candidates: TermPattern[];
  /** True if the original word has at least one capital letter. */
  hasCapital: boolean;
  /** True if every letter of the original word is a capital. */
  allCapitals: boolean;
  line: number;
  start: number;
  end: number;
  sectionIndex: number;
  /** Whether a phrase may continue from the previous token into this one. */
  joinsPrevious: boolean;
}

/** A span's words with what lies between them: depends on the span's text alone, so kept per text (with the
 *  words' keys and, per concept list, their candidate patterns: a long CV is matched again on every keystroke). */
interface SpanWords {
  /** The text with URLs, emails and handles blanked out. */
  text: string;
  words: { word: string; keyIt: string; keyEn: string; hasCapital: boolean; allCapitals: boolean; start: number; end: number; joinsPrevious: boolean }[];
  candidates: WeakMap<CompiledConcepts, TermPattern[][]>;
}

const spanWordsCache = new Map<string, SpanWords>();

function wordsOfSpan(spanText: string): SpanWords {
  let cached = spanWordsCache.get(spanText);
  if (cached === undefined) {
    const text = blankOutNonProse(spanText);
    let previousEnd = -1;
    const words = spanWords(text);
    const joined = words.map((t, i) => {
      const gap = i > 0 ? text.slice(previousEnd, t.start) : '';
      previousEnd = t.end;
      // "B.Sc.", "M.B.A.": a dot inside an abbreviation joins its letters as a space would.
      const abbreviation = gap === '.' && t.word.length <= 3 && (words[i - 1]?.word.length ?? 9) <= 3;
      return {
        word: t.word,
        keyIt: wordKey(t.word, 'it'),
        keyEn: wordKey(t.word, 'en'),
        hasCapital: t.original !== t.original.toLowerCase(),
        allCapitals: t.original === t.original.toUpperCase() && t.original !== t.original.toLowerCase(),
        start: t.start,
        end: t.end,
        joinsPrevious: i > 0 && (gap === ' ' || abbreviation || PHRASE_GAP.test(gap)),
      };
    });
    cached = { text, words: joined, candidates: new WeakMap() };
    if (spanWordsCache.size >= KEY_CACHE_LIMIT) spanWordsCache.clear();
    spanWordsCache.set(spanText, cached);
  }
  return cached;
}

function tokenizeSpans(spans: readonly TextSpan[], lines: readonly string[] | undefined, compiled: CompiledConcepts): TextToken[] {
  const tokens: TextToken[] = [];
  let previousSpan: TextSpan | null = null;
  for (const span of spans) {
    const spanWords = wordsOfSpan(span.text);
    const { text, words } = spanWords;
    let candidates = spanWords.candidates.get(compiled);
    if (!candidates) {
      candidates = words.map((t) => candidatesFor(compiled, t.word));
      spanWords.candidates.set(compiled, candidates);
    }
    for (let i = 0; i < words.length; i++) {
      const t = words[i];
      const joinsPrevious = i > 0 ? t.joinsPrevious : previousSpan !== null && spansJoin(previousSpan, span, text.slice(0, t.start), tokens, lines);
      tokens.push({
        word: t.word,
        keyIt: t.keyIt,
        keyEn: t.keyEn,
        candidates: candidates[i],
        hasCapital: t.hasCapital,
        allCapitals: t.allCapitals,
        line: span.line,
        start: span.character + t.start,
        end: span.character + t.end,
        sectionIndex: span.sectionIndex,
        joinsPrevious,
      });
    }
    if (words.length > 0) previousSpan = span;
    else if (span.text.trim() !== '') previousSpan = null;
  }
  return tokens;
}

/** Whether a phrase may run from the last token of one span into the first word of the next. */
function spansJoin(
  previous: TextSpan,
  next: TextSpan,
  leadingText: string,
  tokens: readonly TextToken[],
  lines: readonly string[] | undefined,
): boolean {
  if (!lines || previous.sectionIndex !== next.sectionIndex || !PHRASE_GAP.test(leadingText)) return false;
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  const trailing = previous.text.slice(last.end - previous.character);
  if (!PHRASE_GAP.test(trailing)) return false;
  if (next.line === last.line) {
    const between = (lines[last.line] ?? '').slice(last.end, next.character);
    return MARKUP_GAP.test(between);
  }
  if (next.line !== last.line + 1) return false;
  // A soft line break inside a paragraph: the previous line ends with the word (or markup)
  // and the next line starts with prose, not with a list marker or a heading.
  const rest = (lines[last.line] ?? '').slice(last.end);
  const lead = (lines[next.line] ?? '').slice(0, next.character);
  return MARKUP_GAP.test(rest) && /^[\s>]*[*_~]*$/.test(lead);
}

// ---------------------------------------------------------------------------------------------
// Matching

function wordMatches(matcher: WordMatcher, token: TextToken, language: Language, cvLanguage: Language | undefined): boolean {
  if (matcher.kind === 'stem') return (language === 'it' ? token.keyIt : token.keyEn) === matcher.key;
  if (token.word !== matcher.word) return false;
  if (matcher.needsCapital === 'always') return token.hasCapital;
  if (matcher.needsCapital === 'all') return token.allCapitals;
  if (matcher.needsCapital === 'in-english') return cvLanguage === 'it' || token.hasCapital;
  return true;
}

/**
 * Every place a concept term occurs in the spans, in document order. One match per concept per
 * place: where two terms of a concept overlap ("bank reconciliation" / "reconciliation"), the
 * longer one is kept. Never throws.
 */
export function findConcepts(
  spans: readonly TextSpan[],
  concepts: readonly KeywordConcept[],
  options: FindConceptsOptions = {},
): ConceptMatch[] {
  if (concepts.length === 0 || spans.length === 0) return [];
  const compiled = compiledFor(concepts);
  const tokens = tokenizeSpans(spans, options.lines, compiled);
  const matches: ConceptMatch[] = [];
  // Per concept, the token index where its last match ended, to drop overlapping repeats.
  const lastEnd = new Map<string, { index: number; match: ConceptMatch; start: number }>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    for (const pattern of token.candidates) {
      const end = matchPatternAt(pattern, tokens, i, options.language);
      if (end < 0) continue;
      const lastToken = tokens[end];
      const match: ConceptMatch = {
        conceptId: pattern.conceptId,
        term: pattern.term,
        range: {
          start: { line: token.line, character: token.start },
          end: { line: lastToken.line, character: lastToken.end },
        },
        sectionIndex: token.sectionIndex,
      };
      const previous = lastEnd.get(pattern.conceptId);
      if (previous && previous.index >= i) {
        // Overlaps the previous match of the same concept: keep the longer one.
        if (end > previous.index && previous.start === i) {
          matches[matches.indexOf(previous.match)] = match;
          lastEnd.set(pattern.conceptId, { index: end, match, start: i });
        }
        continue;
      }
      matches.push(match);
      lastEnd.set(pattern.conceptId, { index: end, match, start: i });
    }
  }
  return options.lines ? matches.filter((m) => !inOtherSense(m, compiled.otherSense.get(m.conceptId), options.lines!)) : matches;
}

/** The concept's own "other sense" contexts (profile data) around a match, on its line. */
function inOtherSense(match: ConceptMatch, otherSense: KeywordConcept['otherSense'] | undefined, lines: readonly string[]): boolean {
  if (!otherSense) return false;
  const startLine = lines[match.range.start.line] ?? '';
  const endLine = lines[match.range.end.line] ?? '';
  const before = startLine.slice(Math.max(0, match.range.start.character - 60), match.range.start.character).toLowerCase();
  const after = endLine.slice(match.range.end.character, match.range.end.character + 60).toLowerCase();
  return (otherSense.before?.test(before) ?? false) || (otherSense.after?.test(after) ?? false);
}

/** Index of the last token of the pattern when it matches at `start`, else -1. */
function matchPatternAt(pattern: TermPattern, tokens: readonly TextToken[], start: number, cvLanguage: Language | undefined): number {
  const { words, language } = pattern;
  if (start + words.length > tokens.length) return -1;
  for (let j = 0; j < words.length; j++) {
    const token = tokens[start + j];
    if (j > 0 && !token.joinsPrevious) return -1;
    if (!wordMatches(words[j], token, language, cvLanguage)) return -1;
  }
  return start + words.length - 1;
}

// Profile terms are folded again for every analysis (ignored keywords, extra terms): memoised, bounded.
const foldedTerms = new Map<string, string>();

/** Folded form of a term or concept id, for comparing user settings with profile data. */
export function foldTerm(term: string): string {
  let folded = foldedTerms.get(term);
  if (folded === undefined) {
    folded = foldCase(term).replace(/[\s\-\u2010-\u2013]+/g, ' ').trim();
    if (foldedTerms.size >= KEY_CACHE_LIMIT) foldedTerms.clear();
    foldedTerms.set(term, folded);
  }
  return folded;
}
