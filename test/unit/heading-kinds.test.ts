// Headings seen in real CVs beyond the synonym table: compounds, English head nouns, privacy and
// volunteering headings, Europass capitals. Ambiguous ones ("Skills & Tools", "Links") are left out on purpose.
import assert from 'node:assert/strict';
import { classifyTitle } from '../../server/src/engine/classify';
import { getProfile } from '../../server/src/profiles/index';

const profile = getProfile('back-office')!;
const cases: [string, string][] = [
 ['Professional Summary','summary'],['Summary of Qualifications','summary'],['Relevant Experience','experience'],['Employment History','experience'],
 ['Education & Certifications','education'],['Licenses & Certifications','other'],['Core Competencies','skills'],['Key Skills','skills'],
 ['Interpersonal Skills','personal-skills'],['Contact Info','contact'],['Personal Details','contact'],['Selected Projects','other'],
 ['Honors & Awards','other'],['Volunteer Experience','other'],['Hobbies','other'],['References','other'],['Additional Information','other'],
 ['IT Skills','technical-skills'],['Computer Skills','technical-skills'],['Digital Skills','technical-skills'],['Internships','experience'],
 ['Professional Development','education'],['Achievements','other'],['Accomplishments','other'],['Career Objective','summary'],['Personal Profile','summary'],
 ['Strengths','personal-skills'],['Dati anagrafici','contact'],['Esperienza lavorativa','experience'],['Titolo di studio','education'],['Corsi di formazione','education'],
 ['Conoscenze informatiche','technical-skills'],['Lingue straniere','language-skills'],['Capacità e competenze personali','personal-skills'],
 ['Capacità e competenze tecniche','technical-skills'],['Capacità e competenze artistiche','skills'],['Altre capacità e competenze','skills'],['Patente o patenti','other'],
 ['Hobby e interessi','other'],['Obiettivo professionale','summary'],['Competenze organizzative e gestionali','personal-skills'],['Competenze professionali','skills'],
 ['Autorizzazione al trattamento dei dati personali','other'],['Consenso al trattamento dei dati','other'],['Trattamento dei dati personali','other'],
 ['Work Experience and Internships','experience'],['Languages & Tools','skills'],['Tools & Technologies','technical-skills'],
 ['Software skills','technical-skills'],['Personal information','contact'],['Informazioni di contatto','contact'],
 ['ESPERIENZA PROFESSIONALE','experience'],['CAPACITÀ E COMPETENZE ORGANIZZATIVE','personal-skills'],['MADRELINGUA','language-skills'],['ALTRE LINGUE','language-skills'],
 ['Esperienze formative','education'],['Formazione e certificazioni','education'],['Research Interests','other'],['Teaching','experience'],['Work','experience'],
 ['Experience & Education','experience'],['Leadership Experience','experience'],['Project Experience','experience'],['Academic Projects','other'],['Skills Summary','skills'],
 ['Qualifiche','education'],['Scolarità','education'],['Studi','education'],['Attestati','other'],['Corsi','education'],
 ['Soft Skill','personal-skills'],['Hard Skill','technical-skills'],['Competenze soft','personal-skills'],['Competenze hard','technical-skills'],['Conoscenze linguistiche','language-skills'],
 ['Contact Me','contact'],['Reach Me','contact'],['Recapiti','contact'],
 ['Imprese Fondate & Iniziative Imprenditoriali','experience'],['Attività didattica','experience'],['Relevante Arbeitserfahrung','experience'],['SUMMARY OF SKILLS','skills'],
];

describe('heading kinds of real-world titles', () => {
  for (const [title, kind] of cases) {
    it(`"${title}" is ${kind}`, () => {
      assert.equal(classifyTitle(title, profile).kind, kind);
    });
  }
});

describe('employers are not sections', () => {
  // A legal form names an organisation, whatever words come before it ("Digital" alone is a skills word).
  for (const title of ['Digital Mercenaries LLC', 'Rossi Servizi Amministrativi S.r.l.', 'Cartiere Lombarde S.p.A.', 'Language Services Ltd', 'Skills Partner GmbH']) {
    it(`"${title}" is not recognised`, () => {
      assert.equal(classifyTitle(title, profile).recognised, false);
    });
  }
  for (const [title, kind] of [['Skills', 'skills'], ['Digital Skills', 'technical-skills'], ['Lingue', 'language-skills']] as const) {
    it(`"${title}" still is ${kind}`, () => {
      assert.equal(classifyTitle(title, profile).kind, kind);
    });
  }
});
