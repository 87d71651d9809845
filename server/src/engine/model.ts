// mdast → CvDocument: sections with kinds, spans of prose, front matter, directives, language.
import type { Nodes, Root, RootContent } from 'mdast';
import type * as Yaml from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { ContactPositionDirective, CvDocument, FrontMatter, HeadingSource, InlineDirective, KindEvidence, Language, OpaqueBlock, Section, SectionKind, TextSpan } from './types';
import type { ContactPlacement, Profile } from '../profiles/types';
import { LineIndex } from './parse';
import { parseInChunks, type ChunkParse, type DocumentParser, type ParsedChunk } from './chunks';
import { classifyTitle, isRoleTitle, isSkillKind, normalizeTitle } from './classify';
import { contentKindsOf, findKindEvidence, indexContent } from './content';
import { extractContact, looksLikePersonName } from './contact';
import { detectLanguage } from './language';
import { detectCv } from './detect';
import type { ScannedHeading } from './gate';
import { readMetadataHeader } from './metadata-header';

export interface ModelOptions {
  fileName?: string | null;
  profile: Profile;
  language?: 'auto' | Language;
}

interface HeadingCandidate {
  line: number;
  title: string;
  /** Real heading depth, or 0 for pseudo-headings (level decided later). */
  depth: number;
  source: HeadingSource;
  startOffset: number;
  endOffset: number;
  /** Only a section if its title is recognised (bold first line of a paragraph). */
  needsRecognition?: boolean;
  /** A block title at the level of the real heading above it, not below it (a `<details>` summary). */
  siblingLevel?: boolean;
}

/** Text of inline content, without Markdown markers. */
function inlineText(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

/** What makes a section body contact details (engine/gate.ts looks for the same, cheaply). */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const PHONE_LIKE = /(?:\+|\b00)\d[\d\s().-]{6,}\d|\b\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b/;
// "Email: x@y", "Tel: +39…": contact lines written as headings are not sections.
function isContactLine(title: string): boolean {
  return EMAIL.test(title) || (/^\s*(?:tel|telefono|phone|cell|cellulare|mobile|e-?mail|email)\b/i.test(title) && (PHONE_LIKE.test(title) || /[*]{3,}/.test(title)));
}

const CAPS_LINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
function isCapsHeadingLine(line: string): boolean {
  const t = line.trim().replace(/^[#*_\s]+|[*_\s:]+$/g, '');
  if (!CAPS_LINE.test(t) || /\d{3,}|@|https?:|[.;!?]$/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  const words = t.split(/\s+/).filter(Boolean);
  return letters.length >= 4 && words.length <= 6 && t.length <= 60;
}

const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
// A table titled by one header cell: "<thead><tr><th colspan="2">+ Work Experience</th></tr></thead>".
const HTML_TABLE_TITLE = /<thead\b[^>]*>\s*<tr\b[^>]*>\s*<th\b[^>]*>([\s\S]{1,200}?)<\/th\s*>\s*<\/tr\s*>\s*<\/thead\s*>/gi;
const HTML_SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi;
const HTML_SECTION_TITLE = /<(div|span|p|strong|header)\b[^>]*class\s*=\s*["'][^"']*(?:section[-_]?(?:title|eyebrow|heading|header)|eyebrow)[^"']*["'][^>]*>([\s\S]*?)<\/\1\s*>/gi;
const DIRECTIVE = /<!--\s*cvlint-(disable-next-line|disable|enable)\b([^>]*?)-->/g;
/** `<!-- cvlint-contact-position start -->`: where this CV's contact details belong (a Europass CV keeps them first). */
const CONTACT_POSITION_DIRECTIVE = /<!--\s*cvlint-contact-position\s*:?\s*(end|start|any)\s*-->/gi;

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** Replaces tags (and style/script bodies) with spaces, keeping offsets, so text positions stay right. */
function blankOutTags(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, (m) => m.replace(/[^\r\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\r\n]/g, ' '))
    .replace(/<[^>]*>/g, (m) => m.replace(/[^\r\n]/g, ' '))
    .replace(/&[a-z]+;|&#\d+;/gi, (m) => ' '.repeat(m.length));
}

/** Text inside <style> and <script> elements is code, not prose, even where a blank line inside the element
 *  ended the HTML block and CommonMark reads the rest of the CSS as paragraphs (CSS words voted for English). */
function withoutRawCode(pieces: WalkState['spanPieces'], text: string): WalkState['spanPieces'] {
  if (!/<(?:style|script)\b/i.test(text)) return pieces;
  const regions: Array<[number, number]> = [];
  for (const m of text.matchAll(/<(style|script)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi)) regions.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (regions.length === 0) return pieces;
  return pieces.map((piece) => {
    let value = piece.text;
    for (const [from, to] of regions) {
      if (to <= piece.start || from >= piece.end) continue;
      const a = Math.max(0, from - piece.start);
      const b = Math.min(value.length, to - piece.start);
      value = value.slice(0, a) + value.slice(a, b).replace(/[^\r\n]/g, ' ') + value.slice(b);
    }
    return value === piece.text ? piece : { ...piece, text: value };
  });
}

function readFrontMatter(node: RootContent, index: LineIndex): FrontMatter | null {
  if ((node.type !== 'yaml' && node.type !== ('toml' as string)) || !node.position) return null;
  const format = node.type === 'yaml' ? 'yaml' : 'toml';
  const range = index.rangeOf(node.position.start.offset ?? 0, node.position.end.offset ?? 0);
  return frontMatterOf(format, (node as { value: string }).value, range);
}

/** Front matter from its raw text; also used by engine/gate.ts, so both read it the same way. */
export function frontMatterOf(format: FrontMatter['format'], raw: string, range: FrontMatter['range']): FrontMatter {
  try {
    if (format === 'metadata') throw new Error('a metadata header is read by readMetadataHeader');
    const data = format === 'yaml' ? parseYaml(raw, { maxAliasCount: 50 }) : parseToml(raw);
    return { format, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, range };
  } catch (error) {
    return { format, data: {}, range, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

interface WalkState {
  candidates: HeadingCandidate[];
  spanPieces: { start: number; end: number; text: string }[];
  directives: InlineDirective[];
  contactPositionDirectives: ContactPositionDirective[];
  realHeadingCount: number;
  opaqueBlocks: OpaqueBlock[];
}

/** Lists or quotes nested deeper than this are not read: a CV never nests so deep, and walking 1,000
 *  levels overflowed the stack, which lost every heading of the document. */
const MAX_WALK_DEPTH = 256;

function collect(root: Root, text: string, index: LineIndex, state: WalkState): void {
  const addSpan = (start: number, end: number, value: string) => {
    if (end > start) state.spanPieces.push({ start, end, text: value });
  };

  const visit = (node: Nodes, depthInRoot: number) => {
    const pos = node.position ?? repairedPositions.get(node);
    const start = pos?.start.offset ?? 0;
    const end = pos?.end.offset ?? start;
    switch (node.type) {
      case 'code': {
        if (pos) {
          const startLine = pos.start.line - 1;
          const endLine = pos.end.line - 1;
          const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(index.lines[startLine] ?? '')?.[1];
          const closed = !fence || (endLine > startLine && new RegExp(`^\\s{0,3}${fence[0]}{${fence.length},}\\s*$`).test(index.lines[endLine] ?? ''));
          state.opaqueBlocks.push({ kind: 'code', startLine, endLine, closed });
          // Indented HTML after a blank line inside a <div> layout is a code block to CommonMark, but Jekyll's
          // kramdown renders it as the page: its text is the CV's prose (fixes still keep out of it).
          if (!fence && /^\s*<[a-z!]/i.test(node.value) && /<\/[a-z]+>/i.test(node.value) && end - start < 200_000) {
            addSpan(start, end, blankOutTags(text.slice(start, end)));
          }
        }
        return;
      }
      case 'inlineCode': {
        // "Tecniche: `Haskell` `SQL`": CVs written by developers put tool names in code spans; they are content.
        const at = node.value && end - start <= 200 ? text.slice(start, end).indexOf(node.value) : -1;
        if (at >= 0) addSpan(start + at, start + at + node.value.length, node.value);
        return;
      }
      case 'yaml':
      case 'definition':
        return;
      case 'html': {
        if (pos && /^\s{0,3}</.test(index.lines[pos.start.line - 1] ?? '')) {
          // An unterminated <pre>, <!--, <?… block runs to the end: whatever is appended falls into it.
          const open = !htmlBlockTerminated(text.slice(start, end)) && text.slice(end).trim() === '';
          if (open) state.opaqueBlocks.push({ kind: 'html', startLine: pos.start.line - 1, endLine: index.lastLine, closed: false });
          else if (pos.end.line > pos.start.line) state.opaqueBlocks.push({ kind: 'html', startLine: pos.start.line - 1, endLine: pos.end.line - 1, closed: true });
        }
        // The source, not node.value: inside a list or a block quote the value loses the indentation and
        // markers of each line (and NUL becomes U+FFFD), so offsets into it would point at the wrong columns.
        const source = text.slice(start, end);
        for (const m of source.matchAll(CONTACT_POSITION_DIRECTIVE)) {
          state.contactPositionDirectives.push({ placement: m[1].toLowerCase() as ContactPlacement, line: index.positionAt(start + (m.index ?? 0)).line });
        }
        for (const m of source.matchAll(DIRECTIVE)) {
          const rules = m[2].split(/[\s,]+/).filter(Boolean);
          state.directives.push({ kind: m[1] as InlineDirective['kind'], rules, line: index.positionAt(start + (m.index ?? 0)).line });
        }
        for (const m of source.matchAll(HTML_HEADING)) {
          const title = stripTags(m[2]);
          if (title) {
            const s = start + (m.index ?? 0);
            state.candidates.push({ line: index.positionAt(s).line, title, depth: Number(m[1]), source: 'html', startOffset: s, endOffset: s + m[0].length });
          }
        }
        // "<details><summary>Esperienza Lavorativa</summary>": a collapsible block titled by its summary.
        for (const m of source.matchAll(HTML_SUMMARY)) {
          const title = stripTags(m[1]);
          if (title && title.length <= 60) {
            const s = start + (m.index ?? 0);
            state.candidates.push({ line: index.positionAt(s).line, title, depth: 0, source: 'html', startOffset: s, endOffset: s + m[0].length, siblingLevel: true });
          }
        }
        // "<section>" then "### Role presso Org" with no blank line between: CommonMark keeps the heading inside
        // the HTML block as raw text, but site generators (kramdown) and readers see a heading.
        if (/^\s*<(?:section|div|article|details|summary|main|aside|header|footer)\b/i.test(source) && /\n\s{0,3}#{1,6}\s/.test(source)) {
          for (const m of source.matchAll(/^[ \t]{0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/gm)) {
            const title = stripTags(m[2]).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
            if (title && title.length <= 120) {
              const s = start + (m.index ?? 0);
              state.candidates.push({ line: index.positionAt(s).line, title, depth: m[1].length, source: 'html', startOffset: s, endOffset: s + m[0].length });
            }
          }
        }
        // Only a recognised section name makes a table's title a section: "Date | Role" headers stay data.
        for (const m of source.matchAll(HTML_TABLE_TITLE)) {
          const title = stripTags(m[1]);
          if (title && title.length <= 60) {
            const s = start + (m.index ?? 0) + m[0].indexOf('<th');
            state.candidates.push({ line: index.positionAt(s).line, title, depth: 0, source: 'html', startOffset: s, endOffset: s + m[0].length, needsRecognition: true });
          }
        }
        for (const m of source.matchAll(HTML_SECTION_TITLE)) {
          const title = stripTags(m[2]);
          if (title && title.length <= 60) {
            const s = start + (m.index ?? 0);
            state.candidates.push({ line: index.positionAt(s).line, title, depth: 0, source: 'html', startOffset: s, endOffset: s + m[0].length });
          }
        }
        if (source.length < 200_000) {
          const blanked = blankOutTags(source);
          addSpan(start, end, blanked);
        }
        return;
      }
      case 'heading': {
        // Drop kramdown/pandoc attribute blocks: "Esperienze {#esperienze}".
        const title = inlineText(node).replace(/\s+/g, ' ').replace(/\s*\{[#.:][^}]*\}\s*$/, '').trim();
        const first = node.children[0]?.position?.start.offset ?? start;
        const last = node.children[node.children.length - 1]?.position?.end.offset ?? end;
        const setext = !/^\s{0,3}#/.test(text.slice(start, start + 4 + 3));
        state.realHeadingCount++;
        if (title) {
          state.candidates.push({ line: index.positionAt(first).line, title, depth: node.depth, source: setext ? 'setext' : 'atx', startOffset: first, endOffset: last });
        }
        break;
      }
      case 'paragraph': {
        // "<b><h1>IT Manager</h1></b>": a line that starts with an inline tag is a paragraph whose tags are
        // separate inline nodes, so the heading is found in the paragraph's source.
        if (pos && /<h[1-6]\b/i.test(text.slice(start, Math.min(end, start + 2000)))) {
          const source = text.slice(start, end);
          for (const m of source.matchAll(HTML_HEADING)) {
            const title = stripTags(m[2]);
            if (title) {
              const s = start + (m.index ?? 0);
              state.candidates.push({ line: index.positionAt(s).line, title, depth: Number(m[1]), source: 'html', startOffset: s, endOffset: s + m[0].length });
            }
          }
        }
        // "**Lingue**:" — a colon after the bold text still makes a bold heading line.
        const onlyStrong = node.children.filter((c) => !(c.type === 'text' && /^\s*:?\s*$/.test(c.value)));
        if (
          onlyStrong.length === 1 &&
          (onlyStrong[0].type === 'strong' || (onlyStrong[0].type === 'emphasis' && onlyStrong[0].children.length === 1 && onlyStrong[0].children[0].type === 'strong')) &&
          pos && pos.start.line === pos.end.line
        ) {
          const title = inlineText(onlyStrong[0]).replace(/\s+/g, ' ').trim();
          const words = title.split(' ').length;
          if (title && words <= 7 && title.length <= 70 && !/[.;!?]$/.test(title)) {
            state.candidates.push({ line: index.positionAt(start).line, title: title.replace(/:$/, '').trim(), depth: 0, source: 'bold', startOffset: start, endOffset: end });
          }
        } else if (
          node.children[0]?.type === 'strong' &&
          node.children[1]?.type === 'text' &&
          /^\s*:?\s*(?:\r?\n|\r)/.test(node.children[1].value) &&
          node.children[0].position
        ) {
          // "**Esperienza professionale**" with the first entry on the very next line: a heading only
          // when the bold text is a section title (else it is an entry label such as a company name).
          const strong = node.children[0];
          const title = inlineText(strong).replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
          if (title && title.split(' ').length <= 7) {
            state.candidates.push({ line: index.positionAt(start).line, title, depth: 0, source: 'bold', startOffset: start, endOffset: strong.position!.end.offset ?? end, needsRecognition: true });
          }
        } else if (depthInRoot === 1 && pos) {
          // Europass-style ALL-CAPS lines, and title lines of plain-text CVs (decided later).
          const firstLine = pos.start.line - 1;
          for (let l = firstLine; l <= pos.end.line - 1; l++) {
            const lineText = index.lines[l] ?? '';
            if (isCapsHeadingLine(lineText)) {
              const s = index.lineStarts[l];
              state.candidates.push({ line: l, title: lineText.trim().replace(/^[#*_\s]+|[*_\s:]+$/g, ''), depth: 0, source: 'caps', startOffset: s, endOffset: s + lineText.length });
            } else if (l === firstLine) {
              const t = lineText.trim();
              const words = t.split(/\s+/).length;
              if (words <= 4 && t.length <= 40 && /^\p{Lu}/u.test(t) && !/[.,;!?)]$/.test(t) && !/\d{3,}|@|https?:|[|]/.test(t)) {
                const s = index.lineStarts[l];
                state.candidates.push({ line: l, title: t.replace(/:$/, ''), depth: -1, source: 'line', startOffset: s, endOffset: s + lineText.length });
              }
            }
          }
        }
        break;
      }
      case 'text': {
        addSpan(start, end, text.slice(start, end));
        return;
      }
      case 'tableRow': {
        // Europass-style tables: a row with only a bold or ALL-CAPS label in its first cell is a heading.
        const [first, ...others] = node.children;
        const label = first ? inlineText(first).replace(/\s+/g, ' ').trim() : '';
        const onlyLabel = label && others.every((cell) => inlineText(cell).trim() === '');
        const bold = first?.children.length === 1 && first.children[0].type === 'strong';
        if (onlyLabel && pos && (bold || isCapsHeadingLine(label)) && label.split(' ').length <= 7) {
          state.candidates.push({ line: index.positionAt(start).line, title: label.replace(/:$/, ''), depth: 0, source: bold ? 'bold' : 'caps', startOffset: start, endOffset: end, needsRecognition: true });
        }
        break;
      }
      case 'link':
      case 'linkReference':
      case 'image':
      case 'imageReference':
        // Link text is prose; the URL is not.
        break;
      default:
        break;
    }
    if ('children' in node && depthInRoot < MAX_WALK_DEPTH) {
      if (pos) repairChildPositions(node.children as Nodes[], text, start, end);
      for (const child of node.children as Nodes[]) visit(child, depthInRoot + 1);
    } else if ('children' in node && pos) {
      // Too deep to walk: its words still count as prose (markers and all), so what a fix appends there is seen.
      addSpan(start, end, text.slice(start, end).replace(/^[\s>*+\-]+/gm, (m) => ' '.repeat(m.length)));
    }
  };
  for (const child of root.children) visit(child, 1);
}

/** Positions found for nodes the parser left without one; kept aside so parsed trees (cached, compared) stay as
 *  the parser made them. */
const repairedPositions = new WeakMap<Nodes, NonNullable<Nodes['position']>>();

/** GFM's autolink literal leaves the text around an address in brackets ("[a@b.com]") without positions: find
 *  each such child's text in its parent's source, in order, so that its words still count. */
function repairChildPositions(children: Nodes[], text: string, parentStart: number, parentEnd: number): void {
  if (children.every((c) => c.position || repairedPositions.has(c))) return;
  let cursor = parentStart;
  for (const child of children) {
    const known = child.position ?? repairedPositions.get(child);
    if (known) {
      cursor = Math.max(cursor, known.end.offset ?? cursor);
      continue;
    }
    const value = child.type === 'text' ? child.value : 'children' in child ? inlineText(child) : '';
    if (!value) continue;
    const at = text.indexOf(value, cursor);
    if (at < 0 || at + value.length > parentEnd) continue;
    repairedPositions.set(child, { start: { line: 0, column: 0, offset: at }, end: { line: 0, column: 0, offset: at + value.length } });
    if ('children' in child) repairChildPositions(child.children as Nodes[], text, at, at + value.length);
    cursor = at + value.length;
  }
}

function splitSpans(pieces: WalkState['spanPieces'], index: LineIndex): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const piece of pieces) {
    let offset = piece.start;
    for (const part of piece.text.split(/\r\n|\r|\n/)) {
      if (part.trim()) {
        const p = index.positionAt(offset);
        spans.push({ text: part, line: p.line, character: p.character, sectionIndex: -1 });
      }
      offset += part.length;
      // Skip the line break that followed this part (one or two characters).
      const ch = index.text.charCodeAt(offset);
      offset += ch === 13 && index.text.charCodeAt(offset + 1) === 10 ? 2 : ch === 13 || ch === 10 ? 1 : 0;
    }
  }
  spans.sort((a, b) => a.line - b.line || a.character - b.character);
  return spans;
}

/** A heading that is the person's name ("Mario Rossi", "# 👋 Chiara Esposito"): emoji are decoration. */
function isNameHeading(title: string): boolean {
  return looksLikePersonName(title.replace(/[*_`]|[\p{Extended_Pictographic}\p{So}\u200d\ufe0f]/gu, ' ').replace(/\s+/g, ' '));
}

const MOTHER_TONGUE = /\b(?:lingua madre|madrelingua|mother tongue|native language|altre lingue|comprensione\s*\|\s*parlato)\b/i;

/** The section's own lines, without those of code blocks (code is not what the section says). */
function ownBodyText(section: Section, lines: string[], inCode: (line: number) => boolean): string {
  const start = section.headingRange.start.line + 1;
  return lines
    .slice(start, section.bodyEndLine + 1)
    .map((line, i) => (inCode(start + i) ? '' : line))
    .join('\n');
}

function contactLineCount(body: string): number {
  return body.split('\n').filter((l) => EMAIL.test(l) || /linkedin\.com|github\.com|\b(?:map-marker|envelope|phone|telefono|tel\.?|indirizzo|address)\b/i.test(l) || PHONE_LIKE.test(l)).length;
}

let yaml: typeof Yaml | undefined;
/** YAML front matter. The yaml library is the largest module the engine loads (about 10 ms to evaluate): it is
 *  loaded by the first document with YAML front matter, not when the CLI, the server or its worker start. */
function parseYaml(raw: string, options: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions & Yaml.ToJSOptions): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point
  yaml ??= require('yaml') as typeof Yaml;
  return yaml.parse(raw, options);
}

// Liquid/Jinja/Handlebars tags that pull content in from elsewhere.
const TEMPLATE_TAG = /\{%-?\s*(?:include|for|if|assign|capture|render)\b|\{\{-?\s*(?:site|page|include|resume|data|item|job|cv)\b/;

/** CommonMark HTML blocks of types 1–5 end only at their closing marker (the others at a blank line):
 *  false when `source` opens one and never closes it. */
function htmlBlockTerminated(source: string): boolean {
  const html = source.trimStart();
  const raw = /^<(pre|script|style|textarea)(?=[\s>]|$)/i.exec(html);
  if (raw) return new RegExp(`</${raw[1]}>`, 'i').test(html);
  if (html.startsWith('<!--')) return html.includes('-->', 2);
  if (html.startsWith('<![CDATA[')) return html.includes(']]>');
  if (html.startsWith('<?')) return html.includes('?>', 2);
  if (/^<![A-Za-z]/.test(html)) return html.includes('>', 2);
  return true;
}

// What the walk finds in a piece depends on the piece's text alone: kept with its (possibly cached) parse,
// in the piece's coordinates, and shifted to where the piece sits in the document.
const chunkFindings = new WeakMap<ChunkParse, WalkState>();

function collectChunk(chunk: ParsedChunk): WalkState {
  let found = chunkFindings.get(chunk.parse);
  if (!found) {
    found = emptyWalkState();
    collect(chunk.parse.root, chunk.text, new LineIndex(chunk.text), found);
    chunkFindings.set(chunk.parse, found);
  }
  return found;
}

function emptyWalkState(): WalkState {
  return { candidates: [], spanPieces: [], directives: [], contactPositionDirectives: [], realHeadingCount: 0, opaqueBlocks: [] };
}

/** Adds a piece's findings to the document's, moved by the piece's first line and offset (fresh objects:
 *  the piece's own stay as they are for the next analysis). */
function addShifted(state: WalkState, found: WalkState, lines: number, offset: number): void {
  for (const c of found.candidates) state.candidates.push({ ...c, line: c.line + lines, startOffset: c.startOffset + offset, endOffset: c.endOffset + offset });
  for (const p of found.spanPieces) state.spanPieces.push({ start: p.start + offset, end: p.end + offset, text: p.text });
  for (const d of found.directives) state.directives.push({ kind: d.kind, rules: [...d.rules], line: d.line + lines });
  for (const d of found.contactPositionDirectives) state.contactPositionDirectives.push({ placement: d.placement, line: d.line + lines });
  for (const b of found.opaqueBlocks) state.opaqueBlocks.push({ ...b, startLine: b.startLine + lines, endLine: b.endLine + lines });
  state.realHeadingCount += found.realHeadingCount;
}

/** Text → CV model. `parseDocument` gives the document's parsed pieces (engine/chunks.ts); the incremental
 *  analyzer passes one that remembers pieces it has seen. */
export function buildCvDocument(text: string, options: ModelOptions, parseDocument: DocumentParser = parseInChunks): CvDocument {
  const index = new LineIndex(text);
  const profile = options.profile;
  const state = emptyWalkState();
  let frontMatter: FrontMatter | null = null;
  try {
    const chunks = parseDocument(text);
    const first = chunks[0]?.parse.root.children[0];
    if (first) frontMatter = readFrontMatter(first, index);
    frontMatter ??= readMetadataHeader(index.lines);
    for (const chunk of chunks) addShifted(state, collectChunk(chunk), chunk.line, chunk.start);
  } catch {
    // remark-parse does not throw on Markdown, but a pathological input must not take the server down.
  }

  const sections = buildSections(state, index, profile);
  const spans = splitSpans(withoutRawCode(state.spanPieces, text), index);
  assignSpansToSections(spans, sections);
  const evidence = findKindEvidence({ lines: index.lines, spans, sections, profile });
  const inCode = (line: number) => state.opaqueBlocks.some((b) => b.kind === 'code' && b.startLine <= line && line <= b.endLine);
  refineKindsByContent(sections, evidence, index.lines, inCode);
  markOrphanJobEntries(sections, evidence);

  const fm = frontMatter?.data ?? {};
  const { language, textLanguage, languageSource } = detectLanguage(spans, fm, options.language ?? 'auto');

  const contact = extractContact({ lines: index.lines, frontMatter, sections, spans });
  const detection = detectCv({ fileName: options.fileName ?? null, frontMatter, sections, lines: index.lines, evidence, contact });
  const templated = index.lines.some((line, i) => TEMPLATE_TAG.test(line) && !inCode(i));

  return {
    text,
    lines: index.lines,
    fileName: options.fileName ?? null,
    frontMatter,
    language,
    textLanguage,
    languageSource,
    sections,
    contact,
    spans,
    directives: state.directives.sort((a, b) => a.line - b.line),
    // The first one counts: it is the one a person sees at the top of the file.
    contactPositionDirective: state.contactPositionDirectives.sort((a, b) => a.line - b.line)[0] ?? null,
    evidence,
    opaqueBlocks: state.opaqueBlocks.sort((a, b) => a.startLine - b.startLine),
    templated,
    isCv: detection.isCv,
    isCvReason: detection.reason,
  };
}

/** Sections from headings found by a line scan (engine/gate.ts), without parsing: the outline of a file
 *  too large to analyse, built by the same rules as a parsed one (levels, parents, entries, the name). */
export function sectionsFromScannedHeadings(headings: readonly ScannedHeading[], index: LineIndex, profile: Profile): Section[] {
  const candidates: HeadingCandidate[] = headings.map((heading) => {
    const lineStart = index.lineStarts[heading.line] ?? 0;
    return {
      line: heading.line,
      title: heading.title,
      depth: heading.depth,
      source: heading.source,
      startOffset: lineStart + heading.startCharacter,
      endOffset: lineStart + heading.endCharacter,
    };
  });
  const realHeadingCount = headings.filter((heading) => heading.depth > 0).length;
  return buildSections({ candidates, spanPieces: [], directives: [], contactPositionDirectives: [], realHeadingCount, opaqueBlocks: [] }, index, profile);
}

function buildSections(state: WalkState, index: LineIndex, profile: Profile): Section[] {
  // One candidate per line; a real heading wins over a pseudo one on the same line.
  const byLine = new Map<number, HeadingCandidate>();
  for (const c of state.candidates) {
    const existing = byLine.get(c.line);
    if (!existing || (existing.depth <= 0 && c.depth > 0)) byLine.set(c.line, c);
  }
  // Plain title lines count only in CVs written without any heading markup (no #, no bold headings).
  const plainTextDoc = state.realHeadingCount < 2 && !state.candidates.some((c) => c.source === 'bold' || c.source === 'html');
  const candidates = [...byLine.values()]
    .filter((c) => !isContactLine(c.title))
    .sort((a, b) => a.line - b.line);

  const sections: Section[] = [];
  // Stack of open sections (indexes), for parents and pseudo levels.
  const stack: number[] = [];
  let seenName = false;
  let lastSummaryLevel: number | undefined;

  for (const c of candidates) {
    const cls = classifyTitle(c.title, profile);
    // Plain title lines only count in documents without Markdown headings, and only when recognised.
    if (c.source === 'line' && (!plainTextDoc || !cls.recognised)) continue;
    if (c.needsRecognition && (!cls.recognised || cls.kind === 'other')) continue;

    let level = c.depth;
    if (level <= 0) {
      // A pseudo-heading sits one level below the innermost real heading above it.
      const realAbove = [...stack].reverse().map((i) => sections[i]).find((s) => !s.pseudo);
      // Successive <details> blocks are siblings whatever headings their bodies hold.
      level = c.siblingLevel ? (lastSummaryLevel ?? realAbove?.level ?? 2) : Math.min((realAbove?.level ?? 1) + 1, 7);
      if (c.siblingLevel) lastSummaryLevel = level;
    }
    while (stack.length && sections[stack[stack.length - 1]].level >= level) stack.pop();
    const parentIndex = stack.length ? stack[stack.length - 1] : -1;
    const parent = parentIndex >= 0 ? sections[parentIndex] : undefined;

    // A bold line inside a job entry ("**Principali attività:**") is an entry label, not a section,
    // unless it is exactly a section title.
    if (c.source === 'bold' && parent && !parent.recognised && parent.level >= 3 && cls.reason.by !== 'synonym') continue;
    if (c.source === 'bold' && parent && parent.recognised && (parent.kind === 'experience' || parent.kind === 'education') && parent.level < level && cls.reason.by !== 'synonym') continue;

    let reason = cls.reason;
    let kind = cls.kind;
    let recognised = cls.recognised;
    // Jobs and degrees under Experience/Education are entries of that section, whatever words their titles
    // hold ("Corso di formazione Excel", "Research Assistant"); only an exact section title ("### Corsi")
    // or a skills/contact title stays a sub-section of its own.
    const entryParent = parent && (parent.role === 'entry' || ((parent.kind === 'experience' || parent.kind === 'education') && parent.reason.by !== 'none'));
    const role: Section['role'] =
      entryParent && (parent.role === 'entry' || !cls.recognised || (cls.reason.by !== 'synonym' && (cls.kind === 'experience' || cls.kind === 'education'))) ? 'entry' : 'section';
    if (role === 'entry' && parent) {
      kind = parent.kind;
      recognised = false;
      reason = { by: 'context', detail: { en: `an entry of "${parent.title}"`, it: `una voce di "${parent.title}"` } };
    } else if (!seenName && !recognised && level <= 2 && isNameHeading(c.title) && !sections.some((s) => s.recognised && s.kind !== 'other')) {
      seenName = true;
      reason = { by: 'name', detail: { en: "the person's name", it: 'il nome della persona' } };
    } else if (!recognised && parent && parent.recognised && parent.kind !== 'other' && parent.kind !== 'contact' && parent.kind !== 'summary') {
      // Contact and summary blocks have no parts of their own: a heading below them is a new section the
      // author nested too deep ("#### Code Examples" under "## Contact Info").
      kind = parent.kind;
      reason = { by: 'context', detail: { en: `under "${parent.title}"`, it: `sotto "${parent.title}"` } };
    }

    const headingRange = index.rangeOf(c.startOffset, c.endOffset);
    headingRange.end = headingRange.start.line === headingRange.end.line ? headingRange.end : index.lineRange(headingRange.start.line).end;
    sections.push({
      kind,
      title: c.title,
      level,
      pseudo: c.depth <= 0 || c.source === 'html',
      source: c.source,
      headingRange,
      range: { start: { line: c.line, character: 0 }, end: { line: c.line, character: 0 } },
      bodyEndLine: c.line,
      parent: parentIndex,
      recognised,
      reason,
      covers: [...cls.covers],
      role,
    });
    stack.push(sections.length - 1);
  }

  // Ranges: a section runs to the line before the next section of the same or a higher level.
  const last = index.lastLine;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    let endLine = last;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].level <= s.level) {
        endLine = sections[j].range.start.line - 1;
        break;
      }
    }
    const nextAny = sections[i + 1];
    s.bodyEndLine = Math.max(s.headingRange.end.line, nextAny ? Math.min(endLine, nextAny.range.start.line - 1) : endLine);
    endLine = Math.max(endLine, s.headingRange.end.line);
    s.range = { start: { line: s.headingRange.start.line, character: 0 }, end: { line: endLine, character: index.lines[endLine].length } };
  }

  return sections;
}

/** Content decides what a title cannot: an unknown or generic heading gets its kind from its content, and a
 *  block that also holds another kind's content covers it ("Competenze" listing tools and languages). */
function refineKindsByContent(sections: Section[], evidence: KindEvidence[], lines: string[], inCode: (line: number) => boolean): void {
  const index = indexContent(sections, evidence);
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.role === 'entry' || s.reason.by === 'name') continue;
    const body = ownBodyText(s, lines, inCode);
    const topLevel = s.parent < 0 || sections[s.parent].reason.by === 'name';
    // An "About" made of contact lines is the contact section.
    if (s.kind === 'summary' || (!s.recognised && topLevel) || (s.kind === 'other' && s.reason.by === 'keyword' && topLevel)) {
      const nonBlank = body.split('\n').filter((l) => l.trim()).length;
      const contactLines = contactLineCount(body);
      const hasDirectContact = EMAIL.test(body) || PHONE_LIKE.test(body);
      if (hasDirectContact && contactLines >= 2 && contactLines * 2 >= nonBlank) {
        s.kind = 'contact';
        s.recognised = true;
        s.reason = { by: 'context', matched: s.reason.matched, detail: { en: 'its lines are contact details', it: 'le sue righe sono recapiti' } };
        continue;
      }
    }
    const content = contentKindsOf(i, sections, index);
    const strong = (kind: SectionKind) => (content.get(kind) ?? []).filter((e) => e.strength === 'strong');
    const strongSkillKinds = (['technical-skills', 'language-skills', 'personal-skills'] as SectionKind[]).filter((k) => strong(k).length > 0);
    const hasSubsections = index.children[i].some((j) => sections[j].role === 'section');

    // A "Competenze personali" block that holds only the mother tongue and a language table is about languages.
    if ((s.kind === 'personal-skills' || s.kind === 'skills') && !hasSubsections && MOTHER_TONGUE.test(body)) {
      const personal = strong('personal-skills').length > 0 || (content.get('personal-skills') ?? []).length >= 2;
      if (!personal && strong('technical-skills').length === 0) {
        s.kind = 'language-skills';
        s.reason = { by: 'context', matched: s.reason.matched, detail: { en: 'it lists the mother tongue and other languages', it: 'elenca la lingua madre e le altre lingue' } };
      }
    }

    const weakTitle = !s.recognised || s.reason.by === 'fuzzy' || s.kind === 'skills';
    const entryLike = /\s[|@—–]\s|\b(?:19|20)\d{2}\b/.test(s.title);
    const hasRecognisedChildren = index.children[i].some((j) => sections[j].recognised);
    const unknownBlock = !s.recognised && s.reason.by === 'none' && topLevel && !entryLike && !hasRecognisedChildren && strongSkillKinds.length > 0 && !content.has('experience');
    // The skills content must be what the block is made of, not a few lines of a long text.
    const scopeLines = unknownBlock ? lines.slice(s.headingRange.end.line + 1, s.range.end.line + 1).filter((l) => l.trim()).length : 0;
    const dominant = strongSkillKinds.filter((k) => new Set(strong(k).map((e) => e.line)).size * 2 >= Math.max(1, scopeLines) * 0.8);
    // "Commercial Entities and Non-Profits" over organisations, each listing the job titles held there: the
    // work history under a title of the person's own.
    const roleTitleParts = new Set((content.get('experience') ?? []).filter((e) => e.signal === 'role-title').map((e) => e.sectionIndex));
    const strongSkillParts = new Set(strongSkillKinds.flatMap((k) => strong(k).map((e) => e.sectionIndex)));
    const hasSectionChildren = index.children[i].some((j) => sections[j].recognised && sections[j].kind !== 'other');
    if (!s.recognised && s.reason.by === 'none' && topLevel && !entryLike && !hasSectionChildren && roleTitleParts.size >= 2 && roleTitleParts.size > strongSkillParts.size) {
      s.kind = 'experience';
      s.recognised = true;
      s.reason = { by: 'content', detail: contentDetail(['experience'], content) };
      const below = [...index.children[i]];
      while (below.length > 0) {
        const j = below.pop()!;
        const child = sections[j];
        if (child.recognised || child.reason.by !== 'none') continue;
        child.kind = 'experience';
        child.role = 'entry';
        child.reason = { by: 'context', detail: { en: `an entry of "${s.title}"`, it: `una voce di "${s.title}"` } };
        below.push(...index.children[j]);
      }
      continue;
    }
    if (unknownBlock && dominant.length > 0) {
      // An unknown heading ("IT + Office", "Stack") over a list of tools or languages.
      const kind = dominant.length === 1 ? dominant[0] : 'skills';
      s.kind = kind;
      s.recognised = true;
      s.reason = { by: 'content', detail: contentDetail(dominant, content) };
    } else if (s.recognised && s.kind === 'experience' && s.reason.by === 'keyword' && strong('technical-skills').length > 0 && !content.has('experience')) {
      // "Technical Experience" over a list of tools with no dated entries is a technical-skills block.
      s.kind = 'technical-skills';
      s.reason = { by: 'content', matched: s.reason.matched, detail: contentDetail(['technical-skills'], content) };
    }
    if (s.recognised && s.kind !== 'contact' && (isSkillKind(s.kind) || weakTitle || s.kind === 'summary' || s.kind === 'other')) {
      for (const kind of strongSkillKinds) if (kind !== s.kind && !s.covers.includes(kind)) s.covers.push(kind);
    }
  }
}

/** A CV made of job titles with no "Experience" heading above them ("### IT Manager", "### IT Consultant", each
 *  with its dates): two or more such headings at one level are the experience entries. */
function markOrphanJobEntries(sections: Section[], evidence: KindEvidence[]): void {
  const datedLines = evidence.filter((e) => e.signal === 'dated-entry').length;
  if (datedLines < 2) return;
  // "## Red Hat" followed by "2017 - 2020": an employer heading whose first line is its dates.
  const datedAtTop = new Set<number>();
  const degreeIn = new Set(evidence.filter((e) => e.signal === 'degree').map((e) => e.sectionIndex));
  for (const e of evidence) {
    const s = sections[e.sectionIndex];
    if (e.signal === 'dated-entry' && s && e.line > s.headingRange.end.line && e.line <= s.headingRange.end.line + 2) datedAtTop.add(e.sectionIndex);
  }
  const orphans = sections.filter((s, i) => {
    const parent = s.parent >= 0 ? sections[s.parent] : undefined;
    const topLevel = !parent || parent.reason.by === 'name' || !parent.recognised;
    if (!topLevel || s.role !== 'section' || s.recognised) return false;
    if (s.reason.by === 'none' && isRoleTitle(normalizeTitle(s.title))) return true;
    return (s.reason.by === 'none' || s.reason.by === 'name') && datedAtTop.has(i) && !degreeIn.has(i);
  });
  const byLevel = new Map<number, Section[]>();
  for (const s of orphans) byLevel.set(s.level, [...(byLevel.get(s.level) ?? []), s]);
  for (const group of byLevel.values()) {
    if (group.length < 2) continue;
    for (const s of group) {
      s.kind = 'experience';
      s.role = 'entry';
      s.reason = { by: 'context', detail: { en: 'a job title with its dates', it: 'un ruolo lavorativo con le sue date' } };
    }
  }
  // Bold lines inside a job are its parts ("**Principali attività:**"), as they are under a recognised
  // experience section, unless they are exactly a section title.
  for (const s of sections) {
    const parent = s.parent >= 0 ? sections[s.parent] : undefined;
    if (!parent || parent.role !== 'entry' || parent.kind !== 'experience' || s.role === 'entry') continue;
    if (s.source !== 'bold' || s.reason.by === 'synonym') continue;
    s.kind = 'experience';
    s.role = 'entry';
    s.recognised = false;
    s.reason = { by: 'context', detail: { en: `an entry of "${parent.title}"`, it: `una voce di "${parent.title}"` } };
  }
}

function contentDetail(kinds: SectionKind[], content: Map<SectionKind, KindEvidence[]>): Record<Language, string> {
  const examples = kinds.map((k) => ((content.get(k) ?? []).find((e) => e.strength === 'strong') ?? content.get(k)?.[0])?.text ?? k);
  return { en: `its content: ${examples.map((e) => `"${e}"`).join(', ')}`, it: `il suo contenuto: ${examples.map((e) => `"${e}"`).join(', ')}` };
}

/** Section kinds present in the CV: recognised sections, the kinds a mixed heading or its content covers,
 *  and skill kinds that strong content shows wherever it sits ("Languages: English C1" under the name). */
export function presentKinds(doc: CvDocument): Set<Section['kind']> {
  const kinds = new Set<Section['kind']>();
  for (const s of doc.sections) {
    // Job entries with no experience section above them still show that the CV has work experience.
    if (s.role === 'entry' && s.kind === 'experience' && !s.recognised && (s.parent < 0 || !doc.sections[s.parent].recognised || doc.sections[s.parent].reason.by === 'name')) kinds.add('experience');
    if (!s.recognised || s.role === 'entry') continue;
    kinds.add(s.kind);
    for (const k of s.covers) kinds.add(k);
  }
  for (const e of doc.evidence) if (e.strength === 'strong' && isSkillKind(e.kind)) kinds.add(e.kind);
  return kinds;
}

/** Required kinds the CV lacks, in the profile's order. Contact details written without a heading
 *  (under the name, in front matter) count as the contact section. One definition for the rule, the score
 *  and the editor's "missing" list, so they always agree. */
export function missingRequiredKinds(doc: CvDocument, profile: Profile): SectionKind[] {
  const present = presentKinds(doc);
  // Some contact details without a heading (a city and a LinkedIn line under the name) are the contact
  // block; what is missing from it is missing-contact-detail's to say.
  const hasContactDetails = doc.contact.emails.length > 0 || doc.contact.phones.length > 0 || doc.contact.address !== null;
  // Email or phone written as placeholders ("[Your Email]") are a contact block waiting to be filled in: the
  // placeholder rule says so.
  const contactAwaitingValues = doc.contact.placeholders.some((p) => p.detail === 'email' || p.detail === 'phone');
  // A generic skills section in a language whose tool and quality words cvlint does not know may hold them.
  const unreadableSkills = doc.textLanguage !== doc.language && hasGenericSkillsSection(doc);
  return profile.requiredSections.filter(
    (kind) =>
      !present.has(kind) &&
      !(kind === 'contact' && (hasContactDetails || contactAwaitingValues)) &&
      !(unreadableSkills && (kind === 'technical-skills' || kind === 'personal-skills')),
  );
}

/** A generic "Skills"/"Competenze" section (not one of its parts): it may hold any skill kind in words the engine
 *  does not know. */
export function hasGenericSkillsSection(doc: CvDocument): boolean {
  return doc.sections.some((s) => s.recognised && s.role === 'section' && s.kind === 'skills');
}

/** Content of a missing kind that the CV has only in passing (tools named in a job's duties, a language
 *  mentioned in prose): the kind is missing as a section, but the engine is less sure the person lacks it. */
export function mentionsOf(doc: CvDocument, kind: SectionKind): KindEvidence[] {
  const degreeLines = new Set(doc.evidence.filter((e) => e.signal === 'degree').map((e) => e.line));
  return doc.evidence.filter((e) => {
    if (e.kind !== kind) return false;
    // Dates of studies are not work experience.
    // Work told in a sentence is work wherever it sits ("…at Eindhoven University, I held an assistant position").
    if (kind === 'experience' && e.signal === 'work-mention') return true;
    if (kind === 'experience') return !degreeLines.has(e.line) && doc.sections[e.sectionIndex]?.kind !== 'education';
    return true;
  });
}

/** Level of the CV's main sections: the most common level among recognised real headings (2 under a name
 *  heading). Fixes, snippets and completion write new sections at this level. */
export function mainSectionLevel(doc: CvDocument): number {
  const counts = new Map<number, number>();
  for (const s of doc.sections) if (s.recognised && !s.pseudo && s.kind !== 'other') counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  let best = 2;
  let bestCount = 0;
  for (const [level, count] of counts) if (count > bestCount || (count === bestCount && level < best)) [best, bestCount] = [level, count];
  return Math.min(best, 6);
}

/** True when the CV writes its main section headings in capitals ("## ESPERIENZA PROFESSIONALE"), so a section
 *  a fix adds can look like its neighbours. */
export function mainSectionsInCapitals(doc: CvDocument, level: number): boolean {
  const titles = doc.sections.filter((s) => s.recognised && !s.pseudo && s.role === 'section' && s.level === level && /\p{L}/u.test(s.title)).map((s) => s.title);
  return titles.length >= 2 && titles.every((title) => title === title.toUpperCase());
}

function assignSpansToSections(spans: TextSpan[], sections: Section[]): void {
  // Sections are sorted by line; the innermost section containing a line is the last one starting at or before it
  // whose range reaches it.
  let si = -1;
  for (const span of spans) {
    while (si + 1 < sections.length && sections[si + 1].range.start.line <= span.line) si++;
    let k = si;
    while (k >= 0 && sections[k].range.end.line < span.line) k = sections[k].parent;
    span.sectionIndex = k;
  }
}
