// Section data of the back-office profile: headings, what goes in them, templates, synonyms.
// Templates use snippet tab stops (${1:placeholder}); fixes insert the placeholder text.
import type { SectionKind } from '../../engine/types';
import type { Localized, Profile, SectionSpec } from '../types';

export const backOfficeSections: SectionSpec[] = [
  {
    kind: 'summary',
    title: { it: 'Profilo', en: 'Profile' },
    description: {
      it: 'Due o tre frasi su chi sei e sul ruolo di back office che cerchi.',
      en: 'Two or three sentences on who you are and the back-office role you are looking for.',
    },
    template: {
      it: '${1:[Scrivi il tuo profilo in breve]}',
      en: '${1:[Write your profile in brief]}',
    },
  },
  {
    kind: 'experience',
    title: { it: 'Esperienza professionale', en: 'Work experience' },
    description: {
      it: 'Le esperienze di lavoro dalla più recente: date, ruolo, azienda, città e attività svolte (gestione documenti, comunicazione con colleghi e clienti, organizzazione, problem solving).',
      en: 'Jobs from the most recent: dates, role, employer, city and duties (document handling, communication with colleagues and clients, organisation, problem solving).',
    },
    template: {
      it: "### ${1:[Ruolo]} — ${2:[Azienda]}, ${3:[Città]}\n\n${4:[mese/anno inizio]} – ${5:[mese/anno fine]}\n\n- ${6:[Scrivi un'attività svolta]}",
      en: '### ${1:[Role]} — ${2:[Employer]}, ${3:[City]}\n\n${4:[start month/year]} – ${5:[end month/year]}\n\n- ${6:[Write one duty]}',
    },
  },
  {
    kind: 'education',
    title: { it: 'Istruzione e formazione', en: 'Education and training' },
    description: {
      it: 'Titoli di studio e corsi, dal più recente (per il back office è consigliata una formazione economica o in amministrazione aziendale).',
      en: 'Degrees and courses, most recent first (a background in economics or business administration is recommended for back office).',
    },
    template: {
      it: '- ${1:[anno inizio]} – ${2:[anno fine]}: ${3:[Titolo di studio]}, ${4:[Istituto]}, ${5:[Città]}',
      en: '- ${1:[start year]} – ${2:[end year]}: ${3:[Degree or course]}, ${4:[School]}, ${5:[City]}',
    },
  },
  {
    kind: 'technical-skills',
    title: { it: 'Competenze tecniche', en: 'Technical skills' },
    description: {
      it: 'Programmi e strumenti: videoscrittura, fogli di calcolo, database, gestione documentale, gestionali.',
      en: 'Software and tools: word processing, spreadsheets, databases, document management, business software.',
    },
    template: {
      it: '- ${1:[Programma o strumento]}\n- ${2:[Programma o strumento]}',
      en: '- ${1:[Software or tool]}\n- ${2:[Software or tool]}',
    },
  },
  {
    kind: 'language-skills',
    title: { it: 'Competenze linguistiche', en: 'Language skills' },
    description: {
      it: 'Lingua madre e altre lingue con il livello del Quadro comune europeo (A1–C2).',
      en: 'Mother tongue and other languages with their CEFR level (A1–C2).',
    },
    template: {
      it: '- Lingua madre: ${1:[lingua]}\n- ${2:[Lingua]}: ${3:[livello QCER]}',
      en: '- Mother tongue: ${1:[language]}\n- ${2:[Language]}: ${3:[CEFR level]}',
    },
  },
  {
    kind: 'personal-skills',
    title: { it: 'Competenze personali', en: 'Personal skills' },
    description: {
      it: 'Comunicazione, lavoro di squadra, attenzione ai dettagli, lavoro in un ambiente dinamico, gestione del tempo, flessibilità.',
      en: 'Communication, teamwork, attention to detail, working in a dynamic environment, time management, flexibility.',
    },
    template: {
      it: '- ${1:[Qualità personale]}\n- ${2:[Qualità personale]}\n- ${3:[Qualità personale]}',
      en: '- ${1:[Personal quality]}\n- ${2:[Personal quality]}\n- ${3:[Personal quality]}',
    },
  },
  {
    kind: 'contact',
    title: { it: 'Contatti', en: 'Contact information' },
    description: {
      it: 'Nome e cognome, indirizzo, telefono ed email, visibili e aggiornati.',
      en: 'Full name, address, phone number and email, visible and up to date.',
    },
    template: {
      it: '- Nome: ${1:[Nome Cognome]}\n- Indirizzo: ${2:[indirizzo, CAP, città]}\n- Telefono: ${3:[numero di telefono]}\n- Email: ${4:[indirizzo email]}',
      en: '- Name: ${1:[First Last]}\n- Address: ${2:[street, postcode, town]}\n- Phone: ${3:[phone number]}\n- Email: ${4:[email address]}',
    },
  },
];

type SynonymTable = Profile['synonyms'];
const syn = (it: string[], en: string[], other: string[] = []): Localized<string[]> & { other: string[] } => ({ it, en, other });

/** Whole-heading synonyms (folded comparison). Partial titles are handled by the keyword
 *  patterns in engine/sections.ts; these are the exact headings seen in real CVs. */
export const backOfficeSynonyms: SynonymTable = {
  contact: syn(
    ['contatti', 'contatto', 'informazioni personali', 'dati personali', 'informazioni di contatto', 'recapiti', 'recapito', 'dati anagrafici', 'anagrafica', 'contattami', 'dove trovarmi', 'riferimenti', 'indirizzo', 'residenza', 'domicilio'],
    ['contact', 'contacts', 'contact information', 'contact info', 'contact details', 'personal information', 'personal details', 'personal data', 'personal info', 'get in touch', 'contact me', 'reach me', 'contact methods', 'address', 'location'],
    ['contacto', 'datos personales', 'datos de contacto', 'informacion de contacto', 'contato', 'contatos', 'informacoes pessoais', 'dados pessoais', 'coordonnees', 'informations personnelles', 'kontakt', 'personliche daten', 'persoenliche daten', 'kontaktdaten', 'angaben zur person', 'donnees personnelles', 'informacion personal', 'dados de contato'],
  ),
  summary: syn(
    ['profilo', 'profilo professionale', 'profilo personale', 'sommario', 'presentazione', 'chi sono', 'su di me', 'obiettivo', 'obiettivo professionale', 'obiettivi', 'occupazione desiderata', 'posizione desiderata', 'sintesi', 'in breve', 'lettera di presentazione', 'descrizione', 'riassunto', 'descrizione personale', 'breve descrizione'],
    ['summary', 'profile', 'professional summary', 'professional profile', 'career summary', 'executive summary', 'about', 'about me', 'overview', 'personal statement', 'objective', 'career objective', 'objectives', 'introduction', 'bio', 'biography', 'highlights', 'cover letter', 'personal profile'],
    ['perfil', 'perfil profesional', 'perfil profissional', 'resumen', 'resumo', 'sobre mi', 'sobre mim', 'objetivo', 'profil', 'a propos', 'uber mich', 'ueber mich', 'zusammenfassung', 'acerca de mi', 'sobre mi', 'sobre mim', 'kurzprofil', 'profil professionnel', 'resume professionnel'],
  ),
  experience: syn(
    ['esperienza', 'esperienze', 'esperienza professionale', 'esperienze professionali', 'esperienza lavorativa', 'esperienze lavorative', 'carriera', 'posizione attuale', 'percorso professionale', 'attivita professionale', 'attivita lavorativa', 'lavoro', 'impieghi', 'incarichi', 'tirocini', 'stage', 'attivita didattica', 'esperienza didattica', 'insegnamento', 'docenze', 'attivita imprenditoriale', 'esperienza imprenditoriale', 'imprese fondate', 'iniziative imprenditoriali'],
    ['experience', 'experiences', 'work experience', 'professional experience', 'work history', 'employment', 'employment history', 'career', 'career history', 'professional background', 'positions', 'positions held', 'jobs', 'internships', 'research', 'research experience', 'relevant experience', 'work', 'teaching', 'teaching experience', 'other roles', 'roles', 'entrepreneurship', 'ventures'],
    ['experiencia', 'experiencia profesional', 'experiencia laboral', 'experiencia profissional', 'experiencias', 'experience professionnelle', 'experiences professionnelles', 'parcours professionnel', 'berufserfahrung', 'berufliche erfahrung', 'arbeitserfahrung', 'relevante arbeitserfahrung', 'praxiserfahrung', 'berufspraxis', 'werdegang', 'beruflicher werdegang', 'berufliche laufbahn', 'berufstatigkeit', 'trayectoria profesional', 'experiencias profesionales', 'experiencia profissional', 'experiencias profissionais'],
  ),
  education: syn(
    ['istruzione', 'formazione', 'istruzione e formazione', 'titoli di studio', 'titolo di studio', 'studi', 'percorso di studi', 'percorso formativo', 'formazione accademica', 'formazione professionale', 'corsi', 'corsi di formazione', 'scuola', 'esperienze formative', 'percorso scolastico', 'qualifiche', 'scolarita', 'formazione continua', 'aggiornamento professionale'],
    ['education', 'education and training', 'training', 'qualifications', 'academic qualifications', 'educational qualifications', 'academic background', 'studies', 'academic history', 'schooling', 'courses', 'degrees', 'professional development'],
    ['formacion', 'formacion academica', 'educacion', 'estudios', 'formacao', 'formacao academica', 'educacao', 'formation', 'ausbildung', 'bildung', 'studium', 'schulbildung', 'aus und weiterbildung', 'aus und weiterbildungen', 'weiterbildung', 'weiterbildungen', 'formacion academica', 'formacao academica', 'estudios', 'scolarite', 'diplomes', 'formations'],
  ),
  'technical-skills': syn(
    ['competenze tecniche', 'competenze digitali', 'competenze informatiche', 'capacita e competenze tecniche', 'conoscenze informatiche', 'strumenti', 'tecnologie', 'software', 'linguaggi', 'linguaggi di programmazione', 'sistemi operativi', 'programmazione', 'informatica', 'hard skills'],
    ['technical skills', 'computer skills', 'digital skills', 'it skills', 'tools', 'tech stack', 'technologies', 'technology', 'software', 'programming', 'programming languages', 'hard skills', 'technical expertise', 'frameworks', 'operating systems'],
    ['herramientas', 'habilidades tecnicas', 'competencias tecnicas', 'conocimientos informaticos', 'habilidades tecnicas', 'ferramentas', 'competencias digitales', 'competences techniques', 'it kenntnisse', 'edv kenntnisse', 'stack tecnico', 'competencias tecnicas', 'habilidades tecnicas', 'competencias digitais', 'competencias tecnicas', 'informatique', 'competences informatiques', 'technische kenntnisse', 'technische fahigkeiten'],
  ),
  'language-skills': syn(
    ['lingue', 'lingue straniere', 'competenze linguistiche', 'lingua madre', 'madrelingua', 'altre lingue', 'conoscenze linguistiche', 'capacita linguistiche'],
    ['languages', 'language skills', 'language', 'foreign languages', 'mother tongue', 'other languages', 'language proficiency'],
    ['idiomas', 'idioma', 'lenguas', 'langues', 'sprachen', 'sprachkenntnisse', 'competences linguistiques', 'linguas'],
  ),
  'personal-skills': syn(
    ['competenze personali', 'competenze trasversali', 'competenze organizzative e relazionali', 'competenze relazionali', 'competenze organizzative', 'competenze comunicative', 'competenze comunicative e organizzative', 'competenze organizzative e gestionali', 'capacita e competenze personali', 'capacita e competenze relazionali', 'capacita e competenze organizzative', 'capacita personali', 'qualita personali', 'soft skills', 'attitudini'],
    ['personal skills', 'soft skills', 'interpersonal skills', 'people skills', 'communication skills', 'organisational skills', 'organizational skills', 'management', 'leadership', 'personal qualities', 'strengths', 'transferable skills'],
    ['habilidades blandas', 'competencias personales', 'habilidades interpersonales', 'competencias transversales', 'competencias blandas', 'competences personnelles', 'soziale kompetenzen', 'personliche kompetenzen', 'competencias interpessoais', 'habilidades interpessoais', 'savoir etre', 'qualites personnelles', 'soft skills'],
  ),
  skills: syn(
    ['competenze', 'capacita', 'capacita e competenze', 'abilita', 'conoscenze', 'competenze chiave', 'competenze professionali', 'altre competenze'],
    ['skills', 'skill', 'key skills', 'core skills', 'skills summary', 'summary of skills', 'skill set', 'skillset', 'expertise', 'areas of expertise', 'core competencies', 'competencies', 'competences', 'abilities', 'skills and interests', 'skills and training', 'professional skills', 'other skills', 'additional skills'],
    ['habilidades', 'competencias', 'competencias clave', 'conocimientos', 'competencias profesionales', 'competences', 'kenntnisse', 'fahigkeiten', 'faehigkeiten', 'kompetenzen', 'competences', 'aptitudes', 'competencias', 'habilidades e competencias', 'kenntnisse und fahigkeiten', 'sonstige kenntnisse'],
  ),
  other: syn(
    ['curriculum vitae', 'curriculum', 'cv', 'progetti', 'certificazioni', 'certificati', 'patente', 'patente di guida', 'ulteriori informazioni', 'altre informazioni', 'informazioni aggiuntive', 'interessi', 'hobby', 'hobby e interessi', 'pubblicazioni', 'volontariato', 'premi', 'riconoscimenti', 'referenze', 'allegati', 'trattamento dei dati personali', 'privacy', 'autorizzazione al trattamento dei dati'],
    ['curriculum vitae', 'resume', 'cv', 'projects', 'certifications', 'certificates', 'driving licence', 'driving license', 'additional information', 'interests', 'hobbies', 'publications', 'volunteering', 'volunteer experience', 'awards', 'honors', 'honours', 'awards and honors', 'references', 'portfolio', 'open source', 'talks', 'invited talks', 'presentations', 'conferences', 'memberships', 'affiliations', 'grants', 'grants and awards', 'service', 'university service', 'academic service', 'professional service', 'outreach', 'repositories', 'badges', 'annexes', 'miscellaneous', 'testimonials', 'faq', 'thesis'],
    ['proyectos', 'certificaciones', 'intereses', 'projetos', 'certificacoes', 'interesses', 'secao extra', 'projets', 'centres d interet', 'projekte', 'hobbys', 'private projekte', 'zusatzqualifikationen', 'loisirs', 'interets', 'intereses', 'publicaciones', 'publications scientifiques'],
  ),
};

/** Profile order of the required sections (fixes insert missing ones in this order). */
export const backOfficeRequiredSections: SectionKind[] = [
  'experience',
  'education',
  'technical-skills',
  'language-skills',
  'personal-skills',
  'contact',
];
