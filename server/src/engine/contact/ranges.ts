// Ranges of contact items on the raw lines.
import type { ContactItem, Range } from '../types';

/** A range for `value` found at `start` in the view; re-anchored on the raw line when the text is there. */
export function makeItem(raw: string, line: number, start: number, value: string, valid: boolean): ContactItem {
  return { value, range: rangeOf(raw, line, start, value), valid };
}

function rangeOf(raw: string, line: number, start: number, value: string): Range {
  let at = start;
  if (raw.slice(start, start + value.length) !== value) {
    const near = raw.indexOf(value, Math.max(0, start - 20));
    const anywhere = near >= 0 ? near : raw.indexOf(value);
    if (anywhere >= 0) at = anywhere;
  }
  const begin = Math.min(at, raw.length);
  const end = Math.min(begin + value.length, raw.length);
  return { start: { line, character: begin }, end: { line, character: end } };
}

/** An item whose text may hold blanked-out markup (link brackets): the value reads with single spaces. */
export function spanItem(line: number, start: number, end: number, text: string, valid: boolean): ContactItem {
  return { value: text.replace(/\s+/g, ' ').trim(), range: { start: { line, character: start }, end: { line, character: end } }, valid };
}

export function itemAt(line: number, character: number, length: number, value: string, valid: boolean): ContactItem {
  return { value, range: { start: { line, character }, end: { line, character: character + length } }, valid };
}

export function cloneRange(range: Range): Range {
  return { start: { ...range.start }, end: { ...range.end } };
}

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
