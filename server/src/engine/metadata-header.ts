// Pelican and MultiMarkdown pages open with "Key: value" lines instead of YAML front matter:
//   Title: Curriculum
//   Author: Andrea Grandi
// Read as front matter, so the title and author count as they do in a Jekyll page.
import type { FrontMatter } from './types';

const METADATA_KEYS = new Set(['title', 'author', 'authors', 'date', 'modified', 'slug', 'status', 'tags', 'category', 'summary', 'lang', 'type', 'permalink', 'template', 'save_as', 'url']);
const METADATA_LINE = /^([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(.*?)\s*$/;
/** A header is a few lines; a long run of "Key: value" lines is the CV's own labelled content. */
const MAX_HEADER_LINES = 20;

export function readMetadataHeader(lines: readonly string[]): FrontMatter | null {
  const first = METADATA_LINE.exec(lines[0] ?? '');
  if (!first || !METADATA_KEYS.has(first[1].toLowerCase())) return null;
  const data: Record<string, unknown> = {};
  let known = 0;
  let end = 0;
  for (; end < lines.length && end < MAX_HEADER_LINES; end++) {
    const line = lines[end];
    if (line.trim() === '') break;
    const m = METADATA_LINE.exec(line);
    if (!m) return null;
    const key = m[1].toLowerCase();
    if (METADATA_KEYS.has(key)) known++;
    if (!(key in data)) data[key] = m[2];
  }
  if (known < 2 || end === 0 || (end === MAX_HEADER_LINES && (lines[end] ?? '').trim() !== '')) return null;
  const last = end - 1;
  return { format: 'metadata', data, range: { start: { line: 0, character: 0 }, end: { line: last, character: lines[last].length } } };
}
