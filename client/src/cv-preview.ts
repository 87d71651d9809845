// The built-in Markdown preview in CV style, for CVs only: a markdown-it plugin (package.json
// `markdown.markdownItPlugins`) that wraps a CV's preview in <div class="cvlint-cv">, each section in a <section>
// with its kind, and marks the lines media/cv-preview.css styles (the name, an entry's dates, the privacy
// clause). Whether a file is a CV, and its sections' kinds, come from the server's status of the document: the
// client reads no CV itself. Other Markdown files (a README) render as VS Code renders them.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { DocumentStatus } from '../../server/src/shared/protocol';

/** A short line under an entry that holds a year: its dates ("Marzo 2021 – oggi"). */
const DATES = /\b(?:19|20)\d{2}\b/;
const DATES_MAX_LENGTH = 100;
/** The consent to the processing of personal data that closes many Italian CVs. */
const PRIVACY = /trattamento\s+dei\s+(?:miei\s+)?dati|\bgdpr\b|2016\/679|196\/2003|processing\s+of\s+(?:my\s+)?personal\s+data/i;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `statusOf` gives the server's latest status for a document URI (VS Code passes it as `env.currentDocument`). */
export function cvPreviewPlugin(statusOf: (uri: string) => DocumentStatus | undefined): (md: MarkdownIt) => MarkdownIt {
  return (md) => {
    md.core.ruler.push('cvlint_cv_preview', (state) => {
      const env = state.env as { currentDocument?: { toString(): string } } | undefined;
      const uri = env?.currentDocument?.toString();
      const status = uri ? statusOf(uri) : undefined;
      if (status?.state !== 'checked') return false;
      markCv(state, status);
      return true;
    });
    return md;
  };
}

function htmlToken(state: StateCore, content: string): Token {
  const token = new state.Token('html_block', '', 0);
  token.content = content;
  token.block = true;
  return token;
}

export function markCv(state: StateCore, status: DocumentStatus): void {
  const kindByLine = new Map(status.sections.map((section) => [section.line, section.kind]));
  const tokens = state.tokens;
  const headingLevels = tokens.filter((token) => token.type === 'heading_open').map((token) => Number(token.tag.slice(1)));
  const firstIsName = tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1';
  const sectionLevel = Math.min(7, ...headingLevels.slice(firstIsName ? 1 : 0));

  const output: Token[] = [htmlToken(state, `<div class="cvlint-cv" lang="${escapeAttribute(status.language)}">\n`)];
  let open = false;
  let lastParagraph = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      if (index === 0 && firstIsName) token.attrJoin('class', 'cvlint-name');
      else if (level <= sectionLevel) {
        if (open) output.push(htmlToken(state, '</section>\n'));
        const kind = token.map ? kindByLine.get(token.map[0]) : undefined;
        output.push(htmlToken(state, `<section class="cvlint-section"${kind ? ` data-cvlint-kind="${escapeAttribute(kind)}"` : ''}>\n`));
        open = true;
      } else token.attrJoin('class', 'cvlint-entry');
    }
    if (token.type === 'paragraph_open' && token.level === 0) {
      lastParagraph = output.length;
      const inline = tokens[index + 1];
      const before = tokens[index - 1];
      if (before?.type === 'heading_close' && Number(before.tag.slice(1)) > sectionLevel && inline?.content.length <= DATES_MAX_LENGTH && DATES.test(inline.content)) {
        token.attrJoin('class', 'cvlint-dates');
      }
    }
    output.push(token);
  }
  // The privacy clause: the last paragraph, when it gives consent to the processing of personal data.
  const last = output[lastParagraph];
  const lastText = output[lastParagraph + 1]?.content ?? '';
  if (last && PRIVACY.test(lastText) && !output.slice(lastParagraph).some((token) => token.type === 'heading_open')) last.attrJoin('class', 'cvlint-privacy');
  if (open) output.push(htmlToken(state, '</section>\n'));
  output.push(htmlToken(state, '</div>\n'));
  state.tokens = output;
}
