// Decides the kind of a heading from its title: exact synonyms first, then title words,
// then near-miss spellings. Context (parent section, content) is applied by the model.
import type { KindReason, SectionKind } from './types';
import type { Profile } from '../profiles/types';
import { foldCase } from './text';
import { LANGUAGE_NAMES } from '../profiles/language-names';

export interface TitleClass {
  kind: SectionKind;
  recognised: boolean;
  reason: KindReason;
  /** Skill kinds a mixed heading covers ("Competenze tecniche e linguistiche"). */
  covers: SectionKind[];
}

const CV_TITLE = /^(?:curriculum vitae|curriculum|cv|c v|resume|resume cv)(?: (?:personale|et studiorum))?$/;

/** "Curriculum Vitae", "CV", "Résumé": a title of the whole document, not a section. */
export function isCvTitle(rawTitle: string): boolean {
  return CV_TITLE.test(normalizeTitle(rawTitle));
}

// Titles are normalised again on every analysis (detection, duplicates...): a pure memo, bounded.
const normalizedTitles = new Map<string, string>();
const NORMALIZED_TITLES_LIMIT = 20_000;

/** Heading text → folded words separated by single spaces, decoration removed. */
export function normalizeTitle(raw: string): string {
  let normalized = normalizedTitles.get(raw);
  if (normalized === undefined) {
    normalized = computeNormalizedTitle(raw);
    if (normalizedTitles.size >= NORMALIZED_TITLES_LIMIT) normalizedTitles.clear();
    normalizedTitles.set(raw, normalized);
  }
  return normalized;
}

function computeNormalizedTitle(raw: string): string {
  let t = foldCase(raw);
  t = t.replace(/<[^>]*>/g, ' '); // inline HTML
  t = t.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'); // links and images → their text
  t = t.replace(/&[a-z]+;|&#\d+;/g, ' ');
  t = t.replace(/\{[#.:][^}]*\}/g, ' '); // kramdown/pandoc attributes: "Experience {#exp}" 
  t = t.replace(/^\s*(?:\d{1,2}|[ivx]{1,4}|[a-h])\s*[.)\]:-]\s+/u, ''); // "1. ", "II) ", "a. "
  t = t.replace(/^\s*\d{1,2}\s+(?=\p{L})/u, ''); // "1 Esperienze"
  t = t.replace(/[’'`´]/g, ' ');
  t = t.replace(/[^\p{L}\p{N}&+#/]+/gu, ' ');
  t = t.replace(/\s*\/\s*/g, ' / ');
  return t.replace(/\s+/g, ' ').trim();
}

interface Pattern {
  kind: SectionKind;
  re: RegExp;
  /** The same pattern with the `g` flag, compiled once (titles are classified by the thousand). */
  global?: RegExp;
}

// Ordered: where two patterns match the same words, the earlier one wins.
const PATTERNS: Pattern[] = [
  { kind: 'technical-skills', re: /\b(?:programming|coding|scripting|programmazione|programacion|programacao) (?:languages?|linguaggi|lenguajes|linguagens)\b/ },
  { kind: 'technical-skills', re: /\blinguaggi\b/ },
  { kind: 'contact', re: /\b(?:contatt[oi]|contattami|recapit[oi]|contacts?|contacto|contato|kontakt|informazioni personali|dati personali|dati anagrafici|personal (?:information|details|data|info)|datos personales|informacoes pessoais|dados pessoais|coordonnees|personliche daten|persoenliche daten|persoenliches|angaben zur person|donnees personnelles|informations personnelles|kontaktdaten)\b/ },
  { kind: 'summary', re: /\b(?:profil[oe]?|perfil|summary|sommario|overview|obiettiv[oi]|objectives?|personal statement|about me|chi sono|su di me|presentazione|occupazione desiderata|posizione desiderata|resumen|sintesi|acerca de mi|sobre mi|sobre mim|a propos|uber mich|ueber mich|kurzprofil)\b/ },
  { kind: 'language-skills', re: /\b(?:lingue|lingua madre|madrelingua|linguistic[hae]{1,2}|languages|language skills|language proficiency|foreign language|idiomas?|lenguas|langues|sprachen|sprachkenntnisse|mother tongue|competences linguistiques|linguas)\b/ },
  { kind: 'personal-skills', re: /\b(?:soft skills?|competenze soft|personal skills?|interpersonal|trasversali|relazionali|organizzativ[aei]|comunicativ[aei]|personali|people skills|communication skills?|organi[sz]ational|leadership|management|blandas|interpersonales|transversales|personales|qualita personali|attitudini|teamwork|team working|lavoro di squadra|lavoro in team|problem solving|interpessoais|soziale kompetenzen|personliche kompetenzen|savoir etre|qualites)\b/ },
  { kind: 'technical-skills', re: /\b(?:tecnic[aheio]{1,2}|technical|technolog(?:y|ies)|tecnologi[ae]|informatic[aheio]{1,2}|digital[ei]?|computer|software|tools?|strumenti|tech stack|stack tecnologico|it skills|hard skills?|competenze hard|sistemi operativi|operating systems?|frameworks?|herramientas|ferramentas|tecnicas|gestionali|applicativi|programming|programmazione|coding|it kenntnisse|edv|informatique|informatica|stack tecnico|tecnicas|techniques)\b/ },
  { kind: 'experience', re: /\b(?:esperienz[ae]|experiences?|experiencia|experiencias|employment|work history|career|carriera|lavor(?:o|ativ[aei])|impieghi|posizion[ei] ricopert[ei]|posizione attuale|professional background|berufserfahrung|werdegang|internships?|tirocini?|appointments|berufstatigkeit|berufliche laufbahn|laufbahn|berufspraxis|praktika|experience professionnelle|parcours professionnel|trayectoria|trajetoria|historico profissional|historial (?:laboral|profesional)|historique professionnel|imprese fondate|iniziative imprenditoriali|attivita imprenditoriale|entrepreneurship|ventures founded|companies founded|arbeitserfahrung)\b/ },
  { kind: 'education', re: /\b(?:istruzione|formazione|education|educational|educacion|educacao|formacion|formacao|studi|studies|titol[oi] di studio|academic|accademic[aio]|degrees?|diplom[ai]|universit[ay]|schooling|ausbildung|bildung|schulbildung|weiterbildung(?:en)?|studium|training|corsi|formation|scolarite|formacao|estudios)\b/ },
  { kind: 'other', re: /\b(?:certifica(?:tions?|tes?|zioni|ti|ciones|coes)|qualifications|projects?|progetti|interests|interessi|hobb(?:y|ies)|publications?|pubblicazioni|awards?|premi|volunteer(?:ing)?|volontariato|patente|licen[cs]e|references|referenze|portfolio|conferences?|talks|badges|projekte|projets|proyectos|projetos|zusatzqualifikationen|centres d interet|intereses|interesses|hobbys|loisirs)\b/ },
  { kind: 'skills', re: /\b(?:skills?|skils|competenz[ae]|competencias?|competences?|competencies|habilidades|capacita|abilita|conoscenze|expertise|kenntnisse|kompetenzen|fahigkeiten|faehigkeiten|abilities|aptitudes|competencias|competencias|habilidades|competences)\b/ },
];

const LANGUAGE_TITLE = new RegExp(`^(?:${LANGUAGE_NAMES.join('|')})(?: (?:[abc][12]|native|madrelingua|fluent|c1 c2|b1 b2))?$`);

const ROMANCE_OTHER_HEAD = /^(?:progetti|progetto|certificazioni|pubblicazioni|interessi|premi|hobby|patente|proyectos|publicaciones|projets|publications|projetos|publicacoes)\b(?! (?:e|y|et|and|&) )/;

const STRONG_OTHER = /\b(?:trattamento dei dati|privacy|gdpr|consenso al trattamento|autorizzazione al trattamento|volunteer(?:ing)?|volontariato)\b/;
// English compounds put the head noun last: "Leadership Experience" is experience, "Academic Projects" are projects.
const ENGLISH_HEAD_NOUN = /^(?:experiences?|projects?|skills?|education|history|qualifications|training|certifications?|interests|languages|information|details|summary|profile|statement|objectives?)$/;
// Job titles: English puts the role noun last ("Software Engineer"), Romance languages first ("Tecnico informatico").
const ROLE_LAST = /\b(?:engineer|developer|programmer|analyst|specialist|consultant|manager|assistant|administrator|designer|technician|officer|clerk|intern|director|coordinator|architect|accountant|secretary|receptionist|producer|editor|teacher|lecturer|researcher|scientist|advisor|adviser|representative|agent|operator|supervisor|executive|associate|trainee|apprentice|volunteer)s?$/;
const ROLE_FIRST = /^(?:tecnic[oa]|impiegat[oa]|addett[oa]|sviluppat(?:ore|rice)|programmat(?:ore|rice)|analista|consulente|responsabile|assistente|stagista|tirocinante|operat(?:ore|rice)|segretari[oa]|contabile|ragioniere|ragioniera|desenvolvedor[a]?|desarrollador[a]?|ingenier[oa]|ingegnere|tecnico|tecnica|tecnico superiore|estagiari[oa]|auxiliar|analyste|developpeu(?:r|se)|ingenieur|entwickler(?:in)?)\b/;

const LEGAL_FORM = /\s(?:llc|l\.l\.c\.|inc\.?|ltd\.?|limited|plc|corp\.?|gmbh|ag|s\.?r\.?l\.?s?|s\.?p\.?a\.?|s\.?n\.?c\.?|s\.?a\.?s\.?|s\.?a\.?|s\.?l\.?|b\.?v\.?|ltda\.?|sarl|oy|ab)$/i;

/** A job title ("Software Engineer", "Tecnico informatico"): two to five words, none of them a section word. */
export function isRoleTitle(title: string): boolean {
  const words = title.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  if (/\b(?:skills?|competenz[ae]|experience|esperienz[ae]|education|formazione|istruzione|languages|lingue|summary|profil[oe]|contatti|contacts?)\b/.test(title)) return false;
  return ROLE_LAST.test(title) || ROLE_FIRST.test(title);
}

// Last words that name an English section whatever precedes them.
const ENGLISH_HEADS: Record<string, SectionKind> = {
  appointments: 'experience', positions: 'experience', employment: 'experience', internships: 'experience',
  presentations: 'other', talks: 'other', service: 'other', grants: 'other', awards: 'other', honors: 'other', honours: 'other',
  publications: 'other', papers: 'other', projects: 'other', repositories: 'other', memberships: 'other', affiliations: 'other',
  patents: 'other', outreach: 'other', fellowships: 'other', scholarships: 'other', hobbies: 'other', interests: 'other',
};

/** Kind from the head noun of every part of an English title of two or more words; null when the parts disagree
 *  or a part's last word is not a known head. */
function englishHeadKind(title: string): { kind: SectionKind; word: string } | null {
  if (!/^[a-z0-9 &/+,]+$/.test(title)) return null;
  const parts = title.split(/\s*(?:\band\b|&|\/|,|\+)\s*/).filter(Boolean);
  if (parts.length === 0 || title.split(' ').length < 2) return null;
  let kind: SectionKind | null = null;
  let word = '';
  for (const part of parts) {
    const last = part.split(' ').pop()!;
    const k = ENGLISH_HEADS[last];
    if (!k || (kind && k !== kind)) return null;
    kind = k;
    word ||= last;
  }
  // "Other projects" is handled with the other prefixes; a single word is a synonym's business.
  return kind ? { kind, word } : null;
}

const WORK_QUALIFIER = /\b(?:lavorativ[aei]|professional[ei]?|work|job|employment|laborales?|profissionais|professionnelles?)\b/;
// "Altre informazioni", "Other research", "Additional information": the rest of the title no longer names a CV section.
const OTHER_PREFIX = /^(?:altre|altri|other|additional|ulteriori|further|misc(?:ellaneous)?)\b/;

const SKILL_KINDS: SectionKind[] = ['technical-skills', 'language-skills', 'personal-skills', 'skills'];

export function isSkillKind(kind: SectionKind): boolean {
  return SKILL_KINDS.includes(kind);
}

interface SynonymEntry {
  kind: SectionKind;
  synonym: string;
}

/** Synonyms split into words, by word count: the typo match compares word by word. */
const synonymWordsCache = new WeakMap<Profile, Map<number, { keyWords: string[]; entry: SynonymEntry }[]>>();

function synonymsByWordCount(profile: Profile): Map<number, { keyWords: string[]; entry: SynonymEntry }[]> {
  let byCount = synonymWordsCache.get(profile);
  if (byCount) return byCount;
  byCount = new Map();
  for (const [key, entry] of synonymIndex(profile)) {
    const keyWords = key.split(' ');
    byCount.set(keyWords.length, [...(byCount.get(keyWords.length) ?? []), { keyWords, entry }]);
  }
  synonymWordsCache.set(profile, byCount);
  return byCount;
}

/** Per-profile lookup tables, built once per profile object. */
const synonymIndexCache = new WeakMap<Profile, Map<string, SynonymEntry>>();

function synonymIndex(profile: Profile): Map<string, SynonymEntry> {
  let index = synonymIndexCache.get(profile);
  if (index) return index;
  index = new Map();
  for (const [kind, table] of Object.entries(profile.synonyms) as [SectionKind, Profile['synonyms'][SectionKind]][]) {
    for (const synonym of [...table.it, ...table.en, ...(table.other ?? [])]) {
      const key = normalizeTitle(synonym);
      if (!index.has(key)) index.set(key, { kind, synonym });
    }
  }
  synonymIndexCache.set(profile, index);
  return index;
}

const FILLER = /^(?:my|i miei|le mie|mie|miei|la mia|il mio|our|key|main|principali|selected|relevant)\s+/;

function damerauLevenshteinAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** The synonym the title misspells, word by word: same number of words, each equal or (5+ letters) one
 *  edit away, at most two edits in all, and at least one word exactly right. */
function typoSynonym(title: string, profile: Profile): SynonymEntry | null {
  const words = title.split(' ');
  if (words.length < 2 || words.length > 4) return null;
  for (const { keyWords, entry } of synonymsByWordCount(profile).get(words.length) ?? []) {
    let edits = 0;
    let exact = 0;
    for (let i = 0; i < words.length && edits <= 2; i++) {
      if (words[i] === keyWords[i]) exact++;
      else if (words[i].length >= 5 && damerauLevenshteinAtMostOne(words[i], keyWords[i])) edits++;
      else edits = 99;
    }
    if (edits >= 1 && edits <= 2 && exact >= 1) return entry;
  }
  return null;
}

const UNRECOGNISED: TitleClass = { kind: 'other', recognised: false, reason: { by: 'none' }, covers: [] };

// Titles and labels repeat across a document and across edits: remember each answer per profile.
const titleCache = new WeakMap<Profile, Map<string, TitleClass>>();
const TITLE_CACHE_LIMIT = 5000;

/** Kind of a heading from its title alone. The result is shared: callers must not change it. */
export function classifyTitle(rawTitle: string, profile: Profile): TitleClass {
  let cache = titleCache.get(profile);
  if (!cache) titleCache.set(profile, (cache = new Map()));
  const cached = cache.get(rawTitle);
  if (cached) return cached;
  const result = classifyTitleUncached(rawTitle, profile);
  if (cache.size >= TITLE_CACHE_LIMIT) cache.clear();
  cache.set(rawTitle, result);
  return result;
}

function classifyTitleUncached(rawTitle: string, profile: Profile): TitleClass {
  // "Habilidades Técnicas: Python, SQL, Excel" — a heading that carries its own list: the label decides.
  const labelled = /^([^:]{3,40}):\s+\S.*,/.exec(rawTitle);
  if (labelled) return classifyTitleUncached(labelled[1], profile);
  const title = normalizeTitle(rawTitle);
  if (!title) return UNRECOGNISED;
  const index = synonymIndex(profile);

  const exact = index.get(title) ?? index.get(title.replace(FILLER, ''));
  if (exact) return { kind: exact.kind, recognised: true, reason: { by: 'synonym', matched: exact.synonym }, covers: [] };

  // A long heading or an exclamation is a sentence ("Un CV per cambiare la storia dell'informatica!"),
  // not a section title; words in brackets do not count ("Experience (Work Activities)").
  const titleWords = normalizeTitle(rawTitle.replace(/\([^)]*\)/g, ' ')).split(' ').filter((w) => w !== '/');
  if (titleWords.length > 6 || /[!?]\s*$/.test(rawTitle.trim())) return UNRECOGNISED;
  // Entry titles ("Lead Technical Writer: Jan 2020 – Present", "Technical Blog | Devslife") name a job or a
  // project, not a section, even when a section word appears in them.
  // So are "Role — Employer, City" headings.
  if (/\b(?:19|20)\d{2}\b/.test(rawTitle) || /\s[|@—–]\s/.test(rawTitle)) return UNRECOGNISED;
  // "Software Engineer", "Tecnico informatico", "Data Analyst": a job title names an entry, whatever its words.
  if (isRoleTitle(title)) return UNRECOGNISED;
  // "Digital Mercenaries LLC", "Rossi S.r.l.": an organisation's legal form names an employer, not a section.
  if (LEGAL_FORM.test(rawTitle.trim())) return UNRECOGNISED;
  // "Digital Producer at CNN", "Impiegata presso Rossi S.r.l.": a role at an organisation is an entry.
  if (/\s(?:at|presso|chez|bei)\s+(?:the\s+)?[\p{Lu}\d]/u.test(rawTitle.replace(/^[#\s]+/, '')) && titleWords.length >= 3) return UNRECOGNISED;

  // English compounds put the head noun last: "University Service", "Academic Appointments", "Software
  // Projects and Repositories" are named by their last word (each part's, when joined by "and").
  const englishHead = englishHeadKind(title);
  if (englishHead) return { kind: englishHead.kind, recognised: true, reason: { by: 'keyword', matched: englishHead.word }, covers: [] };

  // A privacy-consent heading names personal data but is not the contact section; volunteering is
  // listed apart from work experience in real CVs.
  const strongOther = STRONG_OTHER.exec(title);
  if (strongOther) return { kind: 'other', recognised: true, reason: { by: 'keyword', matched: strongOther[0] }, covers: [] };

  // A misspelt synonym ("Informationi Personali", "Esperienze lavorativa"): every word within one edit of the
  // synonym's word, before the word patterns can read one correct word ("personali") the wrong way.
  const typo = typoSynonym(title, profile);
  if (typo) return { kind: typo.kind, recognised: true, reason: { by: 'fuzzy', matched: typo.synonym }, covers: [] };

  // Italian, Spanish, French and Portuguese put the head noun first: "Progetti personali" are projects,
  // not personal skills.
  if (ROMANCE_OTHER_HEAD.test(title)) return { kind: 'other', recognised: true, reason: { by: 'keyword', matched: title.split(' ')[0] }, covers: [] };

  // A heading that is a language's name ("English", "Inglese — C1") is that language's section.
  if (LANGUAGE_TITLE.test(title)) return { kind: 'language-skills', recognised: true, reason: { by: 'keyword', matched: title.split(' ')[0] }, covers: [] };

  // Word patterns: collect every kind whose words appear, with where they appear.
  const hits: { kind: SectionKind; at: number; word: string }[] = [];
  let rest = ` ${title} `;
  for (const pattern of PATTERNS) {
    const { kind, re } = pattern;
    const global = (pattern.global ??= new RegExp(re.source, 'g'));
    let first: RegExpExecArray | null = null;
    for (const m of rest.matchAll(global)) {
      first ??= m as RegExpExecArray;
      // Blank out the matched words so "programming languages" is not also read as "languages".
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
    if (first) hits.push({ kind, at: first.index, word: first[0].trim() });
  }

  if (hits.length > 0) {
    // "Altre esperienze lavorative", "Other work experience" are still experience.
    if (OTHER_PREFIX.test(title) && !hits.some((h) => h.kind === 'language-skills' || h.kind === 'skills' || h.kind === 'technical-skills' || h.kind === 'personal-skills' || (h.kind === 'experience' && WORK_QUALIFIER.test(title)))) {
      return { kind: 'other', recognised: true, reason: { by: 'keyword', matched: title.split(' ')[0], detail: { en: 'additional/other section', it: 'sezione aggiuntiva/altro' } }, covers: [] };
    }
    const words = title.split(' ');
    const lastWord = words[words.length - 1];
    const hasConjunction = /\b(?:and|e|ed|y|et|und|of|di|for|per)\b|[&/,+]/.test(title);
    if (!hasConjunction && hits.length >= 2 && ENGLISH_HEAD_NOUN.test(lastWord)) {
      const head = [...hits].sort((a, b) => b.at - a.at)[0];
      // A generic head ("Software skills") lets the specific word decide, as below.
      if (head.kind !== 'skills' && head.word.split(' ').pop() === lastWord && new Set(hits.map((h) => h.kind)).size > 1) {
        return { kind: head.kind, recognised: true, reason: { by: 'keyword', matched: head.word }, covers: [] };
      }
    }
    // "Other" words only decide when nothing else matched ("Project experience" is experience).
    if (hits.some((h) => h.kind !== 'other')) hits.splice(0, hits.length, ...hits.filter((h) => h.kind !== 'other'));
    const specificSkills = [...new Set(hits.filter((h) => h.kind !== 'skills' && isSkillKind(h.kind)).map((h) => h.kind))];
    const nonSkill = hits.filter((h) => !isSkillKind(h.kind)).sort((a, b) => a.at - b.at);
    const firstSkill = hits.filter((h) => isSkillKind(h.kind)).sort((a, b) => a.at - b.at)[0];
    // A title naming a non-skill section before any skill word ("Education and skills") is that section.
    if (nonSkill.length > 0 && (!firstSkill || nonSkill[0].at < firstSkill.at)) {
      const h = nonSkill[0];
      return { kind: h.kind, recognised: true, reason: { by: 'keyword', matched: h.word }, covers: [] };
    }
    if (specificSkills.length === 1) {
      const h = hits.find((x) => x.kind === specificSkills[0])!;
      return { kind: h.kind, recognised: true, reason: { by: 'keyword', matched: h.word }, covers: [] };
    }
    if (specificSkills.length > 1) {
      return {
        kind: 'skills',
        recognised: true,
        reason: { by: 'keyword', matched: hits.filter((h) => isSkillKind(h.kind)).map((h) => h.word).join(' + '), detail: { en: 'mixed skills', it: 'competenze miste' } },
        covers: specificSkills,
      };
    }
    const h = firstSkill ?? nonSkill[0];
    return { kind: h.kind, recognised: true, reason: { by: 'keyword', matched: h.word }, covers: [] };
  }

  // Near-miss spellings of short headings ("SKILS", "Esperienza profesionale").
  if (title.length >= 5 && title.split(' ').length <= 3) {
    for (const [key, entry] of index) {
      if (key.length >= 5 && damerauLevenshteinAtMostOne(title, key)) {
        return { kind: entry.kind, recognised: true, reason: { by: 'fuzzy', matched: entry.synonym }, covers: [] };
      }
    }
  }
  return UNRECOGNISED;
}

/** Sub-heading vocabulary under a generic skills section ("Software", "Management", "Lingue"). */
export function classifySkillSubheading(rawTitle: string, profile: Profile): TitleClass | null {
  const c = classifyTitle(rawTitle, profile);
  if (c.recognised && (isSkillKind(c.kind) || c.kind === 'other')) return c;
  return null;
}
