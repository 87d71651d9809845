// Which language is the CV written in? An option or the front matter decides; otherwise common function
// words do. cvlint speaks Italian and English; a CV in Spanish, French, German or Portuguese is named as
// such (so no keyword advice is given in the wrong language) and gets English messages.
import type { Language, TextLanguage, TextSpan } from './types';
import { foldedWords } from './text';

// Words frequent in one language and rare in the others (folded: no accents). Words shared by several
// languages ("la", "de", "con", "e") are left out, so each vote means something.
const FUNCTION_WORDS: Record<TextLanguage, readonly string[]> = {
  it: ['di', 'il', 'che', 'per', 'della', 'dei', 'delle', 'nel', 'nella', 'sono', 'ho', 'presso', 'dal', 'alla', 'gli', 'degli', 'anche', 'tra', 'nei', 'attivita', 'lavoro', 'esperienza', 'competenze', 'gestione', 'anni', 'oggi', 'lingua', 'ed', 'ai', 'sulla', 'dello', 'questo', 'quale', 'formazione', 'conoscenza'],
  en: ['the', 'and', 'of', 'to', 'with', 'for', 'at', 'my', 'on', 'i', 'is', 'was', 'as', 'from', 'by', 'present', 'experience', 'skills', 'management', 'years', 'work', 'including', 'team', 'in', 'an', 'which', 'this', 'have', 'developed', 'using'],
  es: ['el', 'y', 'los', 'las', 'para', 'por', 'que', 'experiencia', 'trabajo', 'desarrollo', 'gestion', 'equipo', 'empresa', 'proyectos', 'anos', 'actualidad', 'conocimientos', 'formacion', 'sobre', 'mas', 'como', 'del', 'una', 'en', 'de', 'mi', 'soy', 'tengo', 'tambien', 'estudios', 'nombre', 'apellidos', 'fecha', 'nacimiento', 'ciclo', 'grado', 'actualmente', 'habilidades', 'idiomas', 'conocimiento'],
  pt: ['os', 'em', 'com', 'dos', 'das', 'uma', 'nao', 'para', 'experiencia', 'projetos', 'desenvolvimento', 'trabalho', 'na', 'no', 'ao', 'pela', 'pelo', 'atualmente', 'conhecimentos', 'formacao', 'como', 'do', 'da', 'de', 'sou', 'meu', 'minha', 'tambem', 'curso', 'ensino', 'escola', 'periodo', 'atividades', 'empresa', 'cargo', 'idiomas', 'habilidades', 'experiencias', 'nasc', 'solteira', 'solteiro', 'brasileira', 'brasileiro'],
  fr: ['le', 'les', 'des', 'du', 'et', 'pour', 'avec', 'une', 'dans', 'sur', 'au', 'aux', 'est', 'experience', 'travail', 'developpement', 'ans', 'gestion', 'competences', 'formation', 'en', 'de'],
  de: ['der', 'die', 'das', 'und', 'mit', 'fur', 'von', 'zu', 'im', 'auf', 'bei', 'als', 'ein', 'eine', 'erfahrung', 'entwicklung', 'kenntnisse', 'jahre', 'ich', 'ist', 'den', 'dem', 'nicht'],
};

// A word shared by several lists votes for each; weights keep it fair between lists of different sizes.
const VOTES = new Map<string, TextLanguage[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as [TextLanguage, readonly string[]][]) {
  for (const word of words) VOTES.set(word, [...(VOTES.get(word) ?? []), language]);
}

// Email, web and bare domain addresses: their parts ("example.com", "/in/the-clerk") are not words of the
// CV's language, and ".com" would otherwise count as Portuguese "com".
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|it|org|net|io|dev|eu|me)\b\S*/gi;

const DECLARED: Array<[RegExp, TextLanguage]> = [
  [/^it\b|^ita|^italian/, 'it'],
  [/^en\b|^eng/, 'en'],
  [/^es\b|^spa|^espa/, 'es'],
  [/^pt\b|^por/, 'pt'],
  [/^fr\b|^fra|^fre/, 'fr'],
  [/^de\b|^deu|^ger/, 'de'],
];

export interface DetectedLanguage {
  /** Language of messages and keywords. */
  language: Language;
  /** Language of the text. */
  textLanguage: TextLanguage;
  languageSource: 'option' | 'front-matter' | 'detected' | 'default';
}

/** Messages exist in Italian and English; another language gets English, the lingua franca of the two. */
function supported(language: TextLanguage): Language {
  return language === 'it' ? 'it' : 'en';
}

// Each word's vote (or none), per span text: re-analysing an edited document reads the same spans again.
const votesCache = new Map<string, (readonly TextLanguage[] | undefined)[]>();
const VOTES_CACHE_LIMIT = 50_000;

function spanVotes(text: string): (readonly TextLanguage[] | undefined)[] {
  let votes = votesCache.get(text);
  if (votes === undefined) {
    votes = foldedWords(text.replace(ADDRESS, ' ')).map((word) => VOTES.get(word));
    if (votesCache.size >= VOTES_CACHE_LIMIT) votesCache.clear();
    votesCache.set(text, votes);
  }
  return votes;
}

export function detectLanguage(spans: TextSpan[], frontMatter: Record<string, unknown>, option: 'auto' | Language): DetectedLanguage {
  if (option === 'it' || option === 'en') return { language: option, textLanguage: option, languageSource: 'option' };
  const declared = String(frontMatter.lang ?? frontMatter.language ?? frontMatter.lingua ?? '').toLowerCase();
  for (const [pattern, language] of DECLARED) {
    if (pattern.test(declared)) return { language: supported(language), textLanguage: language, languageSource: 'front-matter' };
  }

  const counts: Record<TextLanguage, number> = { it: 0, en: 0, es: 0, pt: 0, fr: 0, de: 0 };
  let seen = 0;
  let voted = 0;
  for (const span of spans) {
    for (const languages of spanVotes(span.text)) {
      if (languages) {
        for (const language of languages) counts[language] += 1 / languages.length;
        voted++;
      }
      if (++seen > 20_000) break; // plenty for a vote; keeps huge files cheap
    }
    if (seen > 20_000) break;
  }
  if (voted === 0) return { language: 'en', textLanguage: 'en', languageSource: 'default' };
  const ranked = (Object.entries(counts) as [TextLanguage, number][]).sort((a, b) => b[1] - a[1]);
  let [best, bestCount] = ranked[0];
  // A handful of votes for a language cvlint does not speak is not enough to give up keyword advice:
  // the other language must be clearly ahead of Italian and English.
  if (best !== 'it' && best !== 'en') {
    const runnerUp = Math.max(counts.it, counts.en);
    if (bestCount < 4 || bestCount < runnerUp * 1.3) [best, bestCount] = counts.it > counts.en ? ['it', counts.it] : ['en', counts.en];
  }
  // Italian needs to be ahead of English (the previous rule); a tie goes to English.
  if (best === 'it' && counts.it <= counts.en) best = 'en';
  return { language: supported(best), textLanguage: best, languageSource: 'detected' };
}
