// The CV outline for the Outline view and breadcrumbs: one symbol per section, nested as in the CV.
// Kinds: CV sections the profile knows → Namespace, the person's name heading → Module,
// anything else (job titles, projects, unrecognised headings) → String, as Markdown's own outline does.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Language, Range, Section } from '../engine/types';
import type { DocumentCheck } from './checker';
import { sectionKindLabel } from './messages';

export function sectionSymbolKind(section: Section): SymbolKind {
  if (section.reason.by === 'name') return SymbolKind.Module;
  if (section.recognised && section.kind !== 'other') return SymbolKind.Namespace;
  return SymbolKind.String;
}

export function documentSymbols(check: DocumentCheck | null): DocumentSymbol[] {
  if (!check?.result || check.state !== 'checked') return [];
  const { sections } = check.result.document;
  const lang = check.uiLanguage;
  const symbols: DocumentSymbol[] = sections.map((section) => {
    const range = section.range;
    // LSP requires the selection range inside the full range.
    const selectionRange = contains(range, section.headingRange) ? section.headingRange : { start: range.start, end: range.start };
    return {
      name: section.title.trim() || '—',
      detail: symbolDetail(sections, section, lang),
      kind: sectionSymbolKind(section),
      range,
      selectionRange,
      children: [],
    };
  });
  const roots: DocumentSymbol[] = [];
  sections.forEach((section, index) => {
    const parent = section.parent;
    if (parent >= 0 && parent < index && contains(symbols[parent].range, symbols[index].range)) symbols[parent].children!.push(symbols[index]);
    else roots.push(symbols[index]);
  });
  return roots;
}

/** The kind label; nothing for the name heading and for entries (job titles, degrees) inside a known section. */
function symbolDetail(sections: readonly Section[], section: Section, lang: Language): string {
  if (section.reason.by === 'name') return '';
  if (section.recognised && section.kind !== 'other') return sectionKindLabel(section.kind, lang);
  const parent = section.parent >= 0 ? sections[section.parent] : undefined;
  if (parent && parent.recognised && parent.kind !== 'other' && parent.reason.by !== 'name') return '';
  return sectionKindLabel('other', lang);
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
