// Markdown CV → a small document model that the PDF, Word and plain-text writers share: the person's name as
// title, the sections in the CV's order, entries (a job, a degree), paragraphs, lists, table rows and links,
// and the privacy clause set apart so that every writer puts it last.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { parseMarkdown } from '../engine/parse';
import { findConsentClauses } from '../engine/privacy';
import type { CvDocument, Language, SectionKind } from '../engine/types';

/** A piece of text with one look. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Target of a link (`mailto:` for email addresses). */
  href?: string;
}

export type Block =
  /** A job, a degree, a course: the sub-heading of an entry inside a section. */
  | { kind: 'entry'; runs: Run[] }
  /** A short line right under an entry that gives its dates ("Marzo 2021 – oggi"). */
  | { kind: 'dates'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  /** A table: one row per line, its cells side by side in reading order. */
  | { kind: 'table'; rows: Run[][][] };

export type ParagraphBlock = Extract<Block, { kind: 'paragraph' }>;

export interface ListItem {
  runs: Run[];
  /** 0 for a top-level item, 1 for an item of a nested list… */
  depth: number;
}

export interface ExportSection {
  title: string;
  /** What the engine recognised the section as; null for a heading that is not a CV section. */
  kind: SectionKind | null;
  blocks: Block[];
}

export interface ExportDocument {
  /** The person's name (the engine's contact extraction); null when the CV does not give it. */
  name: string | null;
  /** What the title heading says besides the name ("Impiegata amministrativa" in "# Anna Galli — Impiegata
   *  amministrativa"), shown under the name; null when nothing. */
  subtitle: string | null;
  /** "Curriculum Vitae — Name" (the document's metadata title). */
  title: string;
  language: Language;
  /** What comes before the first section (often a short profile). */
  intro: Block[];
  sections: ExportSection[];
  /** The consent to the processing of personal data, always placed last. */
  privacy: ParagraphBlock[];
}

/** A year, alone or in a date: what makes a short line under an entry its dates. */
const YEAR = /\b(?:19|20)\d{2}\b/;
const DATES_MAX_LENGTH = 100;
/** A heading that names the document rather than a section. */
const DOCUMENT_TITLE = /^(?:curriculum(?:\s+vitae)?|cv|r[ée]sum[ée]|resume)\b/i;

/** The metadata title, the same in Italian and English. */
export function documentTitle(name: string | null): string {
  return name ? `Curriculum Vitae — ${name}` : 'Curriculum Vitae';
}

/** Builds the export model of a CV from its text and the engine's reading of it. */
export function buildExportDocument(text: string, cv: CvDocument): ExportDocument {
  const root: Root = parseMarkdown(text);
  const name = cv.contact.name?.trim() || null;
  const privacyLines = findConsentClauses(cv).map((clause) => [clause.startLine, clause.endLine] as const);
  const inPrivacy = (node: Nodes): boolean => {
    const start = (node.position?.start.line ?? 0) - 1;
    const end = (node.position?.end.line ?? 0) - 1;
    return privacyLines.some(([first, last]) => start <= last && end >= first);
  };
  // Sections the engine found on lines that are not Markdown headings (a bold line, an ALL-CAPS line).
  const pseudoHeadings = new Map<number, { title: string; kind: SectionKind | null; entry: boolean }>();
  const kindByLine = new Map<number, SectionKind | null>();
  for (const section of cv.sections) {
    const line = section.headingRange.start.line;
    const kind = section.recognised ? section.kind : null;
    kindByLine.set(line, kind);
    if (section.pseudo && (section.recognised || section.role === 'entry')) pseudoHeadings.set(line, { title: section.title, kind, entry: section.role === 'entry' });
  }

  const headings = root.children.filter((node) => node.type === 'heading');
  // The document's own title — the name, "Curriculum Vitae", or "Name — CV" — when one top heading sits above all
  // the others: the export has its title already.
  const first = headings[0];
  const onlyTop = first && first.depth < Math.min(7, ...headings.slice(1).map((node) => node.depth));
  const firstText = first ? normalise(plainText(first)) : '';
  const isTitle = onlyTop && (DOCUMENT_TITLE.test(firstText) || (name !== null && firstText.includes(normalise(name))));
  const titleHeading = isTitle ? first : undefined;
  const sectionDepth = Math.min(7, ...headings.filter((node) => node !== titleHeading).map((node) => node.depth));

  const document: ExportDocument = { name, subtitle: titleHeading ? subtitleOf(plainText(titleHeading), name) : null, title: documentTitle(name), language: cv.language, intro: [], sections: [], privacy: [] };
  let current: Block[] = document.intro;
  let lastBlock: Block | null = null;
  const push = (block: Block) => {
    current.push(block);
    lastBlock = block;
  };
  const startSection = (title: string, kind: SectionKind | null) => {
    const section: ExportSection = { title, kind, blocks: [] };
    document.sections.push(section);
    current = section.blocks;
    lastBlock = null;
  };

  const visit = (node: RootContent): void => {
    if (inPrivacy(node)) {
      const runs = node.type === 'paragraph' ? inlineRuns(node.children) : [{ text: plainText(node) }];
      if (runs.length > 0) document.privacy.push({ kind: 'paragraph', runs });
      return;
    }
    switch (node.type) {
      case 'heading': {
        if (node === titleHeading) return;
        const title = plainText(node).trim();
        if (!title) return;
        const line = (node.position?.start.line ?? 1) - 1;
        if (node.depth <= sectionDepth) startSection(title, kindByLine.get(line) ?? null);
        else push({ kind: 'entry', runs: inlineRuns(node.children) });
        return;
      }
      case 'paragraph': {
        const line = (node.position?.start.line ?? 1) - 1;
        const pseudo = pseudoHeadings.get(line);
        const runs = inlineRuns(node.children);
        if (runs.length === 0) return;
        if (pseudo && node.position?.start.line === node.position?.end.line) {
          if (pseudo.entry) push({ kind: 'entry', runs: runs.map((run) => ({ ...run, bold: false })) });
          else startSection(pseudo.title, pseudo.kind);
          return;
        }
        const textOfRuns = runs.map((run) => run.text).join('');
        const previous = lastBlock as Block | null;
        if (previous?.kind === 'entry' && textOfRuns.length <= DATES_MAX_LENGTH && YEAR.test(textOfRuns)) push({ kind: 'dates', runs });
        else push({ kind: 'paragraph', runs });
        return;
      }
      case 'list': {
        const items: ListItem[] = [];
        collectListItems(node, 0, items);
        if (items.length > 0) push({ kind: 'list', ordered: node.ordered === true, items });
        return;
      }
      case 'table': {
        // The header row (GFM tables always have one) in bold, as a table shows it.
        const rows = node.children
          .map((row, index) => row.children.map((cell) => inlineRuns(cell.children).map((run) => (index === 0 ? { ...run, bold: true } : run))))
          .filter((row) => row.some((cell) => cell.length > 0));
        if (rows.length > 0) push({ kind: 'table', rows });
        return;
      }
      case 'blockquote':
        for (const child of node.children) visit(child);
        return;
      case 'code': {
        if (node.value.trim()) push({ kind: 'paragraph', runs: [{ text: node.value }] });
        return;
      }
      // Front matter, HTML, rules, definitions, images on their own: nothing to print.
      default:
        return;
    }
  };
  for (const node of root.children) visit(node);

  // A "Privacy" heading whose only content was the clause has nothing left to show.
  document.sections = document.sections.filter((section) => section.blocks.length > 0 || !/privacy|trattamento|consenso|gdpr|data protection/i.test(section.title));
  return document;
}

/** The title heading without the name and the words "Curriculum Vitae": the person's role, if it gives one. */
function subtitleOf(heading: string, name: string | null): string | null {
  let rest = heading.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name) {
    const at = rest.toLocaleLowerCase().indexOf(name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase());
    if (at >= 0) rest = rest.slice(0, at) + ' ' + rest.slice(at + name.length);
  }
  rest = rest.replace(/\b(?:curriculum(?:\s+vitae)?|r[ée]sum[ée]|resume)\b|^\s*cv\b|\bcv\s*$/gi, ' ');
  rest = rest.replace(/^[\s\-–—|·:,/]+|[\s\-–—|·:,/]+$/g, '').replace(/\s+/g, ' ').trim();
  if (/^(?:di|of|de)$/i.test(rest)) return null;
  return /\p{L}/u.test(rest) ? rest : null;
}

function collectListItems(list: Extract<Nodes, { type: 'list' }>, depth: number, items: ListItem[]): void {
  for (const item of list.children) {
    const runs: Run[] = [];
    for (const child of item.children) {
      if (child.type === 'list') continue;
      const childRuns = child.type === 'paragraph' || child.type === 'heading' ? inlineRuns(child.children) : [{ text: plainText(child) }];
      if (runs.length > 0 && childRuns.length > 0) runs.push({ text: ' ' });
      runs.push(...childRuns);
    }
    if (item.checked === true) runs.unshift({ text: '☑ ' });
    if (runs.length > 0) items.push({ runs: trimRuns(runs), depth });
    for (const child of item.children) if (child.type === 'list') collectListItems(child, depth + 1, items);
  }
}

/** Phrasing content → runs; soft line breaks become spaces, HTML and images are left out. */
export function inlineRuns(nodes: PhrasingContent[], look: Omit<Run, 'text'> = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        runs.push({ ...look, text: node.value.replace(/\s*\n\s*/g, ' ') });
        break;
      case 'inlineCode':
        runs.push({ ...look, text: node.value });
        break;
      case 'break':
        runs.push({ ...look, text: ' ' });
        break;
      case 'strong':
        runs.push(...inlineRuns(node.children, { ...look, bold: true }));
        break;
      case 'emphasis':
        runs.push(...inlineRuns(node.children, { ...look, italic: true }));
        break;
      case 'delete':
        runs.push(...inlineRuns(node.children, look));
        break;
      case 'link': {
        const inner = inlineRuns(node.children, { ...look, href: node.url });
        runs.push(...(inner.length > 0 ? inner : [{ ...look, href: node.url, text: node.url.replace(/^mailto:/, '') }]));
        break;
      }
      default:
        break;
    }
  }
  return trimRuns(mergeRuns(runs));
}

function sameLook(a: Run, b: Run): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = merged[merged.length - 1];
    if (last && sameLook(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

function trimRuns(runs: Run[]): Run[] {
  const result = runs.map((run) => ({ ...run, text: run.text.replace(/[ \t]{2,}/g, ' ') }));
  while (result.length > 0 && !result[0].text.trim()) result.shift();
  while (result.length > 0 && !result[result.length - 1].text.trim()) result.pop();
  if (result.length > 0) {
    result[0].text = result[0].text.trimStart();
    result[result.length - 1].text = result[result.length - 1].text.trimEnd();
  }
  return result;
}

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
