// Text a CV template asks the person to replace ("[Your Email]", "Via XXXXX", "Nome Cognome"): sent as it
// is, it tells a recruiter the CV was never finished.
import type { Rule } from './types';
import { findPlaceholders } from '../engine/placeholder';
import type { Range } from '../engine/types';

export const rule: Rule = {
  id: 'placeholder',
  description: {
    it:
      'Un segnaposto lasciato dal modello del CV: testo tra parentesi da compilare («[INDIRIZZO COMPLETO]», «{{ email }}»), ' +
      'cifre o lettere sostituite da X («333 XXX XXXX»), «Lorem ipsum», «Nome Cognome», indirizzi email e numeri di esempio ' +
      '(«nome.cognome@example.com», «+39 000 0000000»). Un avviso per segnaposto, nel testo e nei valori del front matter.',
    en:
      'A placeholder left by the CV template: bracketed text to fill in ("[Your Email]", "{{ email }}"), digits or letters ' +
      'written as X ("xxx-xxx-xxxx"), "Lorem ipsum", "First Last", sample email addresses and numbers ("first.last@example.com", ' +
      '"123-456-7890"). One warning per placeholder, in the text and in front matter values.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  reads: [],
  messages: {
    it: {
      placeholder: '«{value}» è un segnaposto del modello: sostituiscilo con i tuoi dati.',
      more: '«{value}» e altri {count} segnaposto del modello (righe {lines}): sostituiscili con i tuoi dati.',
    },
    en: {
      placeholder: '"{value}" is a template placeholder: replace it with your own details.',
      more: '"{value}" and {count} more template placeholders (lines {lines}): replace them with your own details.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const codeBlocks = doc.opaqueBlocks.filter((b) => b.kind === 'code');
    const inCode = (line: number) => codeBlocks.some((b) => b.startLine <= line && line <= b.endLine);
    const found: Array<{ value: string; range: Range }> = findPlaceholders({ lines: doc.lines, frontMatter: doc.frontMatter, skipLine: inCode });
    // A sample name ("Mario Rossi") is a placeholder only beside others; the contact extractor decided that.
    for (const item of doc.contact.placeholders) {
      if (!found.some((p) => overlaps(p.range, item.range))) found.push(item);
    }
    found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    // A template full of "[Year]" and "[Title]" gets a few findings and one that counts the rest, not sixty.
    const shown = found.length > MAX_SHOWN ? found.slice(0, MAX_SHOWN - 1) : found;
    for (const placeholder of shown) {
      ctx.report({ messageKey: 'placeholder', args: { value: placeholder.value }, range: placeholder.range });
    }
    if (found.length > MAX_SHOWN) {
      const rest = found.slice(MAX_SHOWN - 1);
      const lines = [...new Set(rest.map((p) => p.range.start.line + 1))];
      const listed = lines.length > 8 ? `${lines.slice(0, 8).join(', ')}…` : lines.join(', ');
      ctx.report({ messageKey: 'more', args: { value: rest[0].value, count: rest.length - 1, lines: listed }, range: rest[0].range });
    }
  },
};

/** Placeholders reported one by one; beyond this, the rest share one finding. */
const MAX_SHOWN = 10;

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
