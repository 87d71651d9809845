// Is this Markdown file a CV? A README or a changelog must never get CV findings.
import type { ContactInfo, FrontMatter, KindEvidence, Language, Section, SectionKind } from './types';
import { isCvTitle, normalizeTitle } from './classify';

const CV_FILE_WORDS = /(?:^|[^a-z])(cv|curriculum|vitae|resume|lebenslauf|curricolo)(?:[^a-z]|$)/;
// Instructions for coding assistants (CLAUDE.md, AGENTS.md…) describe a project, even when they quote its author's profile.
const NOT_CV_FILES = /^(readme|changelog|changes|history|contributing|code_of_conduct|security|license|licence|authors|notice|support|install|todo|roadmap|claude|agents|gemini|copilot-instructions)(\.|$)/i;
// Headings typical of software docs; two of them outweigh CV-looking headings such as "Training" or "Tools".
const DOC_HEADINGS = new Set(['installation', 'install', 'usage', 'getting started', 'quick start', 'quickstart', 'api', 'configuration', 'license', 'contributing', 'changelog', 'requirements', 'build', 'building', 'development', 'examples', 'example', 'features', 'roadmap', 'faq', 'troubleshooting', 'release notes', 'unreleased', 'added', 'changed', 'fixed', 'removed', 'deprecated', 'options', 'parameters', 'returns', 'setup', 'tests', 'testing', 'deployment', 'agenda', 'action items', 'attendees', 'partecipanti', 'ordine del giorno', 'installazione', 'utilizzo', 'licenza',
  // Machine-learning and project pages ("Dataset", "Training", "Evaluation", "Tools") have no install/usage headings.
  // Job postings ("Responsibilities", "Requirements", "Benefits") describe a role, not a person.
  'responsibilities', 'key responsibilities', 'job description', 'how to apply', 'descrizione e responsabilita', 'qualifiche chiave', 'responsabilita principali', 'descrizione del ruolo', 'descrizione della posizione', 'chi cerchiamo', 'profilo ricercato', 'requisiti richiesti', 'competenze richieste', 'come candidarsi', 'sede di lavoro', 'nice to haves', 'nice to have', 'benefits', 'salary range', 'about the role', 'what we offer', 'what you will do', 'who you are', 'requisiti', 'cosa offriamo', 'offriamo', 'responsabilita', 'benefit',
  'dataset', 'datasets', 'evaluation', 'inference', 'benchmarks', 'prerequisites', 'dependencies', 'documentation', 'how to use', 'how it works', 'screenshots', 'contributors', 'acknowledgements', 'acknowledgments', 'citation', 'known issues']);
const CORE_KINDS: SectionKind[] = ['experience', 'education', 'contact'];
/** Section kinds that count towards "this is a CV" (engine/gate.ts asks the same question cheaply). */
export const CV_KINDS: readonly SectionKind[] = ['experience', 'education', 'contact', 'technical-skills', 'language-skills', 'personal-skills', 'skills', 'summary'];

function truthy(value: unknown): boolean | null {
  if (value === true || value === 'true' || value === 'yes' || value === 1) return true;
  if (value === false || value === 'false' || value === 'no' || value === 0) return false;
  return null;
}

/** What the front matter says (`cv:`, `resume:` or `curriculum:`): true, false, or null when it says nothing. */
export function declaredCv(frontMatterData: Record<string, unknown>): boolean | null {
  return truthy(frontMatterData.cv ?? frontMatterData.resume ?? frontMatterData.curriculum);
}

/** The last path segment ("docs/README.md" → "README.md"). */
export function baseNameOf(fileName: string | null): string {
  return (fileName ?? '').split(/[\\/]/).pop() ?? '';
}

/** README, CHANGELOG, LICENSE…: a project's file, never a CV. */
export function isProjectFileName(baseName: string): boolean {
  return NOT_CV_FILES.test(baseName);
}

/** A project file (README, CHANGELOG…), unless it sits in a folder named for a CV: "cv/README.md" or
 *  "Cv_Mario_Rossi/README.md" is that CV's page. */
export function isProjectFile(fileName: string | null): boolean {
  if (!isProjectFileName(baseNameOf(fileName))) return false;
  const folders = (fileName ?? '').split(/[\\/]/).slice(-3, -1);
  return !folders.some(fileNameSaysCv);
}

/** cv.md, curriculum-2024.md, resume_en.md… */
export function fileNameSaysCv(baseName: string): boolean {
  return CV_FILE_WORDS.test(baseName.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** A heading typical of software documentation, job postings or project pages ("Installation", "Benefits"). */
export function isDocumentationHeading(title: string): boolean {
  return DOC_HEADINGS.has(normalizeTitle(title));
}

const CV_GUIDE_TITLE =
  /\b(?:cv|curriculum|curriculum vitae|resume|resumes|cvs)\b.*\b(?:tips|guide|guida|consigli|best practices|writing|checklist|mistakes|errori|how to)\b|\b(?:how to|come scrivere|come fare|guida al|guida alla|tips for|consigli per)\b.*\b(?:cv|curriculum|resume)\b/;

/** Front matter `title: Curriculum Vitae`. */
export function frontMatterTitleSaysCv(frontMatterData: Record<string, unknown>): boolean {
  return /\b(curriculum vitae|curriculum|curricolo|cv|resume|lebenslauf)\b/.test(normalizeTitle(String(frontMatterData.title ?? '')));
}

export interface DetectInput {
  fileName: string | null;
  frontMatter: FrontMatter | null;
  sections: Section[];
  lines: string[];
  /** Content signals: dated entries, degrees (engine/content.ts). */
  evidence?: KindEvidence[];
  contact?: ContactInfo;
}

export function detectCv(input: DetectInput): { isCv: boolean; reason: Record<Language, string> } {
  const fm = input.frontMatter?.data ?? {};
  const declared = declaredCv(fm);
  if (declared === true) return { isCv: true, reason: { en: 'front matter says cv: true', it: 'il front matter dice cv: true' } };
  if (declared === false) return { isCv: false, reason: { en: 'front matter says cv: false', it: 'il front matter dice cv: false' } };

  // A site page laid out as a job offer ("layout: job", "permalink: /jobpositions/…") describes a role, not a person.
  const pageKind = `${String(fm.layout ?? '')} ${String(fm.permalink ?? '')} ${String(fm.type ?? '')} ${String(fm.category ?? fm.categories ?? '')}`.toLowerCase();
  if (/\b(?:job|jobs|jobposition|jobpositions|job-posting|vacanc(?:y|ies)|careers|offerta|offerte|posizioni-aperte|lavora-con-noi)\b/.test(pageKind)) {
    return { isCv: false, reason: { en: 'its front matter lays it out as a job offer', it: 'il front matter lo presenta come un’offerta di lavoro' } };
  }
  const baseName = baseNameOf(input.fileName);
  if (isProjectFile(input.fileName)) {
    return { isCv: false, reason: { en: `"${baseName}" is a project file name, not a CV`, it: `"${baseName}" è il nome di un file di progetto, non di un CV` } };
  }

  const kinds = new Set(input.sections.filter((s) => s.recognised && CV_KINDS.includes(s.kind)).map((s) => s.kind));
  const docHeadings = input.sections.filter((s) => isDocumentationHeading(s.title)).length;
  if (docHeadings >= 2) {
    return { isCv: false, reason: { en: `${docHeadings} headings look like software documentation`, it: `${docHeadings} titoli sembrano di documentazione software` } };
  }

  // A tutorial or an article about CVs asks and instructs in its headings ("Cosa serve per iniziare?",
  // "Puoi aggiungere la tua foto", "How to write a summary").
  const instructions = input.sections.filter((s) => /\?\s*$/.test(s.title) || /^(?:how to|come |puoi |let s |cosa |step \d|passo \d|tips?\b|consigli)/.test(normalizeTitle(s.title))).length;
  if (instructions >= 3 && instructions * 4 >= input.sections.length) {
    return { isCv: false, reason: { en: `${instructions} headings ask or instruct, as in a tutorial`, it: `${instructions} titoli fanno domande o danno istruzioni, come in una guida` } };
  }

  // "Resume Writing Tips & Best Practices", "Come scrivere un CV": a guide about CVs, not one.
  const documentTitle = String(fm.title ?? input.sections.find((s) => !s.pseudo && s.level === 1)?.title ?? '');
  if (CV_GUIDE_TITLE.test(normalizeTitle(documentTitle))) {
    return { isCv: false, reason: { en: `its title "${documentTitle}" is about writing CVs`, it: `il suo titolo "${documentTitle}" parla di come scrivere un CV` } };
  }

  const nameLooksLikeCv = fileNameSaysCv(baseName);
  const titleSaysCv = input.sections.some((s) => isCvTitle(s.title)) || frontMatterTitleSaysCv(fm);
  const evidence = input.evidence ?? [];
  const datedEntries = evidence.filter((e) => e.signal === 'dated-entry').length;
  const degrees = evidence.filter((e) => e.signal === 'degree').length;
  const contactDetails = (input.contact?.emails.length ?? 0) + (input.contact?.phones.length ?? 0) > 0;
  const hasName = input.contact?.name != null;
  // A CV whose headings are all job entries ("Analyst at Acme") still says so in its title.
  const jobEntries = input.sections.filter((s) => s.role === 'entry' && s.kind === 'experience' && s.parent < 0).length;
  if (titleSaysCv && kinds.size === 0 && datedEntries >= 2 && (contactDetails || hasName || degrees > 0 || jobEntries >= 2)) {
    return { isCv: true, reason: { en: `the title says CV and it has ${datedEntries} dated entries`, it: `il titolo dice CV e ha ${datedEntries} voci con date` } };
  }
  // "curriculum.md" titled "Curriculum personale" with a list of degrees and courses: both names say CV.
  const strictTitleSaysCv = input.sections.some((s) => isCvTitle(s.title)) || isCvTitle(String(fm.title ?? ''));
  if (nameLooksLikeCv && strictTitleSaysCv && kinds.size === 0 && (datedEntries >= 2 || degrees > 0 || contactDetails || hasName)) {
    return {
      isCv: true,
      reason: { en: `the file name "${baseName}" and the title say CV, and it has a degree, dates or contact details`, it: `il nome del file "${baseName}" e il titolo dicono CV, e ci sono un titolo di studio, date o recapiti` },
    };
  }
  if ((nameLooksLikeCv || titleSaysCv) && kinds.size >= 1) {
    const kind = [...kinds][0];
    return {
      isCv: true,
      reason: nameLooksLikeCv
        ? { en: `the file name "${baseName}" says CV and it has a recognised "${kind}" section`, it: `il nome del file "${baseName}" dice CV e c'è una sezione riconosciuta ("${kind}")` }
        : { en: `the title says CV and it has a recognised "${kind}" section`, it: `il titolo dice CV e c'è una sezione riconosciuta ("${kind}")` },
    };
  }
  const core = [...kinds].filter((k) => CORE_KINDS.includes(k));
  if (kinds.size >= 2 && core.length >= 1) {
    const list = [...kinds].join(', ');
    return { isCv: true, reason: { en: `it has ${kinds.size} CV sections (${list})`, it: `ha ${kinds.size} sezioni da CV (${list})` } };
  }
  // An academic CV: education, publications and talks, an email, no "experience" heading.
  const contentSignals = [datedEntries >= 3, degrees >= 1, contactDetails, hasName].filter(Boolean).length;
  if (core.length >= 1 && contentSignals >= 4) {
    const list = [...kinds].join(', ');
    return {
      isCv: true,
      reason: {
        en: `it has a ${list} section, the person's name and contact details, ${datedEntries} dated entries and a degree`,
        it: `ha una sezione ${list}, nome e recapiti della persona, ${datedEntries} voci con date e un titolo di studio`,
      },
    };
  }
  if (kinds.size === 0) return { isCv: false, reason: { en: 'no CV sections found', it: 'nessuna sezione da CV trovata' } };
  const list = [...kinds].join(', ');
  return {
    isCv: false,
    reason: {
      en: `only ${list} found; a CV also needs an experience, education or contact section`,
      it: `trovato solo ${list}; un CV ha anche una sezione di esperienza, istruzione o contatti`,
    },
  };
}
