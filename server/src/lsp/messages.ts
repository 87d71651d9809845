// The language server's own words (action titles, hover, outline labels), in Italian and English.
// Rule messages come from the rules' catalogs; these are only the editor features around them.
import type { Language, SectionKind } from '../engine/types';

const catalog = {
  it: {
    disableForLine: 'Disattiva {rule} per questa riga',
    disableForFile: 'Disattiva {rule} per questo file',
    fixAll: 'Correggi tutti i problemi cvlint',
    sectionRequired: 'Sezione richiesta dal profilo «{profile}».',
    sectionNotRequired: 'Sezione non richiesta dal profilo «{profile}».',
    sectionNotRecognised: 'Titolo non riconosciuto come sezione di un CV.',
    lineShort: 'riga {line}',
    sectionExpectedKinds: 'Sezioni attese: {kinds}.',
    keywordsPresent: 'Presenti',
    keywordsMissing: 'Mancanti',
    keywordsNone: 'nessuna',
    keywordsCount: '{present} di almeno {min}',
    whyItMatters: 'Perché conta per il ruolo',
    roleSource: 'Fonte',
    roleInShort: 'Il ruolo',
    keywordOfGroup: 'parola chiave del profilo «{profile}», gruppo «{group}»',
    completionMissingSection: 'Sezione mancante',
    completionSection: 'Sezione del profilo',
    completionSnippet: 'Sezione completa (modello)',
    completionKeyword: 'Parola chiave: {group}',
    settingsProblems: 'cvlint: impostazioni non valide, uso i valori predefiniti per: {problems}',
  },
  en: {
    disableForLine: 'Disable {rule} for this line',
    disableForFile: 'Disable {rule} for this file',
    fixAll: 'Fix all cvlint problems',
    sectionRequired: 'Section required by the “{profile}” profile.',
    sectionNotRequired: 'Section not required by the “{profile}” profile.',
    sectionNotRecognised: 'Heading not recognised as a CV section.',
    lineShort: 'line {line}',
    sectionExpectedKinds: 'Expected sections: {kinds}.',
    keywordsPresent: 'Present',
    keywordsMissing: 'Missing',
    keywordsNone: 'none',
    keywordsCount: '{present} of at least {min}',
    whyItMatters: 'Why it matters for the role',
    roleSource: 'Source',
    roleInShort: 'The role',
    keywordOfGroup: 'keyword of the “{profile}” profile, group “{group}”',
    completionMissingSection: 'Missing section',
    completionSection: 'Profile section',
    completionSnippet: 'Whole section (template)',
    completionKeyword: 'Keyword: {group}',
    settingsProblems: 'cvlint: invalid settings, using defaults for: {problems}',
  },
} satisfies Record<Language, Record<string, string>>;

export type UiMessageKey = keyof (typeof catalog)['en'];

export function uiText(lang: Language, key: UiMessageKey, args: Record<string, string | number> = {}): string {
  return catalog[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

const kindLabels: Record<Language, Record<SectionKind, string>> = {
  it: {
    contact: 'Contatti',
    summary: 'Profilo',
    experience: 'Esperienza professionale',
    education: 'Istruzione e formazione',
    'technical-skills': 'Competenze tecniche',
    'language-skills': 'Competenze linguistiche',
    'personal-skills': 'Competenze personali',
    skills: 'Competenze',
    other: 'Altro',
  },
  en: {
    contact: 'Contact details',
    summary: 'Profile',
    experience: 'Work experience',
    education: 'Education and training',
    'technical-skills': 'Technical skills',
    'language-skills': 'Language skills',
    'personal-skills': 'Personal skills',
    skills: 'Skills',
    other: 'Other',
  },
};

/** What a section kind is called, for outline details and hovers. */
export function sectionKindLabel(kind: SectionKind, lang: Language): string {
  return kindLabels[lang][kind];
}
