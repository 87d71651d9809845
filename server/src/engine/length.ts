// How long a CV prints: an estimate of its A4 pages from its words and from the lines it takes once
// rendered (long paragraphs wrap, headings take room). A typical CV in an 11-point font holds about 500
// words or 50 printed lines a page.
import type { CvDocument } from './types';
import { memoByText } from './memo';

export const WORDS_PER_PAGE = 500;
export const LINES_PER_PAGE = 50;
/** Characters of a printed line on A4 in an 11-point font with 2 cm margins. */
const CHARS_PER_LINE = 95;

export interface LengthEstimate {
  words: number;
  /** Printed lines, wrapping and headings' room included. */
  lines: number;
  /** Pages by words and by lines; the smaller is what a check can be sure of. */
  pagesByWords: number;
  pagesByLines: number;
}

export function estimateLength(doc: CvDocument): LengthEstimate {
  let words = 0;
  for (const span of doc.spans) words += wordCount(span.text);
  const first = doc.frontMatter ? doc.frontMatter.range.end.line + 1 : 0;
  let lines = 0;
  let inComment = false;
  for (let line = first; line < doc.lines.length; line++) {
    const raw = doc.lines[line];
    // HTML comments do not print.
    if (inComment || /^\s*<!--/.test(raw)) {
      inComment = !raw.includes('-->');
      continue;
    }
    const text = printedText(raw);
    if (text === '' || /^[-=:\s]+$/.test(text)) {
      // A blank line between blocks prints as a little space.
      if (raw.trim() === '' && line > first && doc.lines[line - 1].trim() !== '') lines += 0.5;
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s/.test(raw);
    lines += Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)) + (heading ? 1 : 0);
  }
  lines = Math.round(lines);
  return { words, lines, pagesByWords: words / WORDS_PER_PAGE, pagesByLines: lines / LINES_PER_PAGE };
}

const wordCount = memoByText((text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);

/** What a line prints: no link targets, tags or Markdown marks. */
const printedText = memoByText((raw: string): string =>
  raw
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`#>|[\]]/g, '')
    .trim(),
);
