// missing-keywords: per keyword group of the profile, says how many of its concepts the CV
// mentions and suggests the most important absent ones; fixes append them to the skills list.
import { missingRequiredKinds, presentKinds } from '../engine/model';
import { isEmptySection } from './empty-section';
import type { Rule, RuleContext } from './types';
import type { CvDocument, Fix, Language, Range, Section, SectionKind, TextEdit } from '../engine/types';
import { keywordStatus } from '../engine/keyword-status';
import { isSkillKind } from '../engine/classify';
import { documentAnchorRange, headingEndLine } from '../engine/edits';
import { writableBodyEnd } from '../engine/placement';

/** At most this many absent keywords are named in a message. */
const MAX_SUGGESTIONS = 5;
/** One fix per suggested keyword for the first few, plus one "add all". */
const MAX_SINGLE_FIXES = 3;
/** Items of an inline list ("Excel, Word, Outlook") are short. */
const MAX_WORDS_PER_ITEM = 4;

// ---------------------------------------------------------------------------------------------
// Where keywords go

/** The section a group's keywords are appended to: its own kind, else (for skills) a generic skills section. */
export function keywordTargetSection(doc: CvDocument, kind: SectionKind): { section: Section; index: number } | null {
  const byKind = (k: SectionKind) => {
    const own = doc.sections.findIndex((s) => s.recognised && s.kind === k);
    return own >= 0 ? own : doc.sections.findIndex((s) => s.recognised && s.kind !== 'contact' && (s.covers ?? []).includes(k));
  };
  let index = byKind(kind);
  if (index < 0 && kind !== 'skills' && isSkillKind(kind)) index = byKind('skills');
  return index >= 0 ? { section: doc.sections[index], index } : null;
}

const LIST_ITEM = /^(\s*)([-*+•·]|\d{1,9}[.)])(\s+)(\S.*)?$/u;
const INLINE_SEPARATORS: { pattern: RegExp; output: string }[] = [
  { pattern: /,\s*/g, output: ', ' },
  { pattern: /;\s*/g, output: '; ' },
  { pattern: /\s·\s/g, output: ' · ' },
  { pattern: /\s•\s/g, output: ' • ' },
  { pattern: /\s\|\s/g, output: ' | ' },
];

function capitaliseLike(sample: string | undefined, label: string): string {
  // "[Software or tool]", a template's field, starts with a capital too.
  return sample && /^[[(]?\p{Lu}/u.test(sample) ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

function insertionAt(line: number, character: number, newText: string): TextEdit {
  const at = { line, character };
  return { range: { start: at, end: { ...at } }, newText };
}

/** The edit that appends `labels` to the section's list, or null if it has no place for them. */
export function appendToSectionList(doc: CvDocument, section: Section, labels: string[]): TextEdit | null {
  if (labels.length === 0) return null;
  const lines = doc.lines;
  const headingEnd = headingEndLine(doc, section);
  const bodyStart = headingEnd + 1;
  // Not into code or HTML, and not after the privacy clause that may close the last section.
  const writableEnd = writableBodyEnd(doc, section);
  if (writableEnd === null) return null;
  const bodyEnd = Math.max(writableEnd, headingEnd);
  // Lines of code (fenced or indented) and of HTML blocks are neither list items nor lists to extend.
  const inOpaqueBlock = (line: number) => doc.opaqueBlocks.some((block) => block.startLine <= line && line <= block.endLine);

  // A bullet list: a new item after its last top-level item, with the same marker and indent.
  // Lines inside fenced code are not list items.
  const bullets: { line: number; indent: string; marker: string; gap: string; text: string }[] = [];
  let fence: string | null = null;
  for (let l = bodyStart; l <= bodyEnd; l++) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[l])?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark.slice(0, 3) : null;
      continue;
    }
    if (fence !== null || inOpaqueBlock(l)) continue;
    const m = LIST_ITEM.exec(lines[l]);
    if (m && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(lines[l])) bullets.push({ line: l, indent: m[1], marker: m[2], gap: m[3], text: m[4] ?? '' });
  }
  if (bullets.length > 0) {
    const topIndent = Math.min(...bullets.map((b) => b.indent.length));
    const last = [...bullets].reverse().find((b) => b.indent.length === topIndent)!;
    let end = last.line;
    for (let l = last.line + 1; l <= bodyEnd; l++) {
      const text = lines[l];
      // An HTML block that interrupts the list ("<table>" under an item) takes in the items after it: the new
      // ones go before it, where they are still Markdown.
      if (inOpaqueBlock(l)) break;
      if (text.trim() === '') {
        const next = lines.slice(l + 1, bodyEnd + 1).find((t) => t.trim() !== '');
        if (next === undefined || !(LIST_ITEM.test(next) || leadingSpaces(next) > topIndent)) break;
        continue;
      }
      const item = LIST_ITEM.exec(text);
      if ((item && item[1].length < topIndent) || /^\s{0,3}(`{3,}|~{3,}|#)/.test(text)) break;
      end = l;
    }
    const numbered = /^(\d+)([.)])$/.exec(last.marker);
    const items = labels.map((label, i) => {
      const marker = numbered ? `${Number(numbered[1]) + 1 + i}${numbered[2]}` : last.marker;
      return `${last.indent}${marker}${last.gap}${capitaliseLike(last.text, label)}`;
    });
    return insertionAt(end, lines[end].length, `\n${items.join('\n')}`);
  }

  // A comma- (or semicolon-, pipe-) separated line: append to it.
  let lastText = -1;
  for (let l = bodyEnd; l >= bodyStart; l--) {
    if (lines[l].trim() !== '') {
      lastText = l;
      break;
    }
  }
  if (lastText >= 0) {
    const text = lines[lastText];
    const trimmed = text.replace(/\s+$/, '');
    const isTable = /^\s*\|/.test(trimmed) || /\|\s*$/.test(trimmed);
    // A line with a year is an entry ("BA Business, University of Salford, 2020"), not a list.
    const isEntry = /\b(?:19|20)\d{2}\b/.test(trimmed);
    if (!isTable && !isEntry && !inOpaqueBlock(lastText) && !/^\s*(#|<|>|```)/.test(trimmed)) {
      for (const { pattern, output } of INLINE_SEPARATORS) {
        const parts = trimmed.split(pattern);
        if (parts.length < 2) continue;
        // A list line has short items ("Pacchetto Office: Excel, Word"); a sentence does not.
        if (parts.slice(1).some((part) => part.split(/\s+/).length > MAX_WORDS_PER_ITEM)) continue;
        const stop = /[.;]$/.test(trimmed) ? trimmed.length - 1 : trimmed.length;
        return insertionAt(lastText, stop, labels.map((label) => `${output}${label}`).join(''));
      }
    }
    // Otherwise a new list after the last text of the body, separated by a blank line.
    const list = labels.map((label) => `- ${capitaliseLike('X', label)}`).join('\n');
    return insertionAt(lastText, lines[lastText].length, `\n\n${list}`);
  }

  // An empty body: the list goes right under the heading.
  const list = labels.map((label) => `- ${capitaliseLike('X', label)}`).join('\n');
  const nextIsText = headingEnd + 1 < lines.length && lines[headingEnd + 1].trim() !== '';
  return insertionAt(headingEnd, lines[headingEnd].length, `\n\n${list}${nextIsText ? '\n' : ''}`);
}

function leadingSpaces(text: string): number {
  return /^\s*/.exec(text)![0].length;
}

/**
 * Keyword fixes wait while another rule's fix will make the section they belong in: the group's own section
 * is missing (missing-section adds it; until then the keywords would go to a generic skills section) or the
 * target is empty (empty-section inserts its template). Otherwise the keywords would land in one section or
 * another depending on which fix came first, and fixes applied in different orders would not agree.
 */
function waitsForSectionFix(ctx: RuleContext, section: Section, index: number, kind: SectionKind, missing: SectionKind[]): boolean {
  if (section.kind !== kind && !(section.covers ?? []).includes(kind) && missing.includes(kind) && ctx.ruleEnabled('missing-section')) return true;
  const hasTemplate = ctx.profile.sections.some((spec) => spec.kind === section.kind);
  return hasTemplate && !section.pseudo && isEmptySection(ctx.doc, index) && ctx.ruleEnabled('empty-section');
}

// ---------------------------------------------------------------------------------------------
// The rule

export const rule: Rule = {
  id: 'missing-keywords',
  description: {
    it: 'Il CV cita poche parole chiave di un gruppo del profilo (attività amministrative, software, qualità personali, lingue, formazione).',
    en: 'The CV mentions few keywords of a profile group (administrative tasks, software, personal qualities, languages, education).',
  },
  defaultSeverity: 'info',
  fixable: true,
  reads: ['keywordGroups', 'sections (kinds)'],
  messages: {
    it: {
      none: '{group}: nessuna delle parole chiave attese (almeno {expected}). Potresti aggiungere: {suggestions}.',
      noneFactual: '{group}: per il back office si cercano ad esempio {suggestions}. Nel CV non compaiono: se li possiedi, mettili in evidenza.',
      one: '{group}: trovata 1 parola chiave su {expected} attese ({found}). Potresti aggiungere: {suggestions}.',
      many: '{group}: trovate {present} parole chiave su {expected} attese ({found}). Potresti aggiungere: {suggestions}.',
      fixOne: 'Aggiungi «{keyword}» a {section}',
      fixAll: 'Aggiungi tutte le parole chiave suggerite a {section} ({keywords})',
    },
    en: {
      none: '{group}: none of the expected keywords (at least {expected}). You could add: {suggestions}.',
      noneFactual: '{group}: back-office roles look for things like {suggestions}. None was found: if you have one, make it visible.',
      one: '{group}: found 1 of {expected} expected keywords ({found}). You could add: {suggestions}.',
      many: '{group}: found {present} of {expected} expected keywords ({found}). You could add: {suggestions}.',
      fixOne: 'Add “{keyword}” to {section}',
      fixAll: 'Add all suggested keywords to {section} ({keywords})',
    },
  },
  check(ctx) {
    const { doc, profile } = ctx;
    // The keyword lists are Italian and English: a CV in Spanish or German would be told it lacks words it
    // has in its own language.
    if (doc.textLanguage !== doc.language) return;
    const cvLanguage: Language = doc.language;
    const statuses = keywordStatus(doc, profile, { keywordsExtra: ctx.keywordsExtra, keywordsIgnore: ctx.keywordsIgnore });
    const kindsInCv = presentKinds(doc);
    const missing = missingRequiredKinds(doc, profile);
    for (const status of statuses) {
      if (status.present.length >= status.minPresent) continue;
      // A degree or a language belongs in its own section: while that section is missing, missing-section speaks.
      if (status.group.factual && ctx.profile.requiredSections.includes(status.section) && !kindsInCv.has(status.section)) continue;
      // Whoever writes a CV in English knows English: suggest other languages.
      const suggestions = status.suggestions.filter((s) => !(cvLanguage === 'en' && s.id === 'english'));
      const suggested = suggestions.slice(0, MAX_SUGGESTIONS).map((s) => s.label[cvLanguage]);
      // Everything absent was ignored by the user: nothing to advise.
      if (suggested.length === 0) continue;

      const target = keywordTargetSection(doc, status.section);
      const range: Range = target ? target.section.headingRange : documentAnchorRange(doc);
      const fixes: Fix[] = [];
      if (target && !status.group.factual && !waitsForSectionFix(ctx, target.section, target.index, status.section, missing)) {
        const sectionTitle = target.section.title;
        for (const keyword of suggested.slice(0, MAX_SINGLE_FIXES)) {
          const edit = appendToSectionList(doc, target.section, [keyword]);
          if (edit) fixes.push({ title: ctx.t('fixOne', { keyword, section: sectionTitle }), edits: [edit] });
        }
        if (suggested.length > 1) {
          const edit = appendToSectionList(doc, target.section, suggested);
          if (edit) fixes.push({ title: ctx.t('fixAll', { section: sectionTitle, keywords: suggested.join(', ') }), edits: [edit] });
        }
      }

      const present = status.present.length;
      ctx.report({
        // Nobody can "add" a degree or a language: for such groups the message says what is looked for.
        messageKey: present === 0 ? (status.group.factual ? 'noneFactual' : 'none') : present === 1 ? 'one' : 'many',
        args: {
          group: status.label[ctx.messageLanguage],
          groupId: status.id,
          present,
          expected: status.minPresent,
          // What the CV says, as written ("spreadsheets", "organizzato"), so the person can find it.
          found: status.present.map((s) => shownForm(writtenForm(doc.lines, s.matches[0]?.range), s.label[cvLanguage])).join(', '),
          suggestions: suggested.join(', '),
        },
        range,
        fixes,
      });
    }
  },
};

/** The words of a one-line match as the person wrote them; null when it spans lines. */
function writtenForm(lines: string[], range: Range | undefined): string | null {
  if (!range || range.start.line !== range.end.line) return null;
  const text = (lines[range.start.line] ?? '').slice(range.start.character, range.end.character).trim();
  return text || null;
}

/** The label when the CV wrote just that (in any case), else the words as written. */
function shownForm(written: string | null, label: string): string {
  return !written || written.toLowerCase() === label.toLowerCase() ? label : written;
}
