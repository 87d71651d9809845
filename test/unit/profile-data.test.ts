// Profile data tested as data: every heading synonym and every keyword term of the back-office
// profile has an example written by hand, the way people write it in a CV. Deleting a synonym
// or a term from the profile makes one of these tests fail; a test generated from the table it
// checks could not. Only the completeness tests iterate over the profile tables.
import assert from 'node:assert/strict';
import { classifyTitle } from '../../server/src/engine/classify';
import { findConcepts, type ConceptMatch } from '../../server/src/engine/keywords';
import type { Language, SectionKind } from '../../server/src/engine/types';
import type { KeywordConcept } from '../../server/src/profiles/types';
import { getProfile, profileIds } from '../../server/src/profiles/index';
import { FAMILY_KEYWORD_EXAMPLES } from './profile-family-examples';

const profile = getProfile('back-office')!;

// ---------------------------------------------------------------------------------------------
// 1. Heading synonyms
//
// Kind → synonym as written in backOfficeSynonyms → headings seen in CVs that must be read as
// exactly that synonym (classifyTitle: `by: 'synonym'`, `matched` = the synonym). The classifier
// looks a synonym up by the whole normalised title (case, accents, punctuation, emoji, a leading
// "1." and a filler such as "My" / "I miei" are dropped), so each heading names the synonym alone.
// No synonym appears under two kinds today. A few appear twice under the same kind (the index
// keeps the first copy; both copies are the same string, so `matched` is that string): noted below.

type HeadingExamples = Partial<Record<SectionKind, Record<string, string[]>>>;

const HEADING_EXAMPLES: HeadingExamples = {
  contact: {
    // it
    'contatti': ['Contatti', '📞 CONTATTI', 'I miei contatti:'],
    'contatto': ['Contatto'],
    'informazioni personali': ['INFORMAZIONI PERSONALI', 'Informazioni personali:'],
    'dati personali': ['Dati personali'],
    'informazioni di contatto': ['Informazioni di contatto'],
    'recapiti': ['Recapiti:'],
    'recapito': ['RECAPITO'],
    'dati anagrafici': ['Dati anagrafici'],
    'anagrafica': ['Anagrafica'],
    'contattami': ['Contattami ✉️'],
    'dove trovarmi': ['Dove trovarmi'],
    'riferimenti': ['Riferimenti'],
    'indirizzo': ['Indirizzo:'],
    'residenza': ['Residenza'],
    'domicilio': ['DOMICILIO'],
    // en
    'contact': ['Contact'],
    'contacts': ['CONTACTS'],
    'contact information': ['Contact Information'],
    'contact info': ['Contact info:'],
    'contact details': ['Contact Details'],
    'personal information': ['PERSONAL INFORMATION'],
    'personal details': ['Personal details'],
    'personal data': ['Personal Data'],
    'personal info': ['Personal Info'],
    'get in touch': ['Get in touch 👋'],
    'contact me': ['Contact me'],
    'reach me': ['Reach Me'],
    'contact methods': ['Contact methods'],
    'address': ['Address:'],
    'location': ['📍 Location'],
    // other
    'contacto': ['Contacto'],
    'datos personales': ['Datos personales'],
    'datos de contacto': ['Datos de contacto'],
    'informacion de contacto': ['Información de contacto'],
    'contato': ['Contato'],
    'contatos': ['Contatos'],
    'informacoes pessoais': ['Informações pessoais'],
    'dados pessoais': ['Dados pessoais'],
    'coordonnees': ['Coordonnées'],
    'informations personnelles': ['Informations personnelles'],
    'kontakt': ['Kontakt'],
    'personliche daten': ['Persönliche Daten'],
    'persoenliche daten': ['Persoenliche Daten'],
  },
  summary: {
    descrizione: ['Descrizione'],
    riassunto: ['Riassunto'],
    'descrizione personale': ['Descrizione personale'],
    'breve descrizione': ['Breve descrizione'],
    // it
    'profilo': ['Profilo', 'PROFILO:'],
    'profilo professionale': ['Profilo professionale'],
    'profilo personale': ['Profilo personale'],
    'sommario': ['Sommario'],
    'presentazione': ['Presentazione'],
    'chi sono': ['Chi sono'],
    'su di me': ['Su di me'],
    'obiettivo': ['Obiettivo:'],
    'obiettivo professionale': ['OBIETTIVO PROFESSIONALE'],
    'obiettivi': ['Obiettivi'],
    'occupazione desiderata': ['OCCUPAZIONE DESIDERATA', 'Occupazione desiderata:'],
    'posizione desiderata': ['Posizione desiderata'],
    'sintesi': ['Sintesi'],
    'in breve': ['In breve'],
    'lettera di presentazione': ['Lettera di presentazione'],
    // en
    'summary': ['Summary', 'My summary'],
    'profile': ['PROFILE'],
    'professional summary': ['Professional Summary'],
    'professional profile': ['Professional profile'],
    'career summary': ['Career Summary'],
    'executive summary': ['Executive Summary'],
    'about': ['About'],
    'about me': ['About Me 🙂'],
    'overview': ['Overview'],
    'personal statement': ['Personal Statement'],
    'objective': ['Objective:'],
    'career objective': ['Career Objective'],
    'objectives': ['Objectives'],
    'introduction': ['Introduction'],
    'bio': ['Bio'],
    'biography': ['Biography'],
    'highlights': ['Highlights'],
    'cover letter': ['Cover Letter'],
    'personal profile': ['Personal Profile'],
    // other
    'perfil': ['Perfil'],
    'perfil profesional': ['Perfil profesional'],
    'perfil profissional': ['Perfil profissional'],
    'resumen': ['Resumen'],
    'resumo': ['Resumo'],
    'sobre mi': ['Sobre mí'],
    'sobre mim': ['Sobre mim'],
    'objetivo': ['Objetivo'],
    'profil': ['Profil'],
    'a propos': ['À propos'],
    'uber mich': ['Über mich'],
    'ueber mich': ['Ueber mich'],
    'zusammenfassung': ['Zusammenfassung'],
  },
  experience: {
    // it
    'esperienza': ['Esperienza'],
    'esperienze': ['Le mie esperienze'],
    'esperienza professionale': ['ESPERIENZA PROFESSIONALE', '1. Esperienza professionale'],
    'esperienze professionali': ['Esperienze professionali:'],
    'esperienza lavorativa': ['Esperienza lavorativa'],
    'esperienze lavorative': ['Esperienze lavorative 💼'],
    'carriera': ['Carriera'],
    'posizione attuale': ['Posizione attuale'],
    'percorso professionale': ['Percorso professionale'],
    'attivita professionale': ['Attività professionale'],
    'attivita lavorativa': ['ATTIVITÀ LAVORATIVA'],
    'lavoro': ['Lavoro'],
    'impieghi': ['Impieghi'],
    'incarichi': ['Incarichi'],
    'tirocini': ['Tirocini'],
    'stage': ['Stage'],
    'attivita didattica': ['Attività didattica'],
    'esperienza didattica': ['Esperienza didattica'],
    'insegnamento': ['Insegnamento'],
    'docenze': ['Docenze'],
    'attivita imprenditoriale': ['Attività imprenditoriale'],
    'esperienza imprenditoriale': ['Esperienza imprenditoriale'],
    'imprese fondate': ['Imprese fondate'],
    'iniziative imprenditoriali': ['Iniziative imprenditoriali'],
    // en
    'experience': ['Experience', 'EXPERIENCE:'],
    'experiences': ['Experiences'],
    'work experience': ['Work Experience'],
    'professional experience': ['Professional Experience'],
    'work history': ['Work History'],
    'employment': ['Employment'],
    'employment history': ['Employment History'],
    'career': ['Career'],
    'career history': ['Career history'],
    'professional background': ['Professional Background'],
    'positions': ['Positions'],
    'positions held': ['Positions Held'],
    'jobs': ['Jobs'],
    'internships': ['Internships'],
    'research': ['Research'],
    'research experience': ['Research Experience'],
    'relevant experience': ['Relevant Experience'],
    'work': ['Work'],
    'teaching': ['Teaching'],
    'teaching experience': ['Teaching Experience'],
    'other roles': ['Other roles'],
    'roles': ['Roles'],
    'entrepreneurship': ['Entrepreneurship'],
    'ventures': ['Ventures'],
    // other
    'experiencia': ['Experiencia'],
    'experiencia profesional': ['Experiencia profesional'],
    'experiencia laboral': ['Experiencia laboral'],
    'experiencia profissional': ['Experiência profissional'],
    'experiencias': ['Experiencias'],
    'experience professionnelle': ['Expérience professionnelle'],
    'berufserfahrung': ['Berufserfahrung'],
    'berufliche erfahrung': ['Berufliche Erfahrung'],
    'arbeitserfahrung': ['Arbeitserfahrung'],
    'relevante arbeitserfahrung': ['Relevante Arbeitserfahrung'],
    'praxiserfahrung': ['Praxiserfahrung'],
    'berufspraxis': ['Berufspraxis'],
    'werdegang': ['Werdegang'],
  },
  education: {
    // it
    'istruzione': ['Istruzione'],
    'formazione': ['Formazione', '🎓 FORMAZIONE'],
    'istruzione e formazione': ['ISTRUZIONE E FORMAZIONE', 'Istruzione e formazione:'],
    'titoli di studio': ['Titoli di studio'],
    'titolo di studio': ['Titolo di studio'],
    'studi': ['Studi'],
    'percorso di studi': ['Percorso di studi'],
    'percorso formativo': ['Percorso formativo'],
    'formazione accademica': ['Formazione accademica'],
    'formazione professionale': ['Formazione professionale'],
    'corsi': ['Corsi'],
    'corsi di formazione': ['Corsi di formazione'],
    'scuola': ['Scuola'],
    'esperienze formative': ['Esperienze formative'],
    'percorso scolastico': ['Percorso scolastico'],
    'qualifiche': ['Qualifiche'],
    'scolarita': ['Scolarità'],
    'formazione continua': ['Formazione continua'],
    'aggiornamento professionale': ['Aggiornamento professionale'],
    // en
    'education': ['Education', 'EDUCATION'],
    'education and training': ['Education and Training'],
    'training': ['Training'],
    'qualifications': ['Qualifications'],
    'academic qualifications': ['Academic Qualifications'],
    'educational qualifications': ['Educational qualifications'],
    'academic background': ['Academic Background'],
    'studies': ['Studies'],
    'academic history': ['Academic History'],
    'schooling': ['Schooling'],
    'courses': ['Courses'],
    'degrees': ['Degrees'],
    'professional development': ['Professional Development'],
    // other
    'formacion': ['Formación'],
    'formacion academica': ['Formación académica'],
    'educacion': ['Educación'],
    'estudios': ['Estudios'],
    'formacao': ['Formação'],
    'formacao academica': ['Formação acadêmica'],
    'educacao': ['Educação'],
    'formation': ['Formation'],
    'ausbildung': ['Ausbildung'],
    'bildung': ['Bildung'],
    'studium': ['Studium'],
  },
  'technical-skills': {
    // it
    'competenze tecniche': ['Competenze tecniche'],
    'competenze digitali': ['COMPETENZE DIGITALI'],
    'competenze informatiche': ['Competenze informatiche 💻'],
    'capacita e competenze tecniche': ['Capacità e competenze tecniche', 'CAPACITÀ E COMPETENZE TECNICHE'],
    'conoscenze informatiche': ['Conoscenze informatiche:'],
    'strumenti': ['Strumenti'],
    'tecnologie': ['Tecnologie'],
    // 'software' is listed in both `it` and `en`: the index keeps the `it` copy, same string.
    'software': ['Software', 'SOFTWARE:'],
    'linguaggi': ['Linguaggi'],
    'linguaggi di programmazione': ['Linguaggi di programmazione'],
    'sistemi operativi': ['Sistemi operativi'],
    'programmazione': ['Programmazione'],
    'informatica': ['Informatica'],
    // 'hard skills' is listed in both `it` and `en`: the index keeps the `it` copy, same string.
    'hard skills': ['Hard skills', 'HARD SKILLS'],
    // en
    'technical skills': ['Technical Skills', '🛠️ Technical skills:'],
    'computer skills': ['Computer Skills'],
    'digital skills': ['Digital skills'],
    'it skills': ['IT Skills'],
    'tools': ['Tools'],
    'tech stack': ['Tech Stack'],
    'technologies': ['Technologies'],
    'technology': ['Technology'],
    'programming': ['Programming'],
    'programming languages': ['Programming Languages'],
    'technical expertise': ['Technical Expertise'],
    'frameworks': ['Frameworks'],
    'operating systems': ['Operating Systems'],
    // other
    'herramientas': ['Herramientas'],
    // 'habilidades tecnicas' is listed twice in `other`: the index keeps the first, same string.
    'habilidades tecnicas': ['Habilidades técnicas'],
    'competencias tecnicas': ['Competencias técnicas'],
    'conocimientos informaticos': ['Conocimientos informáticos'],
    'ferramentas': ['Ferramentas'],
    'competencias digitales': ['Competencias digitales'],
    'competences techniques': ['Compétences techniques'],
    'it kenntnisse': ['IT-Kenntnisse'],
    'edv kenntnisse': ['EDV-Kenntnisse'],
  },
  'language-skills': {
    // it
    'lingue': ['Lingue', 'LINGUE:'],
    'lingue straniere': ['Lingue straniere'],
    'competenze linguistiche': ['Competenze linguistiche 🌍'],
    'lingua madre': ['Lingua madre'],
    'madrelingua': ['MADRELINGUA'],
    'altre lingue': ['Altre lingue'],
    'conoscenze linguistiche': ['Conoscenze linguistiche'],
    'capacita linguistiche': ['Capacità linguistiche'],
    // en
    'languages': ['Languages'],
    'language skills': ['Language Skills'],
    'language': ['Language'],
    'foreign languages': ['Foreign Languages'],
    'mother tongue': ['Mother tongue:'],
    'other languages': ['Other languages'],
    'language proficiency': ['Language Proficiency'],
    // other
    'idiomas': ['Idiomas'],
    'idioma': ['Idioma'],
    'lenguas': ['Lenguas'],
    'langues': ['Langues'],
    'sprachen': ['Sprachen'],
    'sprachkenntnisse': ['Sprachkenntnisse'],
  },
  'personal-skills': {
    // it
    'competenze personali': ['Competenze personali'],
    'competenze trasversali': ['Competenze trasversali'],
    'competenze organizzative e relazionali': ['Competenze organizzative e relazionali'],
    'competenze relazionali': ['COMPETENZE RELAZIONALI'],
    'competenze organizzative': ['Competenze organizzative:'],
    'competenze comunicative': ['Competenze comunicative'],
    'competenze comunicative e organizzative': ['Competenze comunicative e organizzative'],
    'competenze organizzative e gestionali': ['Competenze organizzative e gestionali'],
    'capacita e competenze personali': ['Capacità e competenze personali'],
    'capacita e competenze relazionali': ['CAPACITÀ E COMPETENZE RELAZIONALI'],
    'capacita e competenze organizzative': ['Capacità e competenze organizzative'],
    'capacita personali': ['Capacità personali'],
    'qualita personali': ['Qualità personali'],
    // 'soft skills' is listed in both `it` and `en`: the index keeps the `it` copy, same string.
    'soft skills': ['Soft skills', 'SOFT SKILLS 🤝'],
    'attitudini': ['Attitudini'],
    // en
    'personal skills': ['Personal Skills'],
    'interpersonal skills': ['Interpersonal Skills'],
    'people skills': ['People skills'],
    'communication skills': ['Communication Skills'],
    'organisational skills': ['Organisational skills'],
    'organizational skills': ['Organizational Skills'],
    'management': ['Management'],
    'leadership': ['Leadership'],
    'personal qualities': ['Personal Qualities'],
    'strengths': ['Strengths', 'Key strengths'],
    'transferable skills': ['Transferable Skills'],
    // other
    'habilidades blandas': ['Habilidades blandas'],
    'competencias personales': ['Competencias personales'],
    'habilidades interpersonales': ['Habilidades interpersonales'],
    'competencias transversales': ['Competencias transversales'],
    'competencias blandas': ['Competencias blandas'],
    'competences personnelles': ['Compétences personnelles'],
    'soziale kompetenzen': ['Soziale Kompetenzen'],
    'personliche kompetenzen': ['Persönliche Kompetenzen'],
  },
  skills: {
    // it
    'competenze': ['Competenze', 'Le mie competenze'],
    'capacita': ['Capacità'],
    'capacita e competenze': ['CAPACITÀ E COMPETENZE'],
    'abilita': ['Abilità'],
    'conoscenze': ['Conoscenze'],
    'competenze chiave': ['Competenze chiave'],
    'competenze professionali': ['Competenze professionali'],
    'altre competenze': ['Altre competenze'],
    // en
    'skills': ['Skills', 'SKILLS:', 'My Skills'],
    'skill': ['Skill'],
    'key skills': ['Key Skills'],
    'core skills': ['Core skills'],
    'skills summary': ['Skills Summary'],
    'summary of skills': ['SUMMARY OF SKILLS'],
    'skill set': ['Skill set', 'Skill-set'],
    'skillset': ['Skillset'],
    'expertise': ['Expertise'],
    'areas of expertise': ['Areas of Expertise'],
    'core competencies': ['Core Competencies'],
    'competencies': ['Competencies'],
    // 'competences' is listed in `en` and again in `other`: the index keeps the `en` copy, same string.
    'competences': ['Competences', 'Compétences'],
    'abilities': ['Abilities'],
    'skills and interests': ['Skills and Interests'],
    'skills and training': ['Skills and Training'],  // "&" is kept by normalizeTitle: "Skills & Training" is read by keyword
    'professional skills': ['Professional Skills'],
    'other skills': ['Other skills'],
    'additional skills': ['Additional Skills'],
    // other
    'habilidades': ['Habilidades'],
    'competencias': ['Competencias'],
    'competencias clave': ['Competencias clave'],
    'conocimientos': ['Conocimientos'],
    'competencias profesionales': ['Competencias profesionales'],
    'kenntnisse': ['Kenntnisse'],
    'fahigkeiten': ['Fähigkeiten'],
    'faehigkeiten': ['Faehigkeiten'],
    'kompetenzen': ['Kompetenzen'],
  },
  other: {
    'invited talks': ['Invited Talks'],
    presentations: ['Presentations'],
    affiliations: ['Affiliations'],
    grants: ['Grants'],
    'grants and awards': ['Grants and Awards'],
    service: ['Service'],
    'university service': ['University Service'],
    'academic service': ['Academic Service'],
    'professional service': ['Professional Service'],
    outreach: ['Outreach'],
    repositories: ['Repositories'],
    // it ('curriculum vitae' and 'cv' are also in `en`: the index keeps the `it` copy, same string.)
    'curriculum vitae': ['Curriculum Vitae', 'CURRICULUM VITAE'],
    'curriculum': ['Curriculum'],
    'cv': ['CV'],
    'progetti': ['Progetti'],
    'certificazioni': ['Certificazioni 📜'],
    'certificati': ['Certificati'],
    'patente': ['Patente'],
    'patente di guida': ['Patente di guida:'],
    'ulteriori informazioni': ['ULTERIORI INFORMAZIONI'],
    'altre informazioni': ['Altre informazioni'],
    'informazioni aggiuntive': ['Informazioni aggiuntive'],
    'interessi': ['Interessi'],
    'hobby': ['Hobby'],
    'hobby e interessi': ['Hobby e interessi'],
    'pubblicazioni': ['Pubblicazioni'],
    'volontariato': ['Volontariato'],
    'premi': ['Premi'],
    'riconoscimenti': ['Riconoscimenti'],
    'referenze': ['Referenze'],
    'allegati': ['Allegati'],
    'trattamento dei dati personali': ['Trattamento dei dati personali'],
    'privacy': ['Privacy'],
    'autorizzazione al trattamento dei dati': ['Autorizzazione al trattamento dei dati'],
    // en
    'resume': ['Résumé', 'Resume'],
    'projects': ['Projects'],
    'certifications': ['Certifications'],
    'certificates': ['Certificates'],
    'driving licence': ['Driving Licence'],
    'driving license': ['Driving license'],
    'additional information': ['Additional Information'],
    'interests': ['Interests'],
    'hobbies': ['Hobbies ⚽'],
    'publications': ['Publications'],
    'volunteering': ['Volunteering'],
    'volunteer experience': ['Volunteer Experience'],
    'awards': ['Awards'],
    'honors': ['Honors'],
    'honours': ['Honours'],
    'awards and honors': ['Awards and Honors'],  // likewise "Awards & Honors" is read by keyword, not by this synonym
    'references': ['References'],
    'portfolio': ['Portfolio'],
    'open source': ['Open Source'],
    'talks': ['Talks'],
    'conferences': ['Conferences'],
    'memberships': ['Memberships'],
    'badges': ['Badges'],
    'annexes': ['Annexes'],
    'miscellaneous': ['Miscellaneous'],
    'testimonials': ['Testimonials'],
    'faq': ['FAQ'],
    'thesis': ['Thesis'],
    // other
    'proyectos': ['Proyectos'],
    'certificaciones': ['Certificaciones'],
    'intereses': ['Intereses'],
    'projetos': ['Projetos'],
    'certificacoes': ['Certificações'],
    'interesses': ['Interesses'],
    'secao extra': ['Seção extra'],
    'projets': ['Projets'],
    'centres d interet': ['Centres d’intérêt'],
    'projekte': ['Projekte'],
    'hobbys': ['Hobbys'],
  },
};

/** Synonyms no heading can resolve to `by: 'synonym'` (none today). Keep this set tiny, each with its reason. */
// Headings of CVs written in German, French, Spanish and Portuguese (real-CV review, 2026-11): recognised
// so that a CV in those languages gets its structure read, with English messages.
const OTHER_LANGUAGE_HEADINGS: HeadingExamples = {
  contact: {
    kontaktdaten: ['Kontaktdaten'],
    'angaben zur person': ['Angaben zur Person'],
    'donnees personnelles': ['Données personnelles'],
    'informacion personal': ['Información personal'],
    'dados de contato': ['Dados de contato'],
  },
  summary: {
    'acerca de mi': ['Acerca de mí'],
    kurzprofil: ['Kurzprofil'],
    'profil professionnel': ['Profil professionnel'],
    'resume professionnel': ['Résumé professionnel'],
  },
  experience: {
    'experiences professionnelles': ['Expériences professionnelles'],
    'parcours professionnel': ['Parcours professionnel'],
    'beruflicher werdegang': ['Beruflicher Werdegang'],
    'berufliche laufbahn': ['Berufliche Laufbahn'],
    berufstatigkeit: ['Berufstätigkeit'],
    'trayectoria profesional': ['Trayectoria profesional'],
    'experiencias profesionales': ['Experiencias profesionales'],
    'experiencias profissionais': ['Experiências profissionais'],
  },
  education: {
    schulbildung: ['Schulbildung'],
    'aus und weiterbildung': ['Aus- und Weiterbildung'],
    'aus und weiterbildungen': ['Aus- und Weiterbildungen'],
    weiterbildung: ['Weiterbildung'],
    weiterbildungen: ['Weiterbildungen'],
    scolarite: ['Scolarité'],
    diplomes: ['Diplômes'],
    formations: ['Formations'],
  },
  'technical-skills': {
    'stack tecnico': ['Stack técnico'],
    'competencias digitais': ['Competências digitais'],
    informatique: ['Informatique'],
    'competences informatiques': ['Compétences informatiques'],
    'technische kenntnisse': ['Technische Kenntnisse'],
    'technische fahigkeiten': ['Technische Fähigkeiten'],
  },
  'language-skills': {
    'competences linguistiques': ['Compétences linguistiques'],
    linguas: ['Línguas'],
  },
  'personal-skills': {
    'competencias interpessoais': ['Competências interpessoais'],
    'habilidades interpessoais': ['Habilidades interpessoais'],
    'savoir etre': ['Savoir-être'],
    'qualites personnelles': ['Qualités personnelles'],
  },
  skills: {
    aptitudes: ['Aptitudes'],
    'habilidades e competencias': ['Habilidades e competências'],
    'kenntnisse und fahigkeiten': ['Kenntnisse und Fähigkeiten'],
    'sonstige kenntnisse': ['Sonstige Kenntnisse'],
  },
  other: {
    'private projekte': ['Private Projekte'],
    zusatzqualifikationen: ['Zusatzqualifikationen'],
    loisirs: ['Loisirs'],
    interets: ['Intérêts'],
    publicaciones: ['Publicaciones'],
    'publications scientifiques': ['Publications scientifiques'],
  },
};
for (const [kind, table] of Object.entries(OTHER_LANGUAGE_HEADINGS) as [SectionKind, Record<string, string[]>][]) {
  HEADING_EXAMPLES[kind] = { ...(HEADING_EXAMPLES[kind] ?? {}), ...table };
}

const KNOWN_UNREACHABLE = new Set<string>([]);

describe('profile data: heading synonyms (back-office)', () => {
  for (const [kind, bySynonym] of Object.entries(HEADING_EXAMPLES) as [SectionKind, Record<string, string[]>][]) {
    for (const [synonym, headings] of Object.entries(bySynonym)) {
      for (const heading of headings) {
        it(`"${heading}" is ${kind} by the synonym "${synonym}"`, () => {
          const c = classifyTitle(heading, profile);
          assert.equal(c.kind, kind, `kind of "${heading}"`);
          assert.equal(c.reason.by, 'synonym', `"${heading}" should be recognised by a synonym, got ${JSON.stringify(c.reason)}`);
          assert.equal(c.reason.matched, synonym, `"${heading}" should match the synonym "${synonym}"`);
        });
      }
    }
  }

  it('every synonym of the profile has a hand-written heading example (or is listed in KNOWN_UNREACHABLE)', () => {
    const missing: string[] = [];
    for (const [kind, table] of Object.entries(profile.synonyms) as [SectionKind, (typeof profile.synonyms)[SectionKind]][]) {
      for (const [list, synonyms] of [['it', table.it], ['en', table.en], ['other', table.other ?? []]] as const) {
        for (const synonym of synonyms) {
          if (KNOWN_UNREACHABLE.has(synonym)) continue;
          if (!(HEADING_EXAMPLES[kind]?.[synonym]?.length)) missing.push(`${kind}.${list}: "${synonym}"`);
        }
      }
    }
    assert.deepEqual(missing, [], `synonyms without a hand-written heading example in HEADING_EXAMPLES (add one, or a reasoned KNOWN_UNREACHABLE entry):\n  ${missing.join('\n  ')}`);
  });

  it('every heading example names a synonym that is in the profile under that kind', () => {
    const stale: string[] = [];
    for (const [kind, bySynonym] of Object.entries(HEADING_EXAMPLES) as [SectionKind, Record<string, string[]>][]) {
      const table = profile.synonyms[kind];
      const listed = new Set([...table.it, ...table.en, ...(table.other ?? [])]);
      for (const synonym of Object.keys(bySynonym)) if (!listed.has(synonym)) stale.push(`${kind}: "${synonym}"`);
    }
    assert.deepEqual(stale, [], `examples for synonyms the profile no longer lists:\n  ${stale.join('\n  ')}`);
  });

  it('KNOWN_UNREACHABLE only lists synonyms the profile has', () => {
    const all = new Set(Object.values(profile.synonyms).flatMap((t) => [...t.it, ...t.en, ...(t.other ?? [])]));
    assert.deepEqual([...KNOWN_UNREACHABLE].filter((s) => !all.has(s)), []);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Keyword terms
//
// Group → concept → language → term as written in keywords.ts → a CV sentence in that language
// that uses the term. findConcepts reports the profile term that matched (ConceptMatch.term), so
// each sentence must be credited to its concept *by that term*: delete the term and the test fails.
// A term is also checked against its own language list alone, so removing it from `it` while the
// same spelling stays in `en` (or the other way round) fails too.

type TermExamples = Record<string, Record<string, Partial<Record<Language, Record<string, string>>>>>;

const BACK_OFFICE_KEYWORD_EXAMPLES: TermExamples = {
  'administrative-tasks': {
    invoicing: {
      it: {
        'fatturazione': 'Gestione della fatturazione attiva per 40 clienti.',
        'fatture': 'Controllo delle fatture passive prima del pagamento.',
        'emissione fatture': 'Emissione fatture e note di credito con il gestionale.',
        'registrazione fatture': 'Registrazione fatture fornitori in prima nota.',
        'ciclo attivo': 'Supporto all’ufficio amministrativo nel ciclo attivo.',
        'ciclo passivo': 'Gestione del ciclo passivo: ricezione, controllo e pagamento.',
        'note di credito': 'Predisposizione di note di credito per resi e abbuoni.',
      },
      en: {
        'invoicing': 'Handled invoicing for 40 corporate clients.',
        'invoices': 'Checked supplier invoices against delivery dates.',
        'invoice processing': 'Invoice processing for the Italian subsidiaries.',
        'billing': 'Monthly billing and follow-up of unpaid accounts.',
        'credit notes': 'Issued credit notes for returned goods.',
      },
    },
    'data-entry': {
      it: {
        'data entry': 'Data entry di ordini e anagrafiche su gestionale.',
        'inserimento dati': 'Inserimento dati contabili nel gestionale aziendale.',
        'inserimento dei dati': 'Inserimento dei dati delle presenze del personale.',
        'immissione dati': 'Immissione dati da moduli cartacei.',
        'caricamento dati': 'Caricamento dati sul portale dei clienti.',
        'digitazione dati': 'Digitazione dati veloce (300 battute al minuto).',
      },
      en: {
        'data entry': 'Fast data entry of sales figures into spreadsheets.',
        'data input': 'Data input of customer records from paper forms.',
        'data capture': 'Data capture from scanned delivery notes.',
      },
    },
    archiving: {
      it: {
        'archiviazione': 'Archiviazione cartacea delle pratiche chiuse.',
        'archivio': 'Riordino dell’archivio storico dello studio.',
        'archiviazione documenti': 'Archiviazione documenti contabili e contratti.',
        'tenuta archivio': 'Tenuta archivio del personale.',
        'conservazione documenti': 'Conservazione documenti secondo le procedure aziendali.',
      },
      en: {
        'filing': 'Filing of contracts and correspondence.',
        'archiving': 'Archiving of closed client files.',
        'archive': 'Reorganised the company archive.',
        'records management': 'Records management for 2,000 client files.',
        'record keeping': 'Accurate record keeping for the auditors.',
        'recordkeeping': 'Recordkeeping of signed contracts.',
        'filing system': 'Set up a new filing system for the legal department.',
      },
    },
    accounting: {
      it: {
        'contabilità': 'Supporto alla contabilità di uno studio commercialista.',
        'contabilità generale': 'Contabilità generale fino al bilancio di verifica.',
        'prima nota': 'Registrazioni di prima nota cassa e banca.',
        'partita doppia': 'Buona conoscenza della partita doppia.',
        'scritture contabili': 'Scritture contabili di assestamento.',
        'registrazioni contabili': 'Registrazioni contabili su TeamSystem.',
      },
      en: {
        'accounting': 'Supported the accounting team at month end.',
        'bookkeeping': 'Bookkeeping for three small businesses.',
        'general ledger': 'Posted entries to the general ledger.',
        'journal entries': 'Prepared journal entries for accruals.',
        'accounts payable': 'Accounts payable for 200 suppliers.',
        'accounts receivable': 'Managed accounts receivable and ageing lists.',
      },
    },
    'document-management': {
      it: {
        'gestione documentale': 'Gestione documentale delle pratiche assicurative.',
        'gestione documenti': 'Gestione documenti in entrata e in uscita.',
        'gestione dei documenti': 'Gestione dei documenti del personale.',
        'gestione della documentazione': 'Gestione della documentazione di gara.',
        'disbrigo pratiche': 'Disbrigo pratiche presso enti pubblici.',
      },
      en: {
        'document management': 'Document management for the legal office.',
        'document handling': 'Document handling and scanning.',
        'documentation handling': 'Documentation handling for customs clearance.',
        'paperwork': 'Processed export paperwork.',
        'documentation management': 'Documentation management for ISO audits.',
      },
    },
    reconciliation: {
      it: {
        'riconciliazione': 'Riconciliazione dei conti fornitori.',
        'riconciliazione bancaria': 'Riconciliazione bancaria mensile su 5 conti.',
        'riconciliazioni': 'Riconciliazioni mensili dei conti intercompany.',
        'quadratura': 'Quadratura di cassa giornaliera.',
        'quadrature contabili': 'Quadrature contabili di fine mese.',
        'estratti conto': 'Controllo degli estratti conto bancari.',
      },
      en: {
        'reconciliation': 'Reconciliation of intercompany balances.',
        'bank reconciliation': 'Weekly bank reconciliation for 5 accounts.',
        'account reconciliation': 'Account reconciliation at month end.',
        'reconciling': 'Reconciling supplier statements.',
        'reconcile': 'Reconcile petty cash every Friday.',
        'bank statements': 'Checked bank statements against the ledger.',
      },
    },
    payments: {
      it: {
        'pagamenti': 'Controllo dei pagamenti in scadenza.',
        'gestione pagamenti': 'Gestione pagamenti fornitori.',
        'incassi': 'Registrazione degli incassi giornalieri.',
        'bonifici': 'Gestione di bonifici e incassi per 40 clienti.',
        'scadenziario': 'Aggiornamento dello scadenziario clienti.',
        'solleciti di pagamento': 'Invio di solleciti di pagamento ai clienti morosi.',
        'recupero crediti': 'Attività di recupero crediti telefonico.',
      },
      en: {
        'payments': 'Processed supplier payments weekly.',
        'payment processing': 'Payment processing through the bank portal.',
        'wire transfers': 'Prepared wire transfers for approval.',
        'cash collection': 'Cash collection from retail customers.',
        'payment reminders': 'Sent payment reminders to overdue customers.',
        'debt collection': 'Debt collection by phone and letter.',
      },
    },
    reporting: {
      it: {
        'reportistica': 'Reportistica mensile per la direzione.',
        'report': 'Preparazione di report settimanali sulle vendite.',
        'redazione di report': 'Redazione di report per il controllo di gestione.',
        'rendicontazione': 'Rendicontazione dei progetti finanziati.',
        'rendiconti': 'Preparazione dei rendiconti trimestrali.',
      },
      en: {
        'reporting': 'Weekly sales reporting to the area manager.',
        'reports': 'Produced monthly reports on overdue accounts.',
        'prepare reports': 'Able to prepare reports for the finance director.',
        'management reports': 'Compiled management reports from sales data.',
      },
    },
    'administrative-procedures': {
      it: {
        'procedure amministrative': 'Conoscenza delle procedure amministrative aziendali.',
        'pratiche amministrative': 'Gestione delle pratiche amministrative dei clienti.',
        'adempimenti amministrativi': 'Adempimenti amministrativi verso INPS e INAIL.',
        'attività amministrative': 'Attività amministrative di supporto alla direzione.',
        'gestione amministrativa': 'Gestione amministrativa del condominio.',
        'supporto amministrativo': 'Supporto amministrativo al reparto vendite.',
      },
      en: {
        'administrative procedures': 'Streamlined administrative procedures for new hires.',
        'administrative tasks': 'Handled administrative tasks for a team of 12.',
        'administrative duties': 'General administrative duties at a busy front desk.',
        'administrative support': 'Administrative support to the sales director.',
        'office administration': 'Office administration for a small law firm.',
      },
    },
    correspondence: {
      it: {
        'gestione della corrispondenza': 'Gestione della corrispondenza della direzione.',
        'corrispondenza': 'Smistamento e registrazione della corrispondenza.',
        'smistamento posta': 'Smistamento posta e centralino.',
        'posta in entrata': 'Registrazione della posta in entrata.',
        'posta in uscita': 'Preparazione della posta in uscita.',
        'comunicazioni interne': 'Redazione di comunicazioni interne e circolari.',
      },
      en: {
        'correspondence': 'Drafted correspondence for the managing director.',
        'mail handling': 'Mail handling and front desk cover.',
        'handling mail': 'Handling mail and courier deliveries.',
        'internal communications': 'Wrote internal communications for 300 staff.',
      },
    },
    'customer-requests': {
      it: {
        'richieste dei clienti': 'Gestione delle richieste dei clienti via telefono.',
        'richieste clienti': 'Evasione richieste clienti entro 24 ore.',
        'assistenza clienti': 'Assistenza clienti post-vendita.',
        'servizio clienti': 'Operatrice del servizio clienti.',
        'supporto clienti': 'Supporto clienti di primo livello.',
        'customer care': 'Esperienza in customer care per un e-commerce.',
        'gestione reclami': 'Gestione reclami e resi.',
      },
      en: {
        'customer requests': 'Handled customer requests by phone.',
        'customer service': 'Two years in customer service.',
        'customer care': 'Customer care for an online retailer.',
        'customer support': 'First-line customer support.',
        'customer enquiries': 'Answered customer enquiries about deliveries.',
        'customer inquiries': 'Responded to customer inquiries within 24 hours.',
        'complaint handling': 'Complaint handling and refunds.',
      },
    },
    'supplier-management': {
      it: {
        'gestione fornitori': 'Gestione fornitori di servizi e manutenzioni.',
        'fornitori': 'Contatti quotidiani con i fornitori esteri.',
        'rapporti con i fornitori': 'Rapporti con i fornitori e solleciti delle consegne.',
        'albo fornitori': 'Aggiornamento dell’albo fornitori.',
      },
      en: {
        'supplier management': 'Supplier management for office supplies.',
        'suppliers': 'Liaised with suppliers on delivery dates.',
        'vendor management': 'Vendor management and contract renewals.',
        'vendor relations': 'Maintained good vendor relations.',
      },
    },
    purchasing: {
      it: {
        'acquisti': 'Supporto agli acquisti di materiale di consumo.',
        'ufficio acquisti': 'Impiegata presso l’ufficio acquisti.',
        'ordini di acquisto': 'Emissione di ordini di acquisto.',
        'ordini ai fornitori': 'Invio degli ordini ai fornitori.',
        'approvvigionamenti': 'Approvvigionamenti di cancelleria per tre sedi.',
        'richieste di offerta': 'Invio di richieste di offerta e confronto preventivi.',
      },
      en: {
        'purchasing': 'Purchasing of stationery and IT equipment.',
        'procurement': 'Procurement support for the facilities team.',
        'purchase orders': 'Raised purchase orders for three sites.',
      },
    },
    'order-processing': {
      it: {
        'gestione ordini': 'Gestione ordini dal portale B2B.',
        'gestione degli ordini': 'Gestione degli ordini della grande distribuzione.',
        'evasione ordini': 'Evasione ordini entro le 48 ore.',
        'inserimento ordini': 'Inserimento ordini nel gestionale.',
        'ordini clienti': 'Controllo degli ordini clienti e delle consegne.',
      },
      en: {
        'order processing': 'Order processing for 150 retail accounts.',
        'order management': 'Order management from quote to delivery.',
        'order entry': 'Order entry and stock checks.',
        'sales orders': 'Entered sales orders and checked stock.',
      },
    },
    inventory: {
      it: {
        'inventario': 'Inventario di fine anno.',
        'gestione magazzino': 'Gestione magazzino con lettore di codici a barre.',
        'gestione del magazzino': 'Gestione del magazzino ricambi.',
        'magazzino': 'Carico e scarico del magazzino.',
        'giacenze': 'Controllo settimanale delle giacenze.',
        'gestione delle scorte': 'Gestione delle scorte di cancelleria.',
      },
      en: {
        'inventory': 'Monthly inventory counts.',
        'inventory management': 'Inventory management for two warehouses.',
        'stock control': 'Stock control and reordering.',
        'stock management': 'Stock management using barcode readers.',
        'warehouse management': 'Warehouse management and dispatch.',
      },
    },
    'hr-administration': {
      it: {
        'amministrazione del personale': 'Amministrazione del personale per 80 dipendenti.',
        'gestione del personale': 'Supporto alla gestione del personale.',
        'risorse umane': 'Ufficio risorse umane di un’azienda di 200 dipendenti.',
        'pratiche del personale': 'Pratiche del personale: assunzioni e cessazioni.',
        'selezione del personale': 'Screening dei CV per la selezione del personale.',
        'onboarding': 'Onboarding dei nuovi assunti.',
      },
      en: {
        'HR administration': 'HR administration for 80 employees.',
        'human resources': 'Assistant in the human resources department.',
        'personnel administration': 'Personnel administration and absence records.',
        'HR paperwork': 'Prepared HR paperwork for new starters.',
        'HR': 'Assistant to the HR manager.',
        'recruitment': 'Arranged interviews for graduate recruitment.',
        'onboarding': 'Coordinated onboarding for new starters.',
      },
    },
    payroll: {
      it: {
        'paghe e contributi': 'Elaborazione di paghe e contributi per 15 aziende clienti.',
        'elaborazione paghe': 'Elaborazione paghe con Zucchetti.',
        'buste paga': 'Controllo delle buste paga mensili.',
        'cedolini': 'Stampa e invio dei cedolini.',
        'rilevazione presenze': 'Rilevazione presenze e gestione ferie.',
      },
      en: {
        'payroll': 'Payroll for 120 employees.',
        'payslips': 'Checked and distributed payslips.',
        'timesheets': 'Collected weekly timesheets.',
        'attendance tracking': 'Attendance tracking and holiday records.',
      },
    },
    'contract-management': {
      it: {
        'gestione contratti': 'Gestione contratti di locazione.',
        'gestione dei contratti': 'Gestione dei contratti con i fornitori.',
        'redazione contratti': 'Redazione contratti di agenzia.',
        'redazione dei contratti': 'Supporto all’ufficio legale nella redazione dei contratti.',
        'amministrazione contratti': 'Amministrazione contratti di manutenzione.',
        'contrattualistica': 'Conoscenza della contrattualistica commerciale.',
      },
      en: {
        'contract management': 'Contract management for 60 service agreements.',
        'contract administration': 'Contract administration and renewals.',
        'drafting contracts': 'Drafting contracts from approved templates.',
        'managing contracts': 'Managing contracts with cleaning and security firms.',
      },
    },
    'secretarial-tasks': {
      it: {
        'attività di segreteria': 'Attività di segreteria per uno studio legale.',
        'segreteria': 'Segreteria di direzione.',
        'gestione agenda': 'Gestione agenda del direttore generale.',
        "gestione dell'agenda": "Gestione dell'agenda e delle telefonate.",
        'appuntamenti': 'Fissare appuntamenti con i clienti.',
        'organizzazione riunioni': 'Organizzazione riunioni e videoconferenze.',
        'redazione verbali': 'Redazione verbali del consiglio di amministrazione.',
        'verbalizzazione': 'Verbalizzazione delle riunioni di reparto.',
        'prenotazione viaggi': 'Prenotazione viaggi e hotel per i commerciali.',
        'organizzazione trasferte': 'Organizzazione trasferte in Italia e all’estero.',
      },
      en: {
        'calendar management': 'Calendar management for two directors.',
        'secretarial duties': 'General secretarial duties.',
        'diary management': 'Diary management for the CEO.',
        'scheduling': 'Scheduling of client meetings.',
        'managing appointments': 'Managing appointments for a busy clinic.',
        'booking appointments': 'Booking appointments and greeting visitors.',
        'meeting coordination': 'Meeting coordination across three time zones.',
        'minute taking': 'Minute taking at board meetings.',
        'travel arrangements': 'Made travel arrangements for the sales team.',
        'travel booking': 'Travel booking for the sales team.',
      },
    },
    compliance: {
      it: {
        'conformità normativa': 'Verifica della conformità normativa dei documenti.',
        'compliance': 'Supporto all’ufficio compliance.',
        'rispetto delle procedure': 'Rispetto delle procedure interne.',
        'controlli interni': 'Controlli interni sui pagamenti.',
        'antiriciclaggio': 'Verifiche antiriciclaggio sui nuovi clienti.',
        'adeguata verifica': 'Adeguata verifica della clientela.',
        'KYC': 'Controlli KYC sulle aperture di conto.',
        'AML': 'Segnalazioni AML alla funzione di controllo.',
      },
      en: {
        'compliance': 'Ensured compliance with internal policies.',
        'regulatory compliance': 'Regulatory compliance checks for new products.',
        'internal controls': 'Tested internal controls over payments.',
        'audit': 'Prepared documents for the annual audit.',
        'anti-money laundering': 'Anti-money laundering checks on new accounts.',
        'KYC': 'KYC reviews for corporate clients.',
        'AML': 'AML screening of incoming transfers.',
        'customer due diligence': 'Customer due diligence for high-risk clients.',
      },
    },
    'master-data': {
      it: {
        'aggiornamento anagrafiche': 'Aggiornamento anagrafiche articoli.',
        'gestione anagrafiche': 'Gestione anagrafiche nel gestionale.',
        'anagrafica clienti': 'Creazione e controllo dell’anagrafica clienti.',
        'anagrafica fornitori': 'Aggiornamento dell’anagrafica fornitori.',
        'anagrafiche clienti': 'Pulizia delle anagrafiche clienti.',
        'anagrafiche fornitori': 'Inserimento delle anagrafiche fornitori.',
      },
      en: {
        'master data': 'Maintained master data in SAP.',
        'customer master data': 'Customer master data set-up.',
        'vendor master data': 'Vendor master data changes.',
        'data management': 'Data management for the sales database.',
      },
    },
    'data-verification': {
      it: {
        'verifica dei dati': 'Verifica dei dati inseriti dai colleghi.',
        'verifica dati': 'Verifica dati anagrafici dei clienti.',
        'controllo dati': 'Controllo dati prima dell’invio all’INPS.',
        'controllo dei dati': 'Controllo dei dati di vendita.',
        'bonifica dati': 'Bonifica dati del database clienti.',
      },
      en: {
        'data verification': 'Data verification against source documents.',
        'data validation': 'Data validation rules in spreadsheets.',
        'data cleansing': 'Data cleansing of the customer database.',
        'data quality': 'Improved data quality by 30%.',
      },
    },
    'back-office': {
      it: {
        'back office': 'Impiegata di back office in una banca.',
        'backoffice': 'Addetto backoffice commerciale.',
        'middle office': 'Supporto al middle office titoli.',
      },
      en: {
        'back office': 'Back office clerk at an insurance broker.',
        'backoffice': 'Backoffice assistant for an online shop.',
        'middle office': 'Middle office support for the trading desk.',
      },
    },
    'banking-operations': {
      it: {
        'operatività bancaria': 'Conoscenza dell’operatività bancaria.',
        'operazioni bancarie': 'Registrazione delle operazioni bancarie.',
        'transazioni finanziarie': 'Controllo delle transazioni finanziarie.',
        'operazioni finanziarie': 'Supporto alle operazioni finanziarie di tesoreria.',
        'regolamento titoli': 'Regolamento titoli e gestione delle cedole.',
        'pratiche di fido': 'Istruttoria delle pratiche di fido.',
        'pratiche di finanziamento': 'Caricamento delle pratiche di finanziamento.',
      },
      en: {
        'banking operations': 'Two years in banking operations.',
        'financial transactions': 'Processed financial transactions for retail clients.',
        'settlement': 'Settlement of FX trades.',
        'securities settlement': 'Securities settlement and corporate actions.',
        'trade processing': 'Trade processing for equities.',
        'loan processing': 'Loan processing for small businesses.',
        'loan administration': 'Loan administration and repayment schedules.',
        'SWIFT': 'Sent payment instructions via SWIFT.',
      },
    },
    'expense-reports': {
      it: {
        'note spese': 'Controllo delle note spese dei commerciali.',
        'rimborsi spese': 'Gestione dei rimborsi spese.',
        'rendicontazione spese': 'Rendicontazione spese di trasferta.',
      },
      en: {
        'expense reports': 'Checked expense reports against receipts.',
        'expense claims': 'Processed expense claims for 50 staff.',
        'expense reporting': 'Expense reporting in Concur.',
      },
    },
    'protocol-registry': {
      it: {
        'protocollo informatico': 'Registrazione della posta nel protocollo informatico.',
        'protocollazione': 'Protocollazione dei documenti in arrivo.',
        'registro di protocollo': 'Tenuta del registro di protocollo.',
      },
      en: {
        'document registration': 'Document registration in the council records system.',
        'records registry': 'Maintained the records registry.',
      },
    },
    'shipping-documents': {
      it: {
        'documenti di trasporto': 'Emissione dei documenti di trasporto.',
        'DDT': 'Controllo dei DDT in entrata.',
        'bolle di consegna': 'Verifica delle bolle di consegna.',
        'spedizioni': 'Organizzazione delle spedizioni con i corrieri.',
        'logistica': 'Supporto all’ufficio logistica.',
      },
      en: {
        'delivery notes': 'Matched delivery notes to invoices.',
        'shipping documents': 'Prepared shipping documents for export.',
        'shipping': 'Booked shipping with couriers.',
        'logistics': 'Logistics coordinator assistant.',
      },
    },
    'tax-compliance': {
      it: {
        'adempimenti fiscali': 'Supporto agli adempimenti fiscali dei clienti.',
        'liquidazione IVA': 'Liquidazione IVA mensile.',
        'registri IVA': 'Tenuta dei registri IVA.',
        'dichiarazioni fiscali': 'Preparazione delle dichiarazioni fiscali.',
        'F24': 'Compilazione e invio dei modelli F24.',
      },
      en: {
        'tax compliance': 'Tax compliance for small businesses.',
        'VAT returns': 'Prepared quarterly VAT returns.',
        'tax returns': 'Assisted with personal tax returns.',
      },
    },
  },
  'office-software': {
    'microsoft-office': {
      it: {
        'pacchetto Office': 'Ottima conoscenza del pacchetto Office.',
        'Microsoft Office': 'Uso quotidiano di Microsoft Office.',
        'MS Office': 'Buona conoscenza di MS Office.',
        'Office 365': 'Utilizzo di Office 365 in azienda.',
        'Microsoft 365': 'Migrazione a Microsoft 365.',
        'suite Office': 'Padronanza della suite Office.',
      },
      en: {
        'Microsoft Office': 'Advanced Microsoft Office user.',
        'MS Office': 'MS Office (Word, Excel, Outlook).',
        'Office 365': 'Administered Office 365 accounts.',
        'Microsoft 365': 'Microsoft 365 daily user.',
        'Office suite': 'Confident with the Office suite.',
      },
    },
    excel: {
      it: {
        'Excel': 'Excel avanzato: formule e grafici.',
        'fogli di calcolo': 'Creazione di fogli di calcolo per il budget.',
        'foglio di calcolo': 'Uso del foglio di calcolo per le scadenze.',
        'foglio elettronico': 'Utilizzo del foglio elettronico.',
        'fogli elettronici': 'Preparazione di fogli elettronici per il magazzino.',
        'tabelle pivot': 'Analisi delle vendite con tabelle pivot.',
        'Google Fogli': 'Condivisione dei turni con Google Fogli.',
      },
      en: {
        'Excel': 'Advanced Excel user.',
        'spreadsheets': 'Built spreadsheets to track deadlines.',
        'pivot tables': 'Summarised sales data with pivot tables.',
        'VLOOKUP': 'VLOOKUP and conditional formatting.',
        'XLOOKUP': 'Replaced old formulas with XLOOKUP.',
        'Google Sheets': 'Shared trackers in Google Sheets.',
      },
    },
    word: {
      it: {
        'Word': 'Redazione di lettere con Word.',
        'videoscrittura': 'Programmi di videoscrittura.',
        'elaboratore di testi': 'Uso dell’elaboratore di testi.',
        'Microsoft Word': 'Buona conoscenza di Microsoft Word.',
      },
      en: {
        'Word': 'Wrote letters and minutes in Word.',
        'word processing': 'Fast and accurate word processing.',
        'word processor': 'Used a word processor for all letters.',
        'Microsoft Word': 'Proficient in Microsoft Word.',
      },
    },
    'email-client': {
      it: {
        'Outlook': 'Gestione della casella condivisa con Outlook.',
        'posta elettronica': 'Gestione della posta elettronica aziendale.',
        'gestione email': 'Gestione email della casella info.',
        'gestione delle email': 'Gestione delle email dei clienti.',
        'client di posta': 'Configurazione del client di posta.',
      },
      en: {
        'Outlook': 'Managed shared inboxes in Outlook.',
        'email management': 'Email management for the sales director.',
        'email correspondence': 'Email correspondence with clients in three languages.',
        'managing email': 'Managing email for the customer service inbox.',
        'Microsoft Outlook': 'Microsoft Outlook calendars and rules.',
      },
    },
    powerpoint: {
      it: {
        'PowerPoint': 'Preparazione di slide con PowerPoint.',
        'Power Point': 'Presentazioni aziendali in Power Point.',
        'software di presentazione': 'Uso di software di presentazione.',
        'Google Presentazioni': 'Slide condivise con Google Presentazioni.',
      },
      en: {
        'PowerPoint': 'Prepared PowerPoint decks for board meetings.',
        'Power Point': 'Power Point slides for trade fairs.',
        'presentation software': 'Presentation software (Keynote, Prezi).',
        'Google Slides': 'Built training decks in Google Slides.',
      },
    },
    databases: {
      it: {
        'database': 'Aggiornamento del database clienti.',
        'banche dati': 'Consultazione di banche dati.',
        'basi di dati': 'Interrogazione di basi di dati.',
        'Access': 'Creazione di maschere in Access.',
        'SQL': 'Query SQL di base.',
        'MySQL': 'Gestione di un archivio clienti su MySQL.',
        'PostgreSQL': 'Estrazioni mensili da PostgreSQL.',
        'SQLite': 'Piccolo gestionale su SQLite.',
        'SQL Server': 'Report da SQL Server per la contabilità.',
        'MariaDB': 'Anagrafiche fornitori su MariaDB.',
      },
      en: {
        'databases': 'Maintained customer databases.',
        'Access': 'Built an Access tool for stock records.',
        'SQL': 'Wrote simple SQL queries.',
        'MySQL': 'Kept the order archive in MySQL.',
        'PostgreSQL': 'Monthly extracts from PostgreSQL.',
        'SQLite': 'A small stock tracker on SQLite.',
        'SQL Server': 'Reports from SQL Server for accounting.',
        'MariaDB': 'Supplier records on MariaDB.',
      },
    },
    erp: {
      it: {
        'software gestionale': 'Utilizzo di software gestionale per la contabilità.',
        'software gestionali': 'Conoscenza dei principali software gestionali.',
        'gestionale aziendale': 'Inserimento ordini nel gestionale aziendale.',
        'gestionali aziendali': 'Esperienza con diversi gestionali aziendali.',
        'programmi gestionali': 'Uso di programmi gestionali.',
        'gestionale contabile': 'Registrazioni sul gestionale contabile.',
        'ERP': 'Utilizzo quotidiano di un ERP.',
        'SAP': 'Registrazione fatture su SAP.',
        'TeamSystem': 'Contabilità su TeamSystem.',
        'Zucchetti': 'Paghe con Zucchetti.',
        'Microsoft Dynamics': 'Migrazione a Microsoft Dynamics.',
        'Navision': 'Gestione ordini su Navision.',
        'Danea Easyfatt': 'Fatturazione con Danea Easyfatt.',
        'Mago': 'Utilizzo del gestionale Mago.',
      },
      en: {
        'ERP systems': 'Experience with ERP systems.',
        'ERP': 'Daily use of the company ERP.',
        'SAP': 'Posted invoices in SAP.',
        'business software': 'Business software for small firms.',
        'accounting software': 'Accounting software: Sage, Xero.',
        'management software': 'Property management software.',
        'Microsoft Dynamics': 'Microsoft Dynamics end user.',
        'Navision': 'Order entry in Navision.',
      },
    },
    'document-management-system': {
      it: {
        'software di gestione documentale': 'Utilizzo di software di gestione documentale.',
        'sistema di gestione documentale': 'Introduzione di un sistema di gestione documentale.',
        'DMS': 'Caricamento dei contratti sul DMS aziendale.',
        'archiviazione digitale': 'Archiviazione digitale delle fatture.',
        'archiviazione ottica': 'Archiviazione ottica dei documenti.',
        'conservazione digitale': 'Conservazione digitale a norma.',
      },
      en: {
        'document management systems': 'Experience with document management systems.',
        'DMS': 'Uploaded contracts to the DMS.',
        'electronic document management': 'Electronic document management rollout.',
        'digital archiving': 'Digital archiving of paper records.',
      },
    },
    'google-workspace': {
      it: {
        'Google Workspace': 'Uso di Google Workspace.',
        'G Suite': 'Collaborazione in G Suite.',
        'Google Drive': 'Condivisione di cartelle su Google Drive.',
        'Google Docs': 'Redazione di documenti in Google Docs.',
      },
      en: {
        'Google Workspace': 'Google Workspace administrator.',
        'G Suite': 'Shared calendars in G Suite.',
        'Google Drive': 'Organised shared folders on Google Drive.',
        'Google Docs': 'Drafted procedures in Google Docs.',
      },
    },
    'collaboration-tools': {
      it: {
        'Microsoft Teams': 'Riunioni su Microsoft Teams.',
        'Teams': 'Videochiamate con Teams.',
        'SharePoint': 'Pubblicazione di documenti su SharePoint.',
        'OneDrive': 'Condivisione di file su OneDrive.',
      },
      en: {
        'Microsoft Teams': 'Ran weekly calls on Microsoft Teams.',
        'Teams': 'Set up Teams channels for each project.',
        'SharePoint': 'Maintained the SharePoint intranet.',
        'OneDrive': 'Moved shared folders to OneDrive.',
      },
    },
    crm: {
      it: {
        'CRM': 'Aggiornamento del CRM aziendale.',
        'Salesforce': 'Inserimento dei contatti in Salesforce.',
        'HubSpot': 'Gestione contatti su HubSpot.',
      },
      en: {
        'CRM': 'Logged calls in the CRM.',
        'Salesforce': 'Salesforce dashboards for the sales team.',
        'HubSpot': 'HubSpot contact lists.',
        'customer relationship management': 'Customer relationship management tools.',
      },
    },
    'e-invoicing': {
      it: {
        'fatturazione elettronica': 'Fatturazione elettronica verso la PA.',
        'fattura elettronica': 'Invio della fattura elettronica al cliente.',
        'SdI': 'Trasmissione delle fatture allo SdI.',
        'Sistema di Interscambio': 'Invio tramite Sistema di Interscambio.',
        'FatturaPA': 'Emissione di FatturaPA verso enti pubblici.',
      },
      en: {
        'e-invoicing': 'Rolled out e-invoicing for Italian customers.',
        'electronic invoicing': 'Electronic invoicing for public bodies.',
        'electronic invoices': 'Sent electronic invoices to public bodies.',
      },
    },
    'home-banking': {
      it: {
        'home banking': 'Pagamenti tramite home banking.',
        'remote banking': 'Disposizioni di bonifico via remote banking.',
        'internet banking': 'Uso dell’internet banking aziendale.',
      },
      en: {
        'online banking': 'Online banking for supplier payments.',
        'home banking': 'Home banking and bank transfers.',
        'remote banking': 'Corporate remote banking.',
        'internet banking': 'Internet banking for three companies.',
      },
    },
    'certified-email': {
      it: {
        'PEC': 'Invio e ricezione di PEC.',
        'posta elettronica certificata': 'Gestione della posta elettronica certificata.',
      },
      en: {
        'certified email': 'Certified email for legal notices.',
        'PEC': 'Sent legal notices by PEC.',
      },
    },
    'digital-signature': {
      it: {
        'firma digitale': 'Firma digitale dei documenti.',
        'firma elettronica': 'Firma elettronica dei contratti.',
        'SPID': 'Accesso ai portali della PA con SPID.',
      },
      en: {
        'digital signature': 'Signed contracts with a digital signature.',
        'e-signature': 'E-signature workflows with DocuSign.',
        'electronic signature': 'Electronic signature of contracts.',
      },
    },
    'office-equipment': {
      it: {
        "attrezzature d'ufficio": "Uso delle attrezzature d'ufficio.",
        'stampanti': 'Gestione di stampanti e toner.',
        'scanner': 'Digitalizzazione con scanner.',
        'fotocopiatrice': 'Uso della fotocopiatrice.',
      },
      en: {
        'office equipment': 'Maintained office equipment.',
        'scanners': 'Operated high-volume scanners.',
        'photocopier': 'Photocopier and franking machine.',
        'printers': 'Set up printers for new staff.',
      },
    },
    'operating-systems': {
      it: {
        'sistemi operativi': 'Sistemi operativi Windows e macOS.',
        'Windows': 'Ambiente Windows.',
        'macOS': 'Utilizzo di macOS.',
      },
      en: {
        'operating systems': 'Operating systems: Windows 11, macOS.',
        'Windows': 'Windows 11 user.',
        'macOS': 'Comfortable on macOS.',
      },
    },
  },
  'personal-qualities': {
    organisation: {
      it: {
        'capacità organizzative': 'Ottime capacità organizzative.',
        'organizzazione': 'Organizzazione del lavoro per priorità.',
        'organizzato': 'Sono organizzato e puntuale.',
        'organizzata': 'Persona organizzata e puntuale.',
        'doti organizzative': 'Spiccate doti organizzative.',
        'competenze organizzative': 'Competenze organizzative acquisite come coordinatrice.',
      },
      en: {
        'organisational skills': 'Strong organisational skills.',
        'organizational skills': 'Excellent organizational skills.',
        'organised': 'Organised and punctual.',
        'organized': 'Highly organized administrator.',
        'well organised': 'Well organised and calm.',
      },
    },
    'attention-to-detail': {
      it: {
        'attenzione ai dettagli': 'Grande attenzione ai dettagli.',
        'attenzione al dettaglio': 'Attenzione al dettaglio nel controllo fatture.',
        'cura dei dettagli': 'Cura dei dettagli in ogni pratica.',
        'precisione': 'Precisione nell’inserimento dati.',
        'preciso': 'Sono preciso e puntuale.',
        'precisa': 'Impiegata precisa e puntuale.',
        'accuratezza': 'Accuratezza nei calcoli.',
        'meticolosità': 'Meticolosità nel lavoro d’ufficio.',
        'meticoloso': 'Meticoloso nei controlli.',
        'meticolosa': 'Persona meticolosa.',
      },
      en: {
        'attention to detail': 'Keen attention to detail.',
        'detail-oriented': 'Detail-oriented and methodical.',
        'accuracy': 'Accuracy in figures.',
        'precision': 'Works with precision.',
        'meticulous': 'Meticulous record checks.',
      },
    },
    communication: {
      it: {
        'capacità comunicative': 'Buone capacità comunicative.',
        'comunicazione': 'Comunicazione con clienti e fornitori.',
        'competenze comunicative': 'Competenze comunicative maturate allo sportello.',
        'doti comunicative': 'Ottime doti comunicative.',
        'comunicazione efficace': 'Comunicazione efficace al telefono.',
      },
      en: {
        'communication skills': 'Excellent communication skills.',
        'communication': 'Clear communication with suppliers.',
        'effective communication': 'Effective communication with stakeholders.',
      },
    },
    teamwork: {
      it: {
        'lavoro di squadra': 'Predisposizione al lavoro di squadra.',
        'lavoro in team': 'Abituata al lavoro in team.',
        'lavoro in gruppo': 'Lavoro in gruppo su progetti comuni.',
        'spirito di squadra': 'Spirito di squadra e collaborazione.',
        'team working': 'Team working in un ufficio di 10 persone.',
        'teamwork': 'Teamwork e disponibilità.',
      },
      en: {
        'teamwork': 'Teamwork and cooperation.',
        'team player': 'Reliable team player.',
        'team working': 'Team working across departments.',
        'team work': 'Team work in a busy office.',
        'working in a team': 'Enjoy working in a team.',
      },
    },
    'problem-solving': {
      it: {
        'problem solving': 'Problem solving nelle situazioni impreviste.',
        'risoluzione dei problemi': 'Risoluzione dei problemi dei clienti.',
        'risoluzione di problemi': 'Risoluzione di problemi tecnici di primo livello.',
        'capacità di risolvere problemi': 'Capacità di risolvere problemi in fretta.',
      },
      en: {
        'problem solving': 'Problem solving under tight deadlines.',
        'solving problems': 'Good at solving problems quickly.',
      },
    },
    'time-management': {
      it: {
        'gestione del tempo': 'Ottima gestione del tempo.',
        'time management': 'Time management e organizzazione.',
        'rispetto delle scadenze': 'Rispetto delle scadenze fiscali.',
        'rispettare le scadenze': 'Abituata a rispettare le scadenze.',
      },
      en: {
        'time management': 'Strong time management.',
        'meeting deadlines': 'Consistently meeting deadlines.',
        'deadline management': 'Deadline management for tax filings.',
      },
    },
    flexibility: {
      it: {
        'flessibilità': 'Flessibilità negli orari.',
        'flessibile': 'Persona flessibile e disponibile.',
        'adattabilità': 'Adattabilità ai cambiamenti.',
        'capacità di adattamento': 'Capacità di adattamento a nuovi contesti.',
      },
      en: {
        'flexibility': 'Flexibility with working hours.',
        'adaptability': 'Adaptability to new systems.',
        'adaptable': 'Adaptable and quick to learn.',
      },
    },
    autonomy: {
      it: {
        'autonomia': 'Autonomia nella gestione delle pratiche.',
        'capacità di lavorare in autonomia': 'Capacità di lavorare in autonomia.',
        'lavorare in autonomia': 'Abituato a lavorare in autonomia.',
      },
      en: {
        'autonomy': 'High degree of autonomy.',
        'ability to work independently': 'Ability to work independently.',
        'working independently': 'Comfortable working independently.',
        'work independently': 'Can work independently from day one.',
        'self-starter': 'A self-starter who learns fast.',
        'self-motivated': 'Self-motivated and punctual.',
      },
    },
    confidentiality: {
      it: {
        'riservatezza': 'Massima riservatezza sui dati dei clienti.',
        'discrezione': 'Discrezione e affidabilità.',
        'confidenzialità': 'Confidenzialità delle informazioni.',
        'informazioni riservate': 'Trattamento di informazioni riservate.',
      },
      en: {
        'confidentiality': 'Strict confidentiality with payroll data.',
        'discretion': 'Discretion with sensitive documents.',
        'confidential information': 'Handled confidential information.',
      },
    },
    'working-under-pressure': {
      it: {
        'lavorare sotto pressione': 'Capace di lavorare sotto pressione.',
        'lavoro sotto pressione': 'Lavoro sotto pressione nei periodi di chiusura.',
        'sotto pressione': 'Capacità decisionale sotto pressione e gestione del pubblico.',
        'resistenza allo stress': 'Buona resistenza allo stress.',
        'gestione dello stress': 'Gestione dello stress nei picchi di lavoro.',
        'ambiente dinamico': 'Abituata a un ambiente dinamico.',
        'contesto dinamico': 'Esperienza in un contesto dinamico.',
        'ritmi sostenuti': 'Lavoro a ritmi sostenuti.',
      },
      en: {
        'working under pressure': 'Calm when working under pressure.',
        'work under pressure': 'Able to work under pressure.',
        'stress management': 'Stress management during year-end.',
        'dynamic environment': 'Thrives in a dynamic environment.',
        'fast-paced environment': 'Used to a fast-paced environment.',
      },
    },
    'planning-and-prioritising': {
      it: {
        'pianificazione': 'Pianificazione delle attività settimanali.',
        'capacità di pianificazione': 'Buona capacità di pianificazione.',
        'pianificare': 'Capace di pianificare il lavoro del team.',
        'gestione delle priorità': 'Gestione delle priorità.',
        'definizione delle priorità': 'Definizione delle priorità con il responsabile.',
      },
      en: {
        'planning': 'Planning of weekly workloads.',
        'prioritising': 'Prioritising urgent requests.',
        'prioritisation': 'Prioritisation of tasks.',
        'setting priorities': 'Setting priorities for the team.',
      },
    },
    multitasking: {
      it: {
        'multitasking': 'Ottima capacità di multitasking.',
        'multi-tasking': 'Multi-tasking in un ufficio molto frequentato.',
        'gestione di più attività': 'Gestione di più attività contemporaneamente.',
      },
      en: {
        'multitasking': 'Multitasking in a busy office.',
        'multi-tasking': 'Strong multi-tasking skills.',
      },
    },
    proactivity: {
      it: {
        'proattività': 'Proattività nel proporre miglioramenti.',
        'proattivo': 'Sono proattivo e curioso.',
        'propositività': 'Propositività e spirito critico.',
        'spirito di iniziativa': 'Spirito di iniziativa.',
      },
      en: {
        'proactive': 'Proactive and punctual.',
        'proactivity': 'Proactivity in fixing recurring errors.',
        'taking initiative': 'Comfortable taking initiative.',
        'sense of initiative': 'Strong sense of initiative.',
      },
    },
    reliability: {
      it: {
        'affidabilità': 'Affidabilità e puntualità.',
        'serietà': 'Serietà e disponibilità.',
        'senso di responsabilità': 'Forte senso di responsabilità.',
      },
      en: {
        'reliability': 'Reliability and punctuality.',
        'dependability': 'Known for dependability.',
        'sense of responsibility': 'Strong sense of responsibility.',
      },
    },
    'customer-orientation': {
      it: {
        'orientamento al cliente': 'Orientamento al cliente.',
        'customer orientation': 'Forte customer orientation.',
      },
      en: {
        'customer orientation': 'Strong customer orientation.',
        'customer-focused': 'Customer-focused approach.',
        'customer focus': 'Customer focus in every call.',
      },
    },
    'analytical-skills': {
      it: {
        'capacità di analisi': 'Capacità di analisi dei dati di vendita.',
        'capacità analitiche': 'Buone capacità analitiche.',
        'pensiero analitico': 'Pensiero analitico.',
      },
      en: {
        'analytical skills': 'Strong analytical skills.',
        'analytical thinking': 'Analytical thinking and numeracy.',
      },
    },
    'interpersonal-skills': {
      it: {
        'capacità relazionali': 'Ottime capacità relazionali.',
        'competenze relazionali': 'Competenze relazionali maturate allo sportello.',
        'doti relazionali': 'Doti relazionali ed empatia.',
        'competenze sociali': 'Competenze sociali sviluppate nel volontariato.',
      },
      en: {
        'interpersonal skills': 'Good interpersonal skills.',
        'social skills': 'Social skills developed in retail.',
        'people skills': 'Great people skills.',
      },
    },
  },
  languages: {
    english: {
      it: {
        'inglese': 'Inglese: livello B2.',
        'lingua inglese': 'Ottima conoscenza della lingua inglese.',
        'English': 'Lingue: English (C1).',
        'business English': 'Corso di business English.',
      },
      en: {
        'English': 'English: native speaker.',
        'business English': 'Business English for emails and calls.',
      },
    },
    french: {
      it: { 'francese': 'Francese: livello B1.', 'French': 'Lingue: French (A2).' },
      en: { 'French': 'French: intermediate.' },
    },
    spanish: {
      it: { 'spagnolo': 'Spagnolo parlato e scritto.', 'Spanish': 'Lingue: Spanish (B1).' },
      en: { 'Spanish': 'Conversational Spanish.' },
    },
    german: {
      it: { 'tedesco': 'Tedesco scolastico.', 'German': 'Lingue: German (A1).' },
      en: { 'German': 'Basic German.' },
    },
    portuguese: {
      it: { 'portoghese': 'Portoghese: livello C1.', 'Portuguese': 'Lingue: Portuguese (C1).' },
      en: { 'Portuguese': 'Fluent Portuguese.' },
    },
    chinese: {
      it: { 'cinese': 'Cinese: livello base.', 'Chinese': 'Lingue: Chinese (HSK 3).', 'Mandarin': 'Lingue: Mandarin (HSK 2).' },
      en: { 'Chinese': 'Chinese: native speaker.', 'Mandarin': 'Conversational Mandarin.' },
    },
    arabic: {
      it: { 'arabo': 'Arabo: madrelingua.', 'Arabic': 'Lingue: Arabic (madrelingua).' },
      en: { 'Arabic': 'Arabic: native.' },
    },
    'cefr-level': {
      it: {
        'livello QCER': 'Inglese B2 (livello QCER).',
        'QCER': 'Livelli secondo il QCER.',
        'A1': 'Tedesco: A1.',
        'A2': 'Francese: A2.',
        'B1': 'Spagnolo: B1.',
        'B2': 'Inglese: B2.',
        'C1': 'Inglese: C1.',
        'C2': 'Francese: C2.',
        'livello base': 'Francese: livello base.',
        'livello intermedio': 'Spagnolo: livello intermedio.',
        'livello avanzato': 'Inglese: livello avanzato.',
      },
      en: {
        'CEFR level': 'English at CEFR level C1.',
        'CEFR': 'Levels according to the CEFR.',
        'A1': 'German: A1.',
        'A2': 'French: A2 (elementary).',
        'B1': 'Spanish: B1.',
        'B2': 'Italian: B2.',
        'C1': 'English: C1 (advanced).',
        'C2': 'English: C2.',
        'basic user': 'Spanish: basic user.',
        'independent user': 'Italian: independent user.',
        'proficient user': 'English: proficient user.',
      },
    },
    'language-certificate': {
      it: {
        'certificazione linguistica': 'Certificazione linguistica di inglese.',
        'IELTS': 'IELTS 7.0 (2022).',
        'TOEFL': 'TOEFL iBT 100/120.',
        'Cambridge First': 'Certificato Cambridge First.',
        'FCE': 'Certificazione FCE conseguita nel 2019.',
        'CAE': 'Certificazione CAE.',
        'Trinity ISE': 'Esame Trinity ISE II superato.',
        'Trinity GESE': 'Trinity GESE grado 7.',
        'DELF': 'Diploma DELF di francese.',
        'DELE': 'Diploma DELE di spagnolo.',
        'Goethe-Zertifikat': 'Goethe-Zertifikat di tedesco.',
      },
      en: {
        'language certificate': 'Language certificate in Spanish.',
        'IELTS': 'IELTS overall 7.5.',
        'TOEFL': 'TOEFL score 105.',
        'Cambridge First': 'Passed Cambridge First with merit.',
        'FCE': 'FCE grade A.',
        'CAE': 'CAE certificate holder.',
        'Trinity ISE': 'Trinity ISE III.',
        'Trinity GESE': 'Trinity GESE grade 8.',
        'DELF': 'DELF certificate in French.',
        'DELE': 'DELE certificate in Spanish.',
        'Goethe-Zertifikat': 'Goethe-Zertifikat in German.',
      },
    },
  },
  education: {
    'economics-degree': {
      it: {
        'laurea in economia': 'Laurea in Economia, Università di Bologna.',
        'economia aziendale': 'Economia aziendale, Università di Torino (110/110).',
        'economia e commercio': 'Economia e Commercio, Università di Pisa.',
        'economia e management': 'Economia e management, Università Bocconi (2020).',
        'economia e finanza': 'Corso di laurea: Economia e finanza.',
        'scienze economiche': 'Dottore in Scienze economiche.',
        'facoltà di economia': 'Iscritta alla Facoltà di Economia di Padova.',
        'in economia': 'Laurea triennale in economia.',
        'amministrazione aziendale': 'Master in amministrazione aziendale.',
      },
      en: {
        'degree in economics': 'Degree in Economics, University of Leeds.',
        'business administration': 'Diploma in Business Administration.',
        'economics': 'BA Economics, University of York.',
        'business economics': 'MSc Business Economics.',
        'business studies': 'HND in Business Studies.',
        'accounting and finance': 'BSc Accounting and Finance.',
        'BBA': 'BBA, Rome Business School.',
      },
    },
    'accounting-diploma': {
      it: {
        'diploma di ragioneria': 'Diploma di ragioneria (2015).',
        'ragioneria': 'Istituto tecnico, indirizzo ragioneria.',
        'ragioniere': 'Qualifica: ragioniere.',
        'perito commerciale': 'Diploma di perito commerciale.',
        'istituto tecnico commerciale': 'Istituto tecnico commerciale "L. Einaudi".',
        'AFM': 'Diploma AFM (Amministrazione, Finanza e Marketing).',
      },
      en: {
        'accounting diploma': 'Accounting diploma, technical institute in Milan.',
        'diploma in accounting': 'Diploma in accounting, technical institute in Turin.',
        'diploma as accountant': 'Diploma as accountant and bookkeeper, 2009.',
        'commercial technical diploma': 'Commercial technical diploma (Italy).',
      },
    },
    degree: {
      it: {
        'laurea': 'Laurea in Giurisprudenza.',
        'laurea triennale': 'Laurea triennale in Lettere.',
        'laurea magistrale': 'Laurea magistrale in Lingue.',
        'master universitario': 'Master universitario di primo livello.',
      },
      en: {
        "bachelor's degree": "Bachelor's degree in History.",
        'bachelor': 'Bachelor in Business Administration.',
        'degree': 'Degree in Law.',
        "master's degree": "Master's degree in Public Policy.",
        'BSc': 'BSc Psychology.',
        'MSc': 'MSc Public Health.',
        'B.Sc.': 'B.Sc. in Computer Engineering, University of Siena.',
        'M.Sc.': 'M.Sc. in Management Engineering (2021).',
        'bachelor of science': 'Bachelor of Science in Accounting.',
        'bachelor of arts': 'Bachelor of Arts in Modern Languages.',
        'master of science': 'Master of Science in Finance.',
        'master of arts': 'Master of Arts in Economics.',
        'Hons': 'BA (Hons) Modern History.',
      },
    },
    'accounting-course': {
      it: {
        'corso di contabilità': 'Corso di contabilità di base (60 ore).',
        'corso di paghe e contributi': 'Corso di paghe e contributi, Regione Lombardia.',
        'corso di amministrazione': 'Corso di amministrazione e controllo.',
        'corso di segreteria': 'Corso di segreteria d’azienda.',
      },
      en: {
        'accounting course': 'Accounting course, evening classes.',
        'bookkeeping course': 'Bookkeeping course (Level 2).',
        'payroll course': 'Payroll course, CIPP.',
        'AAT': 'AAT Level 3 Diploma.',
      },
    },
    'computer-certificate': {
      it: {
        'ECDL': 'Patente ECDL Full Standard.',
        'ICDL': 'Certificazione ICDL.',
        'patente europea del computer': 'Patente europea del computer (2018).',
        'certificazione informatica': 'Certificazione informatica EIPASS.',
        'Microsoft Office Specialist': 'Certificazione Microsoft Office Specialist Excel.',
      },
      en: {
        'ECDL': 'ECDL certificate.',
        'ICDL': 'ICDL Workforce.',
        'computer driving licence': 'European computer driving licence.',
        'Microsoft Office Specialist': 'Microsoft Office Specialist: Excel Expert.',
        'MOS': 'MOS Word certification.',
      },
    },
  },
};

/**
 * Terms the engine can match but never reports: another term of the same concept has the same
 * matching key (compileConcepts drops the second pattern, or an earlier one wins at the same
 * place), so deleting the term changes nothing and no example can make its deletion fail.
 * Key `group/concept/lang:term` → the term reported instead. The test asserts the concept is
 * still found and that the term is still shadowed; when it stops being, remove it from here.
 */
const REDUNDANT_TERMS = new Map<string, string>([
  ['administrative-tasks/invoicing/it:fatture', 'fatturazione'],
  ['administrative-tasks/invoicing/en:invoices', 'invoicing'],
  ['administrative-tasks/archiving/it:archivio', 'archiviazione'],
  // Across languages: the Italian key of "archive" is the key of "archiviazione", tried first.
  ['administrative-tasks/archiving/en:archive', 'archiviazione'],
  ['administrative-tasks/reconciliation/it:riconciliazioni', 'riconciliazione'],
  ['administrative-tasks/reconciliation/en:reconcile', 'reconciling'],
  ['administrative-tasks/reporting/it:rendiconti', 'rendicontazione'],
  ['administrative-tasks/master-data/it:anagrafiche clienti', 'anagrafica clienti'],
  ['administrative-tasks/master-data/it:anagrafiche fornitori', 'anagrafica fornitori'],
  ['office-software/excel/it:foglio di calcolo', 'fogli di calcolo'],
  ['office-software/excel/it:fogli elettronici', 'foglio elettronico'],
  ['office-software/erp/it:software gestionali', 'software gestionale'],
  ['office-software/erp/it:gestionali aziendali', 'gestionale aziendale'],
  ['office-software/e-invoicing/it:fattura elettronica', 'fatturazione elettronica'],
  ['office-software/e-invoicing/en:electronic invoices', 'electronic invoicing'],
  ['personal-qualities/organisation/it:organizzato', 'organizzazione'],
  ['personal-qualities/organisation/it:organizzata', 'organizzazione'],
  ['personal-qualities/organisation/en:organizational skills', 'organisational skills'],
  ['personal-qualities/organisation/en:organized', 'organised'],
  ['personal-qualities/attention-to-detail/it:precisa', 'preciso'],
  ['personal-qualities/attention-to-detail/it:meticoloso', 'meticolosità'],
  ['personal-qualities/attention-to-detail/it:meticolosa', 'meticolosità'],
  // Across languages: the Italian term "precisione" has the same key and is tried first.
  ['personal-qualities/attention-to-detail/en:precision', 'precisione'],
  ['personal-qualities/teamwork/en:team work', 'team working'],
  ['personal-qualities/flexibility/it:flessibile', 'flessibilità'],
  ['personal-qualities/autonomy/en:work independently', 'working independently'],
  ['personal-qualities/working-under-pressure/it:lavoro sotto pressione', 'lavorare sotto pressione'],
  ['personal-qualities/working-under-pressure/en:work under pressure', 'working under pressure'],
  ['personal-qualities/proactivity/it:proattivo', 'proattività'],
]);

/**
 * Real data bugs: a natural sentence the profile should handle and does not. Keys are
 * `group/concept/lang:term` (the term's sentence is not credited to it) or `negative:<id>` (a
 * negative sentence is credited). The tests assert the bug is still there, so fixing it makes
 * them fail until the entry is removed.
 */
const KNOWN_DATA_BUGS = new Map<string, string>([
  // The single word "organizzazione" (organisation concept) also matches the Europass employer label
  // and any organisation's name; a phrase ("capacità organizzative", "organizzazione del lavoro") would not.
  ['negative:europass-employer-organisation', 'the term "organizzazione" credits the Europass employer label'],
  ['negative:organisation-name', 'the term "organizzazione" credits the name of an organisation'],
  // The term "reports" keys to "report", which "reported" also keys to (NEVER_STEMMED covers only "reporting").
  ['negative:reported-to', 'the term "reports" credits "reported to the director"'],
]);

interface NegativeExample {
  id: string;
  text: string;
  language: Language;
  /** `group/concept` ids that must not be credited. */
  not: string[];
  why: string;
}

// Hand-written sentences that must NOT credit a concept (see the comment at the top of keywords.ts).
const NEGATIVE_EXAMPLES: NegativeExample[] = [
  { id: 'europass-employer-organisation', text: 'Nome e indirizzo del datore di lavoro / organizzazione: Acme S.r.l., Milano', language: 'it', not: ['personal-qualities/organisation'], why: 'the Europass label for the employer is not an organisational skill' },
  { id: 'organisation-name', text: "Nome dell'organizzazione: Croce Rossa Italiana", language: 'it', not: ['personal-qualities/organisation'], why: 'the name of an organisation is not an organisational skill' },
  { id: 'organization-employer', text: 'Organization: Acme Corporation, Manchester', language: 'en', not: ['personal-qualities/organisation'], why: '"organization" is any employer' },
  { id: 'organico', text: 'Organico di 40 persone in due sedi.', language: 'it', not: ['personal-qualities/organisation'], why: 'organico = staff, not organised' },
  { id: 'own-contract', text: 'Tipo di contratto: tempo indeterminato, CCNL Commercio.', language: 'it', not: ['administrative-tasks/contract-management'], why: "the candidate's own employment contract" },
  { id: 'privacy-consent', text: 'Autorizzo il trattamento dei dati personali ai sensi del Regolamento UE 2016/679 (privacy).', language: 'it', not: ['administrative-tasks/compliance', 'personal-qualities/confidentiality', 'administrative-tasks/data-verification'], why: 'the consent clause is not compliance work' },
  { id: 'privacy-consent-en', text: 'Privacy: I consent to the processing of my personal data.', language: 'en', not: ['administrative-tasks/compliance', 'personal-qualities/confidentiality'], why: 'the consent clause is not compliance work' },
  { id: 'accessibility', text: 'Improved the accessibility of the company website.', language: 'en', not: ['office-software/databases'], why: 'Access (the product) ≠ accessibility' },
  { id: 'fatturato', text: 'Fatturato annuo di 2 milioni di euro.', language: 'it', not: ['administrative-tasks/invoicing'], why: 'fatturato = turnover, not invoicing' },
  { id: 'reported-to', text: 'Reported to the finance director.', language: 'en', not: ['administrative-tasks/reporting'], why: '"reported to" names a manager, not reporting work' },
  { id: 'email-label', text: 'Email: mario.rossi@example.com', language: 'it', not: ['office-software/email-client', 'office-software/certified-email'], why: 'the contact label is not email management' },
  { id: 'pubblica-amministrazione', text: 'Impiegato presso la Pubblica Amministrazione, Comune di Torino.', language: 'it', not: ['administrative-tasks/administrative-procedures', 'education/economics-degree', 'personal-qualities/communication'], why: 'the public sector employer; comune ≠ comunicazione' },
  { id: 'reliable-system', text: 'The booking system was reliable and accurate.', language: 'en', not: ['personal-qualities/reliability', 'personal-qualities/attention-to-detail'], why: 'said of a system, not of the person' },
  { id: 'crediti-formativi', text: '180 crediti formativi universitari.', language: 'it', not: ['administrative-tasks/payments'], why: 'university credits are not debt collection' },
  { id: 'titolo-di-studio', text: 'Titolo di studio: diploma di maturità scientifica.', language: 'it', not: ['administrative-tasks/banking-operations', 'education/accounting-diploma'], why: 'titolo = qualification, not a security' },
  { id: 'ordine-professionale', text: "Iscritta all'Ordine dei Consulenti del Lavoro.", language: 'it', not: ['administrative-tasks/order-processing', 'administrative-tasks/purchasing'], why: 'a professional body, not orders' },
  { id: 'organised-by', text: "Corso di mindfulness organizzato dall'Istituto di Scienze Cognitive.", language: 'it', not: ['personal-qualities/organisation'], why: 'the passive names who organised the course' },
  { id: 'organized-by', text: 'Attended a workshop organized by the Chamber of Commerce.', language: 'en', not: ['personal-qualities/organisation'], why: 'the passive names who organised the workshop' },
  { id: 'lavoratore-autonomo', text: 'Dal 2019 lavoratore autonomo con partita IVA.', language: 'it', not: ['personal-qualities/autonomy'], why: 'self-employment, not autonomy' },
  { id: 'model-precision', text: 'Engineered a vector database to improve chatbot precision.', language: 'en', not: ['personal-qualities/attention-to-detail'], why: "a model's metric, not the person's care" },
  { id: 'validation-accuracy', text: 'About 83% validation accuracy on the test set.', language: 'en', not: ['personal-qualities/attention-to-detail'], why: "a model's metric, not the person's care" },
  { id: 'key-account', text: 'Key account manager for the northern region.', language: 'en', not: ['administrative-tasks/accounting'], why: 'accounting ≠ (key) account' },
  { id: 'pension-plan', text: 'Company pension plan and meal vouchers.', language: 'en', not: ['personal-qualities/planning-and-prioritising'], why: 'planning ≠ (pension) plan' },
  { id: 'word-of-mouth', text: 'Grew sales through word of mouth.', language: 'en', not: ['office-software/word'], why: 'lower-case "word" in English is not the product' },
  { id: 'windows-and-doors', text: 'Sold windows and doors for a local builder.', language: 'en', not: ['office-software/operating-systems'], why: 'lower-case "windows" in English is not the product' },
  { id: 'teams-of-people', text: 'Coordinated two teams of five people.', language: 'en', not: ['office-software/collaboration-tools'], why: 'lower-case "teams" in English is not the product' },
  { id: 'presentations', text: 'Presentations at two national conferences.', language: 'en', not: ['office-software/powerpoint'], why: 'giving talks is not presentation software' },
  { id: 'customs', text: 'Prepared customs declarations for exports.', language: 'en', not: ['administrative-tasks/customer-requests'], why: 'customs ≠ customer' },
  { id: 'bill-the-person', text: 'Contact: Bill Smith, line manager.', language: 'en', not: ['administrative-tasks/invoicing'], why: 'billing ≠ Bill' },
];

// The specialised profiles extend back-office with one group each; their sentences live in their own file.
const KEYWORD_EXAMPLES: TermExamples = { ...BACK_OFFICE_KEYWORD_EXAMPLES, ...FAMILY_KEYWORD_EXAMPLES };

/** Every keyword group of every built-in profile, by id (a group id means the same group in every profile). */
const ALL_GROUPS = profileIds.flatMap((id) => getProfile(id)!.keywordGroups);
const groupsById = new Map(ALL_GROUPS.map((g) => [g.id, g]));

/** Every concept of every group, under `group/concept` ids, as keyword-status combines them. */
const ALL_CONCEPTS: KeywordConcept[] = [...groupsById.values()].flatMap((g) => g.concepts.map((c) => ({ ...c, id: `${g.id}/${c.id}` })));

function matchesIn(text: string, concepts: readonly KeywordConcept[], language: Language): ConceptMatch[] {
  return findConcepts([{ text, line: 0, character: 0, sectionIndex: 0 }], concepts, { language, lines: [text] });
}

function describeMatches(matches: ConceptMatch[]): string {
  return matches.length ? matches.map((m) => `${m.conceptId} by "${m.term}"`).join(', ') : 'nothing';
}

describe('profile data: keyword terms (back-office and its specialisations)', () => {
  for (const [groupId, byConcept] of Object.entries(KEYWORD_EXAMPLES)) {
    describe(groupId, () => {
      for (const [conceptId, byLanguage] of Object.entries(byConcept)) {
        for (const language of ['it', 'en'] as const) {
          for (const [term, sentence] of Object.entries(byLanguage[language] ?? {})) {
            const key = `${groupId}/${conceptId}/${language}:${term}`;
            const id = `${groupId}/${conceptId}`;
            it(`[${language}] "${term}" → ${conceptId}: ${sentence}`, () => {
              const all = matchesIn(sentence, ALL_CONCEPTS, language);
              const mine = all.filter((m) => m.conceptId === id);
              const bug = KNOWN_DATA_BUGS.get(key);
              if (bug !== undefined) {
                assert.ok(!mine.some((m) => m.term === term), `KNOWN_DATA_BUGS "${key}" (${bug}) is fixed: remove it from the set`);
                return;
              }
              assert.ok(mine.length > 0, `"${sentence}" should credit ${id}; found ${describeMatches(all)}`);
              const shadow = REDUNDANT_TERMS.get(key);
              if (shadow !== undefined) {
                assert.ok(mine.some((m) => m.term === shadow), `expected ${id} by "${shadow}" (REDUNDANT_TERMS); found ${describeMatches(mine)}`);
                assert.ok(!mine.some((m) => m.term === term), `"${term}" is no longer shadowed by "${shadow}": remove it from REDUNDANT_TERMS`);
                return;
              }
              assert.ok(mine.some((m) => m.term === term), `"${sentence}" should credit ${id} by the term "${term}"; found ${describeMatches(mine)}`);
              // The term of this language's list is the one that matches, not a same-spelled copy in the other list.
              const concept = groupsById.get(groupId)!.concepts.find((c) => c.id === conceptId)!;
              const ownList: KeywordConcept = { id, terms: { it: language === 'it' ? concept.terms.it : [], en: language === 'en' ? concept.terms.en : [] } };
              const own = matchesIn(sentence, [ownList], language);
              assert.ok(own.some((m) => m.term === term), `with only the ${language} terms of ${id}, "${sentence}" should match "${term}"; found ${describeMatches(own)}`);
            });
          }
        }
      }
    });
  }

  it('a keyword group id names the same group in every profile that has it', () => {
    const differing = ALL_GROUPS.filter((g) => JSON.stringify(g, (_k, v: unknown) => (v instanceof RegExp ? v.source : v)) !== JSON.stringify(groupsById.get(g.id), (_k, v: unknown) => (v instanceof RegExp ? v.source : v)));
    assert.deepEqual(differing.map((g) => g.id), []);
  });

  it('every keyword term of every built-in profile has a hand-written sentence', () => {
    const missing: string[] = [];
    for (const group of groupsById.values()) {
      for (const concept of group.concepts) {
        for (const language of ['it', 'en'] as const) {
          for (const term of concept.terms[language] ?? []) {
            if (typeof KEYWORD_EXAMPLES[group.id]?.[concept.id]?.[language]?.[term] !== 'string') missing.push(`${group.id}/${concept.id}/${language}: "${term}"`);
          }
        }
      }
    }
    assert.deepEqual(missing, [], `terms without a hand-written sentence in KEYWORD_EXAMPLES:\n  ${missing.join('\n  ')}`);
  });

  it('every sentence names a term the profile lists for that concept and language', () => {
    const stale: string[] = [];
    for (const [groupId, byConcept] of Object.entries(KEYWORD_EXAMPLES)) {
      for (const [conceptId, byLanguage] of Object.entries(byConcept)) {
        const concept = groupsById.get(groupId)?.concepts.find((c) => c.id === conceptId);
        for (const language of ['it', 'en'] as const) {
          for (const term of Object.keys(byLanguage[language] ?? {})) {
            if (!concept?.terms[language]?.includes(term)) stale.push(`${groupId}/${conceptId}/${language}: "${term}"`);
          }
        }
      }
    }
    assert.deepEqual(stale, [], `sentences for terms the profile no longer lists:\n  ${stale.join('\n  ')}`);
  });

  it('REDUNDANT_TERMS and KNOWN_DATA_BUGS only name terms and negatives that exist', () => {
    const negatives = new Set(NEGATIVE_EXAMPLES.map((n) => `negative:${n.id}`));
    const exists = (key: string) => {
      if (negatives.has(key)) return true;
      const m = /^([^/]+)\/([^/]+)\/(it|en):(.*)$/s.exec(key);
      return !!m && typeof KEYWORD_EXAMPLES[m[1]]?.[m[2]]?.[m[3] as Language]?.[m[4]] === 'string';
    };
    assert.deepEqual([...REDUNDANT_TERMS.keys(), ...KNOWN_DATA_BUGS.keys()].filter((k) => !exists(k)), []);
  });

  describe('sentences that must not credit a concept', () => {
    for (const n of NEGATIVE_EXAMPLES) {
      it(`[${n.language}] "${n.text}" credits none of ${n.not.join(', ')} (${n.why})`, () => {
        const credited = matchesIn(n.text, ALL_CONCEPTS, n.language).filter((m) => n.not.includes(m.conceptId));
        const bug = KNOWN_DATA_BUGS.get(`negative:${n.id}`);
        if (bug !== undefined) {
          assert.ok(credited.length > 0, `KNOWN_DATA_BUGS "negative:${n.id}" (${bug}) is fixed: remove it from the set`);
          return;
        }
        assert.deepEqual(credited, [], `wrongly credited: ${describeMatches(credited)}`);
      });
    }
  });
});
