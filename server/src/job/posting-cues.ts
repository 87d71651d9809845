// The words a posting uses to say what it demands and what it would merely like, in Italian and English, and the
// headings that open its parts. Data, tested by hand-written examples (test/unit/job-posting.test.ts). All patterns
// are tested on folded text (lower case, no accents: engine/text.ts foldCase).
import type { KeywordConcept } from '../profiles/types';

/** What a part of the posting is about. */
export type PostingContext = 'required' | 'preferred' | 'duties' | 'ignored';

/** Sentence cues: the posting's own words about one requirement. A preferred cue wins over a required one in the
 *  same sentence ("è richiesta, preferibilmente, la laurea": the "preferibilmente" is the news). */
export const PREFERRED_CUE =
  /\b(?:gradit[aoie]|preferibil(?:e|i|mente)|titol[oi] preferenzial[ei]|preferenzial[ei]|costituir[aà]\s+(?:un\s+)?(?:titolo|plus|vantaggio)|costituisce\s+(?:un\s+)?(?:titolo|plus|vantaggio)|(?:un|a|is a|as a|e un|sara un|rappresenta un)\s+plus|plus\s*:|nice[\s-]to[\s-]have|good[\s-]to[\s-]have|(?:is|are|would be|will be)\s+(?:an?\s+)?(?:advantage|asset|bonus|plus)|advantageous|(?:un|a)\s+vantaggio|desirable|desired|preferred|preferably|ideally|idealmente|apprezzat[aoie]|bonus points|ben vist[aoie]|considerat[aoie]\s+positivamente)\b/;

/** Words that demand: they make a sentence's requirements required whatever heading it sits under. */
export const REQUIRED_CUE =
  /\b(?:indispensabil[ei]|richiest[aoie]|si richiede|richiediamo|obbligatori[aoe]|necessari[aoe]|essenzial[ei]|fondamental[ei]|imprescindibil[ei]|must|required|requires?|essential|mandatory)\b/;

/** Words that introduce what the candidate should bring. Under no heading (a posting written as one paragraph),
 *  they make a sentence's requirements required; under a heading, the heading decides. */
export const REQUIREMENT_WORDS =
  /\b(?:requisit[oi]|requirements?|almeno|at least|minimum|in possesso|possesso di|you have|you will have|you'll have|you bring|you need|we are looking for|we're looking for|looking for|we seek|seeking|cerchiamo|ricerchiamo|stiamo cercando|candidat[oa]|la risorsa|la persona|ideal candidate|the candidate|successful candidate|sei in possesso|possiedi|conoscenza|conoscenze|knowledge|proficien\w*|padronanza|dimestichezza|familiarit\w*|esperienza|experience|competenz[ae]|skills?|capacita|ability|abilita|laurea|diploma|degree)\b/;

/** A duty of the job: what the person will do there. Showing it in a CV helps (preferred). */
export const DUTY_CUE =
  /\b(?:si occupera|ti occuperai|vi occuperete|occuparsi|sara responsabile|sarai responsabile|avra il compito|avrai il compito|dovra|dovrai|will be responsible|you will|you'll|responsible for|responsibilities include|duties include|will handle|will manage|will support)\b/;

/** Legal notes of a posting (privacy law, equal opportunities): never about the candidate's skills. */
export const LEGAL_SENTENCE =
  /\b(?:d\.?\s?lgs|decreto legislativo|l\.?\s?903|l\.?\s?125|legge\s+n?\.?\s?\d|regolamento (?:ue|europeo)|trattamento dei dati|dati personali|informativa|ai sensi|entrambi i sessi|ambosessi|pari opportunita|equal opportunit\w*|equal employment|without regard to|protected veteran|art\.?\s?\d+)\b/;

/** Sentences about the company or the offer: skipped unless they sit under a requirements heading. */
export const IGNORED_SENTENCE =
  /\b(?:we are an?|siamo un[ao]?|la nostra azienda|our company|our client|nostro cliente|azienda cliente|per (?:importante|prestigiosa|nota|storica|solida|affermata) (?:azienda|realta|societa)|azienda leader|leader nel settore|offriamo|we offer|si offre|contratto (?:a tempo|di|iniziale)|ral|retribuzione|salary|compensation|ticket restaurant|buoni pasto|welfare aziendale|sede di lavoro|luogo di lavoro|orario di lavoro|inviare (?:il )?cv|invia (?:il )?cv|send (?:us )?(?:your )?(?:cv|resume)|how to apply|apply now|candidati ora|per candidarsi)\b/;

/** Headings, by what the part under them is about; tried in this order (so "Requisiti preferenziali" is preferred). */
export const HEADING_CONTEXTS: { context: PostingContext; pattern: RegExp }[] = [
  { context: 'preferred', pattern: /\b(?:preferenzial\w*|gradit\w*|preferibil\w*|nice[\s-]to[\s-]have|good[\s-]to[\s-]have|bonus|plus|preferred|desirable|desired|pluses|apprezzat\w*|extra)\b/ },
  {
    context: 'ignored',
    pattern: /\b(?:chi siamo|about us|about the company|about the client|l'?azienda|azienda|company|the company|our client|il cliente|offriamo|cosa offriamo|we offer|what we offer|what's in it|why join|perche lavorare|benefits?|perks|come candidarsi|how to apply|candidatura|application process|sede|location|luogo di lavoro|orario|working hours|contratto|tipo di contratto|contract|retribuzione|salary|compensation|inquadramento|privacy|diversity|equal opportunit\w*|note|informativa)\b/,
  },
  {
    context: 'duties',
    pattern: /\b(?:responsabilita|mansioni|attivita|compiti|duties|responsibilities|what you('ll| will) do|what you'll be doing|the role|about the role|il ruolo|ruolo|descrizione|job description|la posizione|the position|position|di cosa ti occuperai|ti occuperai|key tasks|tasks|your day|your mission|la tua missione|main activities|principali attivita)\b/,
  },
  {
    context: 'required',
    pattern: /\b(?:requisit\w*|requirements?|required|richiest\w*|must[\s-]haves?|essential|indispensabil\w*|qualifications?|qualifiche|cosa cerchiamo|chi cerchiamo|cerchiamo|what we('re| are) looking for|who (we're|we are) looking for|who you are|about you|chi sei|profilo|profile|candidato ideale|candidata ideale|ideal candidate|the candidate|il candidato|competenze|skills|conoscenze|knowledge|you have|you bring|what you bring|what you('ll)? need|formazione|education|esperienza|experience|titolo di studio|background)\b/,
  },
];

/** Words of the job-posting genre: they say that something is asked, not what. A phrase made of them alone
 *  ("ottime capacità", "esperienza pregressa", "strong knowledge") is no requirement of its own. */
export const POSTING_WORDS: ReadonlySet<string> = new Set([
  // Italian
  'esperienza', 'esperienze', 'pregressa', 'pregresse', 'maturata', 'analoga', 'analogo', 'simile', 'ruolo', 'ruoli', 'mansione', 'mansioni',
  'conoscenza', 'conoscenze', 'ottima', 'ottime', 'ottimo', 'ottimi', 'buona', 'buone', 'buono', 'buoni', 'discreta', 'approfondita',
  'capacita', 'competenza', 'competenze', 'doti', 'predisposizione', 'attitudine', 'padronanza', 'dimestichezza', 'utilizzo', 'uso',
  'candidato', 'candidata', 'candidati', 'risorsa', 'risorse', 'figura', 'profilo', 'persona', 'azienda', 'aziende', 'societa', 'cliente',
  'settore', 'ambito', 'contesto', 'contesti', 'realta', 'area', 'ufficio', 'team', 'requisiti', 'requisito', 'richiesta', 'richiesto',
  'preferibile', 'preferibilmente', 'gradita', 'gradito', 'indispensabile', 'titolo', 'preferenziale', 'minimo', 'almeno', 'anni', 'anno',
  'lavoro', 'lavorare', 'livello', 'forte', 'elevata', 'elevate', 'spiccata', 'spiccate', 'notevole',
  'ricerca', 'posizione', 'opportunita', 'crescita', 'contratto', 'tempo', 'determinato', 'indeterminato', 'pieno', 'sede',
  'zona', 'provincia', 'disponibilita', 'immediata', 'residenza', 'domicilio', 'sensi', 'dati', 'tipologia', 'principali', 'seguenti',
  'relative', 'relativi', 'eventuale', 'eventuali', 'diverse', 'varie', 'vari', 'nuove', 'nuovi', 'interne', 'interni', 'esterni', 'esterne',
  // English
  'experience', 'experienced', 'proven', 'track', 'record', 'knowledge', 'strong', 'excellent', 'good', 'solid', 'great', 'skills', 'skill',
  'ability', 'abilities', 'proficiency', 'proficient', 'familiarity', 'understanding', 'candidate', 'candidates', 'role', 'position', 'team',
  'company', 'client', 'clients', 'environment', 'requirements', 'required', 'preferred', 'plus', 'bonus', 'minimum', 'years', 'year',
  'level', 'degree', 'work', 'working', 'opportunity', 'opportunities', 'responsibilities', 'duties', 'support', 'including', 'related',
  'relevant', 'similar', 'equivalent', 'demonstrated', 'ideal', 'applicant', 'applicants', 'salary', 'benefits', 'office', 'based', 'high',
  'highly', 'attention', 'various', 'multiple', 'day', 'daily', 'new', 'key', 'main', 'etc', 'e', 'g', 'ie',
  'incoming', 'outgoing', 'effective', 'efficient', 'accurate', 'timely', 'relevant', 'appropriate', 'comprehensive', 'internal', 'external',
  'prompt', 'professional', 'exceptional', 'outstanding', 'valued', 'seamless', 'overall', 'assigned', 'needed', 'applicable', 'pertinent',
  // Italian administrative prose: words that frame a duty without naming it
  'uffici', 'amministrativi', 'amministrativa', 'amministrative', 'amministrativo', 'strutture', 'struttura', 'procedure', 'processi',
  'funzioni', 'ambienti', 'rispettivi', 'rispettive', 'ordinamenti', 'appartenenti', 'connesse', 'connessi', 'comprovata', 'comprovate',
  'profonda', 'grande', 'grandi', 'capaci', 'capace', 'multipli', 'nonche', 'funzionali', 'operativa', 'operative', 'operativo', 'ordinarie',
  'complesse', 'complessi', 'moderni', 'moderne', 'tradizionali', 'modalita', 'tool', 'tools', 'interlocutori', 'moltitudine', 'carichi',
  'modifiche', 'cambi', 'priorita', 'suddette', 'suddetti', 'particolare', 'riferimento', 'relativa', 'relativo', 'fase', 'figura',
  'mensile', 'mensili', 'settimanale', 'settimanali', 'giornaliera', 'giornaliere', 'quotidiana', 'quotidiane', 'annuali', 'periodica',
  'periodiche', 'attiva', 'attive', 'passiva', 'passive', 'monthly', 'weekly', 'yearly', 'annual', 'periodic', 'routine', 'active', 'passive',
  'adeguata', 'adeguate', 'solida', 'solide', 'approfondite', 'specifica', 'specifiche', 'specifici', 'generale', 'generali',
]);

/** Function words that end a candidate phrase (articles, prepositions, conjunctions, pronouns, auxiliaries). The
 *  connectors kept inside a phrase ("gestione della tesoreria", "statement of work") are in PHRASE_CONNECTORS. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'l', 'd', 'e', 'ed', 'o', 'od', 'oppure', 'ma', 'anche', 'con', 'per', 'tra', 'fra',
  'su', 'sul', 'sulla', 'sui', 'sulle', 'a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dalla', 'dai', 'dagli', 'dalle',
  'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'che', 'chi', 'cui', 'come', 'se', 'si', 'ci', 'ne', 'non', 'piu', 'molto', 'sia',
  'e', 'sono', 'sara', 'saranno', 'essere', 'avere', 'ha', 'hanno', 'ha', 'deve', 'devono', 'puo', 'possono', 'questo', 'questa', 'suo', 'sua',
  'loro', 'nostro', 'nostra', 'nostri', 'nostre', 'tuo', 'tua', 'tuoi', 'tue', 'ogni', 'tutti', 'tutte', 'tutto', 'eventuali', 'quale', 'quali',
  'the', 'an', 'and', 'or', 'but', 'with', 'for', 'to', 'at', 'by', 'from', 'on', 'into', 'as', 'is', 'are', 'be', 'will', 'would', 'can',
  'should', 'must', 'have', 'has', 'you', 'your', 'we', 'our', 'us', 'they', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'who',
  'which', 'what', 'all', 'any', 'some', 'both', 'such', 'other', 'not', 'no', 'more', 'well', 'also', 'within', 'across', 'about', 'like',
  // Elided forms, split from their word at the apostrophe ("nell’utilizzo", "all’interno")
  'nell', 'dell', 'all', 'dall', 'sull', 'quell', 'quest', 'tutt', 'c', 'n', 's', 'm', 't', 'v',
]);

/** Words that may sit inside a phrase between two content words. */
export const PHRASE_CONNECTORS: ReadonlySet<string> = new Set(['di', 'd', 'del', 'della', 'dello', 'dell', 'dei', 'degli', 'delle', 'of']);

/** Small numbers written as words ("tre anni", "two years"). */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** "esperienza biennale": an adjective for the length. "pluriennale" is "several years": at least two. */
export const YEAR_ADJECTIVES: Record<string, number> = {
  annuale: 1, biennale: 2, triennale: 3, quadriennale: 4, quinquennale: 5, decennale: 10, pluriennale: 2,
};

/** Certifications and licences postings ask for, as concepts so an Italian posting matches an English CV.
 *  (Language certificates and the ECDL are profile concepts already.) */
export const CERTIFICATION_CONCEPTS: KeywordConcept[] = [
  { id: 'driving-licence', terms: { it: ['patente di guida', 'patente B', 'patente'], en: ['driving licence', 'driving license', "driver's license", 'drivers license'] } },
  { id: 'professional-register', terms: { it: ["iscrizione all'albo", 'iscrizione albo', 'abilitazione professionale', 'abilitazione alla professione'], en: ['chartered', 'professional registration'] } },
  { id: 'statutory-auditor', terms: { it: ['revisore legale', 'revisore contabile'], en: ['statutory auditor'] } },
  { id: 'accountancy-qualification', terms: { it: ['ACCA', 'CPA', 'CMA', 'dottore commercialista'], en: ['ACCA', 'CPA', 'CMA', 'CIMA', 'chartered accountant', 'certified public accountant'] } },
  { id: 'project-certification', terms: { it: ['PMP', 'PRINCE2', 'ITIL', 'Six Sigma', 'Lean Six Sigma'], en: ['PMP', 'PRINCE2', 'ITIL', 'Six Sigma', 'Lean Six Sigma'] } },
  { id: 'haccp', terms: { it: ['HACCP'], en: ['HACCP'] } },
  { id: 'forklift-licence', terms: { it: ['patentino del muletto', 'patentino muletto', 'patentino carrellista'], en: ['forklift licence', 'forklift license', 'forklift certification'] } },
];
