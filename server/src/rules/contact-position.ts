// Contact details where the profile does not want them. The back-office brief puts them at the end;
// Europass puts them first, so the placement is a setting (`end` / `start` / `any`).
import type { Rule, RuleContext } from './types';
import type { CvDocument, Fix, Range, Section } from '../engine/types';
import { PRIVACY_TITLE } from '../engine/privacy';
import { fileSettingEdit, isTitleHeading, moveSectionEdits } from '../engine/placement';


function isAncestor(doc: CvDocument, ancestor: number, index: number): boolean {
  let p = doc.sections[index]?.parent ?? -1;
  for (let guard = 0; p >= 0 && guard < doc.sections.length; guard++) {
    if (p === ancestor) return true;
    p = doc.sections[p]?.parent ?? -1;
  }
  return false;
}

/** Recognised sections that count for placement: not the contact section, its sub-sections or its parents. */
function placementSections(doc: CvDocument, contactIndex: number): Section[] {
  return doc.sections.filter(
    (s, i) =>
      i !== contactIndex &&
      s.recognised &&
      s.kind !== 'contact' &&
      !isAncestor(doc, contactIndex, i) &&
      !isAncestor(doc, i, contactIndex),
  );
}

function firstItemRange(doc: CvDocument): Range | null {
  const items = [...doc.contact.emails, ...doc.contact.phones, ...(doc.contact.address ? [doc.contact.address] : [])];
  items.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return items[0]?.range ?? null;
}

/** Writes `<!-- cvlint-contact-position start -->` at the top of the CV: contacts first is then what is
 *  checked, for this file only. Not offered when the file already says where they go. */
function keepAtTopFix(ctx: RuleContext): Fix {
  return { title: ctx.t('fixKeepAtTop'), edits: [fileSettingEdit(ctx.doc, '<!-- cvlint-contact-position start -->')], setting: true };
}

function copyRange(range: Range): Range {
  return { start: { ...range.start }, end: { ...range.end } };
}

export const rule: Rule = {
  id: 'contact-position',
  description: {
    it:
      "I recapiti non sono dove li vuole il profilo: con `end` (predefinito per il back office) la sezione dei contatti deve essere l'ultima, " +
      'prima della clausola sulla privacy; con `start` la prima, subito dopo il nome; con `any` non si controlla. ' +
      'La correzione sposta la sezione dei contatti senza togliere nulla; se i recapiti sono in cima (Europass), si possono anche tenere lì ' +
      'per quel CV (`<!-- cvlint-contact-position start -->`).',
    en:
      'Contact details are not where the profile wants them: with `end` (the back-office default) the contact section must be the last one, ' +
      'before the privacy clause; with `start` the first one, right after the name; `any` turns the check off. ' +
      'The fix moves the contact section without removing anything; when the contacts are at the top (Europass), they can also stay there ' +
      'for that CV (`<!-- cvlint-contact-position start -->`).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  reads: ['contact.placement'],
  messages: {
    it: {
      sectionNotLast: "La sezione «{title}» dovrebbe essere l'ultima del CV: per questo profilo i recapiti vanno in fondo.",
      sectionNotFirst: 'La sezione «{title}» dovrebbe essere la prima del CV, subito dopo il nome.',
      detailsNotAtEnd: 'I recapiti dovrebbero stare alla fine del CV: raccoglili in una sezione «{title}» in fondo.',
      detailsNotAtStart: 'I recapiti dovrebbero stare all’inizio del CV, subito dopo il nome: raccoglili lì in una sezione «{title}».',
      sectionAtTop:
        'La sezione «{title}» è in cima al CV, come nel formato Europass; questo profilo vuole invece i recapiti in fondo, dopo le altre sezioni. ' +
        'Spostala in fondo, oppure tieni i recapiti in cima per questo CV.',
      fixMoveToEnd: 'Sposta la sezione «{title}» in fondo al CV',
      fixKeepAtTop: 'Tieni i recapiti in cima per questo CV',
      fixMoveToStart: 'Sposta la sezione «{title}» all’inizio del CV',
    },
    en: {
      sectionNotLast: 'The "{title}" section should be the last one in the CV: this profile wants contact details at the end.',
      sectionNotFirst: 'The "{title}" section should come first in the CV, right after your name.',
      detailsNotAtEnd: 'Your contact details should be at the end of the CV: gather them in a "{title}" section at the bottom.',
      detailsNotAtStart: 'Your contact details should be at the top of the CV, right after your name: gather them there in a "{title}" section.',
      sectionAtTop:
        'The "{title}" section is at the top of the CV, as Europass has it; this profile wants contact details at the end instead, after the other sections. ' +
        'Move it to the end, or keep contacts at the top for this CV.',
      fixMoveToEnd: 'Move the "{title}" section to the end of the CV',
      fixKeepAtTop: 'Keep contacts at the top for this CV',
      fixMoveToStart: 'Move the "{title}" section to the top of the CV',
    },
  },
  check(ctx) {
    const placement = ctx.contactPlacement;
    if (placement !== 'end' && placement !== 'start') return;
    const { doc } = ctx;
    const contactIndex = doc.contact.sectionIndex;
    const section = contactIndex >= 0 ? doc.sections[contactIndex] : undefined;

    if (!section) {
      const position = doc.contact.position;
      if (position === 'none') return;
      const wrong = placement === 'end' ? position !== 'end' : position !== 'top';
      const range = firstItemRange(doc);
      if (!wrong || !range) return;
      const spec = ctx.profile.sections.find((s) => s.kind === 'contact');
      const title = spec?.title[ctx.messageLanguage] ?? (ctx.messageLanguage === 'it' ? 'Contatti' : 'Contact information');
      const fixes = placement === 'end' && position === 'top' && !doc.contactPositionDirective ? [keepAtTopFix(ctx)] : [];
      ctx.report({ messageKey: placement === 'end' ? 'detailsNotAtEnd' : 'detailsNotAtStart', args: { title }, range: copyRange(range), fixes });
      return;
    }

    const contactLine = section.headingRange.start.line;
    const others = placementSections(doc, contactIndex);
    const args = { title: section.title };

    if (placement === 'end') {
      const after = others.filter((s) => s.headingRange.start.line > contactLine && !PRIVACY_TITLE.test(s.title));
      if (after.length === 0) return;
      const edits = moveSectionEdits(doc, contactIndex, 'end');
      const fixes: Fix[] = edits ? [{ title: ctx.t('fixMoveToEnd', args), edits }] : [];
      // Contacts first is a convention of its own (Europass): the person may keep it for this CV.
      const atTop = doc.contact.position === 'top';
      if (atTop && !doc.contactPositionDirective) fixes.push(keepAtTopFix(ctx));
      ctx.report({ messageKey: atTop ? 'sectionAtTop' : 'sectionNotLast', args, range: copyRange(section.headingRange), fixes });
      return;
    }

    const before = others.filter((s) => s.headingRange.start.line < contactLine && !isTitleHeading(doc, s));
    if (before.length === 0) return;
    const edits = moveSectionEdits(doc, contactIndex, 'start');
    ctx.report({
      messageKey: 'sectionNotFirst',
      args,
      range: copyRange(section.headingRange),
      fixes: edits ? [{ title: ctx.t('fixMoveToStart', args), edits }] : [],
    });
  },
};
