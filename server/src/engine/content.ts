// Content as evidence of a section kind, wherever it sits: "Lingue: inglese B2" in a skills block,
// "Soft skills: communication, teamwork" in a mixed list, a list of tools under a generic title,
// dated entries and degrees. The model uses it to give unknown or generic headings a kind and to
// let one block cover several kinds; rules use its strength to decide how sure a "missing" is.
import type { KindEvidence, Section, SectionKind, TextSpan } from './types';
import type { Profile } from '../profiles/types';
import { CAPITALISED_TECHNOLOGY_NAMES, TECHNOLOGY_NAMES } from '../profiles/technologies';
import { LANGUAGE_NAMES } from '../profiles/language-names';
import { defaultProfileId, getProfile } from '../profiles';
import { classifyTitle, isRoleTitle, isSkillKind, normalizeTitle } from './classify';
import { findConcepts } from './keywords';
import { foldCase } from './text';

export const LANGUAGE_NAME = new RegExp(`\\b(?:${LANGUAGE_NAMES.join('|')})\\b`, 'g');
// A stated level: CEFR, certificates, and the words people use for it in each language.
export const LEVEL =
  /\b(?:[abc][12](?:\s*[+-])?|madrelingua|madre lingua|native|nativo|nativa|natif|native speaker|mother tongue|bilingual|bilingue|fluent|fluently|fluency|proficient|proficiency|advanced|intermediate|upper intermediate|basic|elementary|beginner|working knowledge|professional working|full professional|limited working|buono|buona|ottimo|ottima|discreto|discreta|sufficiente|scolastico|scolastica|fluente|avanzato|intermedio|base|elementare|eccellente|nivel|avanzado|basico|intermedio|courant|muttersprache|fliessend|grundkenntnisse|ielts|toefl|toeic|cambridge|fce|cae|cpe|delf|dalf|dele|goethe|pet|ket|trinity|qcer|cefr)\b/;
export const MOTHER_TONGUE_LABEL = /\b(?:lingua madre|lingue madri|madrelingua|mother tongues?|native language|first language|lengua materna|idioma nativo|langue maternelle|muttersprache|lingua materna)\b/;
const LANGUAGE_CONTEXT = /\b(?:lingu[ae]|linguistic|languages?|idiomas?|langues?|sprachen|speak|spoken|parlo|parlat[oa]|multilingual|polyglot|bilingual|bilingue)\b/;

// One-word names are looked up among the line's words; names with spaces or signs ("power bi", "c++",
// "node.js") are found with indexOf, far cheaper per line than one big alternation.
const isSimpleName = (name: string) => /^[\p{L}\p{N}]+$/u.test(name);
const TECH_WORDS = new Set(TECHNOLOGY_NAMES.filter(isSimpleName));
const TECH_PHRASES = TECHNOLOGY_NAMES.filter((n) => !isSimpleName(n));
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CAPITALISED_WORDS = new Set(CAPITALISED_TECHNOLOGY_NAMES.map((n) => n.toLowerCase()));

const YEAR = /\b(?:19[5-9]\d|20[0-4]\d)\b/;
const DATE_RANGE =
  /(?:\b(?:19[5-9]\d|20[0-4]\d)|\b\d{1,2}[/.-](?:19|20)\d{2}|\b[a-z]{3,9}\.?\s*'?\d{2,4})\s*(?:[-–—]+|\bto\b|\bal\b|\ba\b|\bfino a\b|→)\s*(?:\b(?:19[5-9]\d|20[0-4]\d)\b|\d{1,2}[/.-](?:19|20)\d{2}|[a-z]{3,9}\.?\s*'?\d{2,4}|present|presente|current|currently|now|today|oggi|attuale|in corso|actual|actualidad|atualmente|heute)|\b(?:dal|dal mese di|since|desde|depuis|seit)\s+(?:[a-z]+\s+)?(?:19[5-9]\d|20[0-4]\d)\b/;
const DEGREE =
  /\b(?:laurea(?: magistrale| triennale| specialistica)?|diploma(?: di maturita)?|maturita|dottorato|master(?:'s)?|bachelor(?:'s)?|b\.?sc|m\.?sc|b\.a\.?|m\.a\.?|b\.s\.?|m\.s\.?|b\.?eng|m\.?eng|mba|ph\.?\s?d|doctorate|licenciatura|grado|licence|diplom|bachelor of|master of|associate degree|high school|liceo|istituto tecnico|istituto professionale|ragioneria|university|universita|universidad|universidade|universite|universitat|politecnico|polytechnic|college|accademia|academy|scuola superiore|secondary school|gpa|110\/110|cum laude|con lode|summa cum laude|voto)\b/;

// Work told in prose, in the past or present ("ho lavorato con…", "worked as…", "tirocinio presso…"); a wish for
// experience ("per acquisire esperienza") is not one.
const WORK_MENTION =
  /\b(?:ho lavorato|lavoravo|lavoro come|lavoro presso|(?:ho )?(?:iniziato|cominciato) a lavorare|lavorando (?:come|presso|in)|ha lavorato|lavora (?:come|presso|a|in|per)|presta (?:la sua opera|servizio)|ha prestato (?:la sua opera|servizio)|ho prestato servizio|ho collaborato|collaboro con|ho svolto (?:un|uno|una) (?:tirocinio|stage|internship)|tirocinio presso|stage presso|esperienz[ae] (?:lavorativ[ae]|professional[ei]) (?:come|presso|in qualita di)|work experience as|experience working as|worked (?:as|at|for|with|on)|(?:started|began) (?:working|to work|my career) (?:as|at|for|in)|i work (?:as|at|for)|works (?:as|at|for)|working as|interned at|internship at|(?:held|hold|holding) (?:a|an|the) (?:[a-z-]+ ){0,5}(?:position|role|post|job)|ho ricoperto (?:il ruolo|la posizione|l incarico|la carica)|trabaje|trabajo como|j ai travaille|travaille comme|trabalhei|ich arbeitete|ich arbeite als)\b/;

function workMentionIn(text: string, folded: string): string | null {
  const work = WORK_MENTION.exec(folded);
  return work ? sentenceAround(text, work.index) : null;
}

/** The clause of `text` that holds `index`, from its first word: what a message can quote (a message shows
 *  its first 50 characters, so the words that tell the work must come first). */
function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf(', '));
  return text.slice(boundary < 0 ? 0 : boundary + 2);
}

export interface ContentInput {
  lines: string[];
  spans: TextSpan[];
  sections: Section[];
  profile: Profile;
}

interface LineText {
  line: number;
  text: string;
  sectionIndex: number;
}

/** Prose per line, from the spans (no code, no URLs, tags blanked). */
function proseLines(spans: TextSpan[]): LineText[] {
  const byLine = new Map<number, LineText>();
  for (const span of spans) {
    const existing = byLine.get(span.line);
    if (existing) existing.text += ` ${span.text}`;
    else byLine.set(span.line, { line: span.line, text: span.text, sectionIndex: span.sectionIndex });
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

export function technologyNames(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    // Names that are also everyday words ("Word", "Stata", "Teams") count only with their capital.
    if (!(CAPITALISED_WORDS.has(word) ? /^\p{Lu}/u.test(m[0]) : TECH_WORDS.has(word))) continue;
    // "Spring 2026" is a semester, not the framework.
    if (word === 'spring' && /^[\s,]+(?:term\s+|semester\s+)?(?:19|20)\d\d\b/i.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20))) continue;
    found.add(word);
  }
  const lower = text.toLowerCase();
  for (const phrase of TECH_PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + phrase.length] ?? ' ';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after) && after !== '+' && after !== '#') found.add(phrase);
    }
  }
  return [...found];
}

export function languageNames(folded: string): string[] {
  return [...new Set([...folded.matchAll(LANGUAGE_NAME)].map((m) => m[0]))];
}

/** "Soft skills: communication, teamwork" → the label and what follows it. */
const LEAD_IN = /^[\s\-*+•·>|]*(?:\d+[.)]\s*)?([\p{L}][\p{L}\p{N} '’&/+.-]{1,40}?)\s*[:：]\s*(\S.*)$/u;
const ITEM_SEPARATOR = /\s*(?:[,;•·|]|\s[-–]\s)\s*/;

function isListLike(raw: string): boolean {
  return /^\s*(?:[-*+•·]|\d+[.)])\s+/.test(raw) || /\|/.test(raw) || /^\s*<li\b/i.test(raw);
}

/** A section whose own kind makes a list of tools there a skills list (not duties in a job). */
function skillsLike(section: Section | undefined): boolean {
  if (!section) return false;
  if (!section.recognised) return section.reason.by !== 'name' && section.role !== 'entry';
  return isSkillKind(section.kind);
}

/** What one prose line shows, whatever section it sits in: the costly part of reading it, kept per line text
 *  (a document re-analysed after an edit has the same lines but one). */
interface LineFacts {
  /** The prose with runs of white space as one space. */
  text: string;
  /** A labelled lead-in ("Lingue: inglese B2") and the kind its label names. */
  labelled: SectionKind | null;
  listLike: boolean;
  languages: number;
  motherTongue: boolean;
  /** A level stated apart from the language names. */
  level: boolean;
  languageContext: boolean;
  tools: string[];
  dated: boolean;
  degree: boolean;
  /** The sentence that tells work done ("Durante gli studi ho lavorato come…"), if any. */
  workMention: string | null;
  /** A list item that is a job title ("- Lead Fullstack Engineer", "- Chief Technology Officer (CTO)"). */
  roleTitle: boolean;
}

const LINE_FACTS_LIMIT = 50_000;
const lineFactsCache = new WeakMap<Profile, Map<string, LineFacts | null>>();

function lineFacts(prose: string, raw: string, profile: Profile): LineFacts | null {
  let cache = lineFactsCache.get(profile);
  if (!cache) lineFactsCache.set(profile, (cache = new Map()));
  const key = `${prose}\u0000${raw}`;
  let facts = cache.get(key);
  if (facts === undefined) {
    facts = readLineFacts(prose, raw, profile);
    if (cache.size >= LINE_FACTS_LIMIT) cache.clear();
    cache.set(key, facts);
  }
  return facts;
}

function readLineFacts(prose: string, raw: string, profile: Profile): LineFacts | null {
  const text = prose.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const folded = foldCase(text);

  // Labelled lead-ins: the label says what the list is.
  const lead = LEAD_IN.exec(text);
  let labelled: SectionKind | null = null;
  if (lead && !DATE_RANGE.test(foldCase(lead[2]))) {
    const cls = classifyTitle(lead[1], profile);
    const rest = lead[2];
    const items = rest.split(ITEM_SEPARATOR).filter((item) => item.trim()).length;
    const foldedRest = foldCase(rest);
    // A label is a section title ("Lingue", "Soft skills", "Software"), not a job title that happens to hold
    // a section word ("Lead Technical writer: January 2020").
    const isLabel = cls.recognised && (cls.reason.by === 'synonym' || (cls.reason.by === 'keyword' && lead[1].trim().split(/\s+/).length <= 3));
    if (isLabel) {
      if (cls.kind === 'language-skills' && (languageNames(foldedRest).length > 0 || LEVEL.test(foldedRest))) labelled = 'language-skills';
      else if (cls.kind === 'technical-skills' && (technologyNames(rest).length > 0 || (items >= 2 && cls.reason.by === 'synonym'))) labelled = 'technical-skills';
      else if (cls.kind === 'personal-skills' && items >= 2 && cls.reason.by === 'synonym' && !/^(?:management|leadership)$/i.test(lead[1].trim())) labelled = 'personal-skills';
      else if (cls.kind === 'skills' && technologyNames(rest).length >= 2) labelled = 'technical-skills';
    }
  }
  const languages = languageNames(folded).length;
  return {
    text,
    labelled,
    listLike: isListLike(raw),
    languages,
    motherTongue: languages > 0 && MOTHER_TONGUE_LABEL.test(folded),
    level: languages > 0 && LEVEL.test(folded.replace(LANGUAGE_NAME, ' ')),
    languageContext: LANGUAGE_CONTEXT.test(folded),
    tools: technologyNames(text),
    dated: DATE_RANGE.test(folded) || (YEAR.test(folded) && /^#{1,6}\s|\*\*/.test(raw)),
    degree: DEGREE.test(folded),
    workMention: workMentionIn(text, folded),
    roleTitle: isListLike(raw) && text.length <= 60 && isRoleTitle(normalizeTitle(text.replace(/\([^)]*\)/g, ' ').replace(/[,;.]\s*$/, ''))),
  };
}

/** Every piece of content in the document that shows a section kind. */
export function findKindEvidence(input: ContentInput): KindEvidence[] {
  const evidence: KindEvidence[] = [];
  const { sections, lines, profile } = input;
  const add = (kind: SectionKind, strength: KindEvidence['strength'], signal: KindEvidence['signal'], at: LineText, text: string) =>
    // HTML entities ("&#128197;", "&nbsp;") are markup, not words a message should quote.
    evidence.push({ kind, strength, signal, line: at.line, text: text.replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ').replace(/\s+/g, ' ').trim().slice(0, 80), sectionIndex: at.sectionIndex });

  const prose = proseLines(input.spans);
  for (const at of prose) {
    const raw = lines[at.line] ?? '';
    const facts = lineFacts(at.text, raw, profile);
    if (!facts) continue;
    const { text, labelled, listLike } = facts;
    const section = at.sectionIndex >= 0 ? sections[at.sectionIndex] : undefined;
    const inSkills = skillsLike(section);
    if (labelled) add(labelled, 'strong', 'label', at, text);

    // Languages: a language with its level, the mother tongue, or a list of languages.
    if (facts.languages > 0 && labelled !== 'language-skills') {
      if (facts.motherTongue) add('language-skills', 'strong', 'mother-tongue', at, text);
      else if (facts.level && (listLike || inSkills || text.length <= 120)) add('language-skills', 'strong', 'language-level', at, text);
      else if (facts.languages >= 3 || (facts.languages >= 2 && facts.languageContext)) add('language-skills', inSkills || listLike ? 'strong' : 'weak', 'language-list', at, text);
      else if (facts.languageContext) add('language-skills', 'weak', 'language-list', at, text);
    }

    // Tools and software.
    const tools = facts.tools;
    if (tools.length > 0 && labelled !== 'technical-skills') {
      const strong = tools.length >= 2 && inSkills && (listLike || tools.length >= 3);
      add('technical-skills', strong ? 'strong' : 'weak', 'tools', at, tools.join(', '));
    }

    // Dated entries and degrees: what experience and education are made of.
    if (facts.dated) add('experience', 'weak', 'dated-entry', at, text);
    if (facts.degree) add('education', 'weak', 'degree', at, text);
    if (facts.workMention) add('experience', 'weak', 'work-mention', at, facts.workMention);
    else if (facts.roleTitle && !facts.dated) add('experience', 'weak', 'role-title', at, text);
  }

  // Personal qualities, through the profile's own concepts (with their inflections): two or more in a
  // line of a skills block is a list of soft skills; elsewhere they are mentions in prose.
  // Whether the CV names soft skills is language, not a role's demand: a profile without keyword groups
  // (generic) still reads them with the default profile's words, so a "missing" finding stays right.
  const qualities = profile.keywordGroups.find((g) => g.section === 'personal-skills') ?? getProfile(defaultProfileId)?.keywordGroups.find((g) => g.section === 'personal-skills');
  if (qualities) {
    const perLine = new Map<number, Set<string>>();
    const termsPerLine = new Map<number, Set<string>>();
    for (const match of findConcepts(input.spans, qualities.concepts, { lines })) {
      const line = match.range.start.line;
      perLine.set(line, (perLine.get(line) ?? new Set<string>()).add(match.conceptId));
      // The words as the person wrote them, so a message can quote what was found.
      const written = (lines[line] ?? '').slice(match.range.start.character, match.range.end.line === line ? match.range.end.character : undefined);
      termsPerLine.set(line, (termsPerLine.get(line) ?? new Set<string>()).add(written || match.term));
    }
    const byLine = new Map(prose.map((p) => [p.line, p]));
    const labelledPersonal = new Set(evidence.filter((e) => e.kind === 'personal-skills').map((e) => e.line));
    for (const [line, concepts] of perLine) {
      const at = byLine.get(line);
      if (!at) continue;
      const section = at.sectionIndex >= 0 ? sections[at.sectionIndex] : undefined;
      const strong = concepts.size >= 2 && skillsLike(section);
      if (labelledPersonal.has(line)) continue;
      add('personal-skills', strong ? 'strong' : 'weak', 'qualities', at, [...(termsPerLine.get(line) ?? [])].join(', ') || at.text);
    }
  }
  // One quality per line under a skills title ("- Adaptability", "- Reliability") is a list of soft skills.
  const qualityLines = new Map<number, KindEvidence[]>();
  for (const e of evidence) {
    if (e.signal === 'qualities' && e.strength === 'weak' && skillsLike(sections[e.sectionIndex]) && isListLike(lines[e.line] ?? '')) {
      qualityLines.set(e.sectionIndex, [...(qualityLines.get(e.sectionIndex) ?? []), e]);
    }
  }
  for (const list of qualityLines.values()) if (list.length >= 2) for (const e of list) e.strength = 'strong';
  // A vertical list under a skills title names one tool per line ("- Excel", "- SAP"): two such lines
  // make a list of tools as much as one line naming two.
  const toolLines = new Map<number, KindEvidence[]>();
  for (const e of evidence) {
    const section = sections[e.sectionIndex];
    if (e.signal === 'tools' && e.strength === 'weak' && skillsLike(section) && (isListLike(lines[e.line] ?? '') || section?.recognised)) {
      toolLines.set(e.sectionIndex, [...(toolLines.get(e.sectionIndex) ?? []), e]);
    }
  }
  for (const list of toolLines.values()) if (list.length >= 2) for (const e of list) e.strength = 'strong';

  // A list of tools or languages under an unknown heading that also holds dated entries is a job's duties
  // ("Acme Ltd | Rome" followed by what was done there), not a skills list.
  const dated = new Set(evidence.filter((e) => e.signal === 'dated-entry').map((e) => e.sectionIndex));
  for (const e of evidence) {
    const section = sections[e.sectionIndex];
    if (e.strength === 'strong' && e.signal !== 'label' && section && !section.recognised && dated.has(e.sectionIndex)) e.strength = 'weak';
  }
  return evidence.sort((a, b) => a.line - b.line);
}

/** Sections' children and evidence by section, built once for a document so that asking for each section's
 *  content stays linear in the document's size. */
export interface ContentIndex {
  children: number[][];
  bySection: Map<number, KindEvidence[]>;
}

export function indexContent(sections: Section[], evidence: KindEvidence[]): ContentIndex {
  const children: number[][] = sections.map(() => []);
  sections.forEach((s, i) => {
    if (s.parent >= 0) children[s.parent].push(i);
  });
  const bySection = new Map<number, KindEvidence[]>();
  for (const e of evidence) bySection.set(e.sectionIndex, [...(bySection.get(e.sectionIndex) ?? []), e]);
  return { children, bySection };
}

/** Evidence per kind in a section's own body and in its unrecognised sub-headings (entries). */
export function contentKindsOf(sectionIndex: number, sections: Section[], index: ContentIndex): Map<SectionKind, KindEvidence[]> {
  const kinds = new Map<SectionKind, KindEvidence[]>();
  const stack = [sectionIndex];
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const e of index.bySection.get(at) ?? []) kinds.set(e.kind, [...(kinds.get(e.kind) ?? []), e]);
    for (const child of index.children[at]) if (!sections[child].recognised) stack.push(child);
  }
  for (const list of kinds.values()) list.sort((a, b) => a.line - b.line);
  return kinds;
}
