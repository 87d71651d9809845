// Keyword credit needs the person to have done the thing, not to have built something about it.
// "Developed an application to detect and report misconfigurations", "un'app per i pagamenti
// online", "Startup su smart tag per scheduling", "Research on fraud in financial transactions":
// the term names the subject of a product or a study, not a task of the person; and "KYC — Know
// Your Cards" is a project's own acronym, not Know Your Customer. Both are language knowledge, so
// they live in the engine, not in a profile.
import type { ConceptMatch } from './keywords';

// Someone made a product: the verb, then the product noun, then what it is for.
const BUILT =
  /\b(?:develop(?:ed|ing)?|development\s+of|buil[dt]|building|creat(?:ed|ing)|design(?:ed|ing)|implement(?:ed|ing)|deliver(?:ed|ing)?|wrote|writing|prototyp(?:ed|ing)|progettat[oaie]|progettazione\s+d|sviluppat[oaie]|sviluppo\s+d|svilupp(?:are|ando)|realizzat[oaie]|realizzazione\s+d|realizz(?:are|ando)|creat[oaie]|creazione\s+d|implementat[oaie]|implementazione\s+d)/giu;
const PRODUCT =
  /\b(?:apps?|applications?|web\s?apps?|tools?|platforms?|software|systems?|websites?|bots?|chatbots?|plugins?|librar(?:y|ies)|frameworks?|dashboards?|apis?|services?|microservices?|prototypes?|applicazion[ei]|piattaform[ae]|siti|sito|sistem[ai]|portal[ei]?|prototip[oi]|librerie|libreria)\b/giu;
const PRODUCT_RIGHT_AFTER = new RegExp(`^[\\s-]*(?:${PRODUCT.source})`, 'iu');
// A startup names its product; research names its subject: no verb needed.
const SUBJECT_OF_ITS_OWN = /\b(?:start-?up|research\s+(?:on|in|into)|ricerc(?:a|he)\s+su)\b/giu;
// "...tool used with Excel", "basato su un database": the term is what was used, which the person knows.
const TOOL_USE = /\b(?:using|uses|used\s+with|with|con|tramite|utilizzando|mediante|based\s+on|basat[oa]\s+su|written\s+in|scritt[oa]\s+in)\b/iu;
// "…to report", "…per la gestione", "used by the customer care": the term is what the product is for.
const PURPOSE = /\b(?:for|to|that|which|by|per|che|a\s+supporto|dedicat[oa])\b/iu;

/** Text of the sentence before the match, within its paragraph (soft line breaks joined). */
function sentenceBefore(match: ConceptMatch, lines: readonly string[]): string {
  const { line, character } = match.range.start;
  let text = (lines[line] ?? '').slice(Math.max(0, character - 400), character);
  // A wrapped paragraph of prose: join the lines above until a blank line, a heading, a list item, a table
  // row or an HTML tag (each of those starts a text of its own).
  const startsOwnText = (l: string) => /^\s*(?:[-*+]\s|\d+[.)]\s|#|\||<|>)/.test(l);
  for (let previous = line - 1; previous >= 0 && text.length < 400 && !startsOwnText(lines[previous + 1] ?? ''); previous--) {
    const above = lines[previous] ?? '';
    if (!above.trim() || /^\s*(?:#|\||<)/.test(above)) break;
    text = `${above.slice(-400)} ${text}`;
  }
  // The sentence the term is in: after the last full stop (followed by a space, so "Node.js" stays), and
  // in a table, the cell.
  const boundary = Math.max(text.search(/[.;!?|](?=\s)[^.;!?|]*$/), -1);
  return boundary >= 0 ? text.slice(boundary + 1) : text;
}

function lastIndexOf(pattern: RegExp, text: string): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = { start: m.index, end: m.index + m[0].length };
  return last;
}

/**
 * True when a common-word term names what a product the person built is for, or what a study is
 * about, in the same sentence. Terms written with a capital (Excel, SAP) are names of tools and
 * always count.
 */
export function namesSubjectOfWork(match: ConceptMatch, lines: readonly string[]): boolean {
  if (/\p{Lu}/u.test(match.term)) return false;
  const sentence = sentenceBefore(match, lines);
  if (!sentence) return false;
  // "Designed a new compliance system", "Created a Scheduling application": the term qualifies the product built.
  const after = (lines[match.range.end.line] ?? '').slice(match.range.end.character, match.range.end.character + 40);
  if (PRODUCT_RIGHT_AFTER.test(after) && lastIndexOf(BUILT, sentence)) return true;
  // "Research on …" names a study's subject; "Startup su …" and "developed an app for …" a product's purpose.
  const own = lastIndexOf(SUBJECT_OF_ITS_OWN, sentence);
  const product = lastIndexOf(PRODUCT, sentence);
  const built = product && lastIndexOf(BUILT, sentence.slice(0, product.start)) ? product : null;
  const introducer = own && (!built || own.end > built.end) ? own : built;
  if (!introducer) return false;
  const between = sentence.slice(introducer.end);
  if (TOOL_USE.test(between)) return false;
  const study = introducer === own && /^(?:research|ricerc)/i.test(sentence.slice(introducer.start));
  return study || PURPOSE.test(between);
}

// The meanings an acronym of the profiles has; another expansion right after it names something else.
const ACRONYM_MEANINGS: Record<string, RegExp> = {
  KYC: /^know[\s-]+your[\s-]+(?:customer|client)/i,
  AML: /^anti[\s-]*money[\s-]+laundering/i,
  HR: /^human[\s-]+resources/i,
  CRM: /^customer[\s-]+relationship[\s-]+management/i,
  ERP: /^enterprise[\s-]+resource[\s-]+planning/i,
  DDT: /^document[io][\s-]+di[\s-]+trasporto/i,
};

/**
 * True when an upper-case acronym term is followed by an expansion whose initials spell it but
 * which is not what the profile means by it ("KYC — Know Your Cards").
 */
export function acronymMeansSomethingElse(match: ConceptMatch, lines: readonly string[]): boolean {
  if (!/^[A-Z]{2,6}$/.test(match.term) || match.range.start.line !== match.range.end.line) return false;
  const line = lines[match.range.start.line] ?? '';
  const after = line.slice(match.range.end.character, match.range.end.character + 120);
  const expansion = /^\s*(?:[—–:(-]|\s-\s)\s*((?:[\p{L}][\p{L}'’]*[\s-]+){1,6}[\p{L}][\p{L}'’]*)/u.exec(after)?.[1];
  if (!expansion) return false;
  const initials = expansion
    .split(/[\s-]+/)
    .filter((word) => !/^(?:of|and|the|di|del|della|e|per)$/i.test(word))
    .map((word) => word[0].toUpperCase())
    .join('');
  if (!initials.startsWith(match.term)) return false;
  const meaning = ACRONYM_MEANINGS[match.term];
  return !meaning || !meaning.test(expansion);
}
