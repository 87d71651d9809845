// Section-chunked parsing: remark-parse is quadratic on long documents, so the text is cut at
// top-level block boundaries that are provably safe, each piece is parsed on its own with the same
// processor, and the pieces add up to exactly the tree of a whole-document parse (positions included).
// Where that cannot be shown, the document is parsed whole.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { parseMarkdown } from './parse';

/** A piece of the document, parsed on its own: the tree's positions are relative to the piece. */
export interface ParsedChunk {
  /** Offset and zero-based line where the piece starts in the document (always at a line start). */
  start: number;
  line: number;
  text: string;
  parse: ChunkParse;
}

/** What a piece's parse tells: its tree (chunk coordinates) and whether cutting after it is exact. */
export interface ChunkParse {
  root: Root;
  /** The last block ran to the end of the piece or an HTML block was not ended by a blank line: in the
   *  whole document it would take in the next line, so the piece may not end here. */
  runsOn: boolean;
  /** Holds a link or footnote definition: references in other pieces may use it (see withDefinitions). */
  hasDefinitions: boolean;
}

/** Parses one piece (chunk coordinates); the incremental analyzer passes a caching one. */
export type ChunkParser = (text: string) => ChunkParse;

/** Text → its parsed pieces, in order: what the model reads instead of one tree. */
export type DocumentParser = (text: string) => ParsedChunk[];

export function parseChunk(text: string): ChunkParse {
  const root = parseMarkdown(text);
  return { root, runsOn: runsOn(root, text), hasDefinitions: text.includes(']:') && containsDefinition(root) };
}

// ---------------------------------------------------------------------------------------------
// Where the document may be cut

const LIST_ITEM_START = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_OPEN = /^ {0,3}<[!?/A-Za-z]/;
const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)/;
const FRONT_MATTER_OPENING = /^(?:---|\+\+\+)[ \t]*(?:\r|\n|$)/;
// Lines a piece may not start with, as the start of a document reads them differently: indentation,
// a byte order mark, and what remark-frontmatter tries as a fence (even where it is not front matter).
const STARTS_ONLY_MID_DOCUMENT = /^(?:[ \t\ufeff]|---|\+\+\+)/;

/** The end condition of an HTML block that runs over blank lines (CommonMark types 1–5), or null. */
function rawHtmlEnd(line: string): RegExp | null {
  const raw = HTML_RAW_OPEN.exec(line);
  if (raw) return new RegExp(`</${raw[1]}>`, 'i');
  if (/^ {0,3}<!--/.test(line)) return /-->/;
  if (/^ {0,3}<\?/.test(line)) return /\?>/;
  if (/^ {0,3}<!\[CDATA\[/.test(line)) return /\]\]>/;
  if (/^ {0,3}<![A-Za-z]/.test(line)) return />/;
  return null;
}

/**
 * Offsets of lines where a new top-level block starts for sure: an ATX heading at the left margin, or
 * after a blank line any unindented line that cannot continue a list. The scan skips fenced code,
 * HTML blocks and front matter; it only proposes cuts — `parseInChunks` checks each one against the
 * tree of the piece before it.
 */
export function cutCandidates(text: string): number[] {
  return cutPoints(text).map((cut) => cut.at);
}

interface CutPoint {
  at: number;
  /** At an ATX heading (sections start there: cuts that stay put when text before them changes). */
  heading: boolean;
}

function cutPoints(text: string): CutPoint[] {
  const cuts: CutPoint[] = [];
  let fence: { char: string; length: number } | null = null;
  let rawHtml: RegExp | null = null;
  let inHtml = false;
  let previousBlank = false;
  let frontMatterEnd = -1;
  let lineNumber = 0;
  for (let start = 0; start < text.length; lineNumber++) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end < text.length ? end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1) : end;
    const line = text.slice(start, end);
    const blank = /^[ \t]*$/.test(line);

    if (start <= frontMatterEnd) {
      // Inside front matter: nothing here is Markdown.
    } else if (lineNumber === 0 && FRONT_MATTER_FENCE.test(line)) {
      // Front matter (or not): no cut before a line that could close it; without one it is not front matter.
      const closer = line.slice(0, 3);
      for (let at = next; at < text.length; ) {
        let e = at;
        while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
        if (text.startsWith(closer, at)) {
          frontMatterEnd = e;
          break;
        }
        at = e < text.length ? e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1) : e;
      }
    } else if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && /^[ \t]*$/.test(close[2])) fence = null;
    } else if (rawHtml) {
      if (rawHtml.test(line)) rawHtml = null;
    } else if (inHtml) {
      if (blank) inHtml = false;
    } else {
      const atMargin = lineNumber > 0;
      if (atMargin && isAtxHeadingStart(text, start)) cuts.push({ at: start, heading: true });
      else if (atMargin && previousBlank && !blank && !LIST_ITEM_START.test(line) && !STARTS_ONLY_MID_DOCUMENT.test(line)) cuts.push({ at: start, heading: false });
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) fence = { char: open[1][0], length: open[1].length };
      else if (HTML_OPEN.test(line)) {
        rawHtml = rawHtmlEnd(line);
        if (rawHtml?.test(line.slice(line.indexOf('<') + 2))) rawHtml = null;
        else if (!rawHtml) inHtml = true;
      }
    }
    previousBlank = blank;
    start = next;
  }
  return cuts;
}

function isAtxHeadingStart(text: string, at: number): boolean {
  let hashes = 0;
  while (hashes < 7 && text.charCodeAt(at + hashes) === 35 /* # */) hashes++;
  if (hashes === 0 || hashes > 6) return false;
  const after = text.charCodeAt(at + hashes);
  return Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13;
}

// ---------------------------------------------------------------------------------------------
// Checking a cut against the tree of the piece before it

/** Whether the piece's last block would take in the line after the piece (see ChunkParse.runsOn). */
function runsOn(root: Root, text: string): boolean {
  const last = root.children[root.children.length - 1];
  const end = last?.position?.end.offset;
  if (!last || end === undefined) return false;
  // An unclosed fence or raw HTML block, here or inside a container, runs to the end of the piece.
  if (end >= text.length) return true;
  if (last.type === 'html') return !/^(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(text.slice(end));
  if (last.type === 'code') return !closedFence(last, text);
  return false;
}

/** A fenced code block whose closing fence is there (indented code always ends at the margin). */
function closedFence(node: RootContent, text: string): boolean {
  const pos = node.position!;
  const lineStart = (offset: number) => Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const opening = FENCE_OPEN.exec(text.slice(lineStart(pos.start.offset!), pos.end.offset!).split(/\r\n|\r|\n/)[0]);
  if (!opening) return true;
  if (pos.end.line === pos.start.line) return false;
  const closing = FENCE_OPEN.exec(text.slice(lineStart(pos.end.offset!), pos.end.offset!));
  return !!closing && closing[1][0] === opening[1][0] && closing[1].length >= opening[1].length && /^[ \t]*$/.test(closing[2]);
}

function containsDefinition(node: Nodes): boolean {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
  return 'children' in node && (node.children as Nodes[]).some(containsDefinition);
}

// ---------------------------------------------------------------------------------------------
// Parsing in pieces

/**
 * Each parse has a fixed cost (about 0.3–1 ms: micromark combines its extensions, the compiler is set
 * up), so pieces are not cut smaller than these sizes. Headings are preferred: a piece is cut at a
 * heading once it holds `atHeading` characters, at any other candidate only once it holds `elsewhere`.
 * Edits move cuts only up to the next heading where the pieces meet again.
 */
export interface PieceSizes {
  atHeading: number;
  elsewhere: number;
}

export const DEFAULT_PIECE_SIZES: PieceSizes = { atHeading: 256, elsewhere: 2048 };
/** Every candidate cut taken: what tests use to put many cuts into small documents. */
export const SMALLEST_PIECES: PieceSizes = { atHeading: 0, elsewhere: 0 };

function selectCuts(points: readonly CutPoint[], sizes: PieceSizes): number[] {
  const cuts: number[] = [];
  let last = 0;
  for (const { at, heading } of points) {
    if (at - last >= (heading ? sizes.atHeading : sizes.elsewhere)) {
      cuts.push(at);
      last = at;
    }
  }
  return cuts;
}

/** After this many pieces in a row that run on, the rest of the document is parsed as one piece. */
const MAX_MERGES = 2;

/**
 * The document as pieces whose trees, shifted into document coordinates, are the whole-document tree.
 * One piece (the whole text) when the document is small or a definition makes pieces inexact.
 */
export function parseInChunks(text: string, parse: ChunkParser = parseChunk, sizes: PieceSizes = DEFAULT_PIECE_SIZES): ParsedChunk[] {
  // micromark does not count a leading byte order mark in offsets: pieces after the first would be one off.
  const cuts = text.charCodeAt(0) === 0xfeff ? [] : selectCuts(cutPoints(text), sizes);
  if (cuts.length === 0) return [whole(text, parse)];
  const chunks: ParsedChunk[] = [];
  let start = 0;
  let line = 0;
  let next = 0;
  while (start < text.length) {
    let merges = 0;
    let end = next < cuts.length ? cuts[next++] : text.length;
    let piece = text.slice(start, end);
    let result = parse(piece);
    while (end < text.length && result.runsOn) {
      // The cut falls inside a block: take the next piece in, or after a few tries everything left.
      end = ++merges > MAX_MERGES || next >= cuts.length ? text.length : cuts[next++];
      if (end === text.length) next = cuts.length;
      piece = text.slice(start, end);
      result = parse(piece);
    }
    // A document that opens with a front matter fence that is not front matter is read without lists
    // and block quotes to its end (micromark-extension-frontmatter): only a whole parse says how.
    if (start === 0 && FRONT_MATTER_OPENING.test(text) && !/^(?:yaml|toml)$/.test(result.root.children[0]?.type ?? '')) return [whole(text, parse)];
    chunks.push({ start, line, text: piece, parse: result });
    line += countLineBreaks(piece);
    start = end;
  }
  return chunks.some((chunk) => chunk.parse.hasDefinitions) ? withDefinitions(text, chunks, parse) : chunks;
}

// ---------------------------------------------------------------------------------------------
// Link and footnote definitions across pieces

interface DefinitionLabel {
  type: 'definition' | 'footnoteDefinition';
  /** The label as written, white space collapsed (the same identifier). */
  label: string;
  /** Its identifier as micromark compares them (normalizeIdentifier). */
  key: string;
  chunk: number;
}

/** micromark-util-normalize-identifier, without the trim (text searched for a label keeps its spaces). */
const normalized = (value: string) => value.replace(/[\t\n\r ]+/g, ' ').toLowerCase().toUpperCase();

function collectDefinitions(node: Nodes, chunk: number, into: DefinitionLabel[]): void {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') {
    const label = (node.label ?? node.identifier).replace(/[\t\n\r ]+/g, ' ').trim();
    into.push({ type: node.type, label, key: normalized(label), chunk });
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectDefinitions(child, chunk, into);
}

/**
 * A definition counts anywhere in the document: `[x]` in one piece is a link when another piece defines
 * `x`, and text otherwise. Block structure does not depend on definitions (CommonMark), so the cuts stand;
 * each piece whose text could name a label defined in another piece is parsed again with those
 * definitions written before it (`[label]: x`, then a blank line), and their nodes are taken out again.
 * Pieces that name none keep their own parse. Where the check of the prefixed parse fails, the whole
 * document is parsed as one piece.
 */
function withDefinitions(text: string, chunks: ParsedChunk[], parse: ChunkParser): ParsedChunk[] {
  const definitions: DefinitionLabel[] = [];
  chunks.forEach((chunk, index) => {
    if (chunk.parse.hasDefinitions) collectDefinitions(chunk.parse.root, index, definitions);
  });
  const result: ParsedChunk[] = [];
  for (const [index, chunk] of chunks.entries()) {
    // Only a piece with a bracket can hold a reference.
    const searchable = chunk.text.includes(']') ? normalized(chunk.text) : '';
    const wanted = searchable ? definitions.filter((d) => d.chunk !== index && d.key.trim() !== '' && searchable.includes(d.key)) : [];
    if (wanted.length === 0) {
      result.push(chunk);
      continue;
    }
    const definitionLines = wanted.map((d) => (d.type === 'definition' ? `[${d.label}]: x\n` : `[^${d.label}]: x\n`)).join('');
    // The first piece may open with front matter, which only counts at the very start: its definitions
    // go after it instead (it ends at a cut, so with a line break, and not inside a block: see runsOn).
    const root = index === 0 ? stripSuffix(parse(`${chunk.text}\n${definitionLines}`), wanted, chunk) : stripPrefix(parse(`${definitionLines}\n${chunk.text}`), wanted, `${definitionLines}\n`);
    if (!root) return [whole(text, parse)];
    result.push({ ...chunk, parse: { ...chunk.parse, root } });
  }
  return result;
}

const isDefinitionOf = (node: RootContent | undefined, d: DefinitionLabel): boolean =>
  (node?.type === 'definition' || node?.type === 'footnoteDefinition') && node.type === d.type && normalized(node.label ?? '').trim() === d.key.trim();

/** The tree of `text + "\n" + definitions` without them: the piece's own nodes keep their positions. */
function stripSuffix(parsed: ChunkParse, wanted: readonly DefinitionLabel[], chunk: ParsedChunk): Root | null {
  const children = parsed.root.children;
  const own = children.length - wanted.length;
  if (own < 0 || !/[\r\n]$/.test(chunk.text)) return null;
  for (const [i, d] of wanted.entries()) {
    const node = children[own + i];
    if (!isDefinitionOf(node, d) || (node.position?.start.offset ?? -1) <= chunk.text.length) return null;
  }
  if (own > 0 && (children[own - 1].position?.end.offset ?? Infinity) > chunk.text.length) return null;
  return { ...parsed.root, children: children.slice(0, own), position: chunk.parse.root.position };
}

/** The tree of `prefix + text` without the prefix's definitions, in the coordinates of `text`; null
 *  when the prefix did not parse as exactly those definitions, apart from the text. */
function stripPrefix(parsed: ChunkParse, wanted: readonly DefinitionLabel[], prefix: string): Root | null {
  const children = parsed.root.children;
  if (children.length < wanted.length) return null;
  for (const [i, d] of wanted.entries()) {
    if (!isDefinitionOf(children[i], d) || (children[i].position?.end.offset ?? Infinity) >= prefix.length) return null;
  }
  const rest = children.slice(wanted.length);
  if (rest.length > 0 && (rest[0].position?.start.offset ?? -1) < prefix.length) return null;
  const lines = countLineBreaks(prefix);
  const root: Root = { type: 'root', children: rest.map((child) => shifted(child, -lines, -prefix.length)) };
  const end = parsed.root.position?.end;
  if (end) {
    root.position = {
      start: { line: 1, column: 1, offset: 0 },
      end: shiftedPoint(end, -lines, -prefix.length),
    };
  }
  return root;
}

/** The reference: the whole document as one piece (what tests compare the pieces with). */
export function parseWhole(text: string, parse: ChunkParser = parseChunk): ParsedChunk[] {
  return [whole(text, parse)];
}

function whole(text: string, parse: ChunkParser): ParsedChunk {
  return { start: 0, line: 0, text, parse: parse(text) };
}

/** Line breaks as LineIndex and micromark count them: \r\n, \r and \n. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count++;
    else if (ch === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** The whole-document tree from the pieces: copies of their nodes with positions in document coordinates. */
export function assembleRoot(chunks: readonly ParsedChunk[]): Root {
  if (chunks.length === 1 && chunks[0].start === 0) return chunks[0].parse.root;
  const children: RootContent[] = [];
  for (const chunk of chunks) for (const child of chunk.parse.root.children) children.push(shifted(child, chunk.line, chunk.start));
  const last = chunks[chunks.length - 1];
  const end = last.parse.root.position?.end;
  const root: Root = { type: 'root', children };
  if (end) {
    root.position = {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: end.line + last.line, column: end.column, offset: (end.offset ?? 0) + last.start },
    };
  }
  return root;
}

function shifted<T extends Nodes>(node: T, lines: number, offset: number): T {
  const copy = { ...node };
  if (node.position) {
    const { start, end } = node.position;
    copy.position = { start: shiftedPoint(start, lines, offset), end: shiftedPoint(end, lines, offset) };
  }
  if ('children' in node) (copy as { children: Nodes[] }).children = (node.children as Nodes[]).map((child) => shifted(child, lines, offset));
  return copy;
}

function shiftedPoint(point: Point, lines: number, offset: number): Point {
  return point.offset === undefined ? { line: point.line + lines, column: point.column } : { line: point.line + lines, column: point.column, offset: point.offset + offset };
}

/** Markdown → mdast, in pieces where that is exact: the same tree as a whole-document parse. */
export function parseMarkdownChunked(text: string, sizes: PieceSizes = DEFAULT_PIECE_SIZES): Root {
  return assembleRoot(parseInChunks(text, parseChunk, sizes));
}
