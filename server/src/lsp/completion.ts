// Completion: section headings the profile expects (missing ones first) at the start of a heading,
// whole sections as snippets at a line start, and unused profile keywords inside a skills section.
// Headings and snippets come from the profile's templates, like the missing-section fix.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language } from '../engine/types';
import type { SectionSpec } from '../profiles/types';
import { sectionSnippet } from '../profiles/templates';
import type { DocumentCheck } from './checker';
import { keywordGroupsStatus } from './keywords';
import { uiText } from './messages';
import { mainSectionLevel, missingRequiredKinds } from '../engine/model';
import { skillsKindAt } from './outline';

export { COMPLETION_TRIGGER_CHARACTERS } from './feature-constants';

const HEADING_PREFIX = /^( {0,3})(#{1,6})([ \t]*)(.*)$/;

export function completions(document: TextDocument, position: Position, check: DocumentCheck | null): CompletionList {
  const list: CompletionList = { isIncomplete: false, items: [] };
  const result = check?.result;
  if (!check || !result || check.state !== 'checked') return list;
  const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const before = lineText.slice(0, position.character);
  if (insideFrontMatter(check, position.line) || insideCodeFence(result.document.lines, position.line)) return list;

  const cvLanguage = result.document.language;
  const ui = check.uiLanguage;
  // Only the headings of a file too large to check were read: nothing is known to be missing.
  const missing = result.limit ? [] : missingRequiredKinds(result.document, result.profile);
  const specs = orderedSpecs(result.profile.sections, missing);

  const heading = HEADING_PREFIX.exec(before);
  if (heading && !heading[4].includes('#')) {
    const [, indent, hashes, spaces, typed] = heading;
    const textStart = indent.length + hashes.length + spaces.length;
    const titleRange = { start: { line: position.line, character: textStart }, end: position };
    const lineRange = { start: { line: position.line, character: 0 }, end: position };
    // Headings only while the title is still being typed (not after other words on the line).
    if (typed.length <= 40) {
      specs.forEach(({ spec, isMissing }, order) => {
        const title = spec.title[cvLanguage];
        list.items.push({
          label: title,
          kind: CompletionItemKind.Module,
          detail: uiText(ui, isMissing ? 'completionMissingSection' : 'completionSection'),
          documentation: { kind: MarkupKind.Markdown, value: spec.description[ui] },
          sortText: `${isMissing ? 0 : 1}-${pad(order)}-a`,
          filterText: title,
          textEdit: { range: titleRange, newText: spaces.length > 0 ? title : ` ${title}` },
          preselect: isMissing && order === 0,
        });
        list.items.push(snippetItem(spec, cvLanguage, ui, hashes.length, isMissing, order, lineRange, `${indent}${hashes}${spaces}${title}`));
      });
    }
    return list;
  }

  if (before.trim() === '') {
    const lineRange = { start: { line: position.line, character: 0 }, end: position };
    const level = mainSectionLevel(result.document);
    specs.forEach(({ spec, isMissing }, order) => {
      list.items.push(snippetItem(spec, cvLanguage, ui, level, isMissing, order, lineRange, spec.title[cvLanguage]));
    });
  }

  const skillsKind = skillsKindAt(result.document.sections, position);
  if (skillsKind) {
    const wordStart = currentWordStart(before);
    const wordRange = { start: { line: position.line, character: wordStart }, end: position };
    const groups = keywordGroupsStatus(check).filter(
      (group) => group.section === skillsKind || skillsKind === 'skills',
    );
    groups.forEach((group, groupOrder) => {
      group.missing.forEach((concept, conceptOrder) => {
        list.items.push({
          label: concept.label,
          kind: CompletionItemKind.Keyword,
          detail: uiText(ui, 'completionKeyword', { group: group.label }),
          sortText: `2-${pad(groupOrder)}-${pad(conceptOrder)}`,
          filterText: concept.label,
          textEdit: { range: wordRange, newText: concept.label },
        });
      });
    });
  }
  return list;
}

function snippetItem(
  spec: SectionSpec,
  cvLanguage: Language,
  ui: Language,
  level: number,
  isMissing: boolean,
  order: number,
  range: { start: Position; end: Position },
  filterText: string,
): CompletionItem {
  const title = spec.title[cvLanguage];
  return {
    label: `${'#'.repeat(level)} ${title}…`,
    kind: CompletionItemKind.Snippet,
    detail: uiText(ui, 'completionSnippet'),
    documentation: { kind: MarkupKind.Markdown, value: spec.description[ui] },
    sortText: `${isMissing ? 0 : 1}-${pad(order)}-b`,
    filterText,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: sectionSnippet(spec, cvLanguage, level).replace(/\n+$/, '\n') },
  };
}

/** The profile's sections, the missing ones first (each group in the profile's order). */
function orderedSpecs(specs: readonly SectionSpec[], missing: readonly string[]): { spec: SectionSpec; isMissing: boolean }[] {
  const withFlag = specs.map((spec) => ({ spec, isMissing: missing.includes(spec.kind) }));
  return [...withFlag.filter((entry) => entry.isMissing), ...withFlag.filter((entry) => !entry.isMissing)];
}

function currentWordStart(before: string): number {
  const match = /[\p{L}\p{N}'’.+#-]*$/u.exec(before);
  return before.length - (match?.[0].length ?? 0);
}

function insideFrontMatter(check: DocumentCheck, line: number): boolean {
  const frontMatter = check.result?.document.frontMatter;
  return !!frontMatter && line >= frontMatter.range.start.line && line <= frontMatter.range.end.line;
}

/** A `#` in a fenced code block is a comment, not a heading: no CV completions there. */
function insideCodeFence(lines: readonly string[], line: number): boolean {
  let fence: string | null = null;
  for (let index = 0; index < line && index < lines.length; index++) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(lines[index])?.[1];
    if (!marker) continue;
    if (fence === null) fence = marker;
    else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
  }
  return fence !== null;
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}
