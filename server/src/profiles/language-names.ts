// Names of spoken languages as CVs write them in Italian, English, Spanish, French, German and Portuguese
// (folded: lower case, no accents). Data shared by every profile: a heading that is a language's name is a
// language section, and a line naming languages with their level shows language skills.
export const LANGUAGE_NAMES: readonly string[] = [
  // Italian
  'italiano', 'italiana', 'inglese', 'francese', 'tedesco', 'spagnolo', 'portoghese', 'russo', 'cinese', 'giapponese', 'arabo', 'olandese',
  'polacco', 'rumeno', 'greco', 'svedese', 'albanese', 'ucraino', 'hindi', 'coreano', 'turco',
  'vietnamita', 'tailandese', 'indonesiano', 'persiano', 'ungherese', 'ceco', 'slovacco', 'bulgaro', 'serbo', 'croato', 'sloveno', 'norvegese', 'danese', 'finlandese', 'ebraico', 'catalano',
  // English
  'italian', 'english', 'french', 'german', 'spanish', 'portuguese', 'russian', 'chinese', 'mandarin', 'cantonese', 'japanese', 'arabic', 'dutch',
  'polish', 'romanian', 'greek', 'swedish', 'norwegian', 'danish', 'finnish', 'albanian', 'ukrainian', 'korean', 'turkish', 'hebrew', 'catalan',
  'vietnamese', 'thai', 'indonesian', 'malay', 'persian', 'farsi', 'urdu', 'bengali', 'punjabi', 'tamil', 'swahili', 'czech', 'slovak', 'hungarian',
  'bulgarian', 'serbian', 'croatian', 'slovenian', 'estonian', 'latvian', 'lithuanian', 'icelandic', 'tagalog', 'filipino',
  // Spanish, French, German, Portuguese
  'ingles', 'frances', 'aleman', 'espanol', 'castellano', 'portugues', 'anglais', 'allemand', 'espagnol', 'italien', 'portugais',
  'englisch', 'deutsch', 'franzosisch', 'spanisch', 'italienisch', 'portugiesisch', 'russisch', 'alemao', 'espanhol',
];
