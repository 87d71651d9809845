// Levels people write in words instead of the CEFR scale (QCER in Italian), with the CEFR range each
// roughly stands for: what language-level suggests. Folded (lower case, no accents); longer phrases first,
// so "molto buono" is read before "buono". The ranges are deliberately wide: a word says less than a grade.
export interface FreeWordLevel {
  words: readonly string[];
  cefr: string;
}

export const FREE_WORD_LEVELS: readonly FreeWordLevel[] = [
  { words: ['upper intermediate', 'upper-intermediate', 'intermedio superiore', 'intermedio avanzato'], cefr: 'B2' },
  { words: ['pre-intermediate', 'pre intermediate', 'sufficiente', 'discreto', 'discreta', 'discreti'], cefr: 'A2–B1' },
  { words: ['molto buono', 'molto buona', 'very good', 'ottimo', 'ottima', 'avanzato', 'avanzata', 'advanced', 'fluente', 'fluent', 'fluently', 'fluency', 'professional working', 'professional', 'professionale', 'proficient', 'proficiency'], cefr: 'B2–C1' },
  { words: ['full professional', 'eccellente', 'excellent'], cefr: 'C1–C2' },
  { words: ['limited working', 'working knowledge', 'conversational', 'conversazionale', 'intermedio', 'intermedia', 'intermediate', 'buono', 'buona', 'good', 'medio', 'media'], cefr: 'B1–B2' },
  { words: ['scolastico', 'scolastica', 'elementare', 'elementary', 'beginner', 'principiante', 'basic', 'base', 'basilare', 'basso'], cefr: 'A1–A2' },
];

/** A level the CEFR names directly, or a certificate that states one: nothing to suggest. */
export const CEFR_LEVEL = /\b[abc][12](?:\s*[+-])?\b|\b(?:ielts|toefl|toeic|fce|cae|cpe|pet|ket|delf|dalf|dele|goethe|trinity|cils|celi|plida|tcf|tef|hsk|jlpt)\b/;

/** Words that state the mother tongue or an equal command of it. */
export const NATIVE_LEVEL = /\b(?:madrelingua|madre lingua|lingua madre|lingue madri|lingua materna|native|nativo|nativa|native speaker|mother tongues?|first language|bilingue|bilingual)\b/;
