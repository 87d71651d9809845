// Keyword groups of the back-office profile (Italian and English).
// Curated from ../shared/domain/back-office-keywords.json (ESCO 4312.2 / 4110.1, ISCO 4132, the
// founding brief, Italian job guides, Europass) and the concepts real job postings ask for most.
//
// How to write terms (engine/keywords.ts reads them):
// - The first term of each language is the label shown in messages and inserted by fixes.
// - Terms match whole words, ignoring case and accents, with inflection (fattura ~ fatture ~
//   fatturazione). A word written with a capital letter (Excel, Word, SAP, B2) is a name: it
//   matches only that word, never a derived one (Access ≠ accessibility).
// - Concepts are ordered by importance: the first absent ones are suggested.
// - Avoid single words that mean something else in CVs: "contratto" (the candidate's own
//   employment contract), "privacy" (the consent clause), "email" (the contact label),
//   "ordini", "crediti", "titoli", "amministrazione" (Pubblica Amministrazione, AFM diploma),
//   "organization" (any employer), "reliable" / "accurate" (said of systems), "presentations".
//   Use a phrase instead ("gestione contratti").
import type { KeywordConcept, KeywordGroup } from '../types';

function concept(id: string, it: string[], en: string[], otherSense?: KeywordConcept['otherSense']): KeywordConcept {
  return otherSense ? { id, terms: { it, en }, otherSense } : { id, terms: { it, en } };
}

const administrativeTasks: KeywordConcept[] = [
  concept(
    'invoicing',
    ['fatturazione', 'fatture', 'emissione fatture', 'registrazione fatture', 'ciclo attivo', 'ciclo passivo', 'note di credito'],
    ['invoicing', 'invoices', 'invoice processing', 'billing', 'credit notes'],
  ),
  concept(
    'data-entry',
    ['data entry', 'inserimento dati', 'inserimento dei dati', 'immissione dati', 'caricamento dati', 'digitazione dati'],
    ['data entry', 'data input', 'data capture'],
  ),
  concept(
    'archiving',
    ['archiviazione', 'archivio', 'archiviazione documenti', 'tenuta archivio', 'conservazione documenti'],
    ['filing', 'archiving', 'archive', 'records management', 'record keeping', 'recordkeeping', 'filing system'],
  ),
  concept(
    'accounting',
    ['contabilità', 'contabilità generale', 'prima nota', 'partita doppia', 'scritture contabili', 'registrazioni contabili'],
    ['accounting', 'bookkeeping', 'general ledger', 'journal entries', 'accounts payable', 'accounts receivable'],
  ),
  concept(
    'document-management',
    ['gestione documentale', 'gestione documenti', 'gestione dei documenti', 'gestione della documentazione', 'disbrigo pratiche'],
    ['document management', 'document handling', 'paperwork', 'documentation management'],
  ),
  concept(
    'reconciliation',
    ['riconciliazione', 'riconciliazione bancaria', 'riconciliazioni', 'quadratura', 'quadrature contabili', 'estratti conto'],
    ['reconciliation', 'bank reconciliation', 'account reconciliation', 'reconciling', 'reconcile', 'bank statements'],
  ),
  concept(
    'payments',
    ['pagamenti', 'gestione pagamenti', 'incassi', 'bonifici', 'scadenziario', 'solleciti di pagamento', 'recupero crediti'],
    ['payments', 'payment processing', 'wire transfers', 'cash collection', 'payment reminders', 'debt collection'],
  ),
  concept(
    'reporting',
    ['reportistica', 'report', 'redazione di report', 'rendicontazione', 'rendiconti'],
    ['reporting', 'reports', 'prepare reports', 'management reports'],
  ),
  concept(
    'administrative-procedures',
    ['procedure amministrative', 'pratiche amministrative', 'adempimenti amministrativi', 'attività amministrative', 'gestione amministrativa', 'supporto amministrativo'],
    ['administrative procedures', 'administrative tasks', 'administrative duties', 'administrative support', 'office administration'],
  ),
  concept(
    'correspondence',
    ['gestione della corrispondenza', 'corrispondenza', 'smistamento posta', 'posta in entrata', 'posta in uscita', 'comunicazioni interne'],
    ['correspondence', 'mail handling', 'handling mail', 'internal communications'],
  ),
  concept(
    'customer-requests',
    ['richieste dei clienti', 'richieste clienti', 'assistenza clienti', 'servizio clienti', 'supporto clienti', 'customer care', 'gestione reclami'],
    ['customer requests', 'customer service', 'customer care', 'customer support', 'customer enquiries', 'customer inquiries', 'complaint handling'],
  ),
  concept(
    'supplier-management',
    ['gestione fornitori', 'fornitori', 'rapporti con i fornitori', 'albo fornitori'],
    ['supplier management', 'suppliers', 'vendor management', 'vendor relations'],
  ),
  concept(
    'purchasing',
    ['acquisti', 'ufficio acquisti', 'ordini di acquisto', 'ordini ai fornitori', 'approvvigionamenti', 'richieste di offerta'],
    ['purchasing', 'procurement', 'purchase orders'],
  ),
  concept(
    'order-processing',
    ['gestione ordini', 'gestione degli ordini', 'evasione ordini', 'inserimento ordini', 'ordini clienti'],
    ['order processing', 'order management', 'order entry', 'sales orders'],
  ),
  concept(
    'inventory',
    ['inventario', 'gestione magazzino', 'gestione del magazzino', 'magazzino', 'giacenze', 'gestione delle scorte'],
    ['inventory', 'inventory management', 'stock control', 'stock management', 'warehouse management'],
  ),
  concept(
    'hr-administration',
    ['amministrazione del personale', 'gestione del personale', 'risorse umane', 'pratiche del personale', 'selezione del personale', 'onboarding'],
    ['HR administration', 'human resources', 'personnel administration', 'HR paperwork', 'HR', 'recruitment', 'onboarding'],
  ),
  concept(
    'payroll',
    ['paghe e contributi', 'elaborazione paghe', 'buste paga', 'cedolini', 'rilevazione presenze'],
    ['payroll', 'payslips', 'timesheets', 'attendance tracking'],
  ),
  concept(
    'contract-management',
    ['gestione contratti', 'gestione dei contratti', 'redazione contratti', 'redazione dei contratti', 'amministrazione contratti', 'contrattualistica'],
    ['contract management', 'contract administration', 'drafting contracts', 'managing contracts'],
  ),
  concept(
    'secretarial-tasks',
    ['attività di segreteria', 'segreteria', 'gestione agenda', "gestione dell'agenda", 'appuntamenti', 'organizzazione riunioni', 'redazione verbali', 'verbalizzazione', 'prenotazione viaggi', 'organizzazione trasferte'],
    ['calendar management', 'secretarial duties', 'diary management', 'scheduling', 'managing appointments', 'booking appointments', 'meeting coordination', 'minute taking', 'travel arrangements', 'travel booking'],
  ),
  concept(
    'compliance',
    ['conformità normativa', 'compliance', 'rispetto delle procedure', 'controlli interni', 'antiriciclaggio', 'adeguata verifica', 'KYC', 'AML'],
    ['compliance', 'regulatory compliance', 'internal controls', 'audit', 'anti-money laundering', 'KYC', 'AML', 'customer due diligence'],
  ),
  concept(
    'master-data',
    ['aggiornamento anagrafiche', 'gestione anagrafiche', 'anagrafica clienti', 'anagrafica fornitori', 'anagrafiche clienti', 'anagrafiche fornitori'],
    ['master data', 'customer master data', 'vendor master data', 'data management'],
  ),
  concept(
    'data-verification',
    ['verifica dei dati', 'verifica dati', 'controllo dati', 'controllo dei dati', 'bonifica dati'],
    ['data verification', 'data validation', 'data cleansing', 'data quality'],
  ),
  concept(
    'back-office',
    ['back office', 'backoffice', 'middle office'],
    ['back office', 'backoffice', 'middle office'],
  ),
  concept(
    'banking-operations',
    ['operatività bancaria', 'operazioni bancarie', 'transazioni finanziarie', 'operazioni finanziarie', 'regolamento titoli', 'pratiche di fido', 'pratiche di finanziamento'],
    ['banking operations', 'financial transactions', 'settlement', 'securities settlement', 'trade processing', 'loan processing', 'loan administration', 'SWIFT'],
  ),
  concept(
    'expense-reports',
    ['note spese', 'rimborsi spese', 'rendicontazione spese'],
    ['expense reports', 'expense claims', 'expense reporting'],
  ),
  concept(
    'protocol-registry',
    ['protocollo informatico', 'protocollazione', 'registro di protocollo'],
    ['document registration', 'records registry'],
  ),
  concept(
    'shipping-documents',
    ['documenti di trasporto', 'DDT', 'bolle di consegna', 'spedizioni', 'logistica'],
    ['delivery notes', 'shipping documents', 'shipping', 'logistics'],
  ),
  concept(
    'tax-compliance',
    ['adempimenti fiscali', 'liquidazione IVA', 'registri IVA', 'dichiarazioni fiscali', 'F24'],
    ['tax compliance', 'VAT returns', 'tax returns'],
  ),
];

const officeSoftware: KeywordConcept[] = [
  concept(
    'microsoft-office',
    ['pacchetto Office', 'Microsoft Office', 'MS Office', 'Office 365', 'Microsoft 365', 'suite Office'],
    ['Microsoft Office', 'MS Office', 'Office 365', 'Microsoft 365', 'Office suite'],
  ),
  concept(
    'excel',
    ['Excel', 'fogli di calcolo', 'foglio di calcolo', 'foglio elettronico', 'fogli elettronici', 'tabelle pivot', 'Google Fogli'],
    ['Excel', 'spreadsheets', 'pivot tables', 'VLOOKUP', 'XLOOKUP', 'Google Sheets'],
  ),
  concept(
    'word',
    ['Word', 'videoscrittura', 'elaboratore di testi', 'Microsoft Word'],
    ['Word', 'word processing', 'word processor', 'Microsoft Word'],
  ),
  concept(
    'email-client',
    ['Outlook', 'posta elettronica', 'gestione email', 'gestione delle email', 'client di posta'],
    ['Outlook', 'email management', 'email correspondence', 'managing email', 'Microsoft Outlook'],
  ),
  concept(
    'powerpoint',
    ['PowerPoint', 'Power Point', 'software di presentazione', 'Google Presentazioni'],
    ['PowerPoint', 'Power Point', 'presentation software', 'Google Slides'],
  ),
  concept(
    'databases',
    ['database', 'banche dati', 'basi di dati', 'Access', 'SQL', 'MySQL', 'PostgreSQL', 'SQLite', 'SQL Server', 'MariaDB'],
    ['databases', 'Access', 'SQL', 'MySQL', 'PostgreSQL', 'SQLite', 'SQL Server', 'MariaDB'],
  ),
  concept(
    'erp',
    ['software gestionale', 'software gestionali', 'gestionale aziendale', 'gestionali aziendali', 'programmi gestionali', 'gestionale contabile', 'ERP', 'SAP', 'TeamSystem', 'Zucchetti', 'Microsoft Dynamics', 'Navision', 'Danea Easyfatt', 'Mago'],
    ['ERP systems', 'ERP', 'SAP', 'business software', 'accounting software', 'management software', 'Microsoft Dynamics', 'Navision'],
  ),
  concept(
    'document-management-system',
    ['software di gestione documentale', 'sistema di gestione documentale', 'DMS', 'archiviazione digitale', 'archiviazione ottica', 'conservazione digitale'],
    ['document management systems', 'DMS', 'electronic document management', 'digital archiving'],
  ),
  concept(
    'google-workspace',
    ['Google Workspace', 'G Suite', 'Google Drive', 'Google Docs'],
    ['Google Workspace', 'G Suite', 'Google Drive', 'Google Docs'],
  ),
  concept(
    'collaboration-tools',
    ['Microsoft Teams', 'Teams', 'SharePoint', 'OneDrive'],
    ['Microsoft Teams', 'Teams', 'SharePoint', 'OneDrive'],
  ),
  concept(
    'crm',
    ['CRM', 'Salesforce', 'HubSpot'],
    ['CRM', 'Salesforce', 'HubSpot', 'customer relationship management'],
  ),
  concept(
    'e-invoicing',
    ['fatturazione elettronica', 'fattura elettronica', 'SdI', 'Sistema di Interscambio', 'FatturaPA'],
    ['e-invoicing', 'electronic invoicing', 'electronic invoices'],
  ),
  concept(
    'home-banking',
    ['home banking', 'remote banking', 'internet banking'],
    ['online banking', 'home banking', 'remote banking', 'internet banking'],
  ),
  concept(
    'certified-email',
    ['PEC', 'posta elettronica certificata'],
    ['certified email', 'PEC'],
  ),
  concept(
    'digital-signature',
    ['firma digitale', 'firma elettronica', 'SPID'],
    ['digital signature', 'e-signature', 'electronic signature'],
  ),
  concept(
    'office-equipment',
    ["attrezzature d'ufficio", 'stampanti', 'scanner', 'fotocopiatrice'],
    ['office equipment', 'scanners', 'photocopier', 'printers'],
  ),
  concept(
    'operating-systems',
    ['sistemi operativi', 'Windows', 'macOS'],
    ['operating systems', 'Windows', 'macOS'],
  ),
];

const personalQualities: KeywordConcept[] = [
  concept(
    'organisation',
    ['capacità organizzative', 'organizzazione', 'organizzato', 'organizzata', 'doti organizzative', 'competenze organizzative'],
    ['organisational skills', 'organizational skills', 'organised', 'organized', 'well organised'],
    // "Corso organizzato dall'Istituto", "a workshop organized by": the passive names who organised something.
    { after: /^\s+(?:by|da|dal|dall['’]|dalla|dallo|dai|dagli|dalle|presso|por|par|von)\b/ },
  ),
  concept(
    'attention-to-detail',
    ['attenzione ai dettagli', 'attenzione al dettaglio', 'cura dei dettagli', 'precisione', 'preciso', 'precisa', 'accuratezza', 'meticolosità', 'meticoloso', 'meticolosa'],
    ['attention to detail', 'detail-oriented', 'accuracy', 'precision', 'meticulous'],
    // A measure of a model or a method ("chatbot precision", "precision and recall", "accuracy of 92%").
    { before: /(?:model|chatbot|classifier|classification|detection|segmentation|retrieval|prediction|forecast|forecasting|validation|test|training|average|mean|top-\d+|\d\s*%?)\s+$/, after: /^\s*(?:(?:and|e|&|\/)\s*(?:recall|f1)|of\s+\d|at\s+\d|di\s+\d|del\s+\d|=|:?\s*\d)/ },
  ),
  concept(
    'communication',
    ['capacità comunicative', 'comunicazione', 'competenze comunicative', 'doti comunicative', 'comunicazione efficace'],
    ['communication skills', 'communication', 'effective communication'],
  ),
  concept(
    'teamwork',
    ['lavoro di squadra', 'lavoro in team', 'lavoro in gruppo', 'spirito di squadra', 'team working', 'teamwork'],
    ['teamwork', 'team player', 'team working', 'team work', 'working in a team'],
  ),
  concept(
    'problem-solving',
    ['problem solving', 'risoluzione dei problemi', 'risoluzione di problemi', 'capacità di risolvere problemi'],
    ['problem solving', 'solving problems'],
  ),
  concept(
    'time-management',
    ['gestione del tempo', 'time management', 'rispetto delle scadenze', 'rispettare le scadenze'],
    ['time management', 'meeting deadlines', 'deadline management'],
  ),
  concept(
    'flexibility',
    ['flessibilità', 'flessibile', 'adattabilità', 'capacità di adattamento'],
    ['flexibility', 'adaptability', 'adaptable'],
  ),
  concept(
    'autonomy',
    ['autonomia', 'capacità di lavorare in autonomia', 'lavorare in autonomia'],
    ['autonomy', 'ability to work independently', 'working independently', 'work independently', 'self-starter', 'self-motivated'],
    // "Lavoratore autonomo", "como autónomo": self-employment, not a quality.
    { before: /\b(?:lavoro|lavoratore|lavoratrice|attivita|attività|come|como|trabajador|trabajadora|trabajo|trabalhador|trabalho|profissional|professionista)\s+$/ },
  ),
  concept(
    'confidentiality',
    ['riservatezza', 'discrezione', 'confidenzialità', 'informazioni riservate'],
    ['confidentiality', 'discretion', 'confidential information'],
  ),
  concept(
    'working-under-pressure',
    ['lavorare sotto pressione', 'lavoro sotto pressione', 'resistenza allo stress', 'gestione dello stress', 'ambiente dinamico', 'contesto dinamico', 'ritmi sostenuti'],
    ['working under pressure', 'work under pressure', 'stress management', 'dynamic environment', 'fast-paced environment'],
  ),
  concept(
    'planning-and-prioritising',
    ['pianificazione', 'capacità di pianificazione', 'pianificare', 'gestione delle priorità', 'definizione delle priorità'],
    ['planning', 'prioritising', 'prioritisation', 'setting priorities'],
  ),
  concept(
    'multitasking',
    ['multitasking', 'multi-tasking', 'gestione di più attività'],
    ['multitasking', 'multi-tasking'],
  ),
  concept(
    'proactivity',
    ['proattività', 'proattivo', 'propositività', 'spirito di iniziativa'],
    ['proactive', 'proactivity', 'taking initiative', 'sense of initiative'],
  ),
  concept(
    'reliability',
    ['affidabilità', 'serietà', 'senso di responsabilità'],
    ['reliability', 'dependability', 'sense of responsibility'],
  ),
  concept(
    'customer-orientation',
    ['orientamento al cliente', 'customer orientation'],
    ['customer orientation', 'customer-focused', 'customer focus'],
  ),
  concept(
    'analytical-skills',
    ['capacità di analisi', 'capacità analitiche', 'pensiero analitico'],
    ['analytical skills', 'analytical thinking'],
  ),
  concept(
    'interpersonal-skills',
    ['capacità relazionali', 'competenze relazionali', 'doti relazionali', 'competenze sociali'],
    ['interpersonal skills', 'social skills', 'people skills'],
  ),
];

const languages: KeywordConcept[] = [
  concept('english', ['inglese', 'lingua inglese', 'English', 'business English'], ['English', 'business English']),
  concept('french', ['francese', 'French'], ['French']),
  concept('spanish', ['spagnolo', 'Spanish'], ['Spanish']),
  concept('german', ['tedesco', 'German'], ['German']),
  concept('portuguese', ['portoghese', 'Portuguese'], ['Portuguese']),
  concept('chinese', ['cinese', 'Chinese', 'Mandarin'], ['Chinese', 'Mandarin']),
  concept('arabic', ['arabo', 'Arabic'], ['Arabic']),
  concept(
    'cefr-level',
    ['livello QCER', 'QCER', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'livello base', 'livello intermedio', 'livello avanzato'],
    ['CEFR level', 'CEFR', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'basic user', 'independent user', 'proficient user'],
  ),
  concept(
    'language-certificate',
    ['certificazione linguistica', 'IELTS', 'TOEFL', 'Cambridge First', 'FCE', 'CAE', 'Trinity ISE', 'Trinity GESE', 'DELF', 'DELE', 'Goethe-Zertifikat'],
    ['language certificate', 'IELTS', 'TOEFL', 'Cambridge First', 'FCE', 'CAE', 'Trinity ISE', 'Trinity GESE', 'DELF', 'DELE', 'Goethe-Zertifikat'],
  ),
];

const education: KeywordConcept[] = [
  concept(
    'economics-degree',
    ['laurea in economia', 'economia aziendale', 'economia e commercio', 'economia e management', 'economia e finanza', 'scienze economiche', 'facoltà di economia', 'in economia', 'amministrazione aziendale'],
    ['degree in economics', 'business administration', 'economics', 'business economics', 'business studies', 'accounting and finance', 'BBA'],
  ),
  concept(
    'accounting-diploma',
    ['diploma di ragioneria', 'ragioneria', 'ragioniere', 'perito commerciale', 'istituto tecnico commerciale', 'AFM'],
    ['accounting diploma', 'commercial technical diploma'],
  ),
  concept(
    'degree',
    ['laurea', 'laurea triennale', 'laurea magistrale', 'master universitario'],
    ["bachelor's degree", 'bachelor', 'degree', "master's degree", 'BSc', 'MSc', 'B.Sc.', 'M.Sc.', 'bachelor of science', 'bachelor of arts', 'master of science', 'master of arts', 'Hons'],
  ),
  concept(
    'accounting-course',
    ['corso di contabilità', 'corso di paghe e contributi', 'corso di amministrazione', 'corso di segreteria'],
    ['accounting course', 'bookkeeping course', 'payroll course', 'AAT'],
  ),
  concept(
    'computer-certificate',
    ['ECDL', 'ICDL', 'patente europea del computer', 'certificazione informatica', 'Microsoft Office Specialist'],
    ['ECDL', 'ICDL', 'computer driving licence', 'Microsoft Office Specialist', 'MOS'],
  ),
];

export const backOfficeKeywordGroups: KeywordGroup[] = [
  {
    id: 'administrative-tasks',
    label: { it: 'Attività amministrative', en: 'Administrative tasks' },
    // Duties usually sit in the experience entries (they count there); a fix adds them to the
    // skills list rather than invent a job entry.
    section: 'technical-skills',
    minPresent: 4,
    concepts: administrativeTasks,
  },
  {
    id: 'office-software',
    label: { it: 'Software e strumenti d’ufficio', en: 'Office software and tools' },
    section: 'technical-skills',
    minPresent: 3,
    concepts: officeSoftware,
  },
  {
    id: 'personal-qualities',
    label: { it: 'Qualità personali', en: 'Personal qualities' },
    section: 'personal-skills',
    minPresent: 3,
    concepts: personalQualities,
  },
  {
    id: 'languages',
    label: { it: 'Lingue', en: 'Languages' },
    section: 'language-skills',
    minPresent: 1,
    factual: true,
    concepts: languages,
  },
  {
    id: 'education',
    label: { it: 'Formazione', en: 'Education' },
    section: 'education',
    minPresent: 1,
    factual: true,
    concepts: education,
  },
];
