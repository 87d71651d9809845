// The built-in Markdown preview in CV style, for CVs only: a markdown-it plugin (package.json
// `markdown.markdownItPlugins`) that wraps a CV's preview in <div class="cvlint-cv">, each section in a <section>
// with its kind, and marks the lines media/cv-preview.css styles (the name, an entry's dates, the privacy
// clause). Whether a file is a CV, and its sections' kinds, come from the server's status of the document: the
// client reads no CV itself. Other Markdown files (a README) render as VS Code renders them.
import type { MarkdownIt, Token } from 'markdown-it';
import type { DocumentStatus } from '../../server/src/shared/protocol';

/** A short line under an entry that holds a year: its dates ("Marzo 2021 – oggi"). */
const DATES = /\b(?:19|20)\d{2}\b/;
const DATES_MAX_LENGTH = 100;
/** The consent to the processing of personal data that closes many Italian CVs. */
const PRIVACY = /trattamento\s+dei\s+(?:miei\s+)?dati|\bgdpr\b|2016\/679|196\/2003|processing\s+of\s+(?:my\s+)?personal\s+data/i;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `statusOf` gives the server's latest status for a document URI. VS Code tokenizes a document once per version
 *  without saying which document it is, and passes the document (`env.currentDocument`) only to the renderer: so
 *  the plugin works at render time, on a marked copy of the tokens (the cached ones stay as they are). */
export function cvPreviewPlugin(statusOf: (uri: string) => DocumentStatus | undefined): (md: MarkdownIt) => MarkdownIt {
  return (md) => {
    const render = md.renderer.render.bind(md.renderer);
    md.renderer.render = (tokens, options, env) => {
      const uri = (env as { currentDocument?: { toString(): string } } | undefined)?.currentDocument?.toString();
      const status = uri ? statusOf(uri) : undefined;
      if (status?.state !== 'checked' || tokens.length === 0) return render(tokens, options, env);
      return render(markCv(tokens, status, (content) => htmlToken(tokens[0], content)), options, env);
    };
    return md;
  };
}

/** An HTML block token, made like `model` (the Token class of whichever markdown-it the editor runs). */
function htmlToken(model: Token, content: string): Token {
  const token = Object.create(Object.getPrototypeOf(model) as object) as Token;
  return Object.assign(token, { type: 'html_block', tag: '', attrs: null, map: null, nesting: 0, level: 0, children: null, content, markup: '', info: '', meta: null, block: true, hidden: false });
}

/** A copy of the token with one more class (the original may be cached by the editor). */
function withClass(token: Token, name: string): Token {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  copy.attrs = token.attrs ? token.attrs.map(([key, value]) => [key, value] as [string, string]) : null;
  copy.attrJoin('class', name);
  return copy;
}

/** The tokens of a CV, wrapped and marked; `tokens` is not changed. */
export function markCv(tokens: readonly Token[], status: DocumentStatus, html: (content: string) => Token): Token[] {
  const kindByLine = new Map(status.sections.map((section) => [section.line, section.kind]));
  const headingLevels = tokens.filter((token) => token.type === 'heading_open').map((token) => Number(token.tag.slice(1)));
  const firstIsName = tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1';
  const sectionLevel = Math.min(7, ...headingLevels.slice(firstIsName ? 1 : 0));

  const output: Token[] = [html(`<div class="cvlint-cv" lang="${escapeAttribute(status.language)}">\n`)];
  let open = false;
  let lastParagraph = -1;
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index];
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      if (index === 0 && firstIsName) token = withClass(token, 'cvlint-name');
      else if (level <= sectionLevel) {
        if (open) output.push(html('</section>\n'));
        const kind = token.map ? kindByLine.get(token.map[0]) : undefined;
        output.push(html(`<section class="cvlint-section"${kind ? ` data-cvlint-kind="${escapeAttribute(kind)}"` : ''}>\n`));
        open = true;
      } else token = withClass(token, 'cvlint-entry');
    }
    if (token.type === 'paragraph_open' && token.level === 0) {
      lastParagraph = output.length;
      const inline = tokens[index + 1];
      const before = tokens[index - 1];
      if (before?.type === 'heading_close' && Number(before.tag.slice(1)) > sectionLevel && inline?.content.length <= DATES_MAX_LENGTH && DATES.test(inline.content)) {
        token = withClass(token, 'cvlint-dates');
      }
    }
    output.push(token);
  }
  // The privacy clause: the last paragraph, when it gives consent to the processing of personal data.
  const lastText = output[lastParagraph + 1]?.content ?? '';
  if (lastParagraph >= 0 && PRIVACY.test(lastText) && !output.slice(lastParagraph).some((token) => token.type === 'heading_open')) {
    output[lastParagraph] = withClass(output[lastParagraph], 'cvlint-privacy');
  }
  if (open) output.push(html('</section>\n'));
  output.push(html('</div>\n'));
  return output;
}
