// Can this file be a CV at all? Answered from one pass over its lines, before any Markdown parsing,
// so that a README or a 5 MB log costs a line scan and never a parse. The gate is conservative: it
// says "not a CV" only where the full analysis (engine/detect.ts) would say so too, and "possible"
// whenever it cannot tell. It also lists the headings, the outline kept when a file is too large to
// analyse (engine/headings-only.ts).
import { readMetadataHeader } from './metadata-header';
import type { FrontMatter, Language } from './types';
import type { Profile } from '../profiles/types';
import { classifyTitle, isCvTitle } from './classify';
import {
  baseNameOf,
  CV_KINDS,
  declaredCv,
  fileNameSaysCv,
  frontMatterTitleSaysCv,
  isDocumentationHeading,
  isProjectFile,
} from './detect';
import { EMAIL, frontMatterOf, PHONE_LIKE } from './model';

/** A heading found by the line scan. */
export interface ScannedHeading {
  /** Zero-based line of the heading text. */
  line: number;
  title: string;
  /** 1–6 for ATX and setext headings; 0 for pseudo-headings (a bold line, an HTML section title). */
  depth: number;
  source: 'atx' | 'setext' | 'bold' | 'html';
  /** Columns of the title on its line. */
  startCharacter: number;
  endCharacter: number;
}

/** `cv`: the front matter says so; `not-a-cv`: the full analysis would say so too; `possible`: analyse it. */
export type GateVerdict = 'cv' | 'possible' | 'not-a-cv';

export interface CvGate {
  verdict: GateVerdict;
  /** Why, in both languages (shown by `cvlint --explain`). */
  reason: Record<Language, string>;
  /** Headings outside code fences, in order (at most MAX_SCANNED_HEADINGS). */
  headings: ScannedHeading[];
  frontMatter: FrontMatter | null;
}

export interface GateOptions {
  fileName?: string | null;
  profile: Profile;
}

/** The outline of a huge generated file is not worth more than this many entries. */
export const MAX_SCANNED_HEADINGS = 2000;
/** Distinct heading-like lines classified at most; past this the gate stops and answers "possible". */
const MAX_CLASSIFIED_TITLES = 3_000;
/** A title longer than this is classified by its label and its first words only (classifying is not linear
 *  on some inputs, and no section title is this long). */
const MAX_TITLE_LENGTH = 300;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Decides whether the file can be a CV. `lines` may be passed when the caller has them already. */
export function gateCv(text: string, options: GateOptions, lines: string[] = splitLines(text)): CvGate {
  const frontMatter = scanFrontMatter(lines);
  const headings = scanHeadings(lines, frontMatter.kind === 'strict' ? frontMatter.endLine + 1 : 0);
  const verdict = (value: GateVerdict, en: string, it: string): CvGate => ({
    verdict: value,
    reason: { en, it },
    headings,
    frontMatter: frontMatter.kind === 'strict' ? frontMatter.frontMatter : null,
  });

  const data = frontMatter.kind === 'strict' ? frontMatter.frontMatter.data : (readMetadataHeader(lines)?.data ?? {});
  const declared = declaredCv(data);
  if (declared === true) return verdict('cv', 'front matter says cv: true', 'il front matter dice cv: true');
  if (declared === false) return verdict('not-a-cv', 'front matter says cv: false', 'il front matter dice cv: false');
  // Something like front matter that the parser may read differently: let the full analysis decide.
  if (frontMatter.kind === 'unsure') return verdict('possible', 'its front matter needs a full reading', 'il front matter va letto per intero');

  const baseName = baseNameOf(options.fileName ?? null);
  if (isProjectFile(options.fileName ?? null)) {
    return verdict('not-a-cv', `"${baseName}" is a project file name, not a CV`, `"${baseName}" è il nome di un file di progetto, non di un CV`);
  }
  const docHeadings = certainDocumentationHeadings(lines, frontMatter.kind === 'strict' ? frontMatter.endLine + 1 : 0);
  if (docHeadings >= 2) {
    return verdict('not-a-cv', `${docHeadings} headings look like software documentation`, `${docHeadings} titoli sembrano di documentazione software`);
  }
  if (fileNameSaysCv(baseName)) return verdict('possible', `the file name "${baseName}" says CV`, `il nome del file "${baseName}" dice CV`);
  if (frontMatterTitleSaysCv(data)) return verdict('possible', 'the front matter title says CV', 'il titolo nel front matter dice CV');

  // Contact details first: the cheaper test.
  if (hasContactDetails(lines)) return verdict('possible', 'it has contact details', 'contiene recapiti');
  const title = findCvTitle(lines, options.profile);
  if (title === 'too-many') return verdict('possible', 'too many heading-like lines to tell cheaply', 'troppe righe simili a titoli per decidere in fretta');
  if (title) return verdict('possible', `"${title}" may be a CV section`, `"${title}" può essere una sezione di un CV`);
  return verdict('not-a-cv', 'no CV sections found', 'nessuna sezione da CV trovata');
}

/** The outline only, for a file checked whatever it looks like (`force`): no verdict to give. */
export function outlineScan(lines: string[]): CvGate {
  const frontMatter = scanFrontMatter(lines);
  return {
    verdict: 'possible',
    reason: { en: 'checked as a CV on request', it: 'controllato come CV su richiesta' },
    headings: scanHeadings(lines, frontMatter.kind === 'strict' ? frontMatter.endLine + 1 : 0),
    frontMatter: frontMatter.kind === 'strict' ? frontMatter.frontMatter : null,
  };
}

type FrontMatterScan =
  | { kind: 'none' }
  /** Exactly what remark-frontmatter reads: `---`/`+++` on the first line, the same fence closing it. */
  | { kind: 'strict'; frontMatter: FrontMatter; endLine: number }
  | { kind: 'unsure' };

function scanFrontMatter(lines: string[]): FrontMatterScan {
  const first = (lines[0] ?? '').replace(/^\uFEFF/, '');
  const open = /^(-{3}|\+{3})[ \t]*$/.exec(first);
  if (!open) return /^\s*(?:-{3,}|\+{3,})\s*$/.test(first) ? { kind: 'unsure' } : { kind: 'none' };
  const fence = open[1];
  const closing = fence === '---' ? /^-{3}[ \t]*$/ : /^\+{3}[ \t]*$/;
  for (let line = 1; line < lines.length; line++) {
    const text = lines[line];
    if (closing.test(text)) {
      const format = fence === '---' ? 'yaml' : 'toml';
      const range = { start: { line: 0, character: 0 }, end: { line, character: text.length } };
      return { kind: 'strict', frontMatter: frontMatterOf(format, lines.slice(1, line).join('\n'), range), endLine: line };
    }
    // An indented or longer fence might close it for the parser; not worth guessing.
    if (text.trim().startsWith(fence) && /^\s*[-+]{3,}\s*$/.test(text)) return { kind: 'unsure' };
  }
  // Never closed: remark reads no front matter, and neither does the gate.
  return { kind: 'none' };
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const BOLD_LINE = /^ {0,3}(?:\*\*|__)(.+?)(?:\*\*|__)[ \t]*:?[ \t]*$/;
const HTML_HEADING_LINE = /<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>/i;
const LIST_OR_QUOTE = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]|$)/;

/** The line that closes a fence opened with `opening` (same character, at least as many). */
function closingFence(opening: string): RegExp {
  return new RegExp(`^ {0,3}${opening[0] === '`' ? '`' : '~'}{${opening.length},}[ \\t]*$`);
}

/** ATX and setext headings, bold lines and one-line HTML headings outside code fences, in order. */
export function scanHeadings(lines: string[], firstLine = 0): ScannedHeading[] {
  const headings: ScannedHeading[] = [];
  let fence: RegExp | null = null;
  for (let line = firstLine; line < lines.length && headings.length < MAX_SCANNED_HEADINGS; line++) {
    const text = lines[line];
    if (fence) {
      if (fence.test(text)) fence = null;
      continue;
    }
    const opening = FENCE_OPEN.exec(text);
    if (opening) {
      fence = closingFence(opening[1]);
      continue;
    }
    const atx = ATX.exec(text);
    if (atx) {
      const title = (atx[2] ?? '').trim();
      if (title) {
        const start = text.indexOf(title);
        headings.push({ line, title, depth: atx[1].length, source: 'atx', startCharacter: start, endCharacter: start + title.length });
      }
      continue;
    }
    const next = lines[line + 1];
    if (next !== undefined && text.trim() && SETEXT_UNDERLINE.test(next) && !LIST_OR_QUOTE.test(text) && !/^ {4}/.test(text) && !SETEXT_UNDERLINE.test(text)) {
      const title = text.trim();
      const start = text.indexOf(title);
      headings.push({ line, title, depth: next.trim().startsWith('=') ? 1 : 2, source: 'setext', startCharacter: start, endCharacter: start + title.length });
      line++;
      continue;
    }
    const bold = BOLD_LINE.exec(text);
    if (bold) {
      const title = bold[1].replace(/[*_]+/g, '').trim().replace(/:$/, '').trim();
      if (title && title.split(/\s+/).length <= 7 && title.length <= 70 && !/[.;!?]$/.test(title)) {
        headings.push({ line, title, depth: 0, source: 'bold', startCharacter: text.indexOf(bold[0].trim()), endCharacter: text.trimEnd().length });
      }
      continue;
    }
    if (text.includes('<')) {
      const html = HTML_HEADING_LINE.exec(text);
      const title = html ? html[2].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : '';
      if (html && title) {
        headings.push({ line, title, depth: Number(html[1]), source: 'html', startCharacter: html.index, endCharacter: html.index + html[0].length });
      }
    }
  }
  return headings;
}

/** ATX headings that are sections for certain and read as documentation ("## Installation"): outside
 *  anything that may be a code fence or an HTML block, with a title of plain words. */
function certainDocumentationHeadings(lines: string[], firstLine: number): number {
  let count = 0;
  let fence: RegExp | null = null;
  // Until a blank line (or the block's end marker) a line starting with `<` may hold what follows.
  let htmlUntil: RegExp | 'blank' | null = null;
  for (let line = firstLine; line < lines.length; line++) {
    const text = lines[line];
    const content = text.replace(/^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/, '');
    if (fence) {
      // Closed only by an unindented closing fence: anything else keeps it open, to be safe.
      if (fence.test(text)) fence = null;
      continue;
    }
    if (htmlUntil) {
      if (htmlUntil === 'blank' ? text.trim() === '' : htmlUntil.test(text)) htmlUntil = null;
      continue;
    }
    const opening = /^\s*(`{3,}|~{3,})/.exec(content);
    if (opening) {
      fence = closingFence(opening[1]);
      continue;
    }
    if (/^\s*</.test(content)) {
      const raw = /^\s*<(script|pre|style|textarea)\b/i.exec(content);
      if (raw) htmlUntil = new RegExp(`</${raw[1]}>`, 'i');
      else if (/^\s*<!--/.test(content)) htmlUntil = /-->/;
      else if (/^\s*<\?/.test(content)) htmlUntil = /\?>/;
      else if (/^\s*<!\[CDATA\[/.test(content)) htmlUntil = /\]\]>/;
      else if (/^\s*<![A-Za-z]/.test(content)) htmlUntil = />/;
      else htmlUntil = 'blank';
      // The block may end on its own first line.
      if (htmlUntil !== 'blank' && htmlUntil.test(content.replace(/^\s*<[!?]?/, ''))) htmlUntil = null;
      continue;
    }
    const atx = ATX.exec(text);
    const title = atx?.[2]?.trim();
    if (title && /^[\p{L} ]+$/u.test(title) && isDocumentationHeading(title)) count++;
  }
  return count;
}

/**
 * The first heading-like line whose title could be a CV section (or "Curriculum Vitae"), as the model
 * would classify it; null if none. Every line that the model might turn into a heading is looked at,
 * code fences included (the gate cannot be sure where the parser sees one), in every form its title
 * might take there.
 */
function findCvTitle(lines: string[], profile: Profile): string | null | 'too-many' {
  const seen = new Set<string>();
  for (let line = 0; line < lines.length; line++) {
    for (const candidates of titleCandidates(lines, line)) {
      for (const variant of candidates.flatMap((title) => (title.length > MAX_TITLE_LENGTH ? shortenedTitle(title) : [title]))) {
        if (seen.has(variant)) continue;
        if (seen.size >= MAX_CLASSIFIED_TITLES) return 'too-many';
        seen.add(variant);
        const cls = classifyTitle(variant, profile);
        if ((cls.recognised && CV_KINDS.includes(cls.kind)) || isCvTitle(variant)) return variant.trim();
      }
    }
  }
  return null;
}

/** A long title as classifyTitle would read it: its label ("Skills: a, b, …") and its words outside brackets. */
function shortenedTitle(title: string): string[] {
  const label = /^([^:]{3,40}):/.exec(title)?.[1];
  const withoutBrackets = title.replace(/\([^)]*\)/g, ' ').slice(0, MAX_TITLE_LENGTH);
  return label ? [label, withoutBrackets] : [withoutBrackets];
}

const CONTAINER_PREFIX = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;
const CAPS_ONLY = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The titles a line may have as a heading: the line, its bold part, its first table cell, the text of
 *  its HTML elements, a setext or HTML heading spread over lines. Nothing for a plain line of prose. */
function* titleCandidates(lines: string[], line: number): Generator<string[]> {
  const text = lines[line];
  const content = text.replace(CONTAINER_PREFIX, '');
  const trimmed = content.trim();
  if (!trimmed) return;
  const atx = /^#{1,6}(?:[ \t]+|$)/.test(trimmed);
  const next = lines[line + 1];
  const setext = next !== undefined && SETEXT_UNDERLINE.test(next);
  const marked = /^[*_]/.test(trimmed);
  const html = trimmed.includes('<');
  const table = trimmed.includes('|');
  const words = trimmed.split(/\s+/).length;
  // ALL-CAPS lines, and plain title lines (at most 4 words and 40 characters in the model).
  const short = CAPS_ONLY.test(trimmed) || (words <= 4 && trimmed.length <= 80 && /^\P{Ll}/u.test(trimmed));
  if (!atx && !setext && !marked && !html && !table && !short) return;

  const title = trimmed.replace(/^#{1,6}(?:[ \t]+|$)/, '').replace(/[ \t]+#+[ \t]*$/, '');
  const decoded = title.replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
  // As written; with entities decoded; without images (the model drops their alt text); trimmed like a
  // caps line; without emphasis markers and escapes (the model joins "**Esp**erienza" into one word).
  yield [title, decoded, title.replace(/!\[[^\]]*\]\([^)]*\)/g, ' '), title.replace(/^[#*_\s]+|[*_\s:]+$/g, ''), decoded.replace(/[*_~`\\]/g, '')];
  const bold = /^[*_]{1,3}(.+?)[*_]{1,3}/.exec(title);
  if (bold) yield [bold[1]];
  if (table) {
    const firstCell = title.replace(/^\|/, '').split('|')[0];
    if (firstCell.trim()) yield [firstCell.trim()];
  }
  if (html) {
    const pieces = title.split(/<[^>]*>/).map((piece) => piece.trim()).filter(Boolean);
    if (pieces.length > 1) yield pieces;
  }
  if (setext) {
    // A setext heading's text may span the paragraph's lines.
    const paragraph: string[] = [];
    for (let l = line; l >= 0 && l > line - 5 && lines[l].trim(); l--) paragraph.unshift(lines[l].trim());
    if (paragraph.length > 1) yield [paragraph.join(' ')];
  }
  if (html && />\s*$/.test(title) && !/<\//.test(title)) {
    // An element opened at the end of the line: <h2>\nExperience\n</h2>, <div class="section-title">\nSkills…
    const block: string[] = [title];
    for (let l = line + 1; l < lines.length && l <= line + 10; l++) {
      block.push(lines[l].trim());
      if (lines[l].includes('</')) break;
    }
    yield [block.join(' ').replace(/<[^>]*>/g, ' ')];
  }
}

/**
 * Whether any text may be an email or a phone number as the model's contact patterns read them. Linear:
 * the patterns themselves backtrack badly on long runs of word characters or digits, so they only ever
 * see the short run of characters they could match.
 */
/** The model's email pattern from its @ on. */
const EMAIL_FROM_AT = new RegExp(`@${EMAIL.source.split('@')[1]}`, 'y');

export function hasContactDetails(lines: string[]): boolean {
  for (const line of lines) {
    let at = line.indexOf('@');
    while (at > 0) {
      // Anchored at each @: the unanchored pattern is quadratic on a long run of letters.
      EMAIL_FROM_AT.lastIndex = at;
      if (/[\w.+-]/.test(line[at - 1]) && EMAIL_FROM_AT.test(line)) return true;
      at = line.indexOf('@', at + 1);
    }
  }
  // A phone number lies in one run of digits, white space, brackets, dots, dashes and a leading +; a run
  // may cross line ends (the model tests a section's lines joined).
  const text = lines.join('\n');
  let runStart = -1;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    const digit = code >= 48 && code <= 57;
    if (digit || isPhoneRunPunctuation(code) || isWhiteSpace(code)) {
      if (runStart < 0) runStart = i;
      if (digit) digits++;
      continue;
    }
    // No phone number is this long: a run this long is a table of figures, and it may hold one.
    if (runStart >= 0 && digits >= 2 && (i - runStart > 400 || PHONE_LIKE.test(text.slice(runStart, i)))) return true;
    runStart = -1;
    digits = 0;
  }
  return false;
}

function isPhoneRunPunctuation(code: number): boolean {
  return code === 40 || code === 41 || code === 46 || code === 45 || code === 43; // ( ) . - +
}

/** JavaScript's \s. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
