// ats-layout: layout that CV-screening software (ATS) reads badly. ATS turn a CV into one stream of text:
// tables used to lay out a page get their columns mixed, multi-column HTML is read across the columns, text
// inside images is not read at all, a contact detail labelled only by an icon is not known for what it is, and a
// section title inside a table is not seen as a title. Info only, and only on clear evidence: a table that holds
// data (Europass key/value tables, the CEFR grid, a list of jobs with dates) is never reported.
import type { Rule } from './types';
import type { CvDocument, Range } from '../engine/types';
import { LineIndex } from '../engine/parse';
import { classifyTitle, isCvTitle } from '../engine/classify';
import { foldCase } from '../engine/text';
import type { Profile } from '../profiles/types';

type Problem = 'layoutTable' | 'multiColumn' | 'imageHeading' | 'badges' | 'contactImage' | 'iconLabel' | 'headingInTable';

interface Found {
  key: Problem;
  start: number;
  end: number;
  args?: Record<string, string | number>;
}

/** At most this many findings of one kind per CV: the first ones make the point. */
const MAX_PER_KIND = 3;
/** Tables and styled elements looked at, at most: a CV has a few; a generated page with thousands is not read
 *  to the end on every keystroke. */
const MAX_ELEMENTS = 200;

// ---------------------------------------------------------------------------------------------
// Text as a reader sees it

/** The document with code, HTML comments and front matter blanked (same offsets, line breaks kept). */
function visibleText(doc: CvDocument, index: LineIndex): string {
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  let text = doc.text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank);
  const spans: [number, number][] = doc.opaqueBlocks.filter((b) => b.kind === 'code').map((b) => [b.startLine, b.endLine]);
  if (doc.frontMatter) spans.push([doc.frontMatter.range.start.line, doc.frontMatter.range.end.line]);
  for (const [from, to] of spans) {
    const start = index.offsetAt({ line: from, character: 0 });
    const end = index.offsetAt({ line: to, character: index.lines[to]?.length ?? 0 });
    text = text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
  }
  return text;
}

const TAG = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi;
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track']);

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;|&#160;/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, 'x');
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.@-]*/gu) ?? []).length;
}

/** The offset of the tag that closes the element opened at `openEnd` (after its `>`), counting nested
 *  elements of the same name; -1 when it is never closed. */
function closingTag(text: string, name: string, openEnd: number): { start: number; end: number } | null {
  const pattern = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  pattern.lastIndex = openEnd;
  let depth = 1;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The top-level child elements of an element's inner HTML, with their text. */
function childElements(inner: string): { name: string; html: string }[] {
  const children: { name: string; html: string }[] = [];
  let depth = 0;
  let start = -1;
  let name = '';
  TAG.lastIndex = 0;
  for (let m = TAG.exec(inner); m; m = TAG.exec(inner)) {
    const tag = m[1].toLowerCase();
    const closing = m[0].startsWith('</');
    if (VOID.has(tag) || m[0].endsWith('/>')) {
      if (depth === 0) children.push({ name: tag, html: m[0] });
      continue;
    }
    if (!closing) {
      if (depth === 0) {
        start = m.index;
        name = tag;
      }
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0 && start >= 0) children.push({ name, html: inner.slice(start, m.index + m[0].length) });
    }
  }
  return children;
}

// ---------------------------------------------------------------------------------------------
// Section titles

/** A cell or a heading-like text that names a CV section exactly (a profile synonym, not a guess). */
function sectionTitle(text: string, profile: Profile): string | null {
  // "+ Work Experience", "1. Esperienza": the marks before the words are decoration.
  const title = text.replace(/[*_`#]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^[^\p{L}]+/u, '').replace(/[\s:]+$/, '');
  if (title === '' || title.length > 60 || isCvTitle(title)) return null;
  const c = classifyTitle(title, profile);
  return c.recognised && c.reason.by === 'synonym' ? title : null;
}

// ---------------------------------------------------------------------------------------------
// HTML tables

const BLOCK_IN_CELL = /<(?:ul|ol|li|p|div|section|blockquote|h[1-6])\b/i;

function htmlTables(text: string, profile: Profile, found: Found[]): void {
  const open = /<table\b[^>]*>/gi;
  let seen = 0;
  for (let m = open.exec(text); m && seen++ < MAX_ELEMENTS; m = open.exec(text)) {
    const close = closingTag(text, 'table', m.index + m[0].length);
    const end = close ? close.end : text.length;
    const inner = text.slice(m.index + m[0].length, close ? close.start : text.length);
    open.lastIndex = end;
    const rows = inner.split(/<tr\b[^>]*>/i).slice(1);
    const rowCells = rows.map((row) => [...row.matchAll(/<(td|th)\b[^>]*>([\s\S]*?)(?=<\/t[dh]>|<t[dh]\b|<\/tr>|$)/gi)].map((c) => c[2]));

    // A heading element in a cell, or a row that is only a section title.
    const heading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/i.exec(inner);
    const innerStart = m.index + m[0].length;
    let title: { text: string; at: number; end: number } | null = heading
      ? { text: stripTags(heading[2]).replace(/\s+/g, ' ').trim(), at: innerStart + heading.index, end: innerStart + heading.index + heading[0].length }
      : null;
    if (!title && rowCells.some((cells) => cells.length > 1)) {
      for (const cells of rowCells) {
        if (cells.length !== 1) continue;
        const name = sectionTitle(stripTags(cells[0]), profile);
        if (name) {
          const at = innerStart + inner.indexOf(cells[0]);
          title = { text: name, at, end: at + cells[0].trimEnd().length };
          break;
        }
      }
    }
    if (title) {
      found.push({ key: 'headingInTable', start: title.at, end: title.end, args: { heading: title.text } });
      continue;
    }
    // Layout: a table in a cell, two cells of one row with blocks of text side by side, or a cell holding a page of text.
    const rich = (cell: string) => BLOCK_IN_CELL.test(cell) || ((cell.match(/<br\s*\/?>/gi) ?? []).length >= 2 && wordCount(stripTags(cell)) >= 12);
    const nested = /<table\b/i.test(inner);
    const sideBySide = rowCells.some((cells) => cells.filter(rich).length >= 2);
    const long = rowCells.some((cells) => cells.some((cell) => BLOCK_IN_CELL.test(cell) && wordCount(stripTags(cell)) >= 40));
    if (nested || sideBySide || long) found.push({ key: 'layoutTable', start: m.index, end: m.index + m[0].length });
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown tables

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

function splitRow(line: string): string[] {
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((c) => c.trim());
}

function markdownTables(lines: readonly string[], lineStart: (line: number) => number, profile: Profile, found: Found[]): void {
  for (let l = 1; l < lines.length; l++) {
    if (!DELIMITER_ROW.test(lines[l]) || !lines[l].includes('-') || !lines[l - 1].includes('|')) continue;
    const first = l - 1;
    let last = l;
    while (last + 1 < lines.length && lines[last + 1].includes('|') && lines[last + 1].trim() !== '') last++;
    const rows = [first, ...Array.from({ length: last - l }, (_, i) => l + 1 + i)];
    const columns = splitRow(lines[first]).length;
    let reported = false;
    if (columns >= 2 && rows.length >= 2) {
      // Not the header row: a Markdown table must have one, and naming the table there ("| Contatti | |") is how
      // people title a table of data. A title row among the data rows lays sections out in the table.
      for (const row of rows.slice(1)) {
        const cells = splitRow(lines[row]);
        const filled = cells.filter((c) => c !== '');
        if (filled.length !== 1) continue;
        const name = sectionTitle(filled[0], profile);
        if (name) {
          const at = lineStart(row) + lines[row].indexOf(filled[0]);
          found.push({ key: 'headingInTable', start: at, end: at + filled[0].length, args: { heading: name } });
          reported = true;
          break;
        }
      }
    }
    if (!reported) {
      const rich = (cell: string) => ((cell.match(/<br\s*\/?>|<li\b/gi) ?? []).length >= 2 || /<(?:ul|ol)\b/i.test(cell)) && wordCount(stripTags(cell)) >= 8;
      if (rows.some((row) => splitRow(lines[row]).filter(rich).length >= 2)) {
        found.push({ key: 'layoutTable', start: lineStart(first), end: lineStart(first) + lines[first].length });
      }
    }
    l = last;
  }
}

// ---------------------------------------------------------------------------------------------
// Multi-column HTML

const MULTI_COLUMN_STYLE = /(?:display\s*:\s*(?:inline-)?(?:flex|grid)|display\s*:\s*(?:table-cell|inline-block)|column-count\s*:|(?:^|[;\s"'])columns\s*:|float\s*:\s*(?:left|right))/i;
const FLOAT_STYLE = /float\s*:\s*(?:left|right)|display\s*:\s*(?:table-cell|inline-block)/i;
const GRID_CLASS = /\bcol-(?:(?:xs|sm|md|lg|xl)-)?\d{1,2}\b/;

/** Class names a `<style>` block gives a multi-column layout (`.sidebar { float: left }`). */
function multiColumnClasses(text: string): Map<string, string> {
  const classes = new Map<string, string>();
  for (const style of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const rule of style[1].matchAll(/([^{}]+)\{([^}]*)\}/g)) {
      if (!MULTI_COLUMN_STYLE.test(rule[2])) continue;
      for (const name of rule[1].matchAll(/\.([\w-]+)/g)) classes.set(name[1], rule[2]);
    }
  }
  return classes;
}

function multiColumnHtml(text: string, found: Found[]): void {
  const classes = multiColumnClasses(text);
  const open = /<(div|section|aside|article|main|header|p|ul|span)\b([^>]*)>/gi;
  let coveredUntil = -1;
  const gridColumns: { start: number; end: number }[] = [];
  let candidates = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    if (m.index < coveredUntil) continue;
    const attributes = m[2];
    const inlineStyle = /\bstyle\s*=\s*(["'])([\s\S]*?)\1/i.exec(attributes)?.[2] ?? '';
    const classNames = (/\bclass\s*=\s*(["'])([\s\S]*?)\1/i.exec(attributes)?.[2] ?? '').split(/\s+/).filter(Boolean);
    const style = [inlineStyle, ...classNames.map((c) => classes.get(c) ?? '')].join(';');
    const grid = classNames.some((c) => GRID_CLASS.test(c));
    if (!MULTI_COLUMN_STYLE.test(style) && !grid) continue;
    if (++candidates > MAX_ELEMENTS) break;
    const close = closingTag(text, m[1], m.index + m[0].length);
    if (!close) continue;
    const inner = text.slice(m.index + m[0].length, close.start);
    const words = wordCount(stripTags(inner));
    if (grid) {
      if (words >= 5) gridColumns.push({ start: m.index, end: m.index + m[0].length });
      continue;
    }
    // A floated block of text beside the rest (a sidebar); a floated photo is not a column.
    const columns = FLOAT_STYLE.test(style) ? (words >= 12 ? 2 : 0) : childElements(inner).filter((child) => wordCount(stripTags(child.html)) >= 5).length;
    if (columns >= 2) {
      found.push({ key: 'multiColumn', start: m.index, end: m.index + m[0].length });
      coveredUntil = close.end;
    }
  }
  // Grid classes (col-md-6) make columns only in pairs.
  if (gridColumns.length >= 2) found.push({ key: 'multiColumn', ...gridColumns[0] });
}

// ---------------------------------------------------------------------------------------------
// Images in place of text

const MD_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'][^)]*["'])?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*>/gi;
const BADGE = /img\.shields\.io|shields\.io\/badge|badgen\.net|forthebadge\.com|skillicons\.dev|github-readme-stats|devicons?\b|simpleicons|flat\.badgen/i;
const CONTACT_WORD = /\b(?:e-?mail|mail|phone|telefono|tel|cellulare|mobile|contatti|contacts?|address|indirizzo)\b/i;

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}\\s*=\\s*(["'])([\\s\\S]*?)\\1`, 'i').exec(tag)?.[2] ?? '';
}

interface ImageRef {
  start: number;
  end: number;
  alt: string;
  src: string;
  linked: boolean;
}

function imagesOf(text: string): ImageRef[] {
  const images: ImageRef[] = [];
  for (const m of text.matchAll(MD_IMAGE)) {
    const start = m.index;
    images.push({ start, end: start + m[0].length, alt: m[1], src: m[2], linked: text[start - 1] === '[' && /^\]\(/.test(text.slice(start + m[0].length)) });
  }
  for (const m of text.matchAll(HTML_IMAGE)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 300), start);
    const linked = /<a\b[^>]*>\s*$/i.test(before);
    images.push({ start, end: start + m[0].length, alt: attribute(m[0], 'alt'), src: attribute(m[0], 'src'), linked });
  }
  return images.sort((a, b) => a.start - b.start);
}

/** What a badge says: its alt text, else the label in a shields.io path, else its logo. */
function badgeLabel(image: ImageRef): string {
  if (image.alt.trim()) return image.alt.trim();
  const path = /\/badge\/([^?/]+)/.exec(image.src)?.[1];
  if (path) {
    let label = path;
    try {
      label = decodeURIComponent(path);
    } catch {
      // keep it as written
    }
    const first = label.split(/(?<!-)-(?!-)/).find((part) => part.trim() !== '') ?? '';
    if (first) return first.replace(/--/g, '-').replace(/_/g, ' ').trim();
  }
  return /[?&]logo=([^&]+)/.exec(image.src)?.[1] ?? '';
}

function imagesInPlaceOfText(text: string, index: LineIndex, found: Found[]): void {
  const images = imagesOf(text);
  if (images.length === 0) return;
  const withoutImages = foldCase(stripTags(text.replace(MD_IMAGE, ' ')));

  // Headings that are only an image.
  const headingLine = (line: string) => /^\s{0,3}#{1,6}\s+(.*)$/.exec(line)?.[1];
  for (const image of images) {
    const { line } = index.positionAt(image.start);
    const content = headingLine(index.lines[line] ?? '');
    const htmlHeading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/i;
    let headingText: string | undefined = content;
    if (headingText === undefined) {
      const around = htmlHeading.exec(text.slice(Math.max(0, image.start - 200), image.end + 200));
      if (around && around[2].includes(text.slice(image.start, image.end))) headingText = around[2];
    }
    if (headingText !== undefined && !/[\p{L}\p{N}]/u.test(stripTags(headingText.replace(MD_IMAGE, ' ')).replace(/\[|\]\([^)]*\)/g, ' '))) {
      found.push({ key: 'imageHeading', start: image.start, end: image.end });
      continue;
    }
    // A contact detail shown only as an image: nothing else readable on its line.
    const lineText = index.lines[line] ?? '';
    const rest = stripTags(lineText.replace(MD_IMAGE, ' ')).replace(/[\s|*_>\-[\]()]/g, '');
    if (CONTACT_WORD.test(`${image.alt} ${image.src.split('/').pop() ?? ''}`) && rest === '' && !image.linked) {
      found.push({ key: 'contactImage', start: image.start, end: image.end });
    }
  }

  // Skills shown only as badges: badges whose words are nowhere else in the text.
  const unwritten = images.filter((image) => {
    if (!BADGE.test(image.src) || image.linked) return false;
    const label = foldCase(badgeLabel(image)).trim();
    if (!label) return true;
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return !new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(withoutImages);
  });
  if (unwritten.length >= 2) {
    const examples = [...new Set(unwritten.map(badgeLabel).filter(Boolean))].slice(0, 3).join(', ');
    found.push({ key: 'badges', start: unwritten[0].start, end: unwritten[0].end, args: { count: unwritten.length, examples: examples || '—' } });
  }
}

// ---------------------------------------------------------------------------------------------
// Contact details labelled only by an icon

const ICON = /[\p{Extended_Pictographic}\u2600-\u27BF\u{1F300}-\u{1FAFF}]|<i\b[^>]*class\s*=\s*["'][^"']*\b(?:fa[srlbd]?|fa-[\w-]+|bi|bi-[\w-]+|icon[\w-]*|material-icons)\b[^"']*["'][^>]*>\s*<\/i>|<span\b[^>]*class\s*=\s*["'][^"']*\b(?:icon[\w-]*|fa-[\w-]+)\b[^"']*["'][^>]*>\s*<\/span>|:[a-z_]+:|!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>/gu;

/** How a message names an icon: the emoji itself, an icon font's class (`fa-envelope`), an image's file name. */
function iconName(icon: string): string {
  if (!icon.startsWith('<') && !icon.startsWith('!') && !/^:[a-z_]+:$/.test(icon)) return icon;
  if (icon.startsWith(':')) return icon;
  const fontClass = /\b(?:fa|bi|icon)-[\w-]+/.exec(icon)?.[0] ?? /material-icons/.exec(icon)?.[0];
  if (fontClass) return fontClass;
  const src = icon.startsWith('!') ? /\]\(\s*<?([^)\s>]*)/.exec(icon)?.[1] : attribute(icon, 'src');
  return src?.split('/').pop() || icon.slice(0, 20);
}

function iconLabels(text: string, doc: CvDocument, index: LineIndex, found: Found[]): void {
  // An address read from a label cell ("🏠 Address (Italian)") is the label, not the value.
  const address = doc.contact.address && !/^(?:address|indirizzo|residenza|domicilio|location|localit[aà]|abitazione)\b/i.test(doc.contact.address.value) ? [doc.contact.address] : [];
  const items = [...doc.contact.emails, ...doc.contact.phones, ...address].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const hits: { start: number; end: number; icon: string }[] = [];
  const seenLines = new Set<number>();
  for (const item of items) {
    const { line, character } = item.range.start;
    if (seenLines.has(line)) continue;
    const lineText = text.slice(index.offsetAt({ line, character: 0 }), index.offsetAt({ line, character: index.lines[line]?.length ?? 0 }));
    let prefix = lineText.slice(0, character);
    // Only what labels this value: the current table cell or list item, after an earlier value on the line.
    const cellStart = Math.max(prefix.lastIndexOf('|'), prefix.lastIndexOf('>') >= 0 && /<t[dh]\b[^>]*>[^<]*$/i.test(prefix) ? prefix.search(/<t[dh]\b[^>]*>[^<]*$/i) : -1);
    let cell = cellStart >= 0 ? prefix.slice(cellStart) : prefix;
    if (/^\s*\|?\s*$/.test(cell.replace(/^\|/, '')) && lineText.trimStart().startsWith('|')) {
      // A table row whose value cell has no label: the label is the cell before.
      const cells = prefix.split('|');
      cell = cells.length >= 2 ? cells[cells.length - 2] : '';
    }
    prefix = cell.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/<\/?(?:t[dh]|a|strong|b|em|p|li|span(?![^>]*class))[^>]*>/gi, ' ');
    const icons = prefix.match(ICON) ?? [];
    if (icons.length === 0) continue;
    const words = prefix.replace(ICON, ' ').replace(/[\s|*_>:\-–—·•[\]()\\\ufe0f\u200d]/gu, '');
    if (words !== '') continue;
    seenLines.add(line);
    const icon = icons[0] ?? '';
    const at = index.offsetAt({ line, character: 0 }) + lineText.indexOf(icon);
    hits.push({ start: at, end: at + icon.length, icon: iconName(icon) });
  }
  if (hits.length > 0) found.push({ key: 'iconLabel', start: hits[0].start, end: hits[0].end, args: { count: hits.length, icon: hits[0].icon } });
}

// ---------------------------------------------------------------------------------------------

export const rule: Rule = {
  id: 'ats-layout',
  description: {
    it:
      'Impaginazione che i software di selezione (ATS) leggono male: tabelle usate per impaginare, colonne in HTML, immagini al posto del testo, ' +
      'recapiti indicati solo da un’icona o un’emoji, titoli di sezione dentro le tabelle.',
    en:
      'Layout that CV-screening software (ATS) reads badly: tables used for layout, multi-column HTML, images in place of text, ' +
      'contact details labelled only by an icon or emoji, section headings inside tables.',
  },
  defaultSeverity: 'info',
  fixable: false,
  reads: [],
  messages: {
    it: {
      layoutTable:
        'Tabella usata per impaginare: i software di selezione (ATS) leggono le tabelle riga per riga e possono mescolare il testo delle colonne o saltarlo. Meglio titoli di sezione ed elenchi.',
      multiColumn:
        'Impaginazione a più colonne in HTML: i software di selezione (ATS) leggono il testo in un solo flusso e possono alternare righe di colonne diverse. Meglio una sola colonna.',
      imageHeading:
        'Titolo fatto solo di un’immagine: i software di selezione (ATS) non leggono il testo nelle immagini, quindi la sezione resta senza nome. Scrivi il titolo come testo.',
      badges:
        '{count} badge in forma di immagine ({examples}) dicono cose che il testo del CV non dice: i software di selezione (ATS) non leggono il testo nelle immagini. Scrivi anche come testo le competenze che mostrano.',
      contactImage:
        'Recapito mostrato come immagine: i software di selezione (ATS), e chi copia il testo, non possono leggerlo. Scrivilo come testo.',
      iconLabel:
        'Recapiti indicati solo da un’icona o un’emoji ({icon}, righe: {count}): molti software di selezione (ATS) scartano i simboli e non capiscono che dato segue. Aggiungi una parola (Email:, Telefono:, Indirizzo:).',
      headingInTable:
        'Titolo di sezione «{heading}» dentro una tabella: i software di selezione (ATS) cercano i titoli fuori dalle tabelle e possono non riconoscere la sezione. Mettilo come titolo sopra la tabella.',
    },
    en: {
      layoutTable:
        'Table used for layout: CV-screening software (ATS) reads tables row by row and may mix up the text of the columns or skip it. Section headings and lists are safer.',
      multiColumn:
        'Multi-column HTML layout: CV-screening software (ATS) reads the text as one stream and may interleave lines of different columns. One column is safer.',
      imageHeading:
        'A heading made only of an image: CV-screening software (ATS) does not read text in images, so the section is left without a name. Write the heading as text.',
      badges:
        '{count} badge images ({examples}) say things the CV’s text does not: CV-screening software (ATS) does not read text in images. Write the skills they show as text too.',
      contactImage: 'A contact detail shown as an image: CV-screening software (ATS), and anyone copying the text, cannot read it. Write it as text.',
      iconLabel:
        'Contact details labelled only by an icon or emoji ({icon}, lines: {count}): many CV-screening systems (ATS) drop symbols and cannot tell what the value is. Add a word (Email:, Phone:, Address:).',
      headingInTable:
        'Section heading "{heading}" inside a table: CV-screening software (ATS) looks for headings outside tables and may not recognise the section. Put it as a heading above the table.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const mayHaveHtml = doc.text.includes('<');
    const mayHaveTable = doc.text.includes('|');
    const mayHaveImage = doc.text.includes('![') || /<img\b/i.test(doc.text);
    const hasContact = doc.contact.emails.length + doc.contact.phones.length > 0 || doc.contact.address !== null;
    if (!mayHaveHtml && !mayHaveTable && !mayHaveImage && !hasContact) return;
    const index = new LineIndex(doc.text);
    const text = visibleText(doc, index);
    const found: Found[] = [];
    if (mayHaveHtml) {
      htmlTables(text, ctx.profile, found);
      multiColumnHtml(text, found);
    }
    if (mayHaveTable) markdownTables(text.split(/\r\n|\r|\n/), (line) => index.offsetAt({ line, character: 0 }), ctx.profile, found);
    if (mayHaveImage) imagesInPlaceOfText(text, index, found);
    if (hasContact) iconLabels(text, doc, index, found);

    const perKind = new Map<Problem, number>();
    for (const f of found.sort((a, b) => a.start - b.start)) {
      const n = perKind.get(f.key) ?? 0;
      if (n >= MAX_PER_KIND) continue;
      perKind.set(f.key, n + 1);
      const range: Range = index.rangeOf(f.start, f.end);
      ctx.report({ messageKey: f.key, args: f.args, range, certainty: 'unsure' });
    }
  },
};
