// The person's name: from front matter, the CV's first name-like heading, or a "Nome:" line.
import type { FrontMatter, Section } from '../types';
import type { NameCandidate } from './candidates';
import { FM_CONTAINER_KEYS, FM_NAME_KEYS, frontMatterItem, getKey, stringValues } from './front-matter';
import { cloneRange } from './ranges';

/** Words that rule a heading out as a person's name (folded, lower case). */
const NOT_NAME_WORDS = new Set(
  (
    'curriculum vitae cv resume profile profilo portfolio skill skills competenze competenza experience experiences ' +
    'esperienza esperienze education istruzione formazione contact contacts contatti contatto info informazioni ' +
    'information about me home page welcome benvenuto benvenuti summary sommario project projects progetti work lavoro ' +
    'personal personali personale professional professionale professionali statement other altre altri office back ' +
    'front software technologies technology tools strumenti languages lingue language certifications certificazioni ' +
    'badges research service awards honors hobbies hobby interests interessi publications pubblicazioni overview ' +
    'core employment history qualifications open source outreach teaching management programming data details ' +
    'dettagli references referenze obiettivo objective career carriera soft hard digital digitali manager developer ' +
    'engineer specialist assistant clerk impiegato impiegata consultant analyst administrator amministrativo ' +
    'amministrativa esempio svolto indicazioni dati recapiti sezione section extra new notes note readme changelog ' +
    'install installation usage license table contents indice capacita conoscenze attivita chi sono my the and il la ' +
    'per dei delle degli online administrative administration amministrazione support supporto services servizi ' +
    'solutions soluzioni virtual business sales marketing customer account accounting finance financial operations ' +
    'design designer frontend backend full stack team leader lead senior junior intern student studente studentessa ' +
    'contabile segretaria segretario addetto addetta responsabile tecnico tecnica receptionist coordinator coordinatore ' +
    'coordinatrice operatore operatrice academic teacher docente university universita school scuola company azienda ' +
    'group gruppo srl spa ltd inc llc welcome ciao hello it ict ceo cto hr web system systems'
  ).split(/\s+/),
);

const NAME_PARTICLES = new Set(['da', 'de', 'di', 'del', 'della', 'dei', 'dos', 'das', 'do', 'van', 'von', 'der', 'den', 'le', 'la', 'bin', 'al', 'y', 'e']);

/**
 * Every place the person's name may be, best first: front matter, the first headings before the CV's own
 * sections, a "Nome:" line, a bold name opening the CV or its contact block. The caller takes the first
 * that is not a template placeholder.
 */
export function nameCandidates(
  frontMatter: FrontMatter | null,
  lines: string[],
  sections: Section[],
  labelled: NameCandidate[],
  skipped: Set<number>,
): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  if (frontMatter?.data && typeof frontMatter.data === 'object') {
    const data = frontMatter.data;
    const containers: Array<Record<string, unknown>> = [data];
    for (const key of FM_CONTAINER_KEYS) {
      const nested = getKey(data, key);
      if (nested && typeof nested === 'object' && !Array.isArray(nested)) containers.push(nested as Record<string, unknown>);
    }
    for (const container of containers) {
      for (const key of FM_NAME_KEYS) {
        const value = stringValues(getKey(container, key))[0];
        if (value && value.length <= 80 && !/@|https?:/.test(value)) candidates.push({ name: value, range: frontMatterItem(frontMatter, lines, value, true).range });
      }
    }
    for (const key of ['title', 'author']) {
      let value: unknown = getKey(data, key);
      if (value && typeof value === 'object' && !Array.isArray(value)) value = getKey(value as Record<string, unknown>, 'name');
      const text = stringValues(value)[0];
      const name = text ? personNameIn(text) : null;
      if (name) candidates.push({ name, range: frontMatterItem(frontMatter, lines, text ?? name, true).range });
    }
  }
  // The first heading that is a person's name, before the CV's own sections begin.
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    if (!section) continue;
    if (section.kind !== 'other' && section.kind !== 'contact') break;
    if (section.kind === 'contact') continue;
    if (section.level !== 1 && i !== 0 && !section.pseudo && section.level > 2) continue;
    const name = personNameIn(section.title ?? '');
    if (name) candidates.push({ name, range: cloneRange(section.headingRange) });
  }
  candidates.push(...labelled);
  candidates.push(...emphasisedNames(lines, sections, skipped));
  candidates.push(...statedNames(lines, sections, skipped));
  candidates.push(...firstLineName(lines, sections, skipped));
  candidates.push(...photoNames(lines, sections, skipped));
  return candidates;
}

/** The CV's first line of text is the person's name, written plain ("Inari Listenmaa" above the date line). */
function firstLineName(lines: string[], sections: Section[], skipped: Set<number>): NameCandidate[] {
  const cvStarts = sections.filter((s) => s && s.kind !== 'other' && s.kind !== 'contact').map((s) => s.headingRange.start.line);
  const topEnd = Math.min(lines.length, 40, ...cvStarts);
  for (let l = 0; l < topEnd; l++) {
    if (skipped.has(l)) continue;
    const raw = lines[l] ?? '';
    if (!raw.trim() || /^\s*<!--/.test(raw)) continue;
    // Plain text only: a heading, a list item, a quote, a table or markup is read elsewhere.
    const text = raw.replace(/(?:\s{2,}|\\)$/, '').trim();
    if (/^[#>*+|<![-]|^\d+[.)]\s/.test(text) || /[*_`[\]<>|:]/.test(text)) return [];
    if (!looksLikePersonName(text) || text.split(/\s+/).length > 4) return [];
    const start = raw.indexOf(text);
    return [{ name: text, range: { start: { line: l, character: start }, end: { line: l, character: start + text.length } } }];
  }
  return [];
}

// "My name is Anna Rossi.", "Mi chiamo Anna Rossi e…": the person introduces themselves in the opening prose.
const INTRODUCED_NAME = /(?:^|[\s>*_])(?:[Mm]y name is|[Mm]i chiamo|[Mm]e llamo|[Jj]e m['’]appelle|[Ii]ch hei(?:ß|ss)e)\s+(?:\*\*|__)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:da|de|di|del|della|van|von|y)\s+)?\p{Lu}[\p{L}'’-]+){1,4})/u;
// A LaTeX title kept in the Markdown: "{\LARGE\bfseries KAREN SCHMALBACH}", "\textbf{Anna Rossi}".
const LATEX_BOLD_NAME = /(?:\\bfseries\s+|\\textbf\{)([^{}\\]{3,60})\}/;

/** A name the person states in the opening lines, in words or in LaTeX bold (before the CV's sections begin). */
function statedNames(lines: string[], sections: Section[], skipped: Set<number>): NameCandidate[] {
  const cvStarts = sections.filter((s) => s && s.kind !== 'other' && s.kind !== 'contact').map((s) => s.headingRange.start.line);
  const topEnd = Math.min(lines.length, 40, ...cvStarts);
  for (let l = 0; l < topEnd; l++) {
    if (skipped.has(l)) continue;
    const line = lines[l] ?? '';
    for (const pattern of [INTRODUCED_NAME, LATEX_BOLD_NAME]) {
      const m = pattern.exec(line);
      const name = m?.[1].trim();
      if (!m || !name || !looksLikePersonName(name)) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      return [{ name, range: { start: { line: l, character: start }, end: { line: l, character: start + name.length } } }];
    }
  }
  return [];
}

/** The photo at the top of the CV described by the person's name: `![Maria Rossi](foto.jpg)`. Last resort: the
 *  alt text is not seen on the page, but it is the name the person gave. */
function photoNames(lines: string[], sections: Section[], skipped: Set<number>): NameCandidate[] {
  const cvStarts = sections.filter((s) => s && s.kind !== 'other' && s.kind !== 'contact').map((s) => s.headingRange.start.line);
  const topEnd = Math.min(lines.length, 40, ...cvStarts);
  for (let l = 0; l < topEnd; l++) {
    if (skipped.has(l)) continue;
    const m = /!\[([^\]]{3,60})\]\(([^)]*)\)/.exec(lines[l] ?? '');
    // A photo, not a badge or a logo.
    if (m && !/\.svg\b|shields\.io|badge|logo|icon/i.test(m[2]) && looksLikePersonName(m[1].trim())) {
      const start = (m.index ?? 0) + 2;
      return [{ name: m[1].trim(), range: { start: { line: l, character: start }, end: { line: l, character: start + m[1].length } } }];
    }
  }
  return [];
}

/** A line that opens with a bold name: `**Mario Rossi**` (then address lines), `<b>Giulia Bianchi</b><br>Impiegata…`. */
const EMPHASISED_NAME = /^(\s*(?:[>*+-]\s+)?(?:<[a-z][^<>]*>\s*)*(?:\*\*|__|<(?:b|strong)\b[^<>]*>)\s*)([^*_<>|]{3,60}?)\s*(?:\*\*|__|<\/(?:b|strong)>)(.*)$/i;

/**
 * Bold names where the model sees no heading: on the lines before the CV's first section, and on the first
 * lines of a contact block ("## Informazioni personali" then "**Mario Rossi**"). Only a name that ends its
 * line, or is followed by a line break or a separator (then a job title, say), counts.
 */
function emphasisedNames(lines: string[], sections: Section[], skipped: Set<number>): NameCandidate[] {
  const cvStarts = sections.filter((s) => s && s.kind !== 'other' && s.kind !== 'contact').map((s) => s.headingRange.start.line);
  const topEnd = Math.min(lines.length, ...cvStarts);
  const where: number[] = [];
  for (let l = 0; l < topEnd; l++) where.push(l);
  for (const section of sections) {
    if (!section || section.kind !== 'contact') continue;
    let seen = 0;
    for (let l = section.headingRange.end.line + 1; l < lines.length && l <= section.range.end.line && seen < 2; l++) {
      if ((lines[l] ?? '').trim() === '') continue;
      seen++;
      if (l >= topEnd) where.push(l);
    }
  }
  const names: NameCandidate[] = [];
  for (const l of where) {
    if (skipped.has(l)) continue;
    // A Google Docs export escapes every mark ("\*\*Dawn Rossi\*\*"): read it as the bold it was meant to be,
    // keeping the offsets.
    const raw = (lines[l] ?? '').replace(/\\\*\\\*/g, '**  ').replace(/\\_\\_/g, '__  ');
    if (!/\*\*|__|<(?:b|strong)\b/i.test(raw)) continue;
    const m = EMPHASISED_NAME.exec(raw);
    if (!m) continue;
    const rest = m[3].replace(/^\s*(?:<\/[a-z][^<>]*>\s*)*/i, '');
    if (rest !== '' && !/^(?:<br\s*\/?>|\\$|[|,·•–—-]\s)/i.test(rest)) continue;
    const text = m[2].trim();
    if (!looksLikePersonName(text)) continue;
    const start = m[1].length + (m[2].length - m[2].trimStart().length);
    names.push({ name: text.replace(/\s+/g, ' '), range: { start: { line: l, character: start }, end: { line: l, character: start + text.length } } });
  }
  return names;
}

/** Stray decoration around a name ("~ Jane Doe ~", "Mario Rossi |", "Mario Rossi."), kept for an initial ("Mario R."). */
function trimDecoration(text: string): string {
  // Only decoration: "Cos'è Bulma?" keeps its question mark, and is then no name.
  return text
    .replace(/^[\s~|·•*_=#>:;,.\-–—/\\]+/u, '')
    .replace(/(?<!(?:^|\s)\p{Lu})[\s~|·•*_=#<:;,.\-–—/\\]+$/u, '')
    .trim();
}

/** The person's name in a title: "Mario Rossi", "Curriculum Vitae di Mario Rossi", "Mario Rossi – CV",
 *  "Mario Rossi — Impiegata amministrativa". */
function personNameIn(title: string): string | null {
  let text = trimDecoration(title.replace(/[*_`#\p{Extended_Pictographic}\p{So}\u200d\ufe0f]/gu, ' ').replace(/\s+/g, ' '));
  const cvWord = '(?:curriculum\\s+vitae|curriculum|c\\.?v\\.?|resume|résumé)';
  const after = new RegExp(`${cvWord}\\b.*?\\b(?:di|of|de|von)\\s+(.+)$`, 'iu').exec(text);
  if (after) text = after[1];
  text = trimDecoration(
    text
      .replace(new RegExp(`^${cvWord}\\s*[-–—:|]\\s*`, 'iu'), '')
      .replace(new RegExp(`\\s*(?:[-–—:|]\\s*|['’]s\\s+)${cvWord}\\s*$`, 'iu'), ''),
  );
  if (looksLikePersonName(text)) return text;
  // "Mario Rossi | Impiegata amministrativa": the name, then what the person does.
  const parts = text.split(/\s[|–—·•-]\s/);
  const first = trimDecoration(parts[0] ?? '');
  if (first !== text && looksLikePersonName(first)) return first;
  // "Profil — Nathan Mattes", "About | Giulia Bianchi": a page word, then the name.
  const last = trimDecoration(parts[parts.length - 1] ?? '');
  return parts.length === 2 && first.split(' ').length === 1 && looksLikePersonName(last) ? last : null;
}

/** Titles before a name ("Dott.ssa", "Ing.", "Mr"), dropped before the name is judged. */
const HONORIFIC = /^(?:dott(?:\.ssa|ssa|\.)?|dr\.?|ing\.|avv\.|prof(?:\.ssa|\.)?|sig(?:\.ra|\.)|rag\.|arch\.|geom\.|mr\.?|mrs\.?|ms\.?)\s+/i;

/** 2–4 capitalised words (plus particles such as "da", "van"), no digits, no section words. */
export function looksLikePersonName(text: string): boolean {
  const value = text.trim().replace(HONORIFIC, '').replace(/[,.;:]+$/, '');
  if (!value || value.length > 60 || /[\d@/\\:()[\]{}|<>=+]/.test(value)) return false;
  const words = value.split(/\s+/);
  let nameWords = 0;
  for (const word of words) {
    const folded = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (NAME_PARTICLES.has(word) && nameWords > 0) continue;
    if (NOT_NAME_WORDS.has(folded.replace(/['’]s$/, ''))) return false;
    // Long abstract nouns ("Administration", "Organizzazione") are not names.
    if (folded.length >= 7 && /(?:tion|zione|sione|ness|ship|ity)$/.test(folded)) return false;
    if (/^\p{Lu}\.$/u.test(word)) {
      nameWords++;
      continue;
    }
    if (!/^\p{Lu}[\p{L}'’\-]+$/u.test(word)) return false;
    nameWords++;
  }
  return nameWords >= 2 && nameWords <= 4;
}
