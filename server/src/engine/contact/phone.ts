// Phone numbers: which digit runs are phones, and labelled values that are meant as one but malformed.
import type { FoundItem } from './candidates';
import { trimValue, type ValueSlice } from './labels';
import { makeItem } from './ranges';

/** Number labels that are not phones (VAT, tax code, ISBN...), looked for just before a number. */
export const NOT_PHONE_LABEL =
  /(?<![\p{L}\p{N}])(?:p\.?\s?iva|partita\s+iva|vat(?:\s+(?:no|number))?|c\.?\s?f\.?|codice\s+fiscale|isbn(?:-1[03])?|issn|iban|bic|swift|rea|cciaa|doi|pmid|arxiv|matricola|cap|zip|postcode|n\.|nr\.?|no\.|id|codice|code|versione?|v)\s*[:#.]?\s*$/iu;

interface TextPiece {
  start: number;
  text: string;
}

const PHONE_RUN =
  /(?:\(\+?\d{1,4}\)[\s\u00a0.\-]*|\+(?=\d)|\+\s(?=\d))?[\d*]+(?:(?:[\s\u00a0]{1,2}|[\s\u00a0]?[.\-\u2010\u2011][\s\u00a0]?|\/|[\s\u00a0]?\(\d{1,4}\)[\s\u00a0]?)[\d*]+)*/g;

/** The character before a digit run, for its boundary check. Emphasis marks left in raw HTML ("__+39 345…__",
 *  "**+39 345…**") open after a space and are not part of a word: they read as that space. */
function charBeforeRun(text: string, start: number): string {
  return /(?:^|[\s:(])(?:_{1,2}|\*{1,2})$/.test(text.slice(Math.max(0, start - 3), start)) ? ' ' : text[start - 1] ?? '';
}

/** Digit runs that may be phone numbers, with their boundaries checked. */
export function phoneRuns(text: string): TextPiece[] {
  const runs: TextPiece[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const start = m.index ?? 0;
    const value = m[0];
    const before = charBeforeRun(text, start);
    const after = text[start + value.length] ?? '';
    if (/[\p{L}\p{N}@._/\\\-*#&=%$€£,]/u.test(before) && !(before === '.' && /\s/.test(text[start - 2] ?? ''))) continue;
    if (/[\p{L}\p{N}@%€£$]/u.test(after)) continue;
    if (/^\*/.test(value)) continue;
    if (!/\d/.test(value)) continue;
    runs.push({ start, text: value });
  }
  return runs;
}

/** A run may hold two numbers ("333 1234567 - 02 1234567"); try the obvious split points. */
export function splitRun(run: TextPiece): TextPiece[] {
  if (classifyPhone(run.text, false) !== null) return [run];
  const pieces: TextPiece[] = [];
  let offset = 0;
  for (const part of run.text.split(/(\s[-–]\s|\s{2,}|\/)/)) {
    if (/^(\s[-–]\s|\s{2,}|\/)$/.test(part)) {
      offset += part.length;
      continue;
    }
    if (part) pieces.push({ start: run.start + offset, text: part });
    offset += part.length;
  }
  return pieces.length > 1 ? pieces : [run];
}

/** Every group a day, month or year, with a year among them: "03/2019", "2016 - 2019", "01.03.2019". */
function looksLikeDate(value: string): boolean {
  const groups = value.match(/\d+/g) ?? [];
  if (groups.length === 0) return false;
  const isYear = (g: string) => /^(?:19|20)\d{2}$/.test(g);
  if (!groups.some(isYear)) return /^\d{1,2}[./-]\d{1,2}[./-]\d{2}$/.test(value.trim());
  return groups.every((g) => g.length <= 2 || isYear(g));
}

/**
 * 'valid' = a phone number; 'invalid' = meant as one but too short or too long (labelled lines only);
 * null = not a phone number.
 */
export function classifyPhone(value: string, labelled: boolean): 'valid' | 'invalid' | null {
  const text = value.trim();
  if (!text || looksLikeDate(text)) return labelled && /\d/.test(text) ? 'invalid' : null;
  const digits = (text.match(/\d/g) ?? []).length;
  const stars = (text.match(/\*/g) ?? []).length;
  const total = digits + stars;
  const masked = stars >= 3 && digits >= 1;
  const international = /^(?:\+|\(\+?\d)/.test(text) || /^00[1-9]/.test(text);
  const separated = /[\s.\-/()]/.test(text.replace(/^\(\+?\d{1,4}\)|^\+/, ''));

  if (labelled) {
    if (international) return total >= 8 && total <= 15 ? 'valid' : 'invalid';
    if (masked) return total >= 6 && total <= 15 ? 'valid' : 'invalid';
    return total >= 6 && total <= 11 ? 'valid' : 'invalid';
  }
  if (masked) return /^(?:\+|\(|0|3)/.test(text) && total >= 8 && total <= 15 ? 'valid' : null;
  if (stars > 0) return null;
  if (international) return digits >= 8 && digits <= 15 ? 'valid' : null;
  // North American numbers, with or without the country code 1: "(787) 321-9054", "787-321-9054", "1-787-321-9054".
  if (/^(?:1[-.\s])?\(\d{3}\)\s?\d{3}[-.\s]\d{4}$/.test(text) || /^(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}$/.test(text)) return 'valid';
  if (text.startsWith('3')) return (separated ? digits >= 9 : digits === 10) && digits <= 10 ? 'valid' : null;
  if (text.startsWith('0')) return (separated ? digits >= 8 && digits <= 11 : digits >= 9 && digits <= 10) ? 'valid' : null;
  return null;
}

export function phoneItem(raw: string, line: number, start: number, value: string, valid: boolean): FoundItem {
  return { kind: 'phone', item: makeItem(raw, line, start, value, valid), key: phoneKey(value), fromFrontMatter: false };
}

export function phoneKey(value: string): string {
  let key = value.replace(/[^\d*]/g, '');
  if (value.trim().startsWith('00')) key = key.slice(2);
  if (key.startsWith('39') && key.length >= 11) key = key.slice(2);
  return key;
}

/** A labelled phone: every number in the value; if none is a phone, the value itself is malformed. */
export function readLabelledPhone(line: number, view: string, value: ValueSlice, raw: string, found: FoundItem[]): void {
  const text = view.slice(value.start, value.end);
  let valid = 0;
  const runs = phoneRunsLoose(text);
  for (const run of runs) {
    for (const piece of splitRunLabelled(run)) {
      if (classifyPhone(piece.text, true) === 'valid') {
        valid++;
        found.push(phoneItem(raw, line, value.start + piece.start, piece.text, true));
      }
    }
  }
  if (valid > 0) return;
  const trimmed = trimValue(view, value.start, value.end);
  if (!trimmed) return;
  // The malformed value: from its first phone-like character to the last one before any words.
  const valueText = view.slice(trimmed.start, trimmed.end);
  const phoneLike = (/^[+(]?[\d*+()\s.\-/…x_]*/i.exec(valueText)?.[0] ?? '').replace(/(?:[\s(\-/]|(?<!\.\.)\.(?!\.))+$/, '');
  const hasDigits = /\d/.test(phoneLike);
  const isPlaceholder = /…|\.\.\.|x{3,}|_{3,}/i.test(phoneLike) && (/^[+(\d]/.test(phoneLike) || /^(?:…|\.{3,})$/.test(phoneLike));
  if ((hasDigits && (phoneLike.match(/\d/g) ?? []).length >= 2) || isPlaceholder) {
    found.push(phoneItem(raw, line, trimmed.start, phoneLike, false));
  }
}

/** Like phoneRuns, but a run may start with "*" (a fully masked number after a label). */
function phoneRunsLoose(text: string): TextPiece[] {
  const runs: TextPiece[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const start = m.index ?? 0;
    const before = charBeforeRun(text, start);
    const after = text[start + m[0].length] ?? '';
    if (/[\p{L}\p{N}@_\\]/u.test(before) || /[\p{L}\p{N}@%€£$]/u.test(after)) continue;
    runs.push({ start, text: m[0] });
  }
  return runs;
}

function splitRunLabelled(run: TextPiece): TextPiece[] {
  if (classifyPhone(run.text, true) === 'valid') return [run];
  const pieces = splitRun({ start: run.start, text: run.text });
  return pieces;
}
