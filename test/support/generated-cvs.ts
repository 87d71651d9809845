// Seeded CV variants for the fix properties: Italian and English back-office CVs with some sections left
// out or empty, contacts at the top, in the middle, at the end or missing, `---` between sections or not,
// a trailing privacy clause, front matter, a code fence and an HTML block. Every person, number and
// address here is invented.

/** A small seeded generator (mulberry32): the same seed gives the same CVs on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'experience' | 'education' | 'technical' | 'languages' | 'personal' | 'contact';

interface Blocks {
  name: string;
  title: string;
  sections: Record<Kind, { heading: string; body: string[] }>;
  extra: { heading: string; body: string[] };
  privacy: string;
  fence: string[];
  html: string[];
  lang: string;
}

const IT: Blocks = {
  name: '# Anna Ferri',
  title: '# CURRICULUM VITAE',
  sections: {
    experience: {
      heading: 'Esperienza professionale',
      body: ['### Impiegata amministrativa — Beta S.r.l., Milano', '', '2019 – oggi', '', '- Registrazione delle fatture e prima nota.', '- Archiviazione dei documenti di trasporto.'],
    },
    education: { heading: 'Istruzione e formazione', body: ['- 2014 – 2018: Laurea in Economia aziendale, Università di Milano'] },
    technical: { heading: 'Competenze tecniche', body: ['- Excel, Word, Outlook'] },
    languages: { heading: 'Competenze linguistiche', body: ['- Italiano: madrelingua', '- Inglese: B2'] },
    personal: { heading: 'Competenze personali', body: ['- Precisione', '- Puntualità'] },
    contact: { heading: 'Contatti', body: ['- Email: anna.ferri@example.it', '- Telefono: +39 333 987 6543', '- Indirizzo: Via Manzoni 8, 20121 Milano'] },
  },
  extra: { heading: 'Interessi', body: ['Lettura e volontariato in biblioteca.'] },
  privacy: 'Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679.',
  fence: ['```', '=SOMMA(B2:B9)', '```'],
  html: ['<div align="center">', '<b>Milano</b>', '</div>'],
  lang: 'it',
};

const EN: Blocks = {
  name: '# Laura Webb',
  title: '# Curriculum Vitae',
  sections: {
    experience: {
      heading: 'Work experience',
      body: ['### Office assistant — Delta Ltd, Leeds', '', '2019 – present', '', '- Recorded supplier invoices.', '- Kept the delivery notes in order.'],
    },
    education: { heading: 'Education and training', body: ['- 2014 – 2018: BSc Business Studies, University of Leeds'] },
    technical: { heading: 'Technical skills', body: ['- Excel, Word, Outlook'] },
    languages: { heading: 'Language skills', body: ['- English: native', '- French: B1'] },
    personal: { heading: 'Personal skills', body: ['- Accuracy', '- Punctuality'] },
    contact: { heading: 'Contact information', body: ['- Email: laura.webb@example.com', '- Phone: +44 113 496 0789', '- Address: 9 Park Row, Leeds LS1 5HD'] },
  },
  extra: { heading: 'Interests', body: ['Reading and volunteering at the library.'] },
  privacy: 'I consent to the processing of my personal data under the GDPR (Regulation EU 2016/679).',
  fence: ['```', '=SUM(B2:B9)', '```'],
  html: ['<div align="center">', '<b>Leeds</b>', '</div>'],
  lang: 'en',
};

const ORDER: Kind[] = ['experience', 'education', 'technical', 'languages', 'personal'];

export interface GeneratedCv {
  name: string;
  text: string;
}

/** One CV variant drawn from `random`. */
export function generateCv(random: () => number, language: 'it' | 'en'): GeneratedCv {
  const blocks = language === 'it' ? IT : EN;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const features: string[] = [language];

  // Which sections, and which of them empty.
  let kinds = ORDER.filter(() => !chance(0.3));
  if (kinds.length === 0) kinds = ['experience'];
  const empty = chance(0.25) ? pick(kinds) : null;
  if (empty) features.push(`empty ${empty}`);
  const extra = chance(0.3);
  const contact = pick(['top', 'end', 'middle', 'none'] as const);
  features.push(`contact ${contact}`);
  const separators = chance(0.5);
  const privacy = chance(0.5);
  const frontMatter = chance(0.25);
  const fence = chance(0.3) && kinds.includes('technical') && empty !== 'technical';
  const html = chance(0.2);
  const withTitle = chance(0.4);
  for (const [on, name] of [[separators, '---'], [privacy, 'privacy'], [frontMatter, 'front matter'], [fence, 'fence'], [html, 'html'], [withTitle, 'CV title'], [extra, 'extra']] as const) {
    if (on) features.push(name);
  }

  const sectionText = (kind: Kind): string[] => {
    const section = blocks.sections[kind];
    const body = kind === empty ? [] : kind === 'technical' && fence ? [...section.body, '', ...blocks.fence] : section.body;
    return [`## ${section.heading}`, ...(body.length ? ['', ...body] : [])];
  };
  const parts: string[][] = kinds.map(sectionText);
  if (extra) parts.splice(Math.floor(random() * (parts.length + 1)), 0, [`## ${blocks.extra.heading}`, '', ...blocks.extra.body]);
  const contactPart = sectionText('contact');
  if (contact === 'top') parts.unshift(contactPart);
  else if (contact === 'end') parts.push(contactPart);
  else if (contact === 'middle') parts.splice(Math.max(1, Math.floor(parts.length / 2)), 0, contactPart);

  const lines: string[] = [];
  if (frontMatter) lines.push('---', `lang: ${blocks.lang}`, 'cv: true', '---', '');
  lines.push(withTitle ? blocks.title : blocks.name, '');
  if (withTitle) lines.push(blocks.name.replace(/^# /, '**') + '**', '');
  if (html) lines.push(...blocks.html, '');
  parts.forEach((part, i) => {
    if (separators && i > 0) lines.push('---', '');
    lines.push(...part, '');
  });
  if (privacy) {
    if (separators) lines.push('---', '');
    lines.push(blocks.privacy, '');
  }
  return { name: features.join(', '), text: lines.join('\n') };
}

/** `count` variants per language from one seed. */
export function generatedCvs(seed: number, count: number): GeneratedCv[] {
  const random = seededRandom(seed);
  const cvs: GeneratedCv[] = [];
  for (let i = 0; i < count; i++) {
    for (const language of ['it', 'en'] as const) {
      const cv = generateCv(random, language);
      cvs.push({ name: `generated #${i} (${cv.name})`, text: cv.text });
    }
  }
  return cvs;
}
