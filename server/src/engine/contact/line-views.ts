// Line views: each prose line as a string with the same offsets as the raw line,
// markup blanked out, so a match's offset is its column in the document.

import type { FrontMatter, TextSpan } from '../types';

export function nonProseLines(lines: string[], frontMatter: FrontMatter | null): Set<number> {
  const skipped = new Set<number>();
  if (frontMatter?.range) {
    for (let l = frontMatter.range.start.line; l <= frontMatter.range.end.line && l < lines.length; l++) skipped.add(l);
  }
  let fence: { char: string; length: number } | null = null;
  let rawBlock: RegExp | null = null;
  for (let l = 0; l < lines.length; l++) {
    if (skipped.has(l)) continue;
    const text = lines[l] ?? '';
    if (fence) {
      skipped.add(l);
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
      continue;
    }
    if (rawBlock) {
      skipped.add(l);
      if (rawBlock.test(text)) rawBlock = null;
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (open) {
      fence = { char: open[1][0], length: open[1].length };
      skipped.add(l);
      continue;
    }
    const rawOpen = /^\s*<(style|script|pre)\b/i.exec(text);
    if (rawOpen && !new RegExp(`</${rawOpen[1]}>`, 'i').test(text)) {
      rawBlock = new RegExp(`</${rawOpen[1]}>`, 'i');
      skipped.add(l);
    } else if (/^\s*<!--/.test(text) && !/-->/.test(text)) {
      rawBlock = /-->/;
      skipped.add(l);
    }
  }
  return skipped;
}

export function buildLineViews(lines: string[], spans: TextSpan[], skipped: Set<number>): Array<string | null> {
  const views: Array<string | null> = new Array(lines.length).fill(null);
  const byLine = new Map<number, TextSpan[]>();
  for (const span of spans) {
    if (!span || typeof span.text !== 'string' || !Number.isInteger(span.line)) continue;
    if (span.line < 0 || span.line >= lines.length) continue;
    const list = byLine.get(span.line);
    if (list) list.push(span);
    else byLine.set(span.line, [span]);
  }
  for (const [line, list] of byLine) {
    const raw = lines[line] ?? '';
    list.sort((a, b) => a.character - b.character);
    // Gaps between spans are markup: blank them, but keep table pipes (they separate a label cell from its value).
    let view = '';
    for (const span of list) {
      const start = Math.max(0, span.character | 0);
      if (start > view.length) view += raw.slice(view.length, start).replace(/[^|]/g, ' ').padEnd(start - view.length, ' ');
      const overlap = view.length - start;
      view += (overlap > 0 ? span.text.slice(overlap) : span.text).replace(/[\r\n]/g, ' ');
    }
    if (view.length < raw.length) view += raw.slice(view.length).replace(/[^|]/g, ' ');
    views[line] = blankUrls(blankBoldMarkers(view));
  }
  const noSpans = byLine.size === 0;
  for (let line = 0; line < lines.length; line++) {
    if (views[line] !== null || skipped.has(line)) continue;
    const raw = lines[line] ?? '';
    // Headings and table rows the model may not have turned into spans.
    if (noSpans || /^\s{0,3}#{1,6}\s/.test(raw) || /^\s*\|/.test(raw)) views[line] = cleanRawLine(raw);
  }
  return views;
}

const blank = (m: string): string => ' '.repeat(m.length);

/** Inside an HTML block Markdown is not parsed, so `**Tel:** **333 123 4567**` reaches the spans with its
 *  markers: blank each pair, or "4567**" reads as a masked number. Runs of three or more stars (masking) stay. */
const BOLD_PAIR = /(?<![*\\])\*\*(?![\s*])(.*?[^\s*\\])\*\*(?!\*)/g;

function blankBoldMarkers(text: string): string {
  if (!text.includes('**')) return text;
  return text.replace(BOLD_PAIR, (_m, inner: string) => `  ${inner}  `);
}

const DOMAIN_PATH = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|it|org|net|io|eu|dev|me|info|co\.uk|uk|de|fr|es|ch)\//iu;

function blankUrls(text: string): string {
  if (!text.includes('/') && !/www\./i.test(text)) return text;
  return text
    .replace(/(?<![\p{L}\p{N}@])(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>|]+/giu, blank)
    .replace(/[^\s<>|()[\]]+\/[^\s<>|]*/g, (token) => (!token.includes('@') && DOMAIN_PATH.test(token) ? blank(token) : token));
}

/** Markdown line → text with the same offsets: markup blanked, link text and emails kept. */
function cleanRawLine(raw: string): string {
  let s = raw;
  s = s.replace(/<!--.*?-->/g, blank);
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, blank);
  s = s.replace(/\[([^\]]*)\]\(([^)]*)\)/g, (m, text: string) => ' ' + text + ' '.repeat(m.length - text.length - 1));
  s = s.replace(/\[([^\]]*)\]\[[^\]]*\]/g, (m, text: string) => ' ' + text + ' '.repeat(m.length - text.length - 1));
  s = s.replace(/<(mailto:)?([^\s<>@]+@[^\s<>]+)>/gi, (_m, prefix: string | undefined, address: string) => ' ' + ' '.repeat(prefix?.length ?? 0) + address + ' ');
  s = s.replace(/<[^>]*>/g, blank);
  s = s.replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, blank);
  s = s.replace(/^\s{0,3}#{1,6}(?=\s)/, blank);
  s = s.replace(/\s#+\s*$/, blank);
  s = s.replace(/(?<=^|[\s(\[>|:])(\*\*|__)(?=[^\s*_])/g, '  ');
  s = s.replace(/(?<=[^\s*_\d])(\*\*|__)(?=$|[\s).,;:!?|<\]])/g, '  ');
  s = s.replace(/`/g, ' ');
  s = s.replace(/\\(?=[^\p{L}\p{N}\s]|$)/gu, ' ');
  return blankUrls(s);
}
