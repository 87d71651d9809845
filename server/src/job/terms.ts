// The posting's own multi-word terms, those no profile knows ("contabilità analitica", "intercompany
// reconciliations", "Incoterms"): a phrase-extraction method in the spirit of RAKE (Rose et al., 2010).
//
// Candidates are runs of content words between punctuation and function words (a "di"/"of" may join two content
// words: "gestione della tesoreria"). Words of the job-posting genre ("ottima conoscenza", "proven experience") are
// trimmed from their ends. A candidate is kept when it has two to four words and at least one of them is specific:
// absent from the 5,000 most frequent words of everyday language (job/background-words.ts) and from the posting
// genre's own words. A lone ALL-CAPS acronym that is specific (IFRS, GDPR) is kept too. Proper names in the middle
// of a sentence (cities, company names) end a candidate. At most MAX_TERMS, the most specific first.
import type { Language, Range } from '../engine/types';
import { foldCase } from '../engine/text';
import { BACKGROUND_WORDS } from './background-words';
import { FUNCTION_WORDS, PHRASE_CONNECTORS, POSTING_WORDS } from './posting-cues';
import type { PostingSentence } from './posting';

export interface PostingTerm {
  text: string;
  range: Range;
  /** How many of its words are specific (outside the background list). */
  specific: number;
}

const MAX_TERMS = 10;
const MAX_WORDS = 4;

let background: Record<Language, Set<string>> | null = null;

function backgroundWords(): Record<Language, Set<string>> {
  background ??= {
    it: new Set(BACKGROUND_WORDS.it.flatMap((line) => line.split(' '))),
    en: new Set(BACKGROUND_WORDS.en.flatMap((line) => line.split(' '))),
  };
  return background;
}

/** Whether a folded word is common in everyday language (either language: postings mix them). */
export function isBackgroundWord(folded: string): boolean {
  const words = backgroundWords();
  return words.it.has(folded) || words.en.has(folded);
}

/** Acronyms that postings use for the offer or the company, not for a skill. */
const OFFER_ACRONYMS = new Set(['RAL', 'CCNL', 'SPA', 'SRL', 'CV', 'HR', 'TD', 'TI', 'PMI', 'USA', 'UE', 'EU', 'UK', 'NB', 'FAQ', 'CEO', 'ASAP', 'OK', 'IT', 'II', 'III']);

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
  capitalised: boolean;
  acronym: boolean;
  /** True when only spaces, hyphens, slashes or apostrophes separate it from the previous word. */
  joined: boolean;
  sentenceStart: boolean;
}

function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const word = m[0];
    words.push({
      text: word,
      folded: foldCase(word),
      start: offset + start,
      end: offset + start + word.length,
      capitalised: /^\p{Lu}/u.test(word),
      acronym: /^\p{Lu}{2,6}$/u.test(word),
      joined: previousEnd >= 0 && /^[\s\-\u2010-\u2013/'’]*$/u.test(gap) && gap.length <= 3,
      sentenceStart: previousEnd < 0 || /[.:;!?(]/.test(gap),
    });
    previousEnd = start + word.length;
  }
  return words;
}

/** A word a phrase can be made of. */
/** Words right before a product's name in a requirement. */
const KNOWLEDGE_BEFORE = /\b(?:experience|knowledge|familiarity|proficiency|expertise|conoscenza|esperienza|utilizzo|uso|dimestichezza|padronanza|competenza)\s+(?:(?:with|of|in|using|di|del|dello|della|dei|degli|delle|nell'uso di|nell'utilizzo di|con|su|sul)\s+)(?:(?:the|il|lo|la|i|gli|le|software|gestionale|programma|sistema|platform|tool)\s+)?$/;

function isContent(word: Word): boolean {
  if (FUNCTION_WORDS.has(word.folded) || PHRASE_CONNECTORS.has(word.folded)) return false;
  // Adverbs ("contemporaneamente", "effectively") qualify, they name nothing.
  if (/(?:mente|ly)$/.test(word.folded) && word.folded.length > 6) return false;
  if (/^\d+$/.test(word.folded) || word.folded.length < 2) return false;
  // An Italian elided article or preposition ("dell'azienda" is one token here): its head is what matters.
  return true;
}

function isSpecific(word: Word): boolean {
  return word.folded.length >= 4 && !/^\d/.test(word.folded) && !isBackgroundWord(word.folded) && !POSTING_WORDS.has(word.folded);
}

/** A proper name inside a sentence (a city, a company): not a skill. */
function isProperName(word: Word): boolean {
  return word.capitalised && !word.acronym && !word.sentenceStart;
}

/** An infinitive or a gerund starts a duty ("gestire", "managing"), not a term. */
function isVerbLike(word: Word): boolean {
  if (/(?:are|ere|ire|arsi|ersi|irsi)$/.test(word.folded) && word.folded.length > 5) return true;
  return /ing$/.test(word.folded) && word.folded.length > 5 && !ING_NOUNS.has(word.folded);
}

/** English -ing words that name a field or a task rather than an action. */
const ING_NOUNS = new Set(['accounting', 'billing', 'invoicing', 'marketing', 'training', 'planning', 'engineering', 'banking', 'processing', 'bookkeeping', 'onboarding', 'scheduling', 'reporting', 'purchasing', 'shipping', 'recruiting', 'budgeting', 'forecasting', 'auditing', 'costing', 'pricing', 'sourcing', 'consulting', 'housekeeping', 'ticketing', 'networking', 'licensing', 'listening']);

function wordRange(line: number, word: Word): Range {
  return { start: { line, character: word.start }, end: { line, character: word.end } };
}

function overlapsAny(range: Range, taken: readonly Range[]): boolean {
  return taken.some((t) => t.start.line === range.start.line && t.start.character < range.end.character && range.start.character < t.end.character);
}

/** The posting's multi-word terms in the sentences, outside the ranges already taken. */
export function findPostingTerms(sentences: readonly PostingSentence[], cleaned: readonly string[], _language: Language, taken: readonly Range[]): PostingTerm[] {
  const terms: PostingTerm[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const words = wordsOf(sentence.text, sentence.start);
    let run: Word[] = [];
    const flush = () => {
      const candidate = trim(run);
      run = [];
      if (!candidate) return;
      const range: Range = { start: { line: sentence.line, character: candidate[0].start }, end: { line: sentence.line, character: candidate[candidate.length - 1].end } };
      const content = candidate.filter(isContent);
      const specific = content.filter(isSpecific).length;
      const single = content.length === 1 && content[0].acronym && isSpecific(content[0]) && !OFFER_ACRONYMS.has(content[0].text);
      // The head of an Italian or English phrase names the thing: an adjective or participle first is a fragment.
      if (!single && !isSpecific(content[0]) && !isSpecific(content[content.length - 1])) return;
      if (!single && (content.length < 2 || content.length > MAX_WORDS || specific === 0)) return;
      // A term may extend a concept already found ("contabilità analitica" around "contabilità") with a specific word.
      if (overlapsAny(range, taken)) {
        const outside = content.filter((w) => !overlapsAny(wordRange(sentence.line, w), taken));
        if (!outside.some(isSpecific)) return;
      }
      const text = cleaned[sentence.line].slice(range.start.character, range.end.character).replace(/\s+/g, ' ');
      const key = foldCase(text);
      if (seen.has(key)) return;
      seen.add(key);
      // An acronym names one thing precisely: it ranks with the two-word terms.
      terms.push({ text, range, specific: single ? 2 : specific });
    };
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      // A product named after "experience with", "conoscenza di" (Coupa, Zucchetti): a term of one word.
      if (isProperName(word) && isSpecific(word) && KNOWLEDGE_BEFORE.test(foldCase(sentence.text.slice(0, word.start - sentence.start)))) {
        const range: Range = { start: { line: sentence.line, character: word.start }, end: { line: sentence.line, character: word.end } };
        const key = word.folded;
        if (!seen.has(key) && !overlapsAny(range, taken)) {
          seen.add(key);
          terms.push({ text: word.text, range, specific: 1 });
        }
      }
      const next = words[i + 1];
      const breaks = !word.joined || isProperName(word);
      if (breaks) flush();
      if (isProperName(word)) continue;
      if (isContent(word)) run.push(word);
      // "gestione della tesoreria": a connector joins only when a specific word follows ("gestione degli atti" does not).
      else if (PHRASE_CONNECTORS.has(word.folded) && run.length > 0 && next && next.joined && isContent(next) && !isProperName(next) && (isSpecific(next) || word.folded === 'd')) run.push(word);
      else flush();
    }
    flush();
  }
  // The most specific first, then in posting order; a long posting keeps its strongest terms.
  return terms
    .map((term, index) => ({ term, index }))
    .sort((a, b) => b.term.specific - a.term.specific || a.index - b.index)
    .slice(0, MAX_TERMS)
    .sort((a, b) => a.index - b.index)
    .map(({ term }) => term);
}

/** Genre words and connectors off both ends, verbs off the front; at most MAX_WORDS content words from the start. */
function trim(run: Word[]): Word[] | null {
  let start = 0;
  let end = run.length;
  const droppable = (w: Word) => !isContent(w) || POSTING_WORDS.has(w.folded) || (isBackgroundWord(w.folded) && !w.acronym);
  while (start < end && (droppable(run[start]) || isVerbLike(run[start]))) start++;
  // A common word right after "di"/"of" is the object that completes the phrase ("bilancio d'esercizio"): kept.
  while (end > start && droppable(run[end - 1]) && !(isContent(run[end - 1]) && !POSTING_WORDS.has(run[end - 1].folded) && end - 2 > start && PHRASE_CONNECTORS.has(run[end - 2].folded))) end--;
  const words = run.slice(start, end);
  if (words.length === 0) return null;
  // A long run is a list without commas: keep its first phrase.
  let contentCount = 0;
  let cut = words.length;
  for (let i = 0; i < words.length; i++) {
    if (isContent(words[i])) contentCount++;
    if (contentCount > MAX_WORDS) {
      cut = i;
      break;
    }
  }
  const kept = words.slice(0, cut);
  while (kept.length > 0 && !isContent(kept[kept.length - 1])) kept.pop();
  return kept.length > 0 ? kept : null;
}
