// Text folding shared by section recognition and keyword matching.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Emoji, pictographs, dingbats, arrows, box drawing, private-use icon fonts.
const SYMBOLS = /[\p{Extended_Pictographic}\p{So}\p{Co}\u200d\ufe0f\u20e3]/gu;

/** Lower case, no accents, no emoji; apostrophes and dashes kept as written. */
export function foldCase(text: string): string {
  // Rules and the model fold the same lines on every keystroke: an unchanged line is a lookup. Long
  // strings are folded afresh (hashing them costs about what folding does, and they are rarely repeated).
  if (text.length > FOLD_MEMO_MAX_LENGTH) return foldUncached(text);
  let folded = foldMemo.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (foldMemo.size >= FOLD_MEMO_MAX_ENTRIES) foldMemo.clear();
    foldMemo.set(text, folded);
  }
  return folded;
}

const FOLD_MEMO_MAX_LENGTH = 2_000;
const FOLD_MEMO_MAX_ENTRIES = 50_000;
const foldMemo = new Map<string, string>();

// ASCII has no accents, no symbols and nothing NFC or NFD changes: lower case is the whole fold (checked for
// every ASCII character in test/unit/text.test.ts).
const ASCII = /^[\x00-\x7f]*$/;

function foldUncached(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return foldCaseReference(text);
}

/**
 * Words of a text, folded. Splits on anything that is not a letter or digit,
 * so "e-mail" → ["e", "mail"] and "dell'azienda" → ["dell", "azienda"].
 */
export function foldedWords(text: string): string[] {
  return foldCase(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Word tokens with their UTF-16 offsets in the original string. */
export interface WordToken {
  /** Folded form (lower case, no accents). */
  word: string;
  start: number;
  end: number;
}

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const wordPattern = /[\p{L}\p{N}]+/gu;
  for (const m of text.matchAll(wordPattern)) {
    const start = m.index ?? 0;
    tokens.push({ word: foldCase(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

/** foldCase without the memo and the ASCII shortcut: the definition (for tests). */
export function foldCaseReference(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(SYMBOLS, ' ').toLowerCase().normalize('NFC');
}
