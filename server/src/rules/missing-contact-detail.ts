// A required contact detail (name, email, phone, address) that the CV does not give.
import type { Rule } from './types';
import type { ContactDetail } from '../profiles/types';
import type { CvDocument, Language, Section, TextEdit } from '../engine/types';
import { documentAnchorRange, headingEndLine, isThematicBreak } from '../engine/edits';
import { writableBodyEnd } from '../engine/placement';
import { PRIVACY_CLAUSE } from '../engine/privacy';

const MESSAGE_KEYS: Record<ContactDetail, string> = {
  name: 'missingName',
  email: 'missingEmail',
  phone: 'missingPhone',
  address: 'missingAddress',
};

/** Labelled lines the fix inserts. The "…" marks what the person still has to write; until they do,
 *  `invalid-contact` points at it (an email or phone written "…" is incomplete). */
const PLACEHOLDERS: Record<Exclude<ContactDetail, 'name'>, Record<Language, { label: string; value: string }>> = {
  email: { it: { label: 'Email', value: '[indirizzo email]' }, en: { label: 'Email', value: '[email address]' } },
  phone: { it: { label: 'Telefono', value: '[numero di telefono]' }, en: { label: 'Phone', value: '[phone number]' } },
  address: { it: { label: 'Indirizzo', value: '[indirizzo, CAP, città]' }, en: { label: 'Address', value: '[street, postcode, town]' } },
};


export const rule: Rule = {
  id: 'missing-contact-detail',
  description: {
    it:
      "Manca un recapito richiesto dal profilo (nome e cognome, email, telefono, indirizzo). Avviso per ciascun recapito mancante. " +
      "Se c'è una sezione dei contatti, la correzione vi aggiunge una riga da completare (per il nome, che va come titolo del CV, non c'è correzione automatica).",
    en:
      'A contact detail the profile requires (full name, email, phone, address) is missing. One warning per missing detail. ' +
      'When there is a contact section, the fix adds a line there for you to complete (there is no automatic fix for the name, which belongs in the CV title).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  reads: ['contact.required'],
  messages: {
    it: {
      missingName: 'Manca il tuo nome e cognome: scrivilo come titolo all’inizio del CV.',
      missingEmail: "Manca l'indirizzo email tra i recapiti.",
      missingPhone: 'Manca il numero di telefono tra i recapiti.',
      missingAddress: "Manca l'indirizzo tra i recapiti (bastano anche città e CAP).",
      fixAdd: 'Aggiungi la riga «{label}» ai contatti',
    },
    en: {
      missingName: 'Your full name is missing: put it as the title at the top of the CV.',
      missingEmail: 'No email address found in the contact details.',
      missingPhone: 'No phone number found in the contact details.',
      missingAddress: 'No postal address found in the contact details (town and postcode are enough).',
      fixAdd: 'Add a line for "{label}" to the contact details',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const contact = doc.contact;
    const present: Record<ContactDetail, boolean> = {
      name: contact.name !== null,
      email: contact.emails.length > 0,
      phone: contact.phones.length > 0,
      address: contact.address !== null,
    };
    const section = contact.sectionIndex >= 0 ? doc.sections[contact.sectionIndex] : undefined;
    const range = section ? section.headingRange : documentAnchorRange(doc);
    const required = [...new Set(ctx.profile.contact.required)];
    // With no contact section and no detail at all, missing-section already asks for the whole
    // section (its fix inserts every line); one finding per detail on top of it would be noise.
    const nothingToComplete = !section && !present.email && !present.phone && !present.address;
    // A detail still written as a template placeholder ("[TELEFONO]") is the placeholder rule's to report:
    // "replace it" says more than "it is missing", and one finding is enough.
    const awaitingValue = new Set(contact.placeholders.map((p) => p.detail));
    for (const detail of required) {
      if (present[detail] || awaitingValue.has(detail) || !(detail in MESSAGE_KEYS)) continue;
      if (nothingToComplete && detail !== 'name' && ctx.profile.requiredSections.includes('contact')) continue;
      const fixes = [];
      if (section && detail !== 'name') {
        const placeholder = PLACEHOLDERS[detail][doc.language];
        const edit = placeholderEdit(doc, section, `${placeholder.label}: ${placeholder.value}`, placeholder.label);
        if (edit) fixes.push({ title: ctx.t('fixAdd', { label: placeholder.label }), edits: [edit] });
      }
      ctx.report({ messageKey: MESSAGE_KEYS[detail], range: { start: { ...range.start }, end: { ...range.end } }, fixes });
    }
  },
};

/**
 * An edit adding `entry` as a new line of the contact section, in the style of its existing lines
 * (list item, table row, plain line), after the last contact line and before any privacy clause.
 */
function placeholderEdit(doc: CvDocument, section: Section, entry: string, label: string): TextEdit | null {
  const headingEnd = headingEndLine(doc, section);
  const writableEnd = writableBodyEnd(doc, section);
  if (writableEnd === null) return null;
  const bodyEnd = Math.max(writableEnd, headingEnd);

  // Walk back over blank lines, rules and a trailing privacy paragraph to the last contact line.
  let anchor = -1;
  let line = bodyEnd;
  while (line > headingEnd) {
    const text = doc.lines[line];
    if (text.trim() === '' || isThematicBreak(text)) {
      line--;
      continue;
    }
    let paragraphStart = line;
    while (paragraphStart - 1 > headingEnd && doc.lines[paragraphStart - 1].trim() !== '') paragraphStart--;
    const paragraph = doc.lines.slice(paragraphStart, line + 1).join(' ');
    if (PRIVACY_CLAUSE.test(paragraph) && !/@|\d{6,}/.test(paragraph)) {
      line = paragraphStart - 1;
      continue;
    }
    anchor = line;
    break;
  }

  if (anchor < 0) {
    const end = { line: headingEnd, character: doc.lines[headingEnd].length };
    const nextIsText = (doc.lines[headingEnd + 1] ?? '').trim() !== '';
    return { range: { start: end, end }, newText: `\n\n- ${entry}${nextIsText ? '\n' : ''}` };
  }

  const anchorText = doc.lines[anchor];
  const end = { line: anchor, character: anchorText.length };
  let newText: string;
  const listItem = /^(\s*)([-*+])\s+/.exec(anchorText) ?? /^(\s*)(\d+)[.)]\s+/.exec(anchorText);
  // The last contact line ends an HTML block or a code block ("<table>" under the items takes in the lines
  // after it): the new line follows after a blank line, outside the block. Inside one, there is no fix.
  const block = doc.opaqueBlocks.find((b) => b.startLine <= anchor && anchor <= b.endLine);
  if (block) return block.endLine === anchor ? { range: { start: end, end }, newText: `\n\n${entry}` } : null;
  if (/^\s*\|/.test(anchorText)) {
    const value = entry.slice(label.length + 2);
    newText = `\n| ${label} | ${value} |`;
  } else if (listItem) {
    const marker = /^\d+$/.test(listItem[2]) ? '-' : listItem[2];
    // A continuation line of the last item: start a sibling item at the item's indentation.
    newText = `\n${listItem[1]}${marker} ${entry}`;
  } else if (/^\s*</.test(anchorText)) {
    newText = `\n\n${entry}`;
  } else if (/(?: {2}|\\|<br\s*\/?>)$/.test(anchorText)) {
    // Lines joined by hard breaks: the new line continues the same block.
    newText = `\n${entry}`;
  } else {
    newText = `\n\n${entry}`;
  }
  return { range: { start: end, end }, newText };
}
