// Email addresses: well-formed, masked, obfuscated ("mario [at] …") and labelled values written wrong.
import type { FoundItem } from './candidates';
import { trimValue, type ValueSlice } from './labels';
import { makeItem } from './ranges';

export const EMAIL_TOKEN = /(?<![\p{L}\p{N}._%+\-*@])[\p{L}\p{N}._%+\-*]+@+[\p{L}\p{N}.\-*…]*/gu;
const WELL_FORMED_EMAIL =
  /^[\p{L}\p{N}_%+\-*]+(?:\.[\p{L}\p{N}_%+\-*]+)*@[\p{L}\p{N}*](?:[\p{L}\p{N}\-*]*[\p{L}\p{N}*])?(?:\.[\p{L}\p{N}*](?:[\p{L}\p{N}\-*]*[\p{L}\p{N}*])?)*\.[\p{L}*]{2,}$/u;

export function isWellFormedEmail(value: string): boolean {
  return WELL_FORMED_EMAIL.test(value) && !/\*{1,}$/.test(value.split('.').pop() ?? '');
}

export function trimEmailToken(token: string): string {
  return token.replace(/[.\-]+$/, '');
}

export function emailItem(raw: string, line: number, start: number, value: string, valid: boolean): FoundItem {
  return { kind: 'email', item: makeItem(raw, line, start, value, valid), key: value.toLowerCase(), fromFrontMatter: false };
}

export function readLabelledEmail(line: number, view: string, value: ValueSlice, raw: string, found: FoundItem[]): void {
  const text = view.slice(value.start, value.end);
  let any = false;
  for (const m of text.matchAll(EMAIL_TOKEN)) {
    const token = trimEmailToken(m[0]);
    any = true;
    found.push(emailItem(raw, line, value.start + (m.index ?? 0), token, isWellFormedEmail(token)));
  }
  if (any) return;
  const trimmed = trimValue(view, value.start, value.end);
  if (!trimmed) return;
  const valueText = view.slice(trimmed.start, trimmed.end);
  // "mario [at] example.it", "info{at}example.com": written so robots cannot read it, but present for a human.
  // Markdown escapes ("\\[AT\\]") stay in the source text the line views are made of.
  if (/^[\p{L}\p{N}._%+\-]+\s*\\?[[({]\s*(?:at|chiocciola)\s*\\?[\])}]\s*[\p{L}\p{N}.\-]+(?:\s*\\?[[({]\s*(?:dot|punto)\s*\\?[\])}]\s*\p{L}+)?$/iu.test(valueText)) {
    // The range covers what is written; the value reads as a person would type it.
    const item = emailItem(raw, line, trimmed.start, valueText, true);
    item.item.value = valueText.replace(/\\(?=[[\]])/g, '').replace(/\s+/g, ' ');
    item.key = item.item.value.toLowerCase();
    found.push(item);
    return;
  }
  // One dotted token with no "@" ("mario.rossi.gmail.com") is an email written wrong.
  if (/^[\p{L}\p{N}._%+\-]+\.[\p{L}\p{N}._%+\-]+$/u.test(valueText) || /^[\p{L}\p{N}._%+\-]*(?:…|\.\.\.)$/u.test(valueText)) {
    found.push(emailItem(raw, line, trimmed.start, valueText, false));
  }
}
