// Italian or English? Front matter or an option decides; otherwise common function words do.
import type { Language, TextSpan } from './types';
import { foldedWords } from './text';

const ITALIAN = new Set(['di', 'e', 'il', 'la', 'che', 'per', 'con', 'del', 'della', 'dei', 'delle', 'un', 'una', 'nel', 'nella', 'sono', 'ho', 'presso', 'dal', 'al', 'alla', 'gli', 'le', 'lo', 'come', 'anni', 'oggi', 'lingua', 'esperienza', 'competenze', 'gestione', 'degli', 'anche', 'su', 'tra', 'nei', 'attivita', 'lavoro']);
// Words common in Spanish and Portuguese but not Italian: such CVs get English messages, the lingua franca
// of the two languages cvlint speaks.
const IBERIAN = new Set(['el', 'y', 'los', 'las', 'para', 'por', 'como', 'experiencia', 'os', 'em', 'com', 'dos', 'das', 'uma', 'nao', 'desarrollo', 'gestion', 'equipo', 'empresa', 'trabajo', 'proyectos', 'projetos', 'desenvolvimento']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'with', 'for', 'a', 'an', 'at', 'my', 'on', 'i', 'is', 'was', 'as', 'from', 'by', 'present', 'experience', 'skills', 'management', 'years', 'work', 'including', 'team', 'in']);

// Email, web and bare domain addresses: their parts ("example.com", "/in/the-clerk") are not words of the
// CV's language, and ".com" would otherwise count as Portuguese "com".
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|it|org|net|io|dev|eu|me)\b\S*/gi;

export function detectLanguage(
  spans: TextSpan[],
  frontMatter: Record<string, unknown>,
  option: 'auto' | Language,
): { language: Language; languageSource: 'option' | 'front-matter' | 'detected' | 'default' } {
  if (option === 'it' || option === 'en') return { language: option, languageSource: 'option' };
  const declared = String(frontMatter.lang ?? frontMatter.language ?? frontMatter.lingua ?? '').toLowerCase();
  if (/^it\b|^ita|^italian/.test(declared)) return { language: 'it', languageSource: 'front-matter' };
  if (/^en\b|^eng/.test(declared)) return { language: 'en', languageSource: 'front-matter' };

  let it = 0;
  let en = 0;
  let iberian = 0;
  let seen = 0;
  for (const span of spans) {
    for (const word of foldedWords(span.text.replace(ADDRESS, ' '))) {
      if (ITALIAN.has(word)) it++;
      if (ENGLISH.has(word)) en++;
      if (IBERIAN.has(word)) iberian++;
      if (++seen > 20_000) break; // plenty for a vote; keeps huge files cheap
    }
    if (seen > 20_000) break;
  }
  if (it === 0 && en === 0) return { language: 'en', languageSource: 'default' };
  return { language: it > en && iberian * 2 < it ? 'it' : 'en', languageSource: 'detected' };
}
