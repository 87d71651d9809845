// Every foreign language with a level a recruiter can compare: the CEFR scale (QCER in Italian, A1–C2), as in
// the Europass self-assessment grid, and the mother tongue stated. Only lines of a language section are read,
// so a language named in a job's duties is never taken for a language line.
import type { Rule, RuleContext } from './types';
import type { CvDocument, Range, Section } from '../engine/types';
import { LANGUAGE_NAME, MOTHER_TONGUE_LABEL } from '../engine/content';
import { headingEndLine } from '../engine/edits';
import { foldCase } from '../engine/text';
import { CEFR_LEVEL, FREE_WORD_LEVELS, NATIVE_LEVEL } from '../profiles/language-levels';

/** Written for the person to complete: a level is a fact only they know. The profile templates write the
 *  same field, which the placeholder rule then asks to fill in. */
export const LEVEL_PLACEHOLDER = { it: '[livello QCER]', en: '[CEFR level]' };

interface LanguageLine {
  line: number;
  /** The line as read: Markdown and HTML markers blanked, same length as the raw line. */
  text: string;
  folded: string;
  languages: Array<{ name: string; start: number; end: number }>;
  /** The heading of a section named after a language ("### Inglese"), whose body holds the level. */
  heading: boolean;
  /** A Markdown or HTML heading, where no level can be appended (a bold line can take one). */
  trueHeading: boolean;
}

/** The raw line with markup blanked to spaces, so offsets still point into the raw line. */
function readable(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, (m) => ' '.repeat(m.length))
    .replace(/[*_`|#>]/g, ' ')
    .replace(/^(\s*)(?:[-+•·]|\d+[.)])(?=\s)/, (m) => ' '.repeat(m.length));
}

/** True when `next` is an item or row beside `entry` (same or lower indent), not a line under it. */
function ownsItem(entry: string, next: string): boolean {
  if (isTableRow(entry)) return true;
  const item = /^(\s*)(?:[-+*•·]|\d+[.)])\s/;
  const a = item.exec(entry);
  const b = item.exec(next);
  if (!a) return false;
  return b !== null && b[1].length <= a[1].length;
}

function isTableRow(raw: string): boolean {
  return /^\s*\|/.test(raw);
}

function languagesIn(text: string): LanguageLine['languages'] {
  // foldCase keeps the length of Latin text, so match offsets are offsets in the line.
  const folded = foldCase(text);
  if (folded.length !== text.length) return [];
  return [...folded.matchAll(LANGUAGE_NAME)].map((m) => ({ name: text.slice(m.index!, m.index! + m[0].length), start: m.index!, end: m.index! + m[0].length }));
}

/** A section the rule reads: a recognised language section, not an entry, inside no other kind. */
function isLanguageSection(section: Section): boolean {
  return section.recognised && section.kind === 'language-skills' && section.role === 'section';
}

/** Lines of a language section's own body and of the unrecognised headings under it, in order, in groups:
 *  one group per section, since a level never belongs to a language of another block. */
function languageBlocks(doc: CvDocument): Array<{ section: Section; mother: boolean; lines: number[] }> {
  const inCode = (line: number) => doc.opaqueBlocks.some((b) => b.kind === 'code' && b.startLine <= line && line <= b.endLine);
  const blocks: Array<{ section: Section; mother: boolean; lines: number[] }> = [];
  doc.sections.forEach((section) => {
    if (!isLanguageSection(section)) return;
    const lines: number[] = [];
    const from = headingEndLine(doc, section) + 1;
    // Sub-sections that are CV sections of their own are read as blocks of their own.
    const own = doc.sections.filter((s) => s !== section && s.headingRange.start.line > section.headingRange.start.line && s.headingRange.start.line <= section.range.end.line);
    const stop = own.find((s) => s.recognised && s.role === 'section');
    const to = stop ? stop.headingRange.start.line - 1 : section.range.end.line;
    for (let line = from; line <= Math.min(to, doc.lines.length - 1); line++) if (!inCode(line)) lines.push(line);
    blocks.push({ section, mother: MOTHER_TONGUE_LABEL.test(foldCase(section.title)) && !/\baltr[ei]\b|\bother\b/.test(foldCase(section.title)), lines });
  });
  return blocks;
}

interface FreeWord {
  word: string;
  cefr: string;
  line: number;
  start: number;
  end: number;
}

// Each pattern is made on first need, and only tried on a line that holds its word: a Unicode-class pattern
// costs about a millisecond to make, and there are dozens of words.
const FREE_WORD_PATTERNS = FREE_WORD_LEVELS.flatMap((level) => level.words.map((word) => ({ word, cefr: level.cefr, pattern: null as RegExp | null })));

function freeWordIn(folded: string, line: number): FreeWord | null {
  for (const entry of FREE_WORD_PATTERNS) {
    const { word, cefr } = entry;
    if (!folded.includes(word)) continue;
    entry.pattern ??= new RegExp(`(?<![\\p{L}\\p{N}-])${word}(?![\\p{L}\\p{N}-])`, 'u');
    const match = entry.pattern.exec(folded);
    if (match) return { word, cefr, line, start: match.index, end: match.index + word.length };
  }
  return null;
}

export const rule: Rule = {
  id: 'language-level',
  description: {
    it:
      'Ogni lingua straniera ha il suo livello QCER (A1–C2, come nella griglia Europass) e la lingua madre è indicata. Un livello scritto a ' +
      'parole («buono», «scolastico») riceve un suggerimento con il livello QCER corrispondente.',
    en:
      'Every foreign language has its CEFR level (A1–C2, as in the Europass grid) and the mother tongue is stated. A level in words ' +
      '("fluent", "basic") gets a suggestion with the matching CEFR range.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  reads: [],
  messages: {
    it: {
      noLevel: 'Per «{language}» non è indicato il livello: aggiungi il tuo livello QCER (A1–C2), dal certificato o dall’autovalutazione Europass.',
      freeWord: '«{language}: {word}» non è un livello QCER: corrisponde più o meno a {cefr}. Indica il livello QCER (A1–C2), che i selezionatori sanno confrontare.',
      noMotherTongue: 'Il CV elenca delle lingue ma non dice qual è la tua lingua madre: indicala («Lingua madre: …»), come nel CV Europass.',
      fixLevel: 'Aggiungi il livello QCER da completare',
    },
    en: {
      noLevel: 'No level is given for {language}: add your CEFR level (A1–C2), from a certificate or the Europass self-assessment grid.',
      freeWord: '"{language}: {word}" is not a CEFR level: it roughly means {cefr}. State the CEFR level (A1–C2), which recruiters can compare.',
      noMotherTongue: 'The CV lists languages but does not say what your mother tongue is: state it ("Mother tongue: …"), as the Europass CV does.',
      fixLevel: 'Add a CEFR level to complete',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // The level words are Italian and English: other CVs are not read.
    if (doc.textLanguage !== 'it' && doc.textLanguage !== 'en') return;
    const blocks = languageBlocks(doc);
    if (blocks.length === 0) return;

    const motherTongues = new Set<string>();
    // Stated anywhere: a label ("Lingua madre"), or a line naming a language as native ("Native Italian
    // speaker"; "cloud native" names none).
    let motherTongueStated = doc.lines.some((raw) => {
      const folded = foldCase(raw);
      return MOTHER_TONGUE_LABEL.test(folded) || (NATIVE_LEVEL.test(folded) && languagesIn(raw).length > 0);
    });
    const candidates: Array<{ block: (typeof blocks)[number]; entry: LanguageLine; following: LanguageLine[] }> = [];
    for (const block of blocks) {
      const entries: LanguageLine[] = [];
      // A section named after a language ("### Inglese") is itself the language line.
      const titled = languagesIn(doc.lines[block.section.headingRange.start.line]);
      if (titled.length === 1 && foldCase(block.section.title).trim() === foldCase(titled[0].name)) {
        const raw = doc.lines[block.section.headingRange.start.line];
        entries.push({
          line: block.section.headingRange.start.line,
          text: raw,
          folded: foldCase(raw),
          languages: titled,
          heading: true,
          trueHeading: block.section.source !== 'bold',
        });
      }
      const readLines: LanguageLine[] = block.lines.map((line) => {
        const text = readable(doc.lines[line]);
        return { line, text, folded: foldCase(text), languages: languagesIn(text), heading: false, trueHeading: false };
      });
      let current: { entry: LanguageLine; following: LanguageLine[] } | null = entries[0] ? { entry: entries[0], following: [] } : null;
      const groups: Array<{ entry: LanguageLine; following: LanguageLine[] }> = current ? [current] : [];
      // A label on a line (or table cell) of its own names the language after it: "<td>Mother Tongue</td>" then
      // "<td>Italian</td>".
      let motherLabelAbove: LanguageLine | null = null;
      for (const read of readLines) {
        if (read.languages.length > 0) {
          current = { entry: read, following: motherLabelAbove ? [motherLabelAbove] : [] };
          motherLabelAbove = null;
          groups.push(current);
        } else if (MOTHER_TONGUE_LABEL.test(read.folded) && read.folded.replace(/<[^>]*>/g, ' ').trim().split(/\s+/).length <= 4) {
          motherLabelAbove = read;
        } else if (current && read.folded.trim() !== '') {
          // A list item or table row of its own is another entry (a language cvlint does not know), not
          // this language's level; the lines under a plain line or a heading are (old Europass layout).
          if (!current.entry.heading && ownsItem(doc.lines[current.entry.line], doc.lines[read.line])) current = null;
          else current.following.push(read);
        }
      }
      for (const group of groups) {
        const all = [group.entry, ...group.following];
        if (block.mother || all.some((l) => MOTHER_TONGUE_LABEL.test(l.folded) || NATIVE_LEVEL.test(l.folded))) {
          motherTongueStated = true;
          for (const lang of group.entry.languages) motherTongues.add(foldCase(lang.name));
          continue;
        }
        candidates.push({ block, ...group });
      }
    }

    let languageLines = 0;
    for (const { block, entry, following } of candidates) {
      const all = [entry, ...following];
      // A template's placeholder ("[livello QCER: A1–C2]") is reported by the placeholder rule.
      if (all.some((l) => CEFR_LEVEL.test(l.folded) || /\[[^\]]*\]/.test(l.text))) {
        languageLines++;
        continue;
      }
      const foreign = entry.languages.filter((l) => !motherTongues.has(foldCase(l.name)) && !isCvLanguage(doc, l.name));
      let free: FreeWord | null = null;
      for (const l of all) {
        // The language names themselves are no level words ("Inglese" holds no "base").
        const folded = l.languages.reduce((text, lang) => text.slice(0, lang.start) + ' '.repeat(lang.end - lang.start) + text.slice(lang.end), l.folded);
        free = freeWordIn(folded, l.line);
        if (free) break;
      }
      if (entry.languages.length > 0) languageLines++;
      if (free) {
        if (foreign.length === 0 && !motherTongueStated) continue;
        const raw = doc.lines[free.line];
        const range: Range = { start: { line: free.line, character: free.start }, end: { line: free.line, character: free.end } };
        ctx.report({ messageKey: 'freeWord', args: { language: entry.languages[0].name.trim(), word: raw.slice(free.start, free.end), cefr: free.cefr }, range, certainty: 'unsure' });
        continue;
      }
      // The CV's own language with no level is most likely the mother tongue, left unnamed: the finding
      // about the mother tongue covers it.
      if (foreign.length === 0) continue;
      const lang = foreign[0];
      const raw = doc.lines[entry.line];
      const words = entry.folded.replace(LANGUAGE_NAME, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
      // Sure it is a language line: a list item, a table row, a heading or a short line that only names
      // languages, in a section whose title says languages. Prose ("ho vissuto a Londra") says less.
      const bare = words.length === 0 && (block.section.reason.by === 'synonym' || block.section.reason.by === 'keyword' || entry.heading);
      if (words.length > 3) continue;
      const range: Range = { start: { line: entry.line, character: lang.start }, end: { line: entry.line, character: lang.end } };
      ctx.report({ messageKey: 'noLevel', args: { language: lang.name }, range, fixes: levelFix(ctx, entry, raw), certainty: bare ? 'likely' : 'unsure' });
    }

    if (!motherTongueStated && languageLines > 0) {
      const section = blocks[0].section;
      ctx.report({ messageKey: 'noMotherTongue', range: section.headingRange, certainty: 'unsure' });
    }
  },
};

const STOP_WORDS = new Set(['e', 'ed', 'and', 'di', 'del', 'della', 'lingua', 'language', 'lingue', 'languages', 'livello', 'level', 'conoscenza', 'knowledge']);

function isCvLanguage(doc: CvDocument, name: string): boolean {
  const folded = foldCase(name);
  return doc.language === 'it' ? /^italian[oa]?$/.test(folded) : /^english$/.test(folded);
}

/** The placeholder at the end of the language line, for the person to complete. Not in a table row (a cell
 *  more would break the grid) nor under a heading. */
function levelFix(ctx: RuleContext, entry: LanguageLine, raw: string) {
  if (entry.trueHeading || isTableRow(raw)) return [];
  const end = raw.replace(/\s+$/, '').length;
  const separator = /[:–-]$/.test(raw.slice(0, end)) ? ' ' : ': ';
  const at = { line: entry.line, character: end };
  return [{ title: ctx.t('fixLevel'), edits: [{ range: { start: at, end: at }, newText: `${separator}${LEVEL_PLACEHOLDER[ctx.doc.language]}` }] }];
}
