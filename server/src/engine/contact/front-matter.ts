// Contact details given as front matter fields (`email:`, `contatti: { telefono: … }`).
import type { ContactItem, FrontMatter } from '../types';
import { NOT_GIVEN } from './address';
import type { AddressCandidate, FoundItem } from './candidates';
import { EMAIL_TOKEN, isWellFormedEmail, trimEmailToken } from './email';
import { classifyPhone, phoneKey } from './phone';
import { cloneRange, escapeRegExp, itemAt } from './ranges';

export const FM_NAME_KEYS = ['name', 'nome', 'full_name', 'fullname', 'nome_completo', 'nominativo'];
const FM_EMAIL_KEYS = ['email', 'e-mail', 'e_mail', 'mail', 'pec'];
const FM_PHONE_KEYS = ['phone', 'telephone', 'tel', 'telefono', 'cellulare', 'cell', 'mobile', 'cellphone'];
const FM_ADDRESS_KEYS = ['address', 'indirizzo', 'location', 'residenza', 'domicilio', 'city', 'città', 'citta'];
export const FM_CONTAINER_KEYS = ['contact', 'contacts', 'contatti', 'recapiti', 'personal', 'personal_info', 'info', 'dati_personali', 'basics'];

export function readFrontMatter(frontMatter: FrontMatter, lines: string[], found: FoundItem[], addresses: AddressCandidate[]): void {
  const data = frontMatter.data;
  if (!data || typeof data !== 'object') return;
  const containers: Array<Record<string, unknown>> = [data];
  for (const key of FM_CONTAINER_KEYS) {
    const nested = getKey(data, key);
    if (nested && typeof nested === 'object' && !Array.isArray(nested)) containers.push(nested as Record<string, unknown>);
  }
  const seenEmails = new Set<string>();
  for (const container of containers) {
    for (const key of FM_EMAIL_KEYS) {
      for (const value of stringValues(getKey(container, key))) {
        const valid = isWellFormedEmail(value);
        seenEmails.add(value.toLowerCase());
        found.push({ kind: 'email', item: frontMatterItem(frontMatter, lines, value, valid), key: value.toLowerCase(), fromFrontMatter: true });
      }
    }
    for (const key of FM_PHONE_KEYS) {
      for (const value of stringValues(getKey(container, key), lines, frontMatter, key)) {
        const valid = classifyPhone(value, true) === 'valid';
        found.push({ kind: 'phone', item: frontMatterItem(frontMatter, lines, value, valid), key: phoneKey(value), fromFrontMatter: true });
      }
    }
    for (const key of FM_ADDRESS_KEYS) {
      const value = stringValues(getKey(container, key))[0];
      if (value && /\p{L}/u.test(value) && !NOT_GIVEN.test(value)) {
        addresses.push({ item: frontMatterItem(frontMatter, lines, value, true), rank: 0, fromFrontMatter: true });
      }
    }
  }
  // Emails anywhere else in the front matter (an "abstract" listing contact methods, say).
  for (const text of allStrings(data, 0)) {
    for (const m of text.matchAll(EMAIL_TOKEN)) {
      const value = trimEmailToken(m[0]);
      if (!isWellFormedEmail(value) || seenEmails.has(value.toLowerCase())) continue;
      seenEmails.add(value.toLowerCase());
      found.push({ kind: 'email', item: frontMatterItem(frontMatter, lines, value, true), key: value.toLowerCase(), fromFrontMatter: true });
    }
  }
}

export function getKey(object: Record<string, unknown>, key: string): unknown {
  for (const k of Object.keys(object)) if (k.toLowerCase() === key) return object[k];
  return undefined;
}

/**
 * String values of a field (arrays flattened). Numbers are taken from the raw line when possible,
 * because YAML reads `phone: 0212345678` as a number and drops the leading zero. Nested arrays are
 * read a few levels deep only: a YAML alias can make an array contain itself (`name: &a [*a]`).
 */
export function stringValues(value: unknown, lines?: string[], frontMatter?: FrontMatter, key?: string, depth = 0): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (lines && frontMatter && key) {
      const raw = rawFrontMatterValue(lines, frontMatter, key);
      if (raw) return [raw];
    }
    return [String(value)];
  }
  if (Array.isArray(value) && depth < 4) return value.flatMap((v) => stringValues(v, lines, frontMatter, key, depth + 1));
  return [];
}

function rawFrontMatterValue(lines: string[], frontMatter: FrontMatter, key: string): string | null {
  const pattern = new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*[:=]\\s*["']?([^"'#]+?)["']?\\s*(?:#.*)?$`, 'i');
  for (let l = frontMatter.range.start.line; l <= frontMatter.range.end.line && l < lines.length; l++) {
    const m = pattern.exec(lines[l] ?? '');
    if (m) return m[1].trim();
  }
  return null;
}

function allStrings(value: unknown, depth: number): string[] {
  if (depth > 6) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.slice(0, 500).flatMap((v) => allStrings(v, depth + 1));
  if (value && typeof value === 'object') return Object.values(value as Record<string, unknown>).slice(0, 500).flatMap((v) => allStrings(v, depth + 1));
  return [];
}

/** The value's own range inside the front matter when it can be found there, else the front matter's. */
export function frontMatterItem(frontMatter: FrontMatter, lines: string[], value: string, valid: boolean): ContactItem {
  const { start, end } = frontMatter.range;
  for (let l = start.line; l <= end.line && l < lines.length; l++) {
    const at = (lines[l] ?? '').indexOf(value);
    if (at >= 0) return itemAt(l, at, value.length, value, valid);
  }
  return { value, range: cloneRange(frontMatter.range), valid };
}
